#include "core/probes/OsProber.h"

#include "core/probes/WindowsDeviceText.h"

#include <QProcess>

namespace sspr::probes {

OsProber::OsProber(const ProbeConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
#ifdef Q_OS_WIN
    m_result.applicable = true;
#endif
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
        [this] { finish(tr("no answer within %1 ms").arg(m_config.timeoutMs)); });
}

OsProber::~OsProber()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // a killed child ends at once; never left a zombie
        delete m_process;
    }
}

void OsProber::start()
{
    if (m_started)
        return;
    m_started = true;
#ifdef Q_OS_WIN
    m_stage = 0;
    run(QStringLiteral("dsregcmd"), { QStringLiteral("/status") });
#else
    // Not Windows: nothing to read; client.os says so.
    m_done = true;
    Q_EMIT finished();
#endif
}

#ifdef Q_OS_WIN
void OsProber::run(const QString &program, const QStringList &arguments)
{
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::finished, this, &OsProber::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_process)
            finish(m_process->errorString());
    });
    m_timer.start(m_config.timeoutMs);
    m_process->start(program, arguments);
}

void OsProber::onProcessFinished()
{
    if (m_done || !m_process)
        return;
    m_timer.stop();
    const QString output = QString::fromLocal8Bit(m_process->readAllStandardOutput());
    const int exitCode = m_process->exitCode();
    m_process->deleteLater();
    m_process = nullptr;
    if (m_stage == 0) {
        m_result.joinState = WindowsDeviceText::parseDsregStatus(output);
        if (m_result.joinState.isEmpty()) {
            finish(tr("dsregcmd /status gave no join state (exit code %1)").arg(exitCode));
            return;
        }
        m_stage = 1;
        run(QStringLiteral("wevtutil"),
            { QStringLiteral("qe"), QStringLiteral("Microsoft-Windows-AAD/Operational"),
                QStringLiteral("/q:%1").arg(
                    WindowsDeviceText::eventQuery(m_config.eventLookbackDays)),
                QStringLiteral("/f:xml"), QStringLiteral("/rd:true"), QStringLiteral("/c:500") });
        return;
    }
    if (exitCode != 0 && output.trimmed().isEmpty()) {
        // The join state is still worth reporting; say why the log is missing.
        finish(
            tr("the AAD operational log could not be read (wevtutil exit code %1)").arg(exitCode));
        return;
    }
    m_result.recentErrors = WindowsDeviceText::parseAadEvents(output);
    finish(QString());
}
#endif

void OsProber::cancel()
{
    if (!m_done)
        finish(tr("cancelled"));
}

void OsProber::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_result.error = error;
    m_result.ran = m_result.applicable && !m_result.joinState.isEmpty();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->deleteLater();
        m_process = nullptr;
    }
    Q_EMIT finished();
}

} // namespace sspr::probes
