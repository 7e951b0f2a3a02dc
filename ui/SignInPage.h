#pragma once

#include "core/auth/AuthConfig.h"
#include "core/auth/SignIn.h"
#include "ui/Persona.h"

#include <QDateTime>
#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTimer;

namespace sspr::ui {

struct WizardEnvironment;

// Page 2: sign-in. IT staff must sign in (browser, or a code typed on another device); for
// an end user it is optional ("Sign in to check my own account too", self scopes only) and
// Next works without it. Shows the tenant and account once signed in, the authority's
// error when it fails and the keychain notice. In demo mode the runtime has signed in already.
class SignInPage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY(SignInPage)

public:
    explicit SignInPage(const WizardEnvironment &env, QWidget *parent = nullptr);

    void setPersona(Persona persona);
    Persona persona() const { return m_persona; }
    bool isSignedIn() const;

    void initializePage() override;
    void cleanupPage() override; // Back while waiting cancels the sign-in
    bool isComplete() const override;
    void cancelWaiting(); // stops a sign-in in progress (browser or device code)
    // Where and as whom the next sign-in goes (the settings changed): cloud, tenant, client
    // id and "remember me". Taken from the SignIn at construction.
    void setBaseConfig(const auth::AuthConfig &config);
    auth::AuthConfig baseConfig() const { return m_baseConfig; }

    QPushButton *browserButton() const { return m_browserButton; }
    QPushButton *deviceCodeButton() const { return m_deviceButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *copyCodeButton() const { return m_copyButton; }
    QCheckBox *rememberCheckBox() const { return m_remember; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *accountLabel() const { return m_account; }
    QLabel *deviceCodeLabel() const { return m_code; }
    QLabel *deviceUrlLabel() const { return m_url; }
    QLabel *countdownLabel() const { return m_countdown; }
    QLabel *noticeLabel() const { return m_notice; }

    // The scopes an end user signs in with: their own profile and methods, nothing else.
    static QStringList selfScopes();

private:
    void startBrowser();
    void startDeviceCode();
    void applyConfig();
    void onStateChanged(auth::SignIn::State state);
    void onDeviceCode(const auth::DeviceCodeInfo &info);
    void onSignedIn();
    void onFailed(const auth::AuthError &error);
    void onNotice(const QString &message);
    void updateCountdown();
    void refresh();
    void showStatus(const QString &text, bool problem);

    auth::SignIn *m_signIn;
    auth::TokenProvider *m_tokens;
    auth::AuthConfig m_baseConfig;
    Persona m_persona = Persona::EndUser;
    bool m_busy = false;
    bool m_browserRequested = false; // the next openBrowser is for this page's sign-in
    QDateTime m_codeExpires;

    QLabel *m_intro;
    QPushButton *m_browserButton;
    QPushButton *m_deviceButton;
    QPushButton *m_cancelButton;
    QCheckBox *m_remember;
    QLabel *m_status;
    QGroupBox *m_codeBox;
    QLabel *m_url;
    QLabel *m_code;
    QPushButton *m_copyButton;
    QLabel *m_countdown;
    QTimer *m_countdownTimer;
    QLabel *m_notice;
    QGroupBox *m_accountBox;
    QLabel *m_account;
};

} // namespace sspr::ui
