#include "core/report/WindowsCollector.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace sspr::report {

namespace {
[[maybe_unused]] constexpr int kTimeoutMs = 60000;

QString systemTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}
} // namespace

QString WindowsCollector::eventLogChannel()
{
    return QStringLiteral("Microsoft-Windows-AAD/Operational");
}

QString WindowsCollector::eventLogQuery(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return QStringLiteral("*[System[TimeCreated[@SystemTime>='%1' and @SystemTime<='%2']]]")
        .arg(systemTime(fromUtc), systemTime(toUtc));
}

QStringList WindowsCollector::exportArguments(
    const QString &targetFile, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // Syntax from Microsoft's wevtutil reference: {epl | export-log} <Path> <Exportfile>
    // [/q:<Query>] [/ow:<Overwrite>].
    return { QStringLiteral("epl"), eventLogChannel(), QDir::toNativeSeparators(targetFile),
        QStringLiteral("/q:") + eventLogQuery(fromUtc, toUtc), QStringLiteral("/ow:true") };
}

QStringList WindowsCollector::dsregcmdArguments()
{
    return { QStringLiteral("/status") };
}

QPair<QDateTime, QDateTime> WindowsCollector::windowFor(
    const QDateTime &errorUtc, const QDateTime &nowUtc)
{
    const QDateTime from = errorUtc.isValid() && errorUtc < nowUtc ? errorUtc.addSecs(-2 * 3600)
                                                                   : nowUtc.addSecs(-24 * 3600);
    return { from.toUTC(), nowUtc.toUTC() };
}

QString WindowsCollector::netshInstructions()
{
    return tr("To capture the network traffic of a failing attempt (the Windows counterpart of "
              "a Fiddler capture):\n"
              "1. Open Command Prompt as administrator (Start, type cmd, right-click, \"Run as "
              "administrator\").\n"
              "2. Start the capture:\n"
              "   netsh trace start scenario=InternetClient capture=yes\n"
              "3. Reproduce the error: try the password reset again until the error appears.\n"
              "4. Stop the capture:\n"
              "   netsh trace stop\n"
              "5. netsh prints where it saved the trace (a .etl file, with a .cab next to it). "
              "Send both to your IT support with the bundle from this page.\n"
              "The capture can contain personal data: share it only with your IT support or "
              "Microsoft support.");
}

bool WindowsCollector::isAvailable()
{
#ifdef Q_OS_WIN
    return true;
#else
    return false;
#endif
}

std::optional<QString> WindowsCollector::exportEventLog([[maybe_unused]] const QString &targetFile,
    [[maybe_unused]] const QDateTime &fromUtc, [[maybe_unused]] const QDateTime &toUtc)
{
#ifdef Q_OS_WIN
    QProcess process;
    process.start(QStringLiteral("wevtutil.exe"), exportArguments(targetFile, fromUtc, toUtc));
    if (!process.waitForStarted(kTimeoutMs))
        return tr("wevtutil did not start: %1").arg(process.errorString());
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        return tr("wevtutil did not finish within a minute.");
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return tr("wevtutil failed (exit code %1): %2")
            .arg(QString::number(process.exitCode()),
                QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return std::nullopt;
#else
    return tr("The event log export is available on Windows only.");
#endif
}

std::optional<QByteArray> WindowsCollector::dsregcmdStatus(QString *problem)
{
#ifdef Q_OS_WIN
    QProcess process;
    process.start(QStringLiteral("dsregcmd.exe"), dsregcmdArguments());
    if (!process.waitForStarted(kTimeoutMs) || !process.waitForFinished(kTimeoutMs)) {
        if (problem)
            *problem = tr("dsregcmd /status did not run: %1").arg(process.errorString());
        process.kill();
        return std::nullopt;
    }
    return process.readAllStandardOutput();
#else
    if (problem)
        *problem = tr("dsregcmd is available on Windows only.");
    return std::nullopt;
#endif
}

QList<QPair<QString, QByteArray>> WindowsCollector::collect(
    [[maybe_unused]] const QDateTime &fromUtc, [[maybe_unused]] const QDateTime &toUtc,
    [[maybe_unused]] QStringList *problems)
{
    QList<QPair<QString, QByteArray>> files;
#ifdef Q_OS_WIN
    QTemporaryDir dir;
    const QString evtx = dir.filePath(QStringLiteral("aad-operational.evtx"));
    if (const auto problem = exportEventLog(evtx, fromUtc, toUtc)) {
        if (problems)
            *problems << *problem;
    } else {
        QFile file(evtx);
        if (file.open(QIODevice::ReadOnly))
            files.append({ QStringLiteral("aad-operational.evtx"), file.readAll() });
    }
    QString problem;
    if (const auto status = dsregcmdStatus(&problem))
        files.append({ QStringLiteral("dsregcmd-status.txt"), *status });
    else if (problems)
        *problems << problem;
#endif
    return files;
}

} // namespace sspr::report
