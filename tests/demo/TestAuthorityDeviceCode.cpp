#include "AuthorityTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace authority_test;
using sspr::demo::AuthorityOptions;

class TestAuthorityDeviceCode : public QObject, private AuthorityTestClient {
    Q_OBJECT

private slots:
    void init() { startServer(); }
    void cleanup() { stopServer(); }

    void deviceCodeFlow_data();
    void deviceCodeFlow();
    void deviceCodeExpiresByTime();
    void deviceLoginPage();
};

void TestAuthorityDeviceCode::deviceCodeFlow_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("pending");
    QTest::addColumn<int>("slowDown");
    QTest::addColumn<QStringList>("errors"); // every poll's error; "" is the token reply
    QTest::addColumn<int>("lastCode");
    using O = AuthorityOptions::DeviceOutcome;
    QTest::newRow("approve") << int(O::Approve) << 2 << 0
                             << QStringList { "authorization_pending", "authorization_pending", "" }
                             << 0;
    QTest::newRow("slow_down") << int(O::Approve) << 1 << 2
                               << QStringList { "authorization_pending", "slow_down", "slow_down",
                                      "" }
                               << 0;
    QTest::newRow("declined") << int(O::Decline) << 1 << 0
                              << QStringList { "authorization_pending", "authorization_declined" }
                              << 70000;
    QTest::newRow("expired") << int(O::Expire) << 0 << 0 << QStringList { "expired_token" }
                             << 70019;
    QTest::newRow("bad code") << int(O::BadCode) << 0 << 0
                              << QStringList { "bad_verification_code" } << 70000;
}

void TestAuthorityDeviceCode::deviceCodeFlow()
{
    QFETCH(int, outcome);
    QFETCH(int, pending);
    QFETCH(int, slowDown);
    QFETCH(QStringList, errors);
    QFETCH(int, lastCode);
    setOptions([&](AuthorityOptions &o) {
        o.deviceOutcome = AuthorityOptions::DeviceOutcome(outcome);
        o.devicePendingPolls = pending;
        o.deviceSlowDownPolls = slowDown;
        o.deviceIntervalSeconds = 3;
        o.deviceExpiresInSeconds = 600;
    });
    const Reply start = postForm("/organizations/oauth2/v2.0/devicecode",
        { { "client_id", kClient }, { "scope", "openid offline_access User.Read" } });
    QCOMPARE(start.status, 200);
    const QString deviceCode = start.json.value("device_code").toString();
    const QString userCode = start.json.value("user_code").toString();
    QVERIFY(deviceCode.size() >= 32);
    QCOMPARE(userCode.size(), 9);
    QCOMPARE(start.json.value("verification_uri").toString(),
        m_server->authorityUrl().toString() + "/devicelogin");
    QCOMPARE(start.json.value("interval").toInt(), 3);
    QCOMPARE(start.json.value("expires_in").toInt(), 600);
    QVERIFY(start.json.value("message").toString().contains(userCode));

    const auto poll = [&](const QString &code) {
        return postForm("/organizations/oauth2/v2.0/token",
            { { "client_id", kClient }, { "grant_type", kDeviceGrant }, { "device_code", code } });
    };
    Reply last;
    for (const QString &expected : std::as_const(errors)) {
        last = poll(deviceCode);
        QCOMPARE(last.json.value("error").toString(), expected);
        QCOMPARE(last.status, expected.isEmpty() ? 200 : 400);
    }
    QCOMPARE(m_server->tokenRequestCount(kDeviceGrant), errors.size());
    if (lastCode != 0) {
        QCOMPARE(codesOf(last.json), QList<int> { lastCode });
        return;
    }
    QVERIFY(last.json.value("refresh_token").toString().size() >= 32);
    QCOMPARE(jwtPayload(last.json.value("id_token").toString()).value("oid").toString(), kAdminId);
    // Exchanged once: the same device code, or one never issued, is not valid any more.
    QCOMPARE(
        poll(deviceCode).json.value("error").toString(), QStringLiteral("bad_verification_code"));
    QCOMPARE(
        poll("unknown").json.value("error").toString(), QStringLiteral("bad_verification_code"));
}

void TestAuthorityDeviceCode::deviceCodeExpiresByTime()
{
    setOptions([](AuthorityOptions &o) {
        o.deviceExpiresInSeconds = 0;
        o.devicePendingPolls = 5;
    });
    const Reply start = postForm("/organizations/oauth2/v2.0/devicecode",
        { { "client_id", kClient }, { "scope", "User.Read" } });
    const Reply poll = postForm("/organizations/oauth2/v2.0/token",
        { { "client_id", kClient }, { "grant_type", kDeviceGrant },
            { "device_code", start.json.value("device_code").toString() } });
    QCOMPARE(poll.json.value("error").toString(), QStringLiteral("expired_token"));
    QCOMPARE(codesOf(poll.json), QList<int> { 70019 });
    const Reply unknownClient = postForm("/organizations/oauth2/v2.0/devicecode",
        { { "client_id", "someone-else" }, { "scope", "User.Read" } });
    QCOMPARE(codesOf(unknownClient.json), QList<int> { 700016 });
}

void TestAuthorityDeviceCode::deviceLoginPage()
{
    const Reply page = get(url("/devicelogin"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Enter code"));
}

QTEST_GUILESS_MAIN(TestAuthorityDeviceCode)
#include "TestAuthorityDeviceCode.moc"
