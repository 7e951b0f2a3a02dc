#include "core/report/WindowsCollectionJob.h"

#include "core/report/WindowsCollector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCollect, "sspr.report.collect")

namespace sspr::report {

WindowsCollectionJob::WindowsCollectionJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<CollectionResult>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &WindowsCollectionJob::onTimeout);
}

WindowsCollectionJob::~WindowsCollectionJob()
{
    // Nobody is left to tell: stop the program without emitting finished().
    m_running = false;
    stopProcess();
}

QList<CollectionStep> WindowsCollectionJob::bundleSteps(
    const QString &scratchDir, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    QList<CollectionStep> steps = eventLogSteps(
        QDir(scratchDir).filePath(QStringLiteral("aad-operational.evtx")), fromUtc, toUtc);
    steps.append({ QStringLiteral("dsregcmd /status"), QStringLiteral("dsregcmd-status.txt"),
        QStringLiteral("dsregcmd.exe"), WindowsCollector::dsregcmdArguments(), QString() });
    return steps;
}

QList<CollectionStep> WindowsCollectionJob::eventLogSteps(
    const QString &targetFile, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return { { QStringLiteral("wevtutil epl"), QStringLiteral("aad-operational.evtx"),
        QStringLiteral("wevtutil.exe"),
        WindowsCollector::exportArguments(targetFile, fromUtc, toUtc), targetFile } };
}

void WindowsCollectionJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = CollectionResult();
    m_index = -1;
    // Always asynchronous, so finished() reaches whoever connects right after start().
    QMetaObject::invokeMethod(this, &WindowsCollectionJob::nextStep, Qt::QueuedConnection);
}

void WindowsCollectionJob::cancel()
{
    if (!m_running)
        return;
    qCInfo(lcCollect) << "collection cancelled at step" << m_index;
    stopProcess();
    m_result.cancelled = true;
    finish();
}

void WindowsCollectionJob::nextStep()
{
    if (!m_running)
        return;
    ++m_index;
    if (m_index >= m_steps.size()) {
        finish();
        return;
    }
    runStep();
}

void WindowsCollectionJob::runStep()
{
    const CollectionStep &step = m_steps.at(m_index);
    emit stepStarted(m_index, int(m_steps.size()), step.label);
    if (!step.outputFile.isEmpty())
        QFile::remove(step.outputFile); // a stale file must not pass for this run's output
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, &WindowsCollectionJob::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, &WindowsCollectionJob::onProcessError);
    qCDebug(lcCollect) << "running" << step.program << step.arguments;
    m_deadline.start(m_timeoutMs);
    m_process->start(step.program, step.arguments, QIODevice::ReadOnly);
}

void WindowsCollectionJob::onProcessError(QProcess::ProcessError error)
{
    // Crashes are reported by finished() too; only a failed start ends here alone.
    if (error != QProcess::FailedToStart || !m_process)
        return;
    const CollectionStep &step = m_steps.at(m_index);
    m_result.problems << tr("%1 did not start: %2").arg(step.label, m_process->errorString());
    stopProcess();
    nextStep();
}

void WindowsCollectionJob::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    const CollectionStep &step = m_steps.at(m_index);
    const QByteArray out = m_process->readAllStandardOutput();
    const QString err = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    stopProcess();
    if (status != QProcess::NormalExit) {
        m_result.problems << tr("%1 stopped unexpectedly.").arg(step.label);
    } else if (exitCode != 0) {
        m_result.problems << (err.isEmpty()
                ? tr("%1 failed (exit code %2).").arg(step.label, QString::number(exitCode))
                : tr("%1 failed (exit code %2): %3")
                      .arg(step.label, QString::number(exitCode), err));
    } else if (step.outputFile.isEmpty()) {
        m_result.files.append({ step.fileName, out });
    } else {
        QFile file(step.outputFile);
        if (file.open(QIODevice::ReadOnly))
            m_result.files.append({ step.fileName, file.readAll() });
        else
            m_result.problems << tr("%1 wrote no file at %2.")
                                     .arg(step.label, QDir::toNativeSeparators(step.outputFile));
    }
    nextStep();
}

void WindowsCollectionJob::onTimeout()
{
    if (!m_process)
        return;
    const CollectionStep &step = m_steps.at(m_index);
    qCWarning(lcCollect) << step.program << "timed out after" << m_timeoutMs << "ms";
    m_result.problems << tr("%1 did not finish within %n second(s) and was stopped.", nullptr,
        qMax(1, m_timeoutMs / 1000))
                             .arg(step.label);
    stopProcess();
    nextStep();
}

void WindowsCollectionJob::stopProcess()
{
    m_deadline.stop();
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    disconnect(process, nullptr, this, nullptr);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // Killed, it deletes itself once the system has reaped it. Moved off the job so that
    // deleting the job meanwhile does not run ~QProcess, which would block until the process
    // is gone; onto the application, so that exiting before the reap still frees it
    // (LeakSanitizer caught the unparented one when a test ended first).
    process->setParent(QCoreApplication::instance());
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

void WindowsCollectionJob::finish()
{
    m_running = false;
    m_deadline.stop();
    emit finished(m_result);
}

} // namespace sspr::report
