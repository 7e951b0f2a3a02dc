#include "ui/WizardWindow.h"

#include "core/auth/SignIn.h"
#include "core/checks/GuidedQuestions.h"
#include "ui/DataCollectionPage.h"
#include "ui/QuestionsPage.h"
#include "ui/ResultsPage.h"
#include "ui/RunPage.h"
#include "ui/SignInPage.h"
#include "ui/StartPage.h"
#include "ui/SupportSummaryPage.h"
#include "ui/UiLogging.h"
#include "ui/UserKey.h"
#include "ui/UserPage.h"

#include <QAbstractButton>
#include <QIcon>
#include <QLineEdit>

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
{
    setObjectName(QStringLiteral("wizardWindow"));
    setWindowIcon(applicationIcon());
    setWizardStyle(QWizard::ModernStyle);
    setTitleFormat(Qt::RichText); // see pageTitle()
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // The Cancel button leaves the whole tool; the run page has its own "Cancel checks".
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
    }

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

    QString state;
    if (m_run->isRunning()) {
        state = tr("running");
    } else if (currentId() >= RunPageId) {
        if (m_run->wasCancelled()) {
            state = tr("cancelled");
        } else if (const auto session = m_run->session()) {
            int problems = 0;
            for (const auto &finding : session->findings)
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
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void WizardWindow::syncBackButton()
{
    if (currentId() == RunPageId && m_run->isRunning())
        button(QWizard::BackButton)->setEnabled(false);
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
