#include "ui/SignInPage.h"

#include "ui/PageTitle.h"
#include "ui/StatusStyle.h"
#include "ui/UiLogging.h"
#include "ui/WizardEnvironment.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sspr::ui {

SignInPage::SignInPage(const WizardEnvironment &env, QWidget *parent)
    : QWizardPage(parent)
    , m_signIn(env.signIn)
    , m_tokens(env.signIn ? env.signIn : env.tokens)
    , m_intro(new QLabel(this))
    , m_browserButton(new QPushButton(tr("Sign in with the bro&wser"), this))
    , m_deviceButton(new QPushButton(tr("Use a c&ode on another device"), this))
    , m_cancelButton(new QPushButton(tr("Cancel sign-&in"), this))
    , m_remember(new QCheckBox(tr("R&emember me on this PC"), this))
    , m_status(new QLabel(this))
    , m_codeBox(new QGroupBox(tr("Sign in on another device"), this))
    , m_url(new QLabel(this))
    , m_code(new QLabel(this))
    , m_copyButton(new QPushButton(tr("Co&py code"), this))
    , m_countdown(new QLabel(this))
    , m_countdownTimer(new QTimer(this))
    , m_notice(new QLabel(this))
    , m_accountBox(new QGroupBox(tr("Signed in"), this))
    , m_account(new QLabel(this))
{
    setObjectName(QStringLiteral("signInPage"));
    if (m_signIn)
        m_baseConfig = m_signIn->config();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_browserButton->setObjectName(QStringLiteral("browserSignInButton"));
    m_browserButton->setAccessibleName(tr("Sign in with the browser"));
    m_deviceButton->setObjectName(QStringLiteral("deviceCodeButton"));
    m_deviceButton->setAccessibleName(tr("Use a code on another device"));
    m_cancelButton->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancelButton->setAccessibleName(tr("Cancel sign-in"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_browserButton);
    buttons->addWidget(m_deviceButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_remember->setObjectName(QStringLiteral("rememberSignIn"));
    m_remember->setAccessibleName(tr("Remember me on this PC"));
    m_remember->setToolTip(tr("Keeps the sign-in in this computer's keychain. Leave it off on "
                              "a PC that is not yours."));
    layout->addWidget(m_remember);

    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    // The device code, large, with where to type it, a Copy button and the time left.
    m_codeBox->setObjectName(QStringLiteral("deviceCodeBox"));
    auto *codeLayout = new QVBoxLayout(m_codeBox);
    m_url->setObjectName(QStringLiteral("deviceCodeUrl"));
    m_url->setWordWrap(true);
    m_url->setTextFormat(Qt::RichText);
    m_url->setOpenExternalLinks(true);
    m_url->setTextInteractionFlags(Qt::TextBrowserInteraction);
    codeLayout->addWidget(m_url);
    auto *codeRow = new QHBoxLayout;
    m_code->setObjectName(QStringLiteral("deviceCode"));
    m_code->setAccessibleName(tr("Device code"));
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(QFontInfo(font()).pointSizeF() * 2.2);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_code->setFont(big);
    codeRow->addWidget(m_code);
    m_copyButton->setObjectName(QStringLiteral("copyDeviceCode"));
    m_copyButton->setAccessibleName(tr("Copy the code"));
    codeRow->addWidget(m_copyButton);
    codeRow->addStretch(1);
    codeLayout->addLayout(codeRow);
    m_countdown->setObjectName(QStringLiteral("deviceCodeCountdown"));
    m_countdown->setTextFormat(Qt::PlainText);
    codeLayout->addWidget(m_countdown);
    m_codeBox->setVisible(false);
    layout->addWidget(m_codeBox);

    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    m_accountBox->setObjectName(QStringLiteral("accountBox"));
    auto *accountLayout = new QVBoxLayout(m_accountBox);
    m_account->setObjectName(QStringLiteral("signedInAccount"));
    m_account->setAccessibleName(tr("Signed-in account"));
    m_account->setWordWrap(true);
    m_account->setTextFormat(Qt::PlainText);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    accountLayout->addWidget(m_account);
    layout->addWidget(m_accountBox);
    layout->addStretch(1);

    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &SignInPage::updateCountdown);
    connect(m_browserButton, &QPushButton::clicked, this, &SignInPage::startBrowser);
    connect(m_deviceButton, &QPushButton::clicked, this, &SignInPage::startDeviceCode);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInPage::cancelWaiting);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_code->text());
        showStatus(tr("The code is copied."), false);
    });
    if (m_signIn) {
        // Only for a sign-in this page started: the demo signs in by itself through its
        // built-in browser, and that must not pop up the system browser.
        connect(m_signIn, &auth::SignIn::openBrowser, this, [this](const QUrl &url) {
            if (m_browserRequested) {
                m_browserRequested = false;
                QDesktopServices::openUrl(url);
            }
        });
        connect(m_signIn, &auth::SignIn::stateChanged, this, &SignInPage::onStateChanged);
        connect(m_signIn, &auth::SignIn::deviceCodeReady, this, &SignInPage::onDeviceCode);
        connect(m_signIn, &auth::SignIn::signedIn, this, &SignInPage::onSignedIn);
        connect(m_signIn, &auth::SignIn::signInFailed, this, &SignInPage::onFailed);
        // A sign-in that ended before asking for the browser must not leave the request
        // armed for the next, unrelated one.
        connect(m_signIn, &auth::SignIn::signedIn, this, [this] { m_browserRequested = false; });
        connect(
            m_signIn, &auth::SignIn::signInFailed, this, [this] { m_browserRequested = false; });
        connect(m_signIn, &auth::SignIn::notice, this, &SignInPage::onNotice);
        connect(m_signIn, &auth::SignIn::signedOut, this, &SignInPage::refresh);
    }
    setPersona(Persona::EndUser);
}

QStringList SignInPage::selfScopes()
{
    // Least privilege for /me and the person's own authentication methods.
    return { QStringLiteral("User.Read"), QStringLiteral("UserAuthenticationMethod.Read") };
}

void SignInPage::setPersona(Persona persona)
{
    m_persona = persona;
    if (persona == Persona::ItStaff) {
        setTitle(pageTitle(tr("Sign in as an administrator")));
        setSubTitle(tr("The checks read the tenant and the affected user with your account. "
                       "Nothing is changed."));
        m_intro->setText(
            tr("Sign in with an account that can read users and their authentication methods "
               "(for example Authentication Administrator or Global Reader)."));
        m_remember->setChecked(false); // an admin token must not stay on someone else's PC
    } else {
        setTitle(pageTitle(tr("Sign in to check your own account too (optional)")));
        setSubTitle(tr("You can skip this: click Next to continue without signing in."));
        m_intro->setText(
            tr("If you can still sign in, SSPR Doctor can also read your own account and the "
               "methods you registered for password reset. It asks for nothing else."));
        m_remember->setChecked(m_baseConfig.rememberSignIn);
    }
    m_browserButton->setText(persona == Persona::ItStaff
            ? tr("Sign in with the bro&wser")
            : tr("&Sign in to check my own account too"));
    m_browserButton->setAccessibleName(persona == Persona::ItStaff
            ? tr("Sign in with the browser")
            : tr("Sign in to check my own account too"));
    refresh();
}

bool SignInPage::isSignedIn() const
{
    return m_tokens && m_tokens->isSignedIn();
}

void SignInPage::initializePage()
{
    refresh();
}

void SignInPage::cleanupPage()
{
    cancelWaiting();
}

void SignInPage::cancelWaiting()
{
    if (m_signIn && m_busy)
        m_signIn->cancel();
}

bool SignInPage::isComplete() const
{
    if (m_persona == Persona::EndUser)
        return !m_busy;
    // Without a way to sign in (no SignIn) IT may go on; the checks then say what they need.
    return isSignedIn() || !m_signIn;
}

void SignInPage::setBaseConfig(const auth::AuthConfig &config)
{
    m_baseConfig = config;
    // As setPersona: an admin's sign-in is not kept on someone else's PC by default.
    m_remember->setChecked(m_persona == Persona::EndUser && config.rememberSignIn);
}

void SignInPage::applyConfig()
{
    auth::AuthConfig config = m_baseConfig;
    if (m_persona == Persona::EndUser)
        config.scopes = selfScopes();
    config.rememberSignIn = m_remember->isChecked();
    m_signIn->setConfig(config);
}

void SignInPage::startBrowser()
{
    if (!m_signIn)
        return;
    applyConfig();
    m_codeBox->setVisible(false);
    showStatus(tr("Waiting for you to finish signing in in the browser…"), false);
    qCInfo(lcUi) << "interactive sign-in started";
    m_browserRequested = true;
    m_signIn->signInInteractive();
}

void SignInPage::startDeviceCode()
{
    if (!m_signIn)
        return;
    applyConfig();
    showStatus(tr("Asking for a code…"), false);
    qCInfo(lcUi) << "device code sign-in started";
    m_signIn->signInWithDeviceCode();
}

void SignInPage::onStateChanged(auth::SignIn::State state)
{
    m_busy = state == auth::SignIn::State::WaitingForBrowser
        || state == auth::SignIn::State::WaitingForDeviceCode
        || state == auth::SignIn::State::Refreshing;
    if (!m_busy) {
        m_countdownTimer->stop();
        m_codeBox->setVisible(false);
    }
    refresh();
}

void SignInPage::onDeviceCode(const auth::DeviceCodeInfo &info)
{
    const QString url = info.verificationUri.toString();
    m_url->setText(tr("On a phone or another computer, open %1 and enter this code:")
                       .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                .arg(url.toHtmlEscaped(), url.toHtmlEscaped())));
    m_code->setText(info.userCode);
    m_codeExpires = info.expiresAt;
    m_codeBox->setVisible(true);
    showStatus(tr("Waiting for the sign-in on the other device…"), false);
    updateCountdown();
    m_countdownTimer->start();
    m_copyButton->setFocus();
}

void SignInPage::updateCountdown()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_codeExpires);
    if (left <= 0) {
        m_countdownTimer->stop();
        m_countdown->setText(tr("The code has expired. Start the sign-in again."));
        return;
    }
    m_countdown->setText(
        tr("The code expires in %1:%2.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void SignInPage::onSignedIn()
{
    m_busy = false;
    m_countdownTimer->stop();
    m_codeBox->setVisible(false);
    showStatus(QString(), false);
    refresh();
    Q_EMIT completeChanged();
}

void SignInPage::onFailed(const auth::AuthError &error)
{
    m_busy = false;
    m_countdownTimer->stop();
    m_codeBox->setVisible(false);
    if (error.code == QLatin1String("cancelled"))
        showStatus(tr("Sign-in cancelled."), false);
    else
        showStatus(
            tr("Sign-in failed: %1").arg(error.message.isEmpty() ? error.code : error.message),
            true);
    refresh();
}

void SignInPage::onNotice(const QString &message)
{
    if (!m_notice->text().isEmpty())
        return; // said once
    m_notice->setText(tr("ℹ %1").arg(message));
    m_notice->setVisible(true);
}

void SignInPage::showStatus(const QString &text, bool problem)
{
    // A problem starts with a warning sign, so colour is never the only signal.
    m_status->setText(problem ? tr("⚠ %1").arg(text) : text);
    QPalette colours = palette();
    if (problem)
        colours.setColor(QPalette::WindowText, StatusStyle::color(checks::Status::Fail, palette()));
    m_status->setPalette(colours);
    m_status->setVisible(!text.isEmpty());
}

void SignInPage::refresh()
{
    const bool signedIn = isSignedIn();
    const bool canSignIn = m_signIn && !signedIn && !m_busy;
    m_browserButton->setVisible(m_signIn && !signedIn);
    m_deviceButton->setVisible(m_signIn && !signedIn);
    m_remember->setVisible(m_signIn && !signedIn);
    m_browserButton->setEnabled(canSignIn);
    m_deviceButton->setEnabled(canSignIn);
    m_remember->setEnabled(canSignIn);
    m_cancelButton->setVisible(m_signIn && m_busy);
    m_cancelButton->setEnabled(m_busy);

    m_accountBox->setVisible(signedIn);
    if (m_persona == Persona::EndUser)
        setSubTitle(signedIn ? tr("You are signed in: the checks also read your own account.")
                             : tr("You can skip this: click Next to continue without signing in."));
    if (signedIn) {
        const auth::AccountInfo account = m_tokens->account();
        QStringList lines;
        if (!account.displayName.isEmpty() && !account.userPrincipalName.isEmpty())
            lines << tr("Account: %1 (%2)").arg(account.displayName, account.userPrincipalName);
        else
            lines << tr("Account: %1")
                         .arg(account.userPrincipalName.isEmpty() ? account.displayName
                                                                  : account.userPrincipalName);
        lines
            << tr("Tenant: %1").arg(account.tenantId.isEmpty() ? tr("unknown") : account.tenantId);
        m_account->setText(lines.join(QLatin1Char('\n')));
    } else if (!m_signIn) {
        showStatus(m_persona == Persona::ItStaff
                ? tr("Sign-in is not available here. The checks that need Microsoft Graph "
                     "will be skipped and say which permission they need.")
                : QString(),
            false);
    }
    Q_EMIT completeChanged();
}

} // namespace sspr::ui
