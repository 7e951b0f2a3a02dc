#pragma once

#include "core/checks/Finding.h"
#include "core/report/Session.h"
#include "ui/WizardEnvironment.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace sspr::playbook {
class Diagnosis;
}

namespace sspr::ui {

class CheckRow;

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
    void cancelRun();
    void startRun();
    std::optional<report::Session> session() const { return m_session; }
    CheckRow *row(const QString &checkId) const { return m_rows.value(checkId); }
    QList<CheckRow *> rows() const { return m_rowOrder; }

Q_SIGNALS:
    void runningChanged(bool running);
    // A run finished (also after Cancel, with the unfinished checks as errors).
    void sessionReady(const sspr::report::Session &session);

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
    QPointer<playbook::Diagnosis> m_diagnosis;
    std::optional<report::Session> m_session;
    bool m_running = false;
    bool m_cancelled = false;

    QLabel *m_statusLine;
    QProgressBar *m_progress;
    QVBoxLayout *m_rowLayout;
    QPushButton *m_cancelButton;
    QPushButton *m_runAgainButton;
    QHash<QString, CheckRow *> m_rows;
    QList<CheckRow *> m_rowOrder;
};

} // namespace sspr::ui
