// The parsers between the authority and the sign-in: error JSON, token replies, ID token
// claims, discovery, form encoding and the in-memory token cache.
#include "core/auth/AuthConfig.h"
#include "core/auth/AuthErrorReply.h"
#include "core/auth/AuthHttp.h"
#include "core/auth/IdTokenClaims.h"
#include "core/auth/OpenIdConfiguration.h"
#include "core/auth/TokenCache.h"
#include "core/auth/TokenReply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QtTest>

using namespace sspr::auth;

namespace {
QByteArray fakeJwt(const QJsonObject &claims) // unsigned, as a test fixture
{
    const auto enc = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QByteArrayLiteral("eyJhbGciOiJub25lIn0.")
        + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(enc) + '.';
}
} // namespace

class TestAuthReplies : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void microsoftErrorJson()
    {
        const QByteArray body
            = R"({"error":"invalid_grant","error_description":"AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.","error_codes":[501481],"timestamp":"2026-11-25 10:00:00Z","trace_id":"0b6f8d2e-1111-2222-3333-444455556666","correlation_id":"7c1e4b3a-aaaa-bbbb-cccc-ddddeeeeffff"})";
        const AuthError error = AuthErrorReply::parse(body, 400, QString());
        QCOMPARE(error.code, QStringLiteral("invalid_grant"));
        QCOMPARE(error.errorCodes, QList<int> { 501481 });
        QCOMPARE(error.traceId, QStringLiteral("0b6f8d2e-1111-2222-3333-444455556666"));
        QCOMPARE(error.correlationId, QStringLiteral("7c1e4b3a-aaaa-bbbb-cccc-ddddeeeeffff"));
        QVERIFY2(error.message.contains(QLatin1String("AADSTS501481")), qPrintable(error.message));
    }

    void transportErrors()
    {
        const AuthError none = AuthErrorReply::parse({}, 0, QStringLiteral("Connection refused"));
        QCOMPARE(none.code, QStringLiteral("network_error"));
        QVERIFY(none.message.contains(QLatin1String("Connection refused")));
        const AuthError html = AuthErrorReply::parse("<html>bad gateway</html>", 502, QString());
        QCOMPARE(html.code, QStringLiteral("http_error"));
        QVERIFY(html.message.contains(QLatin1String("502")));
    }

    void descriptionIsRedacted()
    {
        const QByteArray body
            = R"({"error":"invalid_request","error_description":"refresh_token=0.AXoAsecretsecret is bad"})";
        const AuthError error = AuthErrorReply::parse(body, 400, QString());
        QVERIFY(!error.message.contains(QLatin1String("0.AXoAsecretsecret")));
    }

    void tokenReply()
    {
        const QByteArray body
            = R"({"token_type":"Bearer","scope":"https://graph.microsoft.com/User.Read User.Read.All openid profile","expires_in":4000,"ext_expires_in":4000,"access_token":"at-1","refresh_token":"rt-1","id_token":"x.y.z"})";
        const auto reply = TokenReply::parse(body);
        QVERIFY(reply);
        QCOMPARE(reply->accessToken, QStringLiteral("at-1"));
        QCOMPARE(reply->refreshToken, QStringLiteral("rt-1"));
        QCOMPARE(reply->expiresInSeconds, 4000);
        QCOMPARE(TokenCache::normalizedScopes(reply->scopes),
            QStringList({ "User.Read", "User.Read.All", "openid", "profile" }));
        QVERIFY(!TokenReply::parse(R"({"token_type":"pop","access_token":"a"})"));
        QVERIFY(!TokenReply::parse(R"({"error":"invalid_grant"})"));
    }

    void idTokenClaims()
    {
        const QByteArray jwt = fakeJwt(
            { { "name", "Megan Bowen" }, { "preferred_username", "megan@contoso.example" },
                { "oid", "11111111-aaaa" }, { "tid", "22222222-bbbb" }, { "nonce", "n-1" } });
        const auto claims = IdTokenClaims::parse(jwt);
        QVERIFY(claims);
        QCOMPARE(claims->account().displayName, QStringLiteral("Megan Bowen"));
        QCOMPARE(claims->account().userPrincipalName, QStringLiteral("megan@contoso.example"));
        QCOMPARE(claims->homeAccountId(), QStringLiteral("11111111-aaaa.22222222-bbbb"));
        QCOMPARE(claims->nonce, QStringLiteral("n-1"));
        QVERIFY(!IdTokenClaims::parse("not-a-jwt"));
    }

    void discoveryAndFallback()
    {
        const QUrl authority(QStringLiteral("https://login.example.test/prefix/"));
        QCOMPARE(OpenIdConfiguration::discoveryUrl(authority, QStringLiteral("contoso.com")),
            QUrl(QStringLiteral("https://login.example.test/prefix/contoso.com/v2.0/"
                                ".well-known/openid-configuration")));
        const auto fallback
            = OpenIdConfiguration::conventional(authority, QStringLiteral("common"));
        QCOMPARE(fallback.tokenEndpoint,
            QUrl(QStringLiteral("https://login.example.test/prefix/common/oauth2/v2.0/token")));
        const auto parsed = OpenIdConfiguration::parse(
            R"({"authorization_endpoint":"https://a.test/auth","token_endpoint":"https://a.test/tok","issuer":"https://a.test/{tenantid}/v2.0"})",
            fallback);
        QVERIFY(parsed);
        QCOMPARE(parsed->authorizationEndpoint, QUrl(QStringLiteral("https://a.test/auth")));
        QCOMPARE(parsed->tokenEndpoint, QUrl(QStringLiteral("https://a.test/tok")));
        // Microsoft's document has no device_authorization_endpoint: the convention fills it.
        QCOMPARE(parsed->deviceAuthorizationEndpoint, fallback.deviceAuthorizationEndpoint);
        QVERIFY(!OpenIdConfiguration::parse("<html/>", fallback));
    }

    void authorityFromCloudOrOverride()
    {
        AuthConfig config;
        QCOMPARE(
            config.effectiveAuthority(), QUrl(QStringLiteral("https://login.microsoftonline.com")));
        config.cloudKey = QStringLiteral("china");
        QCOMPARE(
            config.effectiveAuthority(), QUrl(QStringLiteral("https://login.chinacloudapi.cn")));
        config.authority = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(config.effectiveAuthority(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(config.effectiveClientId(), AuthConfig::defaultClientId());
        config.clientId = QStringLiteral(" 3f0a0d4c-0000-4000-8000-000000000001 ");
        QCOMPARE(
            config.effectiveClientId(), QStringLiteral("3f0a0d4c-0000-4000-8000-000000000001"));
    }

    void formEncodingKeepsPlus()
    {
        const QByteArray body = AuthHttp::encodeForm(
            { { "refresh_token", "a+b/c=d&e f" }, { "scope", "User.Read openid" } });
        QCOMPARE(body,
            QByteArrayLiteral("refresh_token=a%2Bb%2Fc%3Dd%26e%20f&scope=User.Read%20openid"));
    }

    void cacheRefreshMargin()
    {
        TokenCache cache;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        cache.setAccessToken(QStringLiteral("at"), now.addSecs(10 * 60));
        QCOMPARE(cache.freshAccessToken(now), QStringLiteral("at"));
        // Inside the last five minutes the token counts as stale: refresh first.
        QCOMPARE(cache.freshAccessToken(now.addSecs(6 * 60)), QString());
        cache.dropAccessToken();
        QCOMPARE(cache.freshAccessToken(now), QString());
    }

    void shortLivedTokenIsFreshForHalfItsLifetime()
    {
        // A token living under the five-minute margin would otherwise never be fresh and
        // every acquireToken would refresh.
        TokenCache cache;
        const QDateTime issued = QDateTime::currentDateTimeUtc();
        cache.setAccessToken(QStringLiteral("at"), issued.addSecs(120), issued);
        QCOMPARE(cache.refreshMarginSeconds(), 60);
        QCOMPARE(cache.freshAccessToken(issued), QStringLiteral("at"));
        QCOMPARE(cache.freshAccessToken(issued.addSecs(59)), QStringLiteral("at"));
        QCOMPARE(cache.freshAccessToken(issued.addSecs(61)), QString());
        // A long-lived token keeps MSAL's five minutes.
        cache.setAccessToken(QStringLiteral("long"), issued.addSecs(3600), issued);
        QCOMPARE(cache.refreshMarginSeconds(), 300);
        QCOMPARE(cache.freshAccessToken(issued.addSecs(3299)), QStringLiteral("long"));
        QCOMPARE(cache.freshAccessToken(issued.addSecs(3301)), QString());
        // A token already expired when it arrived is never fresh.
        cache.setAccessToken(QStringLiteral("dead"), issued, issued);
        QCOMPARE(cache.freshAccessToken(issued), QString());
    }
};

QTEST_GUILESS_MAIN(TestAuthReplies)
#include "TestAuthReplies.moc"
