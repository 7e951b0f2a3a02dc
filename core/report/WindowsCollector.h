#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sspr::report {

// Windows data collection (CHECKS.md "Data collection step"): the Microsoft-Windows-AAD/
// Operational event log for the time window (wevtutil epl), `dsregcmd /status`, and the
// `netsh trace` steps a person runs in an elevated prompt. The command lines are built on
// every platform (tested here); WindowsCollectionJob runs them, on Windows only.
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
};

} // namespace sspr::report
