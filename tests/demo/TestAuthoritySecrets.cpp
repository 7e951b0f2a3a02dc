// ScenarioServer::secretsSeen(): the authority remembers every secret it issued or received,
// so the no-secrets-written tests know exactly what to look for.

#include "AuthorityTestClient.h"

#include <QTest>

using namespace authority_test;
using sspr::demo::SecretKind;

class TestAuthoritySecrets : public QObject, private AuthorityTestClient {
    Q_OBJECT

private slots:
    void init() { startServer(); }
    void cleanup() { stopServer(); }

    void emptyBeforeAnySignIn();
    void signInRecordsCodeVerifierAndTokens();
    void refreshRecordsRotatedTokens();
    void deviceCodeRecorded();
    void receivedValuesRecordedOnce();
    void markerAndTokenUses();
};

void TestAuthoritySecrets::emptyBeforeAnySignIn()
{
    QVERIFY(m_server->secretsSeen().isEmpty());
    QCOMPARE(get(url("/organizations/v2.0/.well-known/openid-configuration")).status, 200);
    QVERIFY(m_server->secretsSeen().isEmpty()); // discovery hands out nothing secret
}

void TestAuthoritySecrets::signInRecordsCodeVerifierAndTokens()
{
    const QString code = authorizeCode();
    QVERIFY(!code.isEmpty());
    QCOMPARE(m_server->secretsSeen(), QStringList { code });
    const Reply reply = redeem(code);
    QCOMPARE(reply.status, 200);
    const QString access = reply.json.value("access_token").toString();
    const QString refresh = reply.json.value("refresh_token").toString();
    const QString id = reply.json.value("id_token").toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(!refresh.isEmpty());
    QVERIFY(!id.isEmpty());

    const QStringList seen = m_server->secretsSeen();
    for (const QString &secret : { code, kVerifier, access, refresh, id })
        QVERIFY2(seen.contains(secret), qPrintable(secret));
    QCOMPARE(seen.size(), 5);
    QCOMPARE(m_server->secretsSeen(SecretKind::AuthorizationCode), QStringList { code });
    QCOMPARE(m_server->secretsSeen(SecretKind::CodeVerifier), QStringList { kVerifier });
    QCOMPARE(m_server->secretsSeen(SecretKind::AccessToken), QStringList { access });
    QCOMPARE(m_server->secretsSeen(SecretKind::RefreshToken), QStringList { refresh });
    QCOMPARE(m_server->secretsSeen(SecretKind::IdToken), QStringList { id });
    QVERIFY(m_server->secretsSeen(SecretKind::DeviceCode).isEmpty());
}

void TestAuthoritySecrets::refreshRecordsRotatedTokens()
{
    const QJsonObject first = signIn("openid offline_access User.Read");
    const QString refresh1 = first.value("refresh_token").toString();
    QVERIFY(!refresh1.isEmpty());
    const Reply second = postForm("/organizations/oauth2/v2.0/token",
        { { "client_id", kClient }, { "grant_type", "refresh_token" },
            { "refresh_token", refresh1 }, { "scope", "openid offline_access User.Read" } });
    QCOMPARE(second.status, 200);
    const QStringList refreshes = m_server->secretsSeen(SecretKind::RefreshToken);
    QCOMPARE(refreshes, QStringList({ refresh1, second.json.value("refresh_token").toString() }));
    const QStringList access = m_server->secretsSeen(SecretKind::AccessToken);
    QCOMPARE(access.size(), 2);
    QCOMPARE(access.last(), second.json.value("access_token").toString());
    QCOMPARE(m_server->secretsSeen(SecretKind::IdToken).size(), 2);
}

void TestAuthoritySecrets::deviceCodeRecorded()
{
    const Reply start = postForm("/organizations/oauth2/v2.0/devicecode",
        { { "client_id", kClient }, { "scope", "openid offline_access User.Read" } });
    QCOMPARE(start.status, 200);
    const QString deviceCode = start.json.value("device_code").toString();
    const QString userCode = start.json.value("user_code").toString();
    QCOMPARE(m_server->secretsSeen(SecretKind::DeviceCode), QStringList { deviceCode });
    // The user code is shown to people and typed by them: not a secret to hunt for.
    QVERIFY(!m_server->secretsSeen().contains(userCode));
    const Reply tokens = postForm("/organizations/oauth2/v2.0/token",
        { { "client_id", kClient }, { "grant_type", kDeviceGrant },
            { "device_code", deviceCode } });
    QCOMPARE(tokens.status, 200);
    QVERIFY(m_server->secretsSeen().contains(tokens.json.value("access_token").toString()));
    QVERIFY(m_server->secretsSeen().contains(tokens.json.value("refresh_token").toString()));
    QCOMPARE(m_server->secretsSeen(SecretKind::DeviceCode).size(), 1); // not twice
}

void TestAuthoritySecrets::receivedValuesRecordedOnce()
{
    // A value the authority never issued is still a secret the client held.
    const Reply forged = postForm("/organizations/oauth2/v2.0/token",
        { { "client_id", kClient }, { "grant_type", "authorization_code" },
            { "code", "forged-code-value" }, { "code_verifier", kVerifier },
            // FAKE: an unsigned JWT {"alg":"none"}.{"sub":"x"} made up for this test.
            { "client_assertion", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0." },
            { "redirect_uri", kRedirect } });
    QCOMPARE(forged.json.value("error").toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(m_server->secretsSeen(SecretKind::AuthorizationCode),
        QStringList { QStringLiteral("forged-code-value") });
    QCOMPARE(m_server->secretsSeen(SecretKind::ClientCredential),
        QStringList { QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.") });
    postForm("/organizations/oauth2/v2.0/token",
        { { "client_id", kClient }, { "grant_type", "authorization_code" },
            { "code", "forged-code-value" }, { "code_verifier", kVerifier },
            { "redirect_uri", kRedirect } });
    QCOMPARE(m_server->secretsSeen().size(), 3); // code, verifier, assertion: once each
}

// The knobs of the whole-app secret scans (tests/e2e/TestHeadlessNoSecrets): every code and
// token carries the marker in its middle (the id token as its signature), and with
// accessTokenUses an access token answers Graph that often, then 401 as an expired one.
void TestAuthoritySecrets::markerAndTokenUses()
{
    const QString marker = QStringLiteral("SSPRFAKESECRET");
    setOptions([&marker](sspr::demo::AuthorityOptions &o) {
        o.secretMarker = marker;
        o.accessTokenUses = 1;
        o.requireIssuedTokens = true;
        o.devicePendingPolls = 0;
    });
    const QString code = authorizeCode();
    QVERIFY2(code.indexOf(marker) > 16, qPrintable(code)); // random before it, not a prefix
    const Reply start = postForm("/organizations/oauth2/v2.0/devicecode",
        { { "client_id", kClient }, { "scope", "openid offline_access User.Read" } });
    const QString deviceCode = start.json.value("device_code").toString();
    QVERIFY2(deviceCode.indexOf(marker) > 16, qPrintable(deviceCode));
    QVERIFY(!start.json.value("user_code").toString().contains(marker)); // people type it
    const Reply tokens = postForm("/organizations/oauth2/v2.0/token",
        { { "client_id", kClient }, { "grant_type", kDeviceGrant },
            { "device_code", deviceCode } });
    QCOMPARE(tokens.status, 200);
    const QString access = tokens.json.value("access_token").toString();
    QVERIFY2(access.indexOf(marker) > 16, qPrintable(access));
    QVERIFY(!access.endsWith(marker));
    QVERIFY(tokens.json.value("refresh_token").toString().indexOf(marker) > 16);
    const QString id = tokens.json.value("id_token").toString();
    QVERIFY2(id.endsWith(QLatin1Char('.') + marker), qPrintable(id));
    for (const QString &secret : m_server->secretsSeen(SecretKind::AccessToken))
        QVERIFY(secret.contains(marker));

    const QUrl me(m_server->graphBaseUrl().toString() + "/me?$select=id");
    QCOMPARE(get(me, access.toUtf8()).status, 200);
    const Reply lapsed = get(me, access.toUtf8());
    QCOMPARE(lapsed.status, 401);
    QVERIFY2(lapsed.body.contains("expired"), lapsed.body.constData());
}

QTEST_GUILESS_MAIN(TestAuthoritySecrets)
#include "TestAuthoritySecrets.moc"
