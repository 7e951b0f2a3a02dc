// The interactive sign-in (authorization code + PKCE + state + nonce through a loopback
// redirect) and the token life cycle, against the scenario server's authority.
#include "SignInFixture.h"

#include "core/auth/AuthErrorReply.h"
#include "core/auth/AuthHttp.h"
#include "core/auth/AuthorizationCodeFlow.h"
#include "core/auth/OpenIdConfiguration.h"
#include "core/auth/Pkce.h"
#include "core/graph/GraphClient.h"

#include <QNetworkReply>
#include <QTcpSocket>

using namespace sspr;
using fixture::waitForOutcome;

class TestSignInFlows : public QObject {
    Q_OBJECT

    fixture::Authority m_authority;
    std::unique_ptr<auth::MemorySecretStore> m_store;
    std::unique_ptr<auth::SignIn> m_signIn;
    std::unique_ptr<demo::DemoBrowser> m_browser;

    int codeGrants() const
    {
        return m_authority.server->tokenRequestCount(QStringLiteral("authorization_code"));
    }
    int refreshGrants() const
    {
        return m_authority.server->tokenRequestCount(QStringLiteral("refresh_token"));
    }

    void makeSignIn(const QStringList &scopes = { QStringLiteral("User.Read") })
    {
        m_store = std::make_unique<auth::MemorySecretStore>();
        m_signIn = std::make_unique<auth::SignIn>(&m_authority.network, m_store.get());
        m_signIn->setConfig(m_authority.config(scopes));
        m_browser = std::make_unique<demo::DemoBrowser>(&m_authority.network);
        connect(
            m_signIn.get(), &auth::SignIn::openBrowser, m_browser.get(), &demo::DemoBrowser::open);
    }

    bool signInInteractive(auth::AuthError *error = nullptr)
    {
        m_signIn->signInInteractive();
        return waitForOutcome(*m_signIn, error);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_authority.start());
        makeSignIn();
    }

    void cleanup()
    {
        m_browser.reset();
        m_signIn.reset();
        m_store.reset();
        m_authority.server.reset();
    }

    void authorizationCodeSignsIn()
    {
        QSignalSpy browserOpened(m_signIn.get(), &auth::SignIn::openBrowser);
        QSignalSpy page(m_browser.get(), &demo::DemoBrowser::finished);
        QVERIFY(signInInteractive());
        QCOMPARE(m_signIn->state(), auth::SignIn::State::SignedIn);
        QVERIFY(m_signIn->isSignedIn());
        QCOMPARE(codeGrants(), 1);
        QCOMPARE(
            m_signIn->account().userPrincipalName, m_authority.server->demoAdminPrincipalName());
        QCOMPARE(m_signIn->account().tenantId, m_authority.server->demoTenantId());
        QVERIFY(m_signIn->grantedScopes().contains(QStringLiteral("User.Read")));

        // The authorize request is the one RFC 7636 / OIDC need, to http://localhost:PORT/.
        QCOMPARE(browserOpened.count(), 1);
        const QUrl authorize = browserOpened.first().first().toUrl();
        QCOMPARE(fixture::queryItem(authorize, QStringLiteral("code_challenge_method")),
            QStringLiteral("S256"));
        QCOMPARE(fixture::queryItem(authorize, QStringLiteral("code_challenge")).size(), 43);
        QCOMPARE(fixture::queryItem(authorize, QStringLiteral("prompt")),
            QStringLiteral("select_account"));
        QVERIFY(!fixture::queryItem(authorize, QStringLiteral("nonce")).isEmpty());
        QVERIFY(fixture::queryItem(authorize, QStringLiteral("state")).size() >= 43);
        const QUrl redirect(fixture::queryItem(authorize, QStringLiteral("redirect_uri")));
        QCOMPARE(redirect.host(), QStringLiteral("localhost"));
        QCOMPARE(redirect.path(), QStringLiteral("/"));
        QVERIFY(redirect.port() > 0);
        const QStringList scopes
            = fixture::queryItem(authorize, QStringLiteral("scope")).split(QLatin1Char(' '));
        QVERIFY(scopes.contains(QStringLiteral("offline_access")));
        QVERIFY(scopes.contains(QStringLiteral("openid")));

        // The browser tab got the plain "you can close this window" page.
        QTRY_COMPARE(page.count(), 1);
        QVERIFY(page.first().at(0).toBool());
        QVERIFY2(page.first().at(1).toString().contains(QLatin1String("close this window")),
            qPrintable(page.first().at(1).toString()));

        // The token answers from memory: no second grant.
        QString token;
        m_signIn->acquireToken({ QStringLiteral("User.Read") },
            [&](const auth::TokenResult &r) { token = r.accessToken; });
        QTRY_VERIFY(!token.isEmpty());
        QCOMPARE(codeGrants() + refreshGrants(), 1);
    }

    void loginHintIsSent()
    {
        auth::AuthConfig config = m_signIn->config();
        config.loginHint = QStringLiteral("admin@contoso.example");
        m_signIn->setConfig(config);
        QSignalSpy browserOpened(m_signIn.get(), &auth::SignIn::openBrowser);
        QVERIFY(signInInteractive());
        QCOMPARE(
            fixture::queryItem(browserOpened.first().first().toUrl(), QStringLiteral("login_hint")),
            QStringLiteral("admin@contoso.example"));
    }

    void tamperedStateIsRefusedWithoutTokenRequest()
    {
        m_browser->setTamper([](const QUrl &redirect) {
            return fixture::withQueryItem(
                redirect, QStringLiteral("state"), QStringLiteral("forged"));
        });
        QSignalSpy page(m_browser.get(), &demo::DemoBrowser::finished);
        auth::AuthError error;
        QVERIFY(!signInInteractive(&error));
        QCOMPARE(error.code, QStringLiteral("state_mismatch"));
        QVERIFY(error.message.contains(QLatin1String("state")));
        QCOMPARE(codeGrants(), 0);
        QVERIFY(!m_signIn->isSignedIn());
        QCOMPARE(m_signIn->state(), auth::SignIn::State::SignedOut);
        QTRY_COMPARE(page.count(), 1);
        QVERIFY(!page.first().at(1).toString().contains(QLatin1String("Signed in")));
    }

    void errorWithoutOurStateIsAStateMismatch_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("no state") << QString();
        QTest::newRow("forged state") << QStringLiteral("forged");
    }

    void errorWithoutOurStateIsAStateMismatch()
    {
        // Anyone can reach the loopback port: an error reply must carry our state (RFC 6749
        // s4.1.2.1) before it is believed, or any local page could end the sign-in.
        QFETCH(QString, state);
        m_browser->setTamper([state](const QUrl &redirect) {
            QUrl forged = redirect;
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
            if (!state.isEmpty())
                query.addQueryItem(QStringLiteral("state"), state);
            forged.setQuery(query);
            return forged;
        });
        auth::AuthError error;
        QVERIFY(!signInInteractive(&error));
        QCOMPARE(error.code, QStringLiteral("state_mismatch"));
        QCOMPARE(codeGrants(), 0);
    }

    void strayRequestToTheLoopbackIsIgnored()
    {
        disconnect(m_signIn.get(), &auth::SignIn::openBrowser, m_browser.get(), nullptr);
        QSignalSpy browserOpened(m_signIn.get(), &auth::SignIn::openBrowser);
        QSignalSpy failed(m_signIn.get(), &auth::SignIn::signInFailed);
        m_signIn->signInInteractive();
        QVERIFY(browserOpened.wait(10000));
        const QUrl authorize = browserOpened.first().first().toUrl();
        const QUrl redirect(fixture::queryItem(authorize, QStringLiteral("redirect_uri")));
        // A favicon fetch and a reload of the bare page: neither carries code, error or state.
        for (const char *stray : { "/favicon.ico", "/?reloaded=1" }) {
            QUrl url = redirect.resolved(QUrl(QString::fromLatin1(stray)));
            url.setHost(QStringLiteral("127.0.0.1"));
            QNetworkReply *reply = m_authority.network.get(QNetworkRequest(url));
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(10000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
            QVERIFY(!reply->readAll().contains("Signed in"));
            reply->deleteLater();
        }
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_signIn->state(), auth::SignIn::State::WaitingForBrowser);

        // The real redirect still completes the sign-in.
        m_browser->open(authorize);
        auth::AuthError error;
        QVERIFY2(waitForOutcome(*m_signIn, &error), qPrintable(error.message));
        QCOMPARE(codeGrants(), 1);
    }

    void codeOfAnotherAttemptFailsTheVerifier()
    {
        // Attempt 1: the authority issues a code bound to attempt 1's challenge; the browser
        // never delivers it (its redirect is sent to a closed port).
        QString stolenCode;
        m_browser->setTamper([&](const QUrl &redirect) {
            stolenCode = fixture::queryItem(redirect, QStringLiteral("code"));
            QUrl nowhere = redirect;
            nowhere.setPort(1);
            return nowhere;
        });
        QSignalSpy page(m_browser.get(), &demo::DemoBrowser::finished);
        m_signIn->signInInteractive();
        QTRY_COMPARE(page.count(), 1);
        QVERIFY(!stolenCode.isEmpty());

        // Attempt 2: its own state and listener, but attempt 1's code: PKCE must fail.
        m_browser->setTamper([&](const QUrl &redirect) {
            return fixture::withQueryItem(redirect, QStringLiteral("code"), stolenCode);
        });
        auth::AuthError error;
        QVERIFY(!signInInteractive(&error));
        // Refused: the code is bound to attempt 1's redirect URI (AADSTS500112, its port) and
        // challenge (AADSTS501481); the authority checks the redirect first.
        QCOMPARE(error.code, QStringLiteral("invalid_grant"));
        QVERIFY2(error.errorCodes.contains(500112) || error.errorCodes.contains(501481),
            qPrintable(error.message));
        QVERIFY(!error.traceId.isEmpty());
        QVERIFY(!error.correlationId.isEmpty());
        QCOMPARE(codeGrants(), 1);
        QVERIFY(!m_signIn->isSignedIn());
    }

    void wrongVerifierIsRefused()
    {
        // The browser half alone, then a token request with another attempt's verifier but
        // the right redirect URI: only PKCE (RFC 7636 s4.6) can refuse it.
        auth::AuthorizationCodeFlow flow(&m_authority.network);
        demo::DemoBrowser browser(&m_authority.network);
        connect(&flow, &auth::AuthorizationCodeFlow::authorizeUrlReady, &browser,
            &demo::DemoBrowser::open);
        QSignalSpy code(&flow, &auth::AuthorizationCodeFlow::codeReceived);
        const auto endpoints = auth::OpenIdConfiguration::conventional(
            m_authority.server->authorityUrl(), QStringLiteral("organizations"));
        QString problem;
        QVERIFY(flow.start({ endpoints.authorizationEndpoint, auth::AuthConfig::defaultClientId(),
                               { QStringLiteral("User.Read") }, QString() },
            &problem));
        QVERIFY(code.wait(10000));
        const QByteArray otherVerifier = auth::Pkce::createVerifier();
        QVERIFY(otherVerifier != flow.verifier());

        auth::AuthHttp http(&m_authority.network, nullptr);
        std::optional<auth::AuthError> error;
        http.postForm(endpoints.tokenEndpoint,
            { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                { QStringLiteral("client_id"), auth::AuthConfig::defaultClientId() },
                { QStringLiteral("code"), code.first().first().toString() },
                { QStringLiteral("redirect_uri"), flow.redirectUri() },
                { QStringLiteral("code_verifier"), QString::fromLatin1(otherVerifier) } },
            this, [&](const auth::AuthHttp::Result &r) {
                error = auth::AuthErrorReply::parse(r.body, r.status, r.networkError);
            });
        QTRY_VERIFY(error.has_value());
        QCOMPARE(error->code, QStringLiteral("invalid_grant"));
        QCOMPARE(error->errorCodes, QList<int> { 501481 });
        QVERIFY(error->message.contains(QLatin1String("AADSTS501481")));
    }

    void deniedConsent()
    {
        demo::AuthorityOptions options = m_authority.server->authorityOptions();
        options.consent = demo::AuthorityOptions::Consent::Deny;
        m_authority.server->setAuthorityOptions(options);
        auth::AuthError error;
        QVERIFY(!signInInteractive(&error));
        QCOMPARE(error.code, QStringLiteral("access_denied"));
        QVERIFY(error.message.contains(QLatin1String("consent")));
        QCOMPARE(codeGrants(), 0);
    }

    void interactiveTimeout()
    {
        disconnect(m_signIn.get(), &auth::SignIn::openBrowser, m_browser.get(), nullptr);
        auth::AuthConfig config = m_signIn->config();
        config.interactiveTimeoutSeconds = 1;
        m_signIn->setConfig(config);
        QSignalSpy browserOpened(m_signIn.get(), &auth::SignIn::openBrowser);
        auth::AuthError error;
        m_signIn->signInInteractive();
        QCOMPARE(m_signIn->state(), auth::SignIn::State::WaitingForBrowser);
        QVERIFY(!waitForOutcome(*m_signIn, &error, 10000));
        QCOMPARE(error.code, QStringLiteral("timeout"));
        QCOMPARE(browserOpened.count(), 1);
        QCOMPARE(m_signIn->state(), auth::SignIn::State::SignedOut);
        assertListenerClosed(browserOpened.first().first().toUrl());
    }

    void cancelWhileWaiting()
    {
        disconnect(m_signIn.get(), &auth::SignIn::openBrowser, m_browser.get(), nullptr);
        QSignalSpy browserOpened(m_signIn.get(), &auth::SignIn::openBrowser);
        QSignalSpy failed(m_signIn.get(), &auth::SignIn::signInFailed);
        m_signIn->signInInteractive();
        QVERIFY(browserOpened.wait(10000));
        m_signIn->cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<auth::AuthError>().code, QStringLiteral("cancelled"));
        QCOMPARE(m_signIn->state(), auth::SignIn::State::SignedOut);
        assertListenerClosed(browserOpened.first().first().toUrl());
        QCOMPARE(codeGrants(), 0);
    }

    void refreshAfterGraph401()
    {
        makeSignIn({ QStringLiteral("User.Read") });
        QVERIFY(signInInteractive());
        graph::GraphClient graph(&m_authority.network, m_signIn.get());
        graph.setBaseUrl(m_authority.server->graphBaseUrl());
        m_authority.server->revokeAccessTokens();

        graph::GraphRequest me;
        me.key = QStringLiteral("me");
        me.relativeUrl = QStringLiteral("/me?$select=id,userPrincipalName");
        me.requiredScope = QStringLiteral("User.Read");
        auto *job = graph.send(me);
        QHash<QString, graph::GraphResponse> responses;
        bool done = false;
        connect(job, &graph::GraphBatchJob::finished, this,
            [&](const QHash<QString, graph::GraphResponse> &r) {
                responses = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        const graph::GraphResponse response = responses.value(QStringLiteral("me"));
        QVERIFY2(response.ok(), qPrintable(response.error ? response.error->message : QString()));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(refreshGrants(), 1);
        QCOMPARE(m_signIn->state(), auth::SignIn::State::SignedIn);
    }

    void shortLivedTokenIsUsedBeforeRefreshing()
    {
        demo::AuthorityOptions options = m_authority.server->authorityOptions();
        options.accessTokenLifetimeSeconds = 120; // under the five-minute margin
        m_authority.server->setAuthorityOptions(options);
        QVERIFY(signInInteractive());
        QString token;
        m_signIn->acquireToken({}, [&](const auth::TokenResult &r) { token = r.accessToken; });
        // Fresh for half its lifetime: answered from memory, no refresh grant.
        QVERIFY(!token.isEmpty());
        QCOMPARE(refreshGrants(), 0);
    }

    void silentSignInFromStore()
    {
        QSignalSpy remembered(m_signIn.get(), &auth::SignIn::lastAccountChanged);
        QVERIFY(signInInteractive());
        QCOMPARE(remembered.count(), 1);
        const QString account = remembered.first().first().toString();
        QVERIFY(account.contains(QLatin1Char('.')));
        QTRY_COMPARE(m_store->size(), 1);

        // A new run: a fresh SignIn that only knows the account key from the settings.
        auth::SignIn next(&m_authority.network, m_store.get());
        next.setConfig(m_authority.config());
        next.setLastAccount(account);
        next.signInSilently();
        QCOMPARE(next.state(), auth::SignIn::State::Refreshing);
        auth::AuthError error;
        QVERIFY2(waitForOutcome(next, &error), qPrintable(error.message));
        QCOMPARE(next.account().userPrincipalName, m_signIn->account().userPrincipalName);
        QCOMPARE(refreshGrants(), 1);
        QCOMPARE(codeGrants(), 1);
    }

    void silentWithoutAccountFails()
    {
        auth::AuthError error;
        m_signIn->signInSilently();
        QVERIFY(!waitForOutcome(*m_signIn, &error, 5000));
        QCOMPARE(error.code, QStringLiteral("no_account"));
        QCOMPARE(refreshGrants(), 0);
    }

    void signOutDeletesTheStoredSecret()
    {
        QVERIFY(signInInteractive());
        QTRY_COMPARE(m_store->size(), 1);
        QSignalSpy out(m_signIn.get(), &auth::SignIn::signedOut);
        m_signIn->signOut();
        QCOMPARE(out.count(), 1);
        QVERIFY(!m_signIn->isSignedIn());
        QVERIFY(m_signIn->lastAccount().isEmpty());
        QTRY_COMPARE(m_store->size(), 0);
        QString error;
        m_signIn->acquireToken(
            {}, [&](const auth::TokenResult &r) { error = r.error.value_or(QString()); });
        QVERIFY(!error.isEmpty());
    }

    void notRememberedWritesNothing()
    {
        auth::AuthConfig config = m_signIn->config();
        config.rememberSignIn = false;
        m_signIn->setConfig(config);
        QSignalSpy remembered(m_signIn.get(), &auth::SignIn::lastAccountChanged);
        QVERIFY(signInInteractive());
        // MemorySecretStore::write stores at once: a write would show here already.
        QCOMPARE(m_store->size(), 0);
        QCOMPARE(remembered.count(), 0);
    }

    void revokedRefreshTokenSignsOut()
    {
        QVERIFY(signInInteractive());
        m_authority.server->revokeRefreshTokens();
        m_signIn->invalidate(QString()); // nothing to drop: still the valid access token
        QString token;
        m_signIn->acquireToken({}, [&](const auth::TokenResult &r) { token = r.accessToken; });
        QVERIFY(!token.isEmpty()); // answered from memory
        m_authority.server->revokeAccessTokens();
        m_signIn->invalidate(token);
        std::optional<QString> problem;
        m_signIn->acquireToken({}, [&](const auth::TokenResult &r) { problem = r.error; });
        QTRY_VERIFY(problem.has_value());
        QVERIFY(!m_signIn->isSignedIn());
    }

    void unreachableAuthorityKeepsTheRefreshToken()
    {
        QVERIFY(signInInteractive());
        const QString first = m_signIn->account().userPrincipalName;
        QString token;
        m_signIn->acquireToken({}, [&](const auth::TokenResult &r) { token = r.accessToken; });
        QVERIFY(!token.isEmpty());
        // The authority goes away (network down): the refresh fails without an OAuth error.
        m_authority.server->stop();
        m_signIn->invalidate(token);
        QSignalSpy failed(m_signIn.get(), &auth::SignIn::signInFailed);
        std::optional<QString> problem;
        m_signIn->acquireToken({}, [&](const auth::TokenResult &r) { problem = r.error; });
        QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 20000);
        QCOMPARE(refreshGrants(), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY(
            failed.first().first().value<auth::AuthError>().code != QLatin1String("invalid_grant"));
        // Still signed in: the next acquireToken may try again once the network is back.
        QVERIFY(m_signIn->isSignedIn());
        QCOMPARE(m_signIn->state(), auth::SignIn::State::SignedIn);
        QCOMPARE(m_signIn->account().userPrincipalName, first);
    }

private:
    void assertListenerClosed(const QUrl &authorize)
    {
        const QUrl redirect(fixture::queryItem(authorize, QStringLiteral("redirect_uri")));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!socket.waitForConnected(2000));
    }
};

QTEST_GUILESS_MAIN(TestSignInFlows)
#include "TestSignInFlows.moc"
