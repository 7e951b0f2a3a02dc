// The sign-in page with the real SignIn against the scenario server's authority on
// 127.0.0.1: the browser button through QDesktopServices (answered by the demo browser), the
// device code shown with its URL, Copy and countdown, Cancel that really cancels, the
// authority's error, and the account and tenant once signed in. Keyboard only.

#include "core/auth/SecretStore.h"
#include "core/auth/SignIn.h"
#include "core/demo/DemoBrowser.h"
#include "core/demo/ScenarioServer.h"
#include "core/graph/GraphClient.h"
#include "ui/PersonaChoice.h"
#include "ui/SignInPage.h"
#include "ui/StartPage.h"
#include "ui/WizardWindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace sspr;
using ui::WizardWindow;

// Stands in for the system browser: QDesktopServices::openUrl() lands here.
class BrowserStandIn : public QObject {
    Q_OBJECT

public:
    explicit BrowserStandIn(QNetworkAccessManager *network)
        : m_browser(network)
    {
    }
    QList<QUrl> urls;
    bool follow = true;

public Q_SLOTS:
    void handleUrl(const QUrl &url)
    {
        urls << url;
        if (follow)
            m_browser.open(url);
    }

private:
    demo::DemoBrowser m_browser;
};

// A PC without a system keychain (no Secret Service): what the sign-in must cope with.
class NoKeychain : public auth::SecretStore {
public:
    void read(const QString &, ReadCallback done) override { done(std::nullopt, m_problem); }
    void write(const QString &, const QString &, WriteCallback done) override
    {
        done(false, m_problem);
    }
    void remove(const QString &, WriteCallback done) override { done(false, m_problem); }
    bool isAvailable() const override { return false; }

private:
    QString m_problem = QStringLiteral("no keychain on this test machine");
};

class TestSignInPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deviceCodeShownCopiedAndCancelled();
    void deviceCodeSignsIn();
    void browserSignInShowsAccount();
    void declinedShowsTheAuthorityError();
    void endUserSignsInWithSelfScopes();
    void keychainNoticeShownOnce();
    void backAndQuitCancelWaitingSignIn();

private:
    void openAt(ui::Persona persona);
    void tabTo(QWidget *target);
    void press(QWidget *target);

    std::unique_ptr<demo::ScenarioServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    NoKeychain m_keychain;
    std::unique_ptr<auth::SignIn> m_signIn;
    std::unique_ptr<graph::GraphClient> m_graph;
    std::unique_ptr<WizardWindow> m_wizard;
    QString m_shotsDir;
};

void TestSignInPage::init()
{
    m_shotsDir = qEnvironmentVariable("SSPR_SHOTS_DIR");
    m_server = std::make_unique<demo::ScenarioServer>();
    QVERIFY(!m_server->loadScenario(QStringLiteral("healthy")).has_value());
    demo::AuthorityOptions options;
    options.requireIssuedTokens = true;
    options.devicePendingPolls = 100000; // stays pending until a test changes it
    m_server->setAuthorityOptions(options);
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_signIn = std::make_unique<auth::SignIn>(m_network.get(), &m_keychain);
    auth::AuthConfig config;
    config.authority = m_server->authorityUrl();
    config.tenant = QStringLiteral("organizations");
    config.scopes = { QStringLiteral("User.Read.All") };
    config.interactiveTimeoutSeconds = 20;
    m_signIn->setConfig(config);
    m_graph = std::make_unique<graph::GraphClient>(m_network.get(), m_signIn.get());
    m_graph->setBaseUrl(m_server->graphBaseUrl());
}

void TestSignInPage::cleanup()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    m_wizard.reset();
    m_graph.reset();
    m_signIn.reset();
    m_network.reset();
    m_server.reset();
}

void TestSignInPage::openAt(ui::Persona persona)
{
    ui::WizardEnvironment env;
    env.graph = m_graph.get();
    env.tokens = m_signIn.get();
    env.signIn = m_signIn.get();
    env.demoLabel = m_server->scenarioName();
    m_wizard = std::make_unique<WizardWindow>(env);
    m_wizard->show();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    m_wizard->startPage()->personaChoice()->setPersona(persona);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(WizardWindow::SignInPageId));
}

void TestSignInPage::tabTo(QWidget *target)
{
    QVERIFY(target->isVisible());
    for (int i = 0; i < 40 && !target->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(target->hasFocus(), qPrintable(target->objectName()));
}

void TestSignInPage::press(QWidget *target)
{
    tabTo(target);
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(target, Qt::Key_Space);
}

void TestSignInPage::deviceCodeShownCopiedAndCancelled()
{
    openAt(ui::Persona::ItStaff);
    ui::SignInPage *page = m_wizard->signInPage();
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QVERIFY(!page->isSignedIn());
    QVERIFY(!next->isEnabled()); // IT must sign in
    QVERIFY(!page->rememberCheckBox()->isChecked()); // off by default for IT
    QVERIFY(!page->deviceCodeLabel()->isVisible());

    press(page->deviceCodeButton());
    QTRY_VERIFY(page->deviceCodeLabel()->isVisible());
    const QString code = page->deviceCodeLabel()->text();
    QVERIFY(code.size() >= 6);
    QVERIFY2(page->deviceUrlLabel()->text().contains(m_server->baseUrl().toString()),
        qPrintable(page->deviceUrlLabel()->text()));
    QVERIFY2(page->countdownLabel()->text().startsWith(QStringLiteral("The code expires in 1")),
        qPrintable(page->countdownLabel()->text())); // 15 minutes, counting down
    QVERIFY(page->cancelButton()->isVisible());
    QVERIFY(!page->deviceCodeButton()->isEnabled());
    QVERIFY(!next->isEnabled());
    QVERIFY(page->copyCodeButton()->hasFocus());
    if (!m_shotsDir.isEmpty())
        QVERIFY(m_wizard->grab().save(m_shotsDir + QStringLiteral("/it-2-signin-device-code.png")));

    // Every control a person can Tab to here has a name a screen reader can say.
    for (QWidget *widget : m_wizard->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus)
            || widget->inherits("QAbstractScrollArea") || widget->inherits("QScrollBar"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(iface && !iface->text(QAccessible::Name).trimmed().isEmpty(),
            qPrintable(widget->objectName()));
    }

    QGuiApplication::clipboard()->clear();
    QTest::keyClick(page->copyCodeButton(), Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), code);

    const int polls = m_server->tokenRequestCount(
        QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    press(page->cancelButton());
    QTRY_COMPARE(page->statusLabel()->text(), QStringLiteral("Sign-in cancelled."));
    QVERIFY(!page->deviceCodeLabel()->isVisible());
    QCOMPARE(m_signIn->state(), auth::SignIn::State::SignedOut);
    QVERIFY(page->deviceCodeButton()->isEnabled());
    QVERIFY(!next->isEnabled());
    // Cancelled means no more polling of the token endpoint.
    QTest::qWait(2500); // longer than the poll interval (1 s)
    QVERIFY(
        m_server->tokenRequestCount(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"))
        <= polls + 1);
}

void TestSignInPage::deviceCodeSignsIn()
{
    demo::AuthorityOptions options = m_server->authorityOptions();
    options.devicePendingPolls = 1;
    m_server->setAuthorityOptions(options);
    openAt(ui::Persona::ItStaff);
    ui::SignInPage *page = m_wizard->signInPage();
    press(page->deviceCodeButton());
    QTRY_VERIFY_WITH_TIMEOUT(page->isSignedIn(), 15000);
    QVERIFY(page->accountLabel()->isVisible());
    QVERIFY2(page->accountLabel()->text().contains(
                 QStringLiteral("Tenant: ") + m_server->demoTenantId()),
        qPrintable(page->accountLabel()->text()));
    QVERIFY(!page->deviceCodeLabel()->isVisible());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(m_signIn->config().rememberSignIn == false);
}

void TestSignInPage::browserSignInShowsAccount()
{
    BrowserStandIn browser(m_network.get());
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "handleUrl");
    const auto unset
        = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
    openAt(ui::Persona::ItStaff);
    ui::SignInPage *page = m_wizard->signInPage();
    press(page->browserButton());
    QTRY_COMPARE(browser.urls.size(), 1);
    const QUrl authorize = browser.urls.first();
    QCOMPARE(authorize.host(), m_server->authorityUrl().host());
    QVERIFY(authorize.path().endsWith(QStringLiteral("/oauth2/v2.0/authorize")));
    QTRY_VERIFY_WITH_TIMEOUT(page->isSignedIn(), 15000);
    QVERIFY2(page->accountLabel()->text().contains(m_signIn->account().userPrincipalName),
        qPrintable(page->accountLabel()->text()));
    QVERIFY(!m_signIn->account().userPrincipalName.isEmpty());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    if (!m_shotsDir.isEmpty())
        QVERIFY(m_wizard->grab().save(m_shotsDir + QStringLiteral("/it-2-signin-done.png")));
}

void TestSignInPage::declinedShowsTheAuthorityError()
{
    demo::AuthorityOptions options = m_server->authorityOptions();
    options.devicePendingPolls = 0;
    options.deviceOutcome = demo::AuthorityOptions::DeviceOutcome::Decline;
    m_server->setAuthorityOptions(options);
    openAt(ui::Persona::ItStaff);
    ui::SignInPage *page = m_wizard->signInPage();
    QSignalSpy failed(m_signIn.get(), &auth::SignIn::signInFailed);
    press(page->deviceCodeButton());
    QVERIFY(failed.wait(15000));
    const auto error = failed.first().first().value<auth::AuthError>();
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(page->statusLabel()->text(), QStringLiteral("⚠ Sign-in failed: ") + error.message);
    QVERIFY(!page->isSignedIn());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    if (!m_shotsDir.isEmpty())
        QVERIFY(m_wizard->grab().save(m_shotsDir + QStringLiteral("/it-2-signin-failed.png")));
}

void TestSignInPage::endUserSignsInWithSelfScopes()
{
    BrowserStandIn browser(m_network.get());
    browser.follow = false;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "handleUrl");
    const auto unset
        = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
    openAt(ui::Persona::EndUser);
    ui::SignInPage *page = m_wizard->signInPage();
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled()); // optional for an end user
    QCOMPARE(page->browserButton()->text(), QStringLiteral("&Sign in to check my own account too"));
    if (!m_shotsDir.isEmpty())
        QVERIFY(m_wizard->grab().save(m_shotsDir + QStringLiteral("/enduser-2-signin-offer.png")));
    press(page->browserButton());
    QTRY_COMPARE(browser.urls.size(), 1);
    const QStringList scopes = QUrlQuery(browser.urls.first())
                                   .queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                                   .split(QLatin1Char(' '));
    QVERIFY2(scopes.contains(QStringLiteral("User.Read"))
            && scopes.contains(QStringLiteral("UserAuthenticationMethod.Read")),
        qPrintable(scopes.join(' ')));
    QVERIFY2(!scopes.contains(QStringLiteral("User.Read.All")), qPrintable(scopes.join(' ')));
    // While the browser is open, Next waits; Cancel gives it back.
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    press(page->cancelButton());
    QTRY_COMPARE(page->statusLabel()->text(), QStringLiteral("Sign-in cancelled."));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestSignInPage::keychainNoticeShownOnce()
{
    demo::AuthorityOptions options = m_server->authorityOptions();
    options.devicePendingPolls = 0;
    m_server->setAuthorityOptions(options);
    openAt(ui::Persona::EndUser);
    ui::SignInPage *page = m_wizard->signInPage();
    QVERIFY(page->rememberCheckBox()->isChecked()); // an end user on their own PC
    QVERIFY(!page->noticeLabel()->isVisible());
    QSignalSpy notices(m_signIn.get(), &auth::SignIn::notice);
    press(page->deviceCodeButton());
    QTRY_VERIFY_WITH_TIMEOUT(page->isSignedIn(), 15000);
    // No keychain on this PC: the sign-in says so, the page shows it.
    QTRY_VERIFY(page->noticeLabel()->isVisible());
    QCOMPARE(notices.size(), 1);
    QCOMPARE(
        page->noticeLabel()->text(), QStringLiteral("ℹ ") + notices.first().first().toString());
    // A second notice does not stack up under the first.
    Q_EMIT m_signIn->notice(QStringLiteral("again"));
    QCOMPARE(
        page->noticeLabel()->text(), QStringLiteral("ℹ ") + notices.first().first().toString());
    if (!m_shotsDir.isEmpty())
        QVERIFY(m_wizard->grab().save(m_shotsDir + QStringLiteral("/enduser-2-signin-done.png")));
}

void TestSignInPage::backAndQuitCancelWaitingSignIn()
{
    openAt(ui::Persona::ItStaff);
    ui::SignInPage *page = m_wizard->signInPage();
    press(page->deviceCodeButton());
    QTRY_COMPARE(m_signIn->state(), auth::SignIn::State::WaitingForDeviceCode);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier); // < &Back
    QTRY_COMPARE(m_wizard->currentId(), int(WizardWindow::StartPageId));
    QCOMPARE(m_signIn->state(), auth::SignIn::State::SignedOut);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(WizardWindow::SignInPageId));
    press(page->deviceCodeButton());
    QTRY_COMPARE(m_signIn->state(), auth::SignIn::State::WaitingForDeviceCode);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q, Qt::AltModifier); // &Quit
    QTRY_VERIFY(!m_wizard->isVisible());
    QCOMPARE(m_signIn->state(), auth::SignIn::State::SignedOut);
}

QTEST_MAIN(TestSignInPage)
#include "TestSignInPage.moc"
