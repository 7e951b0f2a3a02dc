#pragma once

#include "core/checks/Finding.h"
#include "core/playbook/Diagnosis.h"
#include "core/report/Session.h"
#include "ui/WizardEnvironment.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>
#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace sspr::ui {

class CheckRow;

// What one run needs: the diagnosis input and the token provider to run it with (nullptr:
// not signed in, so the Graph checks skip and say what they need).
struct RunRequest {
    playbook::DiagnosisInput input;
    auth::TokenProvider *tokens = nullptr;
};

// Page 3: runs the diagnosis for the fields "errorText" and "userKey" when entered. One row
// per planned check (pending, running, done with status), an overall progress bar, a Cancel
// that cancels the in-flight Graph requests, and Run again. Nothing here blocks: progress
// arrives from Diagnosis' signals. Back is held off while running (see WizardWindow).
class RunPage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY(RunPage)

public:
    explicit RunPage(const WizardEnvironment &env, QWidget *parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; } // the last run was cancelled
    void cancelRun();
    void startRun();
    void setProbeRunner(probes::ProbeRunner *probes) { m_env.probes = probes; }
    // Runs one check again with the last run's inputs (Diagnosis::rerun); checkRerun follows.
    // False while running or before a run.
    bool rerunCheck(const QString &checkId);
    // Where startRun() takes its input from (set by WizardWindow). Without one it reads the
    // fields "errorText" and "userKey" and runs with the environment's tokens.
    void setRequestSource(std::function<RunRequest()> source);
    std::optional<report::Session> session() const { return m_session; }
    CheckRow *row(const QString &checkId) const { return m_rows.value(checkId); }
    QList<CheckRow *> rows() const { return m_rowOrder; }

Q_SIGNALS:
    void runningChanged(bool running);
    // A run finished (also after Cancel, with the unfinished checks as errors).
    void sessionReady(const sspr::report::Session &session);
    // One check ran again: `session` holds its new finding and the re-ranked root cause.
    void checkRerun(const sspr::report::Session &session, const QString &checkId);

private:
    void clearRows();
    CheckRow *addRow(const QString &checkId, const QString &title);
    void setRunning(bool running);
    void onCheckStarted(const QString &checkId);
    void onCheckFinished(const checks::Finding &finding);
    void onFinished(const report::Session &session);
    void updateProgress();
    QString sourceLabel() const;
    void releaseDiagnosis();

    WizardEnvironment m_env;
    std::function<RunRequest()> m_requestSource;
    QPointer<playbook::Diagnosis> m_diagnosis;
    std::optional<report::Session> m_session;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_rerunCheckId; // non-empty while one check runs again

    QLabel *m_statusLine;
    QProgressBar *m_progress;
    QVBoxLayout *m_rowLayout;
    QPushButton *m_cancelButton;
    QPushButton *m_runAgainButton;
    QHash<QString, CheckRow *> m_rows;
    QList<CheckRow *> m_rowOrder;
};

} // namespace sspr::ui
