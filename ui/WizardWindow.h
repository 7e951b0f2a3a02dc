#pragma once

#include "ui/WizardEnvironment.h"

#include <QWizard>

namespace sspr::ui {

class WelcomePage;
class UserPage;
class RunPage;
class ResultsPage;

// The SSPR Doctor wizard: welcome (paste the error) → affected user → run → results.
// Entry point for app/main.cpp:
//
//   sspr::ui::WizardWindow wizard(env); // env: see WizardEnvironment.h
//   wizard.show();
//   return app.exec();
//
// The window does not own env's GraphClient or TokenProvider. Closing it while checks run
// cancels them first.
class WizardWindow : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY(WizardWindow)

public:
    enum PageId { WelcomePageId, UserPageId, RunPageId, ResultsPageId };

    explicit WizardWindow(const WizardEnvironment &env, QWidget *parent = nullptr);
    ~WizardWindow() override;

    WelcomePage *welcomePage() const { return m_welcome; }
    UserPage *userPage() const { return m_user; }
    RunPage *runPage() const { return m_run; }
    ResultsPage *resultsPage() const { return m_results; }

    static QIcon applicationIcon();

public Q_SLOTS:
    void reject() override;

private:
    void syncBackButton();

    WelcomePage *m_welcome;
    UserPage *m_user;
    RunPage *m_run;
    ResultsPage *m_results;
};

} // namespace sspr::ui
