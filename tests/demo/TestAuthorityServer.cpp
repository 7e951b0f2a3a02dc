#include "AuthorityTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace authority_test;
using sspr::demo::AuthorityOptions;

class TestAuthorityServer : public QObject, private AuthorityTestClient {
    Q_OBJECT

private slots:
    void init() { startServer(); }
    void cleanup() { stopServer(); }

    void discovery_data();
    void discovery();
    void discoveryUnknownTenant();
    void authorizeRedirectsWithCodeAndState();
    void authorizeErrorPages_data();
    void authorizeErrorPages();
    void authorizeRedirectedErrors_data();
    void authorizeRedirectedErrors();
    void deniedConsent();
    void codeExchange();
    void errorShape();
    void pkceMismatch();
    void redirectMismatch();
    void reusedCode();
    void expiredCode();
    void unknownClientAtToken();
    void noRefreshWithoutOfflineAccess();
    void grantScopesLimitConsent();
    void refreshRotation();
    void refreshRevoked();
    void unsupportedGrantAndMethod();
};

void TestAuthorityServer::discovery_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("pathTenant");
    QTest::addColumn<QString>("issuerTenant");
    QTest::newRow("organizations") << "organizations"
                                   << "organizations"
                                   << "{tenantid}";
    QTest::newRow("common") << "common"
                            << "common"
                            << "{tenantid}";
    QTest::newRow("tenant id") << kTenant << kTenant << kTenant;
    QTest::newRow("domain") << "contoso-demo.example" << kTenant << kTenant;
}

void TestAuthorityServer::discovery()
{
    QFETCH(QString, tenant);
    QFETCH(QString, pathTenant);
    QFETCH(QString, issuerTenant);
    const Reply reply
        = get(url(QLatin1Char('/') + tenant + "/v2.0/.well-known/openid-configuration"));
    QCOMPARE(reply.status, 200);
    const QString base = m_server->authorityUrl().toString();
    QCOMPARE(reply.json.value("issuer").toString(), base + '/' + issuerTenant + "/v2.0");
    QCOMPARE(reply.json.value("authorization_endpoint").toString(),
        base + '/' + pathTenant + "/oauth2/v2.0/authorize");
    QCOMPARE(reply.json.value("token_endpoint").toString(),
        base + '/' + pathTenant + "/oauth2/v2.0/token");
    QCOMPARE(reply.json.value("device_authorization_endpoint").toString(),
        base + '/' + pathTenant + "/oauth2/v2.0/devicecode");
    QCOMPARE(reply.json.value("end_session_endpoint").toString(),
        base + '/' + pathTenant + "/oauth2/v2.0/logout");
    QVERIFY(
        reply.json.value("response_types_supported").toArray().contains(QStringLiteral("code")));
    QCOMPARE(get(QUrl(reply.json.value("jwks_uri").toString())).status, 200);
}

void TestAuthorityServer::discoveryUnknownTenant()
{
    const Reply reply = get(url("/fabrikam.example/v2.0/.well-known/openid-configuration"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value("error").toString(), QStringLiteral("invalid_tenant"));
    QCOMPARE(codesOf(reply.json), QList<int> { 90002 });
}

void TestAuthorityServer::authorizeRedirectsWithCodeAndState()
{
    const Reply reply = get(authorizeUrl());
    QCOMPARE(reply.status, 302);
    const QUrl location = QUrl::fromEncoded(reply.location);
    QCOMPARE(location.host(), QStringLiteral("localhost"));
    QCOMPARE(location.port(), 53117);
    const QUrlQuery query(location);
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), kState);
    QVERIFY(query.queryItemValue(QStringLiteral("code")).size() >= 32);
    QVERIFY(!query.hasQueryItem(QStringLiteral("error")));
    // Any loopback port and 127.0.0.1 are accepted for a native client.
    QCOMPARE(get(authorizeUrl({ { "redirect_uri", "http://127.0.0.1:1/cb" } })).status, 302);
}

void TestAuthorityServer::authorizeErrorPages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("aadsts");
    QTest::newRow("unknown client") << "client_id"
                                    << "99999999-0000-0000-0000-000000000000"
                                    << "AADSTS700016";
    QTest::newRow("no client") << "client_id" << QString() << "AADSTS900144";
    QTest::newRow("https redirect") << "redirect_uri"
                                    << "https://localhost:8080/"
                                    << "AADSTS50011";
    QTest::newRow("remote redirect") << "redirect_uri"
                                     << "http://evil.example/cb"
                                     << "AADSTS50011";
    QTest::newRow("no redirect") << "redirect_uri" << QString() << "AADSTS900144";
}

void TestAuthorityServer::authorizeErrorPages()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, aadsts);
    const Reply reply = get(authorizeUrl({ { name, value } }));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.location.isEmpty()); // never redirected to an untrusted place
    QVERIFY2(reply.body.contains(aadsts.toLatin1()), reply.body.constData());
    QVERIFY(reply.body.contains("trouble signing you in"));
}

void TestAuthorityServer::authorizeRedirectedErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("aadsts");
    QTest::newRow("plain PKCE") << "code_challenge_method"
                                << "plain"
                                << "invalid_request"
                                << "AADSTS90023";
    QTest::newRow("no PKCE") << "code_challenge" << QString() << "invalid_request"
                             << "AADSTS900144";
    QTest::newRow("short challenge") << "code_challenge"
                                     << "abc"
                                     << "invalid_request"
                                     << "AADSTS501491";
    QTest::newRow("token response") << "response_type"
                                    << "token"
                                    << "unsupported_response_type"
                                    << "AADSTS70005";
    QTest::newRow("no scope") << "scope" << QString() << "invalid_request"
                              << "AADSTS900144";
}

void TestAuthorityServer::authorizeRedirectedErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QFETCH(QString, aadsts);
    const Reply reply = get(authorizeUrl({ { name, value } }));
    QCOMPARE(reply.status, 302);
    const QUrlQuery query(QUrl::fromEncoded(reply.location));
    QCOMPARE(query.queryItemValue("error"), error);
    QVERIFY(query.queryItemValue("error_description", QUrl::FullyDecoded).startsWith(aadsts + ':'));
    QCOMPARE(query.queryItemValue("state", QUrl::FullyDecoded), kState);
    QVERIFY(!query.hasQueryItem("code"));
}

void TestAuthorityServer::deniedConsent()
{
    setOptions([](AuthorityOptions &o) { o.consent = AuthorityOptions::Consent::Deny; });
    const Reply reply = get(authorizeUrl());
    QCOMPARE(reply.status, 302);
    const QUrlQuery query(QUrl::fromEncoded(reply.location));
    QCOMPARE(query.queryItemValue("error"), QStringLiteral("access_denied"));
    QVERIFY(
        query.queryItemValue("error_description", QUrl::FullyDecoded).startsWith("AADSTS65004:"));
    QCOMPARE(query.queryItemValue("state", QUrl::FullyDecoded), kState);
    QVERIFY(!query.hasQueryItem("code"));
}

void TestAuthorityServer::codeExchange()
{
    const QString code = authorizeCode();
    QVERIFY(!code.isEmpty());
    const Reply reply = redeem(code);
    QCOMPARE(reply.status, 200);
    const QJsonObject &t = reply.json;
    QCOMPARE(t.value("token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(t.value("scope").toString(), QStringLiteral("openid profile User.Read"));
    QCOMPARE(t.value("expires_in").toInt(), 3600);
    QCOMPARE(t.value("ext_expires_in").toInt(), 3600);
    QVERIFY(t.value("access_token").toString().size() >= 32);
    QVERIFY(t.value("refresh_token").toString().size() >= 32);
    QJsonObject header;
    const QJsonObject claims = jwtPayload(t.value("id_token").toString(), &header);
    QCOMPARE(header.value("alg").toString(), QStringLiteral("none"));
    QCOMPARE(claims.value("aud").toString(), kClient);
    QCOMPARE(claims.value("iss").toString(),
        m_server->authorityUrl().toString() + '/' + kTenant + "/v2.0");
    QCOMPARE(claims.value("tid").toString(), kTenant);
    QCOMPARE(claims.value("oid").toString(), kAdminId);
    QCOMPARE(claims.value("preferred_username").toString(), kAdmin);
    QCOMPARE(claims.value("name").toString(), QStringLiteral("Avery Admin"));
    QCOMPARE(claims.value("nonce").toString(), QStringLiteral("n-0S6"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(qAbs(claims.value("iat").toInteger() - now) < 60);
    QCOMPARE(claims.value("exp").toInteger(), claims.value("iat").toInteger() + 3600);
    QCOMPARE(claims.value("nbf").toInteger(), claims.value("iat").toInteger());
    QCOMPARE(m_server->tokenRequestCount("authorization_code"), 1);
    QCOMPARE(m_server->tokenRequestCount("refresh_token"), 0);
    // The token endpoint is not a Graph request.
    QCOMPARE(m_server->httpRequestCount(), 0);
}

void TestAuthorityServer::errorShape()
{
    const Reply reply = postForm("/organizations/oauth2/v2.0/token",
        { { "client_id", kClient }, { "grant_type", "authorization_code" }, { "code", "nope" },
            { "redirect_uri", kRedirect }, { "code_verifier", kVerifier } },
        "0b2c3d4e-1111-4222-8333-444455556666");
    QCOMPARE(reply.status, 400);
    const QJsonObject &e = reply.json;
    QCOMPARE(e.value("error").toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(codesOf(e), QList<int> { 70000 });
    QCOMPARE(e.value("correlation_id").toString(),
        QStringLiteral("0b2c3d4e-1111-4222-8333-444455556666"));
    const QString trace = e.value("trace_id").toString();
    QCOMPARE(trace.size(), 36);
    const QString description = e.value("error_description").toString();
    QVERIFY(description.startsWith("AADSTS70000: "));
    QVERIFY(description.contains("\r\nTrace ID: " + trace + "\r\n"));
    QVERIFY(description.contains("Correlation ID: 0b2c3d4e-1111-4222-8333-444455556666"));
    QVERIFY(description.contains("Timestamp: " + e.value("timestamp").toString()));
    QVERIFY(e.value("timestamp").toString().endsWith('Z'));
    QVERIFY(e.value("error_uri").toString().endsWith("/error?code=70000"));
}

void TestAuthorityServer::pkceMismatch()
{
    const Reply reply = redeem(authorizeCode(), kVerifier + "x");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value("error").toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(codesOf(reply.json), QList<int> { 501481 });
    QVERIFY(!reply.json.contains("access_token"));
    QCOMPARE(redeem(authorizeCode(), QString()).json.value("error_codes").toArray().first().toInt(),
        501481);
}

void TestAuthorityServer::redirectMismatch()
{
    const Reply reply = redeem(authorizeCode(), kVerifier, "http://localhost:53118/");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value("error").toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(codesOf(reply.json), QList<int> { 500112 });
}

void TestAuthorityServer::reusedCode()
{
    const QString code = authorizeCode();
    QCOMPARE(redeem(code).status, 200);
    const Reply again = redeem(code);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value("error").toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(codesOf(again.json), QList<int> { 54005 });
}

void TestAuthorityServer::expiredCode()
{
    setOptions([](AuthorityOptions &o) { o.authorizationCodeLifetimeSeconds = 0; });
    const Reply reply = redeem(authorizeCode());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value("error").toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(codesOf(reply.json), QList<int> { 70008 });
}

void TestAuthorityServer::unknownClientAtToken()
{
    const QString code = authorizeCode();
    const Reply reply = postForm("/organizations/oauth2/v2.0/token",
        { { "client_id", "99999999-0000-0000-0000-000000000000" },
            { "grant_type", "authorization_code" }, { "code", code }, { "redirect_uri", kRedirect },
            { "code_verifier", kVerifier } });
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value("error").toString(), QStringLiteral("unauthorized_client"));
    QCOMPARE(codesOf(reply.json), QList<int> { 700016 });
}

void TestAuthorityServer::noRefreshWithoutOfflineAccess()
{
    const QJsonObject tokens = signIn("User.Read");
    QVERIFY(tokens.contains("access_token"));
    QVERIFY(!tokens.contains("refresh_token"));
    QVERIFY(!tokens.contains("id_token"));
    setOptions([](AuthorityOptions &o) { o.issueRefreshToken = false; });
    QVERIFY(!signIn("openid offline_access User.Read").contains("refresh_token"));
}

void TestAuthorityServer::grantScopesLimitConsent()
{
    setOptions([](AuthorityOptions &o) { o.grantScopes = QStringList { "User.Read" }; });
    const QJsonObject tokens
        = signIn("openid https://graph.microsoft.com/User.Read AuditLog.Read.All");
    QCOMPARE(tokens.value("scope").toString(),
        QStringLiteral("openid https://graph.microsoft.com/User.Read"));
}

void TestAuthorityServer::refreshRotation()
{
    const QJsonObject first = signIn("openid offline_access User.Read");
    const QString refresh1 = first.value("refresh_token").toString();
    const auto refresh = [&](const QString &token) {
        return postForm("/organizations/oauth2/v2.0/token",
            { { "client_id", kClient }, { "grant_type", "refresh_token" },
                { "refresh_token", token }, { "scope", "openid offline_access User.Read" } });
    };
    const Reply second = refresh(refresh1);
    QCOMPARE(second.status, 200);
    const QString refresh2 = second.json.value("refresh_token").toString();
    QVERIFY(!refresh2.isEmpty());
    QVERIFY(refresh2 != refresh1);
    QVERIFY(second.json.value("access_token").toString() != first.value("access_token").toString());
    QCOMPARE(second.json.value("scope").toString(), QStringLiteral("openid User.Read"));
    QVERIFY(!jwtPayload(second.json.value("id_token").toString()).contains("nonce"));
    QCOMPARE(refresh(refresh2).status, 200);
    // Microsoft does not void the previous refresh token when it hands out a new one.
    QCOMPARE(refresh(refresh1).status, 200);
    QCOMPARE(
        refresh("not-a-token").json.value("error").toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(m_server->tokenRequestCount("refresh_token"), 4);
}

void TestAuthorityServer::refreshRevoked()
{
    const QString token = signIn("offline_access User.Read").value("refresh_token").toString();
    m_server->revokeRefreshTokens();
    const Reply reply = postForm("/organizations/oauth2/v2.0/token",
        { { "client_id", kClient }, { "grant_type", "refresh_token" },
            { "refresh_token", token } });
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value("error").toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(codesOf(reply.json), QList<int> { 70008 });
    // A sign-in after the revocation gets a refresh token that works again.
    const QString fresh = signIn("offline_access User.Read").value("refresh_token").toString();
    QCOMPARE(postForm("/organizations/oauth2/v2.0/token",
                 { { "client_id", kClient }, { "grant_type", "refresh_token" },
                     { "refresh_token", fresh } })
                 .status,
        200);
}

void TestAuthorityServer::unsupportedGrantAndMethod()
{
    const Reply password = postForm("/organizations/oauth2/v2.0/token",
        { { "client_id", kClient }, { "grant_type", "password" } });
    QCOMPARE(password.json.value("error").toString(), QStringLiteral("unsupported_grant_type"));
    QCOMPARE(codesOf(password.json), QList<int> { 70003 });
    QCOMPARE(m_server->tokenRequestCount("password"), 1);
    const Reply getToken = get(url("/organizations/oauth2/v2.0/token"));
    QCOMPARE(getToken.status, 400);
    QCOMPARE(codesOf(getToken.json), QList<int> { 900561 });
    const Reply noGrant
        = postForm("/organizations/oauth2/v2.0/token", { { "client_id", kClient } });
    QCOMPARE(codesOf(noGrant.json), QList<int> { 900144 });
}

QTEST_GUILESS_MAIN(TestAuthorityServer)
#include "TestAuthorityServer.moc"
