#include "core/report/WindowsCollector.h"

#include <QDir>

namespace sspr::report {

namespace {
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

} // namespace sspr::report
