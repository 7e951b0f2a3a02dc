#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

namespace sspr::report {

// One program the collection runs. Its result is the file it writes (`outputFile`) or, when
// that is empty, its standard output; either is returned under `fileName`.
struct CollectionStep {
    QString label; // shown while it runs, e.g. "dsregcmd /status"
    QString fileName; // name in the result (and in the bundle)
    QString program;
    QStringList arguments;
    QString outputFile;
};

struct CollectionResult {
    QList<QPair<QString, QByteArray>> files; // fileName -> bytes, steps that succeeded
    QStringList problems; // one translated sentence per step that failed
    bool cancelled = false;
};

// Runs the Windows collection steps one after another without blocking the event loop (no
// waitFor*): each process has a deadline after which it is killed, cancel() stops at once,
// and finished() is emitted exactly once per start().
class WindowsCollectionJob : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(WindowsCollectionJob)

public:
    static constexpr int kDefaultTimeoutMs = 60000;

    explicit WindowsCollectionJob(QObject *parent = nullptr);
    ~WindowsCollectionJob() override;

    // A private folder for step output, removed with the job.
    QString scratchDir() const { return m_scratch.path(); }
    // wevtutil export of the AAD log into the scratch folder, then dsregcmd /status.
    static QList<CollectionStep> bundleSteps(
        const QString &scratchDir, const QDateTime &fromUtc, const QDateTime &toUtc);
    // wevtutil export of the AAD log straight into `targetFile`.
    static QList<CollectionStep> eventLogSteps(
        const QString &targetFile, const QDateTime &fromUtc, const QDateTime &toUtc);

    void setSteps(const QList<CollectionStep> &steps) { m_steps = steps; }
    void setTimeout(int ms) { m_timeoutMs = ms; } // per step
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void stepStarted(int index, int count, const QString &label);
    void finished(const sspr::report::CollectionResult &result);

private:
    void runStep();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void onTimeout();
    void nextStep();
    void stopProcess();
    void finish();

    QList<CollectionStep> m_steps;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_index = -1;
    bool m_running = false;
    QProcess *m_process = nullptr;
    QTimer m_deadline;
    QTemporaryDir m_scratch;
    CollectionResult m_result;
};

} // namespace sspr::report

Q_DECLARE_METATYPE(sspr::report::CollectionResult)
