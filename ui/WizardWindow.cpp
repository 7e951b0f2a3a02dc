#include "ui/WizardWindow.h"

#include "ui/ResultsPage.h"
#include "ui/RunPage.h"
#include "ui/UiLogging.h"
#include "ui/UserPage.h"
#include "ui/WelcomePage.h"

#include <QAbstractButton>
#include <QIcon>

namespace sspr::ui {

WizardWindow::WizardWindow(const WizardEnvironment &env, QWidget *parent)
    : QWizard(parent)
    , m_welcome(new WelcomePage(env))
    , m_user(new UserPage(env))
    , m_run(new RunPage(env))
    , m_results(new ResultsPage)
{
    setObjectName(QStringLiteral("wizardWindow"));
    setWindowTitle(tr("SSPR Doctor"));
    setWindowIcon(applicationIcon());
    setWizardStyle(QWizard::ModernStyle);
    setTitleFormat(Qt::RichText); // see pageTitle()
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // The Cancel button leaves the whole tool; the run page has its own "Cancel checks".
    setButtonText(QWizard::CancelButton, tr("&Quit"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    setPixmap(QWizard::LogoPixmap, applicationIcon().pixmap(48, 48));
    resize(900, 680);
    setMinimumSize(720, 560);

    setPage(WelcomePageId, m_welcome);
    setPage(UserPageId, m_user);
    setPage(RunPageId, m_run);
    setPage(ResultsPageId, m_results);

    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Done"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Quit SSPR Doctor"));

    connect(m_run, &RunPage::sessionReady, m_results, &ResultsPage::setSession);
    // QWizard re-enables Back whenever it refreshes its buttons (page switch, completeChanged),
    // so the hold on Back is re-applied after each of those, in connection order.
    connect(m_run, &RunPage::runningChanged, this, &WizardWindow::syncBackButton);
    connect(m_run, &QWizardPage::completeChanged, this, &WizardWindow::syncBackButton);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        qCDebug(lcUi) << "page" << id;
        syncBackButton();
    });
}

WizardWindow::~WizardWindow() = default;

QIcon WizardWindow::applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/sspr-doctor.svg"));
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
    QWizard::reject();
}

} // namespace sspr::ui
