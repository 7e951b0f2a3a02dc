#pragma once

#include "ui/Persona.h"
#include "ui/WizardEnvironment.h"

#include <QWizard>

namespace sspr::ui {

class StartPage;
class SignInPage;
class UserPage;
class QuestionsPage;
class RunPage;
class ResultsPage;
class DataCollectionPage;
class SupportSummaryPage;
struct RunRequest;

// The SSPR Doctor wizard. End user: start → optional self sign-in → questions → run →
// results. IT: start → sign-in → affected user → questions → run → results.
// Entry point for app/main.cpp:
//
//   sspr::ui::WizardWindow wizard(env); // env: see WizardEnvironment.h
//   wizard.show();
//   return app.exec();
//
// The window does not own env's GraphClient, TokenProvider or SignIn. Closing it while checks
// run cancels them first. The title names the user and the state of the run.
class WizardWindow : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY(WizardWindow)

public:
    enum PageId {
        StartPageId,
        SignInPageId,
        UserPageId,
        QuestionsPageId,
        RunPageId,
        ResultsPageId,
        DataCollectionPageId,
        SupportSummaryPageId,
    };

    explicit WizardWindow(const WizardEnvironment &env, QWidget *parent = nullptr);
    ~WizardWindow() override;

    StartPage *startPage() const { return m_start; }
    SignInPage *signInPage() const { return m_signIn; }
    UserPage *userPage() const { return m_user; }
    QuestionsPage *questionsPage() const { return m_questions; }
    RunPage *runPage() const { return m_run; }
    ResultsPage *resultsPage() const { return m_results; }
    DataCollectionPage *dataCollectionPage() const { return m_dataCollection; }
    SupportSummaryPage *supportSummaryPage() const { return m_support; }

    // The local probes become available once the demo tenant's TLS endpoint is up (after the
    // first paint), so main hands them over late.
    void setProbeRunner(probes::ProbeRunner *probes);

    Persona persona() const;
    int nextId() const override;

    static QIcon applicationIcon();

public Q_SLOTS:
    void reject() override;

private:
    void syncBackButton();
    void onPersonaChanged(Persona persona);
    void updateTitle();
    RunRequest runRequest() const;
    auth::TokenProvider *tokens() const;

    WizardEnvironment m_env;
    StartPage *m_start;
    SignInPage *m_signIn;
    UserPage *m_user;
    QuestionsPage *m_questions;
    RunPage *m_run;
    ResultsPage *m_results;
    DataCollectionPage *m_dataCollection;
    SupportSummaryPage *m_support;
};

} // namespace sspr::ui
