#include "core/auth/SignIn.h"

#include "core/auth/AuthErrorReply.h"
#include "core/auth/AuthHttp.h"
#include "core/auth/AuthLogging.h"
#include "core/auth/AuthorizationCodeFlow.h"
#include "core/auth/DeviceCodeFlow.h"
#include "core/auth/IdTokenClaims.h"
#include "core/auth/OpenIdConfiguration.h"
#include "core/auth/RefreshTokenVault.h"
#include "core/auth/TokenCache.h"
#include "core/auth/TokenReply.h"

#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace sspr::auth {

struct SignIn::Private {
    Private(QNetworkAccessManager *network, SecretStore *secrets, SignIn *q)
        : http(network, nullptr)
        , vault(secrets,
              [q] {
                  Q_EMIT q->notice(
                      SignIn::tr("No system keychain is available: you are signed in for "
                                 "this session only and will have to sign in again next "
                                 "time."));
              })
        , codeFlow(network)
    {
    }

    AuthHttp http;
    RefreshTokenVault vault;
    AuthorizationCodeFlow codeFlow;
    std::unique_ptr<DeviceCodeFlow> deviceFlow;
    AuthConfig config;
    State state = State::SignedOut;
    TokenCache cache;
    std::optional<OpenIdConfiguration> endpoints;
    QString endpointsFor; // authority + tenant the endpoints belong to
    QTimer interactiveTimer;
    QTimer keychainTimer; // a silent sign-in's keychain read
    QString lastAccount;
    QList<Callback> waiting; // acquireToken calls waiting for a refresh
    QPointer<QNetworkReply> pending; // the token request in flight
    quint64 attempt = 0; // bumped by every start and cancel: stale answers are dropped

    QStringList requestScopes() const
    {
        QStringList scopes = config.scopes;
        for (const char *oidc : { "openid", "profile", "offline_access" }) {
            if (!scopes.contains(QLatin1String(oidc)))
                scopes << QLatin1String(oidc);
        }
        return scopes;
    }
};

SignIn::SignIn(QNetworkAccessManager *network, SecretStore *store, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(network, store, this))
{
    d->deviceFlow = std::make_unique<DeviceCodeFlow>(&d->http);
    d->interactiveTimer.setSingleShot(true);
    connect(&d->interactiveTimer, &QTimer::timeout, this, [this] {
        ++d->attempt;
        d->codeFlow.stop();
        fail(AuthErrorReply::make(QStringLiteral("timeout"),
            tr("The browser sign-in did not finish within %n minute(s).", nullptr,
                qMax(1, d->config.interactiveTimeoutSeconds / 60))));
    });
    d->keychainTimer.setSingleShot(true);
    connect(&d->keychainTimer, &QTimer::timeout, this, [this] {
        ++d->attempt; // the read's late answer is dropped
        qCInfo(lcAuth) << "the keychain did not answer within" << d->keychainTimer.interval()
                       << "ms";
        fail(AuthErrorReply::make(QStringLiteral("no_account"),
            tr("The system keychain did not answer within %n second(s); it may be locked and "
               "waiting for a password prompt. Unlock it, or sign in again.",
                nullptr, qMax(1, d->keychainTimer.interval() / 1000))));
    });
    connect(&d->codeFlow, &AuthorizationCodeFlow::authorizeUrlReady, this, &SignIn::openBrowser);
    connect(&d->codeFlow, &AuthorizationCodeFlow::codeReceived, this, &SignIn::redeemCode);
    connect(&d->codeFlow, &AuthorizationCodeFlow::failed, this, [this](const AuthError &error) {
        ++d->attempt;
        fail(error);
    });
    connect(d->deviceFlow.get(), &DeviceCodeFlow::deviceCodeReady, this, &SignIn::deviceCodeReady);
    connect(d->deviceFlow.get(), &DeviceCodeFlow::tokenReceived, this,
        [this](const QByteArray &body) { completeSignIn(body, QString(), true); });
    connect(d->deviceFlow.get(), &DeviceCodeFlow::failed, this, &SignIn::fail);
}

SignIn::~SignIn()
{
    ++d->attempt;
    d->deviceFlow.reset();
    d->codeFlow.stop();
    if (d->pending)
        d->pending->abort();
}

void SignIn::setTrace(trace::HttpTrace *trace)
{
    d->http.setTrace(trace);
}

void SignIn::setConfig(const AuthConfig &config)
{
    d->config = config;
}

AuthConfig SignIn::config() const
{
    return d->config;
}

SignIn::State SignIn::state() const
{
    return d->state;
}

void SignIn::setLastAccount(const QString &homeAccountId)
{
    d->lastAccount = homeAccountId;
}

QString SignIn::lastAccount() const
{
    return d->lastAccount;
}

void SignIn::setState(State state)
{
    if (d->state == state)
        return;
    d->state = state;
    Q_EMIT stateChanged(state);
}

// Discovery first (OIDC Discovery s4), the v2.0 conventions when the authority has none.
void SignIn::withEndpoints(quint64 attempt, std::function<void()> next)
{
    const QUrl authority = d->config.effectiveAuthority();
    const QString key = authority.toString() + QLatin1Char('|') + d->config.tenant;
    if (d->endpoints && d->endpointsFor == key) {
        next();
        return;
    }
    const OpenIdConfiguration fallback
        = OpenIdConfiguration::conventional(authority, d->config.tenant);
    d->pending = d->http.get(OpenIdConfiguration::discoveryUrl(authority, d->config.tenant), this,
        [this, attempt, key, fallback, next = std::move(next)](const AuthHttp::Result &result) {
            if (attempt != d->attempt)
                return;
            std::optional<OpenIdConfiguration> found;
            if (result.status == 200)
                found = OpenIdConfiguration::parse(result.body, fallback);
            if (!found)
                qCInfo(lcAuth) << "no OpenID discovery document (HTTP" << result.status
                               << "): using the conventional v2.0 endpoints";
            d->endpoints = found.value_or(fallback);
            d->endpointsFor = key;
            next();
        });
}

void SignIn::signInInteractive()
{
    const quint64 attempt = ++d->attempt;
    d->keychainTimer.stop(); // a silent sign-in it replaces
    d->deviceFlow->cancel();
    setState(State::WaitingForBrowser);
    d->interactiveTimer.start(qMax(1, d->config.interactiveTimeoutSeconds) * 1000);
    withEndpoints(attempt, [this, attempt] { startInteractive(attempt); });
}

void SignIn::startInteractive(quint64 attempt)
{
    if (attempt != d->attempt)
        return;
    AuthorizationCodeFlow::Request request;
    request.authorizationEndpoint = d->endpoints->authorizationEndpoint;
    request.clientId = d->config.effectiveClientId();
    request.scopes = d->requestScopes();
    request.loginHint = d->config.loginHint;
    QString problem;
    if (!d->codeFlow.start(request, &problem)) {
        ++d->attempt;
        fail(AuthErrorReply::make(QStringLiteral("no_loopback"), problem));
    }
}

void SignIn::redeemCode(const QString &code)
{
    d->interactiveTimer.stop();
    const quint64 attempt = d->attempt;
    const QString nonce = d->codeFlow.nonce();
    // RFC 6749 s4.1.3 with the PKCE verifier (RFC 7636 s4.5); same redirect_uri as authorize.
    d->pending = d->http.postForm(d->endpoints->tokenEndpoint,
        { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
            { QStringLiteral("client_id"), d->config.effectiveClientId() },
            { QStringLiteral("code"), code },
            { QStringLiteral("redirect_uri"), d->codeFlow.redirectUri() },
            { QStringLiteral("code_verifier"), QString::fromLatin1(d->codeFlow.verifier()) },
            { QStringLiteral("scope"), d->requestScopes().join(QLatin1Char(' ')) } },
        this, [this, attempt, nonce](const AuthHttp::Result &result) {
            if (attempt != d->attempt)
                return;
            if (result.status != 200) {
                fail(AuthErrorReply::parse(result.body, result.status, result.networkError));
                return;
            }
            completeSignIn(result.body, nonce, true);
        });
}

void SignIn::signInWithDeviceCode()
{
    const quint64 attempt = ++d->attempt;
    d->interactiveTimer.stop();
    d->keychainTimer.stop();
    d->codeFlow.stop();
    setState(State::WaitingForDeviceCode);
    withEndpoints(attempt, [this, attempt] { startDeviceCode(attempt); });
}

void SignIn::startDeviceCode(quint64 attempt)
{
    if (attempt != d->attempt)
        return;
    DeviceCodeFlow::Request request;
    request.deviceAuthorizationEndpoint = d->endpoints->deviceAuthorizationEndpoint;
    request.tokenEndpoint = d->endpoints->tokenEndpoint;
    request.clientId = d->config.effectiveClientId();
    request.scopes = d->requestScopes();
    d->deviceFlow->start(request);
}

void SignIn::signInSilently()
{
    const quint64 attempt = ++d->attempt;
    if (d->lastAccount.isEmpty() || !d->vault.hasStore()) {
        // From the event loop like every other outcome, so a caller can connect after calling.
        QTimer::singleShot(0, this, [this, attempt] {
            if (attempt == d->attempt)
                fail(AuthErrorReply::make(QStringLiteral("no_account"),
                    tr("No remembered sign-in for this tenant and application.")));
        });
        return;
    }
    setState(State::Refreshing);
    d->keychainTimer.start(qMax(1, d->config.keychainTimeoutMs));
    QPointer<SignIn> self(this);
    d->vault.read(d->config, d->lastAccount,
        [self, attempt](std::optional<QString> secret, const QString &problem) {
            if (!self || attempt != self->d->attempt)
                return;
            self->d->keychainTimer.stop();
            if (!secret || secret->isEmpty()) {
                if (!problem.isEmpty())
                    qCInfo(lcAuth) << "no refresh token from the store:" << problem;
                self->fail(AuthErrorReply::make(QStringLiteral("no_account"),
                    tr("No remembered sign-in for this tenant and application.")));
                return;
            }
            self->refresh(*secret, true);
        });
}

void SignIn::refresh(const QString &refreshToken, bool announce)
{
    const quint64 attempt = d->attempt;
    setState(State::Refreshing);
    withEndpoints(attempt, [this, attempt, refreshToken, announce] {
        // RFC 6749 s6; the public client sends no secret.
        d->pending = d->http.postForm(d->endpoints->tokenEndpoint,
            { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                { QStringLiteral("client_id"), d->config.effectiveClientId() },
                { QStringLiteral("refresh_token"), refreshToken },
                { QStringLiteral("scope"), d->requestScopes().join(QLatin1Char(' ')) } },
            this, [this, attempt, refreshToken, announce](const AuthHttp::Result &result) {
                if (attempt != d->attempt)
                    return;
                if (result.status != 200) {
                    // Only the authority's error reply (RFC 6749 s5.2: invalid_grant and the
                    // like, HTTP 400/401) says the refresh token is spent or revoked. A lost
                    // connection, a timeout, 429 or a 5xx does not: keep it for the next try.
                    const AuthError error
                        = AuthErrorReply::parse(result.body, result.status, result.networkError);
                    if (result.status >= 400 && result.status < 500 && result.status != 429)
                        d->cache.clear();
                    else
                        d->cache.dropAccessToken();
                    // A spent token stays spent: keeping it would fail every later silent
                    // sign-in the same way.
                    if (error.code == QLatin1String("invalid_grant"))
                        d->vault.forgetRemembered();
                    fail(error);
                    return;
                }
                // Microsoft may rotate the refresh token; keep the old one if none came.
                if (d->cache.refreshToken().isEmpty())
                    d->cache.setRefreshToken(refreshToken);
                completeSignIn(result.body, QString(), announce);
            });
    });
}

void SignIn::completeSignIn(const QByteArray &body, const QString &expectedNonce, bool announce)
{
    d->interactiveTimer.stop();
    const auto reply = TokenReply::parse(body);
    if (!reply) {
        fail(AuthErrorReply::make(QStringLiteral("invalid_response"),
            tr("The authority's token reply is not a bearer token.")));
        return;
    }
    std::optional<IdTokenClaims> claims;
    if (!reply->idToken.isEmpty())
        claims = IdTokenClaims::parse(reply->idToken);
    if (!expectedNonce.isEmpty() && (!claims || claims->nonce != expectedNonce)) {
        // OpenID Connect Core s3.1.3.7 (11): the id_token must carry our nonce.
        d->cache.clear();
        fail(AuthErrorReply::make(QStringLiteral("nonce_mismatch"),
            tr("The authority's ID token does not belong to this sign-in (nonce mismatch).")));
        return;
    }
    if (claims) {
        if (const auto problem
            = claims->mismatch(d->config.effectiveClientId(), d->endpoints->issuer)) {
            d->cache.clear();
            fail(*problem);
            return;
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    d->cache.setAccessToken(reply->accessToken, now.addSecs(reply->expiresInSeconds), now);
    d->cache.setGrantedScopes(reply->scopes);
    if (!reply->refreshToken.isEmpty())
        d->cache.setRefreshToken(reply->refreshToken);
    if (claims)
        d->cache.setAccount(claims->account(), claims->homeAccountId());
    const QString account = d->cache.homeAccountId();
    qCInfo(lcAuth) << "signed in; scopes" << d->cache.grantedScopes() << "expires"
                   << d->cache.expiresAt().toString(Qt::ISODate);

    d->vault.save(d->config, account, d->cache.refreshToken());
    if (d->lastAccount != account && d->config.rememberSignIn) {
        d->lastAccount = account;
        Q_EMIT lastAccountChanged(account);
    }
    setState(State::SignedIn);
    finishWaiting(TokenResult { reply->accessToken, std::nullopt });
    if (announce)
        Q_EMIT signedIn(d->cache.account());
}

void SignIn::fail(const AuthError &error)
{
    d->interactiveTimer.stop();
    d->keychainTimer.stop();
    d->codeFlow.stop();
    d->deviceFlow->cancel();
    qCInfo(lcAuth) << "sign-in failed:" << error.code << error.errorCodes << error.traceId
                   << error.correlationId;
    setState(d->cache.refreshToken().isEmpty() ? State::SignedOut : State::SignedIn);
    finishWaiting(TokenResult { QString(), error.message });
    Q_EMIT signInFailed(error);
}

void SignIn::finishWaiting(const TokenResult &result)
{
    const QList<Callback> waiting = std::exchange(d->waiting, {});
    for (const Callback &done : waiting)
        done(result);
}

void SignIn::cancel()
{
    if (d->state != State::WaitingForBrowser && d->state != State::WaitingForDeviceCode
        && d->state != State::Refreshing)
        return;
    ++d->attempt;
    if (d->pending)
        d->pending->abort();
    fail(AuthErrorReply::make(QStringLiteral("cancelled"), tr("The sign-in was cancelled.")));
}

void SignIn::signOut()
{
    ++d->attempt;
    d->interactiveTimer.stop();
    d->keychainTimer.stop();
    d->codeFlow.stop();
    d->deviceFlow->cancel();
    const QString account
        = d->cache.homeAccountId().isEmpty() ? d->lastAccount : d->cache.homeAccountId();
    d->vault.remove(d->config, account);
    d->cache.clear();
    finishWaiting(TokenResult { QString(), tr("Signed out.") });
    if (!d->lastAccount.isEmpty()) {
        d->lastAccount.clear();
        Q_EMIT lastAccountChanged(QString());
    }
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void SignIn::acquireToken(const QStringList &scopes, Callback done)
{
    Q_UNUSED(scopes) // one token for Graph carries every granted scope; 403 names a missing one
    const QString token = d->cache.freshAccessToken(QDateTime::currentDateTimeUtc());
    if (!token.isEmpty()) {
        done(TokenResult { token, std::nullopt });
        return;
    }
    if (d->cache.refreshToken().isEmpty()) {
        done(TokenResult { QString(), tr("Not signed in.") });
        return;
    }
    d->waiting.append(std::move(done));
    // A sign-in or refresh under way answers the waiting calls when it ends.
    if (d->state == State::SignedIn || d->state == State::SignedOut)
        refresh(d->cache.refreshToken(), false);
}

void SignIn::invalidate(const QString &accessToken)
{
    if (!accessToken.isEmpty() && accessToken == d->cache.accessToken()) {
        qCInfo(lcAuth) << "access token rejected by Graph: refreshing on next use";
        d->cache.dropAccessToken();
    }
}

bool SignIn::isSignedIn() const
{
    return !d->cache.refreshToken().isEmpty() || !d->cache.accessToken().isEmpty();
}

AccountInfo SignIn::account() const
{
    return d->cache.account();
}

QStringList SignIn::grantedScopes() const
{
    return d->cache.grantedScopes();
}

} // namespace sspr::auth
