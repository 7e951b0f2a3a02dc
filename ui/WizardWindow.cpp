#include "ui/WizardWindow.h"

#include "core/auth/Cloud.h"
#include "core/auth/SignIn.h"
#include "core/checks/GuidedQuestions.h"
#include "core/graph/GraphClient.h"
#include "core/runtime/AppSettings.h"
#include "ui/DataCollectionPage.h"
#include "ui/QuestionsPage.h"
#include "ui/ResultsPage.h"
#include "ui/RunPage.h"
#include "ui/SessionFile.h"
#include "ui/SettingsDialog.h"
#include "ui/SignInPage.h"
#include "ui/StartPage.h"
#include "ui/SupportSummaryPage.h"
#include "ui/UiLogging.h"
#include "ui/UserKey.h"
#include "ui/UserPage.h"

#include <QAbstractButton>
#include <QDataStream>
#include <QGuiApplication>
#include <QIcon>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

namespace sspr::ui {

WizardWindow::WizardWindow(const WizardEnvironment &env, QWidget *parent)
    : QWizard(parent)
    , m_env(env)
    , m_start(new StartPage(env))
    , m_signIn(new SignInPage(env))
    , m_user(new UserPage(env))
    , m_questions(new QuestionsPage)
    , m_run(new RunPage(env))
    , m_results(new ResultsPage)
    , m_dataCollection(new DataCollectionPage(env.trace))
    , m_support(new SupportSummaryPage(env.trace))
    , m_openChooser(defaultOpenFileChooser())
{
    setObjectName(QStringLiteral("wizardWindow"));
    setWindowIcon(applicationIcon());
    setWizardStyle(QWizard::ModernStyle);
    setTitleFormat(Qt::RichText); // see pageTitle()
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // The Cancel button leaves the whole tool; the run page has its own "Cancel checks".
    // Every button's label is ours, not Qt's: without Qt's own catalog (qt6-translations-l10n)
    // German showed "< &Back" beside "&Beenden", two buttons on Alt+B (TestMnemonics).
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("&Quit"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    setPixmap(QWizard::LogoPixmap, applicationIcon().pixmap(48, 48));
    resize(900, 720);
    setMinimumSize(720, 600);

    setPage(StartPageId, m_start);
    setPage(SignInPageId, m_signIn);
    setPage(UserPageId, m_user);
    setPage(QuestionsPageId, m_questions);
    setPage(RunPageId, m_run);
    setPage(ResultsPageId, m_results);
    setPage(DataCollectionPageId, m_dataCollection);
    setPage(SupportSummaryPageId, m_support);
    if (!env.reportFolder.isEmpty()) {
        m_dataCollection->setReportFolder(env.reportFolder);
        m_support->setReportFolder(env.reportFolder);
        m_results->setReportFolder(env.reportFolder);
    }
    m_start->settingsButton()->setVisible(env.settings != nullptr);
    connect(m_start, &StartPage::settingsRequested, this, &WizardWindow::showSettings);
    connect(m_start, &StartPage::openSessionRequested, this, &WizardWindow::chooseSessionToOpen);
    connect(m_results, &ResultsPage::rerunAllRequested, this, &WizardWindow::rerunOpenedSession);
    // A fresh run replaces the opened session.
    connect(m_run, &RunPage::runningChanged, this, [this](bool running) {
        if (running) {
            m_openedFrom.clear();
            m_results->setRunAgainAvailable(true);
        }
    });

    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Done"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Quit SSPR Doctor"));

    m_run->setRequestSource([this] { return runRequest(); });
    connect(m_start, &StartPage::personaChanged, this, &WizardWindow::onPersonaChanged);
    onPersonaChanged(m_start->persona());

    connect(m_run, &RunPage::sessionReady, m_results, &ResultsPage::setSession);
    connect(m_run, &RunPage::sessionReady, m_dataCollection, &DataCollectionPage::setSession);
    connect(m_run, &RunPage::sessionReady, m_support, &SupportSummaryPage::setSession);
    // "Run again" on a result panel: one check, through the run page's diagnosis.
    m_results->setRunAgainAvailable(true);
    connect(m_results, &ResultsPage::runAgainRequested, this, [this](const QString &checkId) {
        if (m_run->rerunCheck(checkId))
            m_results->setRunAgainBusy(checkId, true);
    });
    connect(m_run, &RunPage::checkRerun, this,
        [this](const report::Session &session, const QString &checkId) {
            m_results->updateFinding(session, checkId);
            m_results->setRunAgainBusy(checkId, false);
            m_dataCollection->setSession(session);
            m_support->setSession(session);
            updateTitle();
        });
    // QWizard re-enables Back whenever it refreshes its buttons (page switch, completeChanged),
    // so the hold on Back is re-applied after each of those, in connection order.
    connect(m_run, &RunPage::runningChanged, this, &WizardWindow::syncBackButton);
    connect(m_run, &QWizardPage::completeChanged, this, &WizardWindow::syncBackButton);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        qCDebug(lcUi) << "page" << id;
        syncBackButton();
        updateTitle();
    });

    // The title follows the user, the sign-in and the run.
    connect(m_run, &RunPage::runningChanged, this, &WizardWindow::updateTitle);
    connect(m_run, &RunPage::sessionReady, this, &WizardWindow::updateTitle);
    connect(m_user->userKeyEdit(), &QLineEdit::textChanged, this, &WizardWindow::updateTitle);
    connect(m_signIn, &QWizardPage::completeChanged, this, &WizardWindow::updateTitle);
    updateTitle();
    restoreSavedGeometry();
}

WizardWindow::~WizardWindow() = default;

void WizardWindow::setProbeRunner(probes::ProbeRunner *probes)
{
    m_env.probes = probes;
    m_run->setProbeRunner(probes);
}

QIcon WizardWindow::applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/sspr-doctor.svg"));
}

Persona WizardWindow::persona() const
{
    return m_start->persona();
}

void WizardWindow::onPersonaChanged(Persona persona)
{
    m_signIn->setPersona(persona);
    m_questions->setPersona(persona);
    updateTitle();
}

int WizardWindow::nextId() const
{
    switch (currentId()) {
    case StartPageId:
        return SignInPageId;
    case SignInPageId:
        return persona() == Persona::ItStaff ? UserPageId : QuestionsPageId;
    case UserPageId:
        return QuestionsPageId;
    case QuestionsPageId:
        return RunPageId;
    case RunPageId:
        return ResultsPageId;
    case ResultsPageId:
        return DataCollectionPageId;
    case DataCollectionPageId:
        return SupportSummaryPageId;
    default:
        return -1;
    }
}

auth::TokenProvider *WizardWindow::tokens() const
{
    if (m_env.tokens)
        return m_env.tokens;
    return m_env.signIn;
}

RunRequest WizardWindow::runRequest() const
{
    RunRequest request;
    request.input.errorText = m_start->effectiveErrorText();
    request.input.answers = m_questions->answers();
    if (!m_start->whereKey().isEmpty())
        request.input.answers.insert(checks::question::where, m_start->whereKey());
    auth::TokenProvider *provider = tokens();
    const bool signedIn = provider && provider->isSignedIn();
    if (persona() == Persona::ItStaff) {
        request.input.userKey = m_user->userKeyEdit()->text().trimmed();
        request.tokens = provider;
    } else {
        // The end user's own account (/me), and only once they signed in: otherwise the
        // Graph checks skip and the local checks and answers carry the report.
        request.input.selfMode = true;
        request.tokens = signedIn ? provider : nullptr;
    }
    return request;
}

void WizardWindow::updateTitle()
{
    QString who;
    if (persona() == Persona::ItStaff) {
        const QString key = m_user->userKeyEdit()->text().trimmed();
        if (currentId() >= UserPageId && isValidUserKey(key))
            who = key;
    } else if (auth::TokenProvider *provider = tokens();
               provider && provider->isSignedIn() && currentId() >= SignInPageId) {
        who = provider->account().userPrincipalName;
    }

    const bool opened = !m_openedFrom.isEmpty() && currentId() >= ResultsPageId;
    if (opened && who.isEmpty())
        who = !m_opened.userKey.isEmpty() ? m_opened.userKey
                                          : m_opened.signedInAs.userPrincipalName;

    std::optional<report::Session> shown = opened ? std::optional(m_opened) : m_run->session();
    QString state;
    if (m_run->isRunning()) {
        state = tr("running");
    } else if (currentId() >= RunPageId) {
        if (!opened && m_run->wasCancelled()) {
            state = tr("cancelled");
        } else if (shown) {
            int problems = 0;
            for (const auto &finding : shown->findings)
                problems += ResultsPage::isProblem(finding.status) ? 1 : 0;
            state = problems == 0 ? tr("no problems found")
                : problems == 1   ? tr("1 problem found")
                                  : tr("%1 problems found").arg(problems);
        }
    }

    QStringList parts { tr("SSPR Doctor") };
    if (!who.isEmpty())
        parts << who;
    if (!state.isEmpty())
        parts << state;
    if (opened)
        parts << tr("opened from file");
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void WizardWindow::syncBackButton()
{
    if (currentId() == RunPageId && m_run->isRunning())
        button(QWizard::BackButton)->setEnabled(false);
}

void WizardWindow::setSaveFileChooser(SaveFileChooser chooser)
{
    m_results->setSaveFileChooser(std::move(chooser));
}

void WizardWindow::chooseSessionToOpen()
{
    const QString folder = m_env.reportFolder;
    const QString path = m_openChooser(
        this, tr("Open session"), suggestedPath(folder, QString()), SessionFile::nameFilter());
    if (!path.isEmpty())
        openSession(path);
}

bool WizardWindow::openSession(const QString &path)
{
    if (m_run->isRunning()) {
        m_start->showMessage(tr("Wait for the checks to finish before opening a session."), true);
        return false;
    }
    QString problem;
    const auto session = SessionFile::load(path, &problem);
    if (!session) {
        qCInfo(lcUi) << "session not opened:" << problem;
        // Said where the Open button is; the wizard stays as it was.
        m_start->showMessage(problem, true);
        return false;
    }
    qCInfo(lcUi) << "session opened with" << session->findings.size() << "findings";
    restart();
    putInputsBack(*session);
    m_start->showMessage(QString(), false);
    m_opened = *session;
    m_openedFrom = path;
    // One check runs again only within a run of this window; "Re-run all checks" starts one.
    m_results->setRunAgainAvailable(false);
    m_results->setSession(*session);
    m_results->setOpenedFrom(path);
    m_dataCollection->setSession(*session);
    m_support->setSession(*session);
    setCurrentId(ResultsPageId);
    updateTitle();
    return currentId() == ResultsPageId;
}

void WizardWindow::putInputsBack(const report::Session &session)
{
    const Persona persona
        = session.mode == QLatin1String("self") ? Persona::EndUser : Persona::ItStaff;
    m_start->setInputs(persona, SessionFile::errorTextOf(session.error),
        session.answers.value(checks::question::where));
    // The persona switch rebuilt the questions: the answers go in afterwards.
    m_questions->setAnswers(session.answers);
    if (persona == Persona::ItStaff)
        m_user->userKeyEdit()->setText(session.userKey);
}

void WizardWindow::rerunOpenedSession()
{
    if (m_openedFrom.isEmpty() || m_run->isRunning())
        return;
    const report::Session session = m_opened;
    restart();
    putInputsBack(session);
    auth::TokenProvider *provider = tokens();
    const bool signedIn = provider && provider->isSignedIn();
    // IT staff sign in as usual first; the inputs wait on the pages after it.
    setCurrentId(persona() == Persona::ItStaff && !signedIn ? SignInPageId : RunPageId);
    updateTitle();
}

void WizardWindow::showSettings()
{
    if (!m_env.settings)
        return;
    SettingsDialog dialog(m_env.settings, this);
    if (m_settingsHook)
        QTimer::singleShot(0, &dialog, [this, &dialog] { m_settingsHook(&dialog); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.reportFolderChanged()) {
        m_env.reportFolder = m_env.settings->reportFolder();
        m_dataCollection->setReportFolder(m_env.reportFolder);
        m_support->setReportFolder(m_env.reportFolder);
        m_results->setReportFolder(m_env.reportFolder);
    }
    if (dialog.signInChanged())
        applySignInSettings();
}

void WizardWindow::applySignInSettings()
{
    // The demo tenant signs in against its own authority: the settings wait for a real one.
    if (!m_env.demoLabel.isEmpty())
        return;
    auth::AuthConfig config = m_signIn->baseConfig();
    config.cloudKey = m_env.settings->cloudKey();
    if (!auth::Clouds::byKey(config.cloudKey))
        config.cloudKey = auth::Clouds::global().key;
    config.tenant = m_env.settings->tenant();
    config.clientId = m_env.settings->clientId();
    config.rememberSignIn = m_env.settings->rememberSignIn();
    m_signIn->setBaseConfig(config);
    if (m_env.graphFollowsCloud && m_env.graph)
        m_env.graph->setBaseUrl(auth::Clouds::byKey(config.cloudKey)->graphRoot);
    qCInfo(lcUi) << "sign-in settings apply to the next sign-in, cloud" << config.cloudKey;
}

bool WizardWindow::restoreSavedGeometry()
{
    if (!m_env.settings)
        return false;
    const QByteArray saved = m_env.settings->windowGeometry();
    if (saved.isEmpty())
        return false;
    // QWidget::saveGeometry()'s layout (stable since Qt 4): magic, version, frame geometry.
    // Qt would pull an off-screen window back in at its old size; a screen that is gone
    // (a laptop off its dock) is better served by the default placement.
    QDataStream stream(saved);
    stream.setVersion(QDataStream::Qt_4_0);
    quint32 magic = 0;
    quint16 major = 0, minor = 0;
    QRect frame;
    stream >> magic >> major >> minor >> frame;
    if (stream.status() != QDataStream::Ok || magic != 0x1D9D0CB || frame.isEmpty())
        return false;
    bool onScreen = false;
    for (const QScreen *screen : QGuiApplication::screens())
        onScreen = onScreen || screen->availableGeometry().intersects(frame);
    if (!onScreen) {
        qCInfo(lcUi) << "saved window geometry lies off every screen: ignored";
        return false;
    }
    return restoreGeometry(saved);
}

void WizardWindow::saveGeometryToSettings()
{
    if (!m_env.settings)
        return;
    m_env.settings->setWindowGeometry(saveGeometry());
    m_env.settings->sync();
}

void WizardWindow::done(int result)
{
    saveGeometryToSettings();
    QWizard::done(result);
}

void WizardWindow::reject()
{
    // Closing mid-run must not leave requests in flight against the tenant.
    if (m_run->isRunning())
        m_run->cancelRun();
    m_signIn->cancelWaiting(); // no browser or device code sign-in left waiting either
    QWizard::reject();
}

} // namespace sspr::ui
