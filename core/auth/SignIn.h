#pragma once

#include "core/auth/AuthConfig.h"
#include "core/auth/TokenProvider.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sspr::trace {
class HttpTrace;
}

namespace sspr::auth {

class SecretStore;

// What the person needs to finish a device code sign-in (RFC 8628 section 3.3).
struct DeviceCodeInfo {
    QString userCode; // shown to the person; it is meant to be typed, not a secret to hide
    QUrl verificationUri;
    QDateTime expiresAt; // UTC
    QString message; // the authority's own sentence, if any
};

// The MSAL-compatible public client: authorization code + PKCE through the system browser
// and a loopback redirect, device code, silent refresh from the keychain. It is the
// TokenProvider Graph uses. The UI listens to the signals; the core never opens a browser
// itself (openBrowser is connected to QDesktopServices in the UI, to the loopback "browser"
// in the demo and the tests).
class SignIn : public QObject, public TokenProvider {
    Q_OBJECT
    Q_DISABLE_COPY(SignIn)

public:
    enum class State { SignedOut, WaitingForBrowser, WaitingForDeviceCode, Refreshing, SignedIn };
    Q_ENUM(State)

    // `store` may be nullptr: memory only. Neither is owned.
    SignIn(QNetworkAccessManager *network, SecretStore *store, QObject *parent = nullptr);
    ~SignIn() override;

    void setTrace(trace::HttpTrace *trace); // optional: every exchange recorded, redacted
    void setConfig(const AuthConfig &config);
    AuthConfig config() const;
    State state() const;

    void signInInteractive(); // openBrowser(url), then signedIn or signInFailed
    void signInWithDeviceCode(); // deviceCodeReady(info), then signedIn or signInFailed
    void signInSilently(); // refresh token from the store: signedIn or signInFailed("no_account")
    void cancel(); // stops a waiting sign-in: signInFailed("cancelled")
    void signOut(); // forgets tokens in memory and deletes the stored refresh token

    // The account the last sign-in remembered (MSAL's home account id "oid.tid"): not a
    // secret, kept in the settings so that signInSilently() knows which keychain entry to read.
    void setLastAccount(const QString &homeAccountId);
    QString lastAccount() const;

    // TokenProvider
    void acquireToken(const QStringList &scopes, Callback done) override;
    void invalidate(const QString &accessToken) override;
    bool isSignedIn() const override;
    AccountInfo account() const override;
    QStringList grantedScopes() const override;

Q_SIGNALS:
    void stateChanged(sspr::auth::SignIn::State state);
    void openBrowser(const QUrl &authorizeUrl);
    void deviceCodeReady(const sspr::auth::DeviceCodeInfo &info);
    void signedIn(const sspr::auth::AccountInfo &account);
    void signInFailed(const sspr::auth::AuthError &error);
    void signedOut();
    // Said once per run, e.g. "no keychain: you will have to sign in again next time".
    void notice(const QString &message);
    // The remembered account changed (signed in, or signed out: empty).
    void lastAccountChanged(const QString &homeAccountId);

private:
    void startInteractive(quint64 attempt);
    void startDeviceCode(quint64 attempt);
    void redeemCode(const QString &code);
    void withEndpoints(quint64 attempt, std::function<void()> next);
    // `announce`: a sign-in the person started (signedIn follows), not a background refresh.
    void refresh(const QString &refreshToken, bool announce);
    void completeSignIn(const QByteArray &body, const QString &expectedNonce, bool announce);
    void fail(const AuthError &error);
    void finishWaiting(const TokenResult &result);
    void setState(State state);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sspr::auth
