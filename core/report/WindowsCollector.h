#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace sspr::report {

// Windows data collection (CHECKS.md "Data collection step"): the Microsoft-Windows-AAD/
// Operational event log for the time window (wevtutil epl), `dsregcmd /status`, and the
// `netsh trace` steps a person runs in an elevated prompt. The command lines are built on
// every platform (tested here); they only run on Windows.
class WindowsCollector {
    Q_DECLARE_TR_FUNCTIONS(WindowsCollector)

public:
    static QString eventLogChannel(); // "Microsoft-Windows-AAD/Operational"
    // XPath 1.0 filter on System/TimeCreated/@SystemTime, both ends inclusive, in UTC.
    static QString eventLogQuery(const QDateTime &fromUtc, const QDateTime &toUtc);
    // wevtutil epl <channel> <file> /q:<query> /ow:true
    static QStringList exportArguments(
        const QString &targetFile, const QDateTime &fromUtc, const QDateTime &toUtc);
    static QStringList dsregcmdArguments(); // {"/status"}
    // The window to export: from two hours before the error (or 24 hours before `nowUtc`
    // when its time is unknown) to `nowUtc`.
    static QPair<QDateTime, QDateTime> windowFor(
        const QDateTime &errorUtc, const QDateTime &nowUtc);
    // The netsh steps, translated, as the data collection page shows them.
    static QString netshInstructions();
    static bool isAvailable(); // true on Windows only

    // Windows only: run the export into `targetFile`; nullopt on success, else the reason.
    static std::optional<QString> exportEventLog(
        const QString &targetFile, const QDateTime &fromUtc, const QDateTime &toUtc);
    // Windows only: dsregcmd /status output; nullopt and *problem when it cannot run.
    static std::optional<QByteArray> dsregcmdStatus(QString *problem);
    // Windows only: the bundle's extra files for the window around the error (event log
    // export and dsregcmd output); empty elsewhere. Problems are appended to *problems.
    static QList<QPair<QString, QByteArray>> collect(
        const QDateTime &fromUtc, const QDateTime &toUtc, QStringList *problems);
};

} // namespace sspr::report
