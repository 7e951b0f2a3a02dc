#pragma once

#include "core/report/Session.h"
#include "ui/Persona.h"
#include "ui/SaveFileChooser.h"
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
class SettingsDialog;
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
// run cancels them first. The title names the user and the state of the run. With
// env.settings the window remembers its geometry and offers the Settings dialog. Sessions
// are saved on the results page and opened from the start page (openSession()).
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

    // Loads a saved session and shows its results page, its inputs back in the flow. A
    // missing, damaged or foreign file changes nothing: false, and the start page says why.
    bool openSession(const QString &path);
    QString openedFrom() const { return m_openedFrom; } // empty: the session of this run
    // The opened session's user, error text and answers back into the flow, then the run
    // (through the sign-in page first when IT staff are not signed in).
    void rerunOpenedSession();
    void setOpenFileChooser(OpenFileChooser chooser) { m_openChooser = std::move(chooser); }
    void setSaveFileChooser(SaveFileChooser chooser); // the results page's "Save session…"
    // Opens the Settings dialog (modal) and applies what changed; the hook lets a test reach the
    // dialog once it is up (a modal dialog cannot be driven from QTest otherwise).
    void showSettings();
    void setSettingsDialogHook(std::function<void(SettingsDialog *)> hook)
    {
        m_settingsHook = std::move(hook);
    }
    // The geometry from the settings, unless it lies off every screen (false then).
    bool restoreSavedGeometry();
    void saveGeometryToSettings();

    static QIcon applicationIcon();

public Q_SLOTS:
    void reject() override;
    void done(int result) override; // remembers the geometry

private:
    void syncBackButton();
    void onPersonaChanged(Persona persona);
    void updateTitle();
    RunRequest runRequest() const;
    auth::TokenProvider *tokens() const;
    void chooseSessionToOpen();
    void applySignInSettings();
    void putInputsBack(const report::Session &session);

    WizardEnvironment m_env;
    StartPage *m_start;
    SignInPage *m_signIn;
    UserPage *m_user;
    QuestionsPage *m_questions;
    RunPage *m_run;
    ResultsPage *m_results;
    DataCollectionPage *m_dataCollection;
    SupportSummaryPage *m_support;
    OpenFileChooser m_openChooser;
    std::function<void(SettingsDialog *)> m_settingsHook;
    QString m_openedFrom;
    report::Session m_opened;
};

} // namespace sspr::ui
