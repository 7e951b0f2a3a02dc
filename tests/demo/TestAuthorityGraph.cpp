#include "AuthorityTestClient.h"
#include "core/demo/DemoBrowser.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace authority_test;
using sspr::demo::AuthorityOptions;
using sspr::demo::DemoBrowser;

class TestAuthorityGraph : public QObject, private AuthorityTestClient {
    Q_OBJECT

private slots:
    void init() { startServer(); }
    void cleanup() { stopServer(); }

    void graphKeepsOldBehaviourByDefault();
    void graphRejectsForeignExpiredRevokedTokens();
    void graphBatchUnauthorizedIsTopLevel();
    void refreshAfterRevokedAccessToken();
    void graphScopeEnforcement();
    void graphScopeInBatchPerItem();
    void graphHigherScopeAccepted();
    void selfModeAccount();
    void demoBrowserCompletesRedirect();
    void demoBrowserTamper();
    void demoBrowserErrorPage();
};

void TestAuthorityGraph::graphKeepsOldBehaviourByDefault()
{
    const Reply reply
        = get(QUrl(m_server->graphBaseUrl().toString() + "/me?$select=id"), "demo-token");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("id").toString(), kAdminId);
}

void TestAuthorityGraph::graphRejectsForeignExpiredRevokedTokens()
{
    setOptions([](AuthorityOptions &o) { o.requireIssuedTokens = true; });
    const QUrl me(m_server->graphBaseUrl().toString() + "/me?$select=id");
    const Reply foreign = get(me, "demo-token");
    QCOMPARE(foreign.status, 401);
    const QJsonObject error = foreign.json.value("error").toObject();
    QCOMPARE(error.value("code").toString(), QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(error.value("innerError").toObject().contains("request-id"));
    QVERIFY(foreign.wwwAuthenticate.startsWith("Bearer "));

    const QByteArray token = signIn("User.Read").value("access_token").toString().toLatin1();
    const Reply ok = get(me, token);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json.value("id").toString(), kAdminId);

    m_server->revokeAccessTokens();
    const Reply revoked = get(me, token);
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.json.value("error").toObject().value("code").toString(),
        QStringLiteral("InvalidAuthenticationToken"));

    setOptions([](AuthorityOptions &o) { o.accessTokenLifetimeSeconds = 0; });
    const QJsonObject expiring = signIn("User.Read");
    QCOMPARE(expiring.value("expires_in").toInt(), 0);
    const Reply expired = get(me, expiring.value("access_token").toString().toLatin1());
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json.value("error").toObject().value("message").toString(),
        QStringLiteral("Access token has expired or is not yet valid."));
}

void TestAuthorityGraph::graphBatchUnauthorizedIsTopLevel()
{
    setOptions([](AuthorityOptions &o) { o.requireIssuedTokens = true; });
    const QJsonObject batch { { "requests",
        QJsonArray { QJsonObject { { "id", "1" }, { "method", "GET" }, { "url", "/me" } } } } };
    const Reply reply = postJson("/v1.0/$batch", batch, "demo-token");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json.value("error").toObject().value("code").toString(),
        QStringLiteral("InvalidAuthenticationToken"));
}

void TestAuthorityGraph::graphScopeEnforcement()
{
    setOptions([](AuthorityOptions &o) { o.requireIssuedTokens = true; });
    const QByteArray token = signIn("User.Read UserAuthenticationMethod.Read")
                                 .value("access_token")
                                 .toString()
                                 .toLatin1();
    const QString graph = m_server->graphBaseUrl().toString();
    QCOMPARE(get(QUrl(graph + "/me"), token).status, 200);
    QCOMPARE(get(QUrl(graph + "/me/authentication/methods"), token).status, 200);
    QCOMPARE(get(QUrl(graph + "/users/" + kAdminId + "?$select=id"), token).status, 200); // self
    const Reply other = get(QUrl(graph + "/users/" + kAdeleId + "?$select=accountEnabled"), token);
    QCOMPARE(other.status, 403);
    QCOMPARE(other.json.value("error").toObject().value("code").toString(),
        QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(
        get(QUrl(graph + "/users/" + kAdeleId + "/authentication/methods"), token).status, 403);
    const Reply report = get(
        QUrl(graph + "/reports/authenticationMethods/userRegistrationDetails/" + kAdeleId), token);
    QCOMPARE(report.status, 403);
    QCOMPARE(report.json.value("error").toObject().value("code").toString(),
        QStringLiteral("Authentication_MSGraphPermissionMissing"));
    QVERIFY(report.json.value("error").toObject().value("message").toString().contains(
        "AuditLog.Read.All"));
    QCOMPARE(get(QUrl(graph + "/organization"), token).status, 200);
    QCOMPARE(get(QUrl(graph + "/policies/authorizationPolicy"), token).status, 403);
}

void TestAuthorityGraph::graphScopeInBatchPerItem()
{
    setOptions([](AuthorityOptions &o) { o.requireIssuedTokens = true; });
    const QByteArray token = signIn("User.Read").value("access_token").toString().toLatin1();
    const QJsonObject batch { { "requests",
        QJsonArray { QJsonObject { { "id", "me" }, { "method", "GET" }, { "url", "/me" } },
            QJsonObject { { "id", "adele" }, { "method", "GET" },
                { "url", QString("/users/" + kAdeleId + "?$select=id,accountEnabled") } } } } };
    const Reply reply = postJson("/v1.0/$batch", batch, token);
    QCOMPARE(reply.status, 200);
    QHash<QString, int> statuses;
    for (const QJsonValue &v : reply.json.value("responses").toArray())
        statuses.insert(v.toObject().value("id").toString(), v.toObject().value("status").toInt());
    QCOMPARE(statuses.value("me"), 200);
    QCOMPARE(statuses.value("adele"), 403);
}

void TestAuthorityGraph::graphHigherScopeAccepted()
{
    setOptions([](AuthorityOptions &o) { o.requireIssuedTokens = true; });
    const QByteArray token = signIn("Directory.Read.All AuditLog.Read.All")
                                 .value("access_token")
                                 .toString()
                                 .toLatin1();
    const QString graph = m_server->graphBaseUrl().toString();
    QCOMPARE(
        get(QUrl(graph + "/users/" + kAdeleId + "?$select=accountEnabled"), token).status, 200);
    QCOMPARE(get(QUrl(graph + "/users/" + kAdeleId + "/licenseDetails"), token).status, 200);
    QCOMPARE(get(QUrl(graph + "/subscribedSkus"), token).status, 200);
    QCOMPARE(get(QUrl(graph + "/auditLogs/signIns"), token).status, 200);
    QCOMPARE(get(QUrl(graph + "/admin/serviceAnnouncement/healthOverviews"), token).status, 403);
}

void TestAuthorityGraph::selfModeAccount()
{
    setOptions([](AuthorityOptions &o) {
        o.requireIssuedTokens = true;
        o.account = kAdele;
    });
    const QJsonObject tokens = signIn("openid User.Read");
    QCOMPARE(jwtPayload(tokens.value("id_token").toString()).value("preferred_username").toString(),
        kAdele);
    const QByteArray token = tokens.value("access_token").toString().toLatin1();
    const Reply me = get(QUrl(m_server->graphBaseUrl().toString() + "/me?$select=id"), token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value("id").toString(), kAdeleId);

    setOptions(
        [](AuthorityOptions &o) { o.account = QStringLiteral("nobody@contoso-demo.example"); });
    const Reply refused = get(authorizeUrl());
    const QUrlQuery query(QUrl::fromEncoded(refused.location));
    QVERIFY(
        query.queryItemValue("error_description", QUrl::FullyDecoded).startsWith("AADSTS50034:"));
}

void TestAuthorityGraph::demoBrowserCompletesRedirect()
{
    QHttpServer app;
    QUrl received;
    app.route("/", [&](const QHttpServerRequest &request) {
        received = request.url();
        return QStringLiteral(
            "<html><body><p>Signed in. You can close this window.</p></body></html>");
    });
    const quint16 port = app.listen(QHostAddress::LocalHost);
    QVERIFY(port > 0);
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/").arg(port);

    DemoBrowser browser(m_nam.get());
    QSignalSpy finished(&browser, &DemoBrowser::finished);
    browser.open(authorizeUrl({ { "redirect_uri", redirect } }));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(
        finished.first().at(1).toString(), QStringLiteral("Signed in. You can close this window."));
    const QUrlQuery query(received);
    QCOMPARE(query.queryItemValue("state", QUrl::FullyDecoded), kState);
    QCOMPARE(browser.lastRedirect().port(), int(port));
    const Reply tokens
        = redeem(query.queryItemValue("code", QUrl::FullyDecoded), kVerifier, redirect);
    QCOMPARE(tokens.status, 200);
}

void TestAuthorityGraph::demoBrowserTamper()
{
    QHttpServer app;
    QUrl received;
    app.route("/", [&](const QHttpServerRequest &request) {
        received = request.url();
        return QStringLiteral("state checked by the app");
    });
    const quint16 port = app.listen(QHostAddress::LocalHost);
    QVERIFY(port > 0);
    DemoBrowser browser(m_nam.get());
    browser.setTamper([](const QUrl &location) {
        QUrl forged = location;
        QUrlQuery query(location);
        query.removeAllQueryItems("state");
        query.addQueryItem("state", "forged");
        forged.setQuery(query);
        return forged;
    });
    QSignalSpy finished(&browser, &DemoBrowser::finished);
    browser.open(
        authorizeUrl({ { "redirect_uri", QStringLiteral("http://127.0.0.1:%1/").arg(port) } }));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(QUrlQuery(received).queryItemValue("state"), QStringLiteral("forged"));
    QCOMPARE(QUrlQuery(browser.lastRedirect()).queryItemValue("state"), QStringLiteral("forged"));
}

void TestAuthorityGraph::demoBrowserErrorPage()
{
    DemoBrowser browser(m_nam.get());
    QSignalSpy finished(&browser, &DemoBrowser::finished);
    browser.open(authorizeUrl({ { "client_id", "99999999-0000-0000-0000-000000000000" } }));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains("AADSTS700016: Application with identifier "
                                                        "'99999999-0000-0000-0000-000000000000'"),
        qPrintable(finished.first().at(1).toString()));
    QVERIFY(browser.lastRedirect().isEmpty());
}

void TestAuthorityGraph::refreshAfterRevokedAccessToken()
{
    setOptions([](AuthorityOptions &o) { o.requireIssuedTokens = true; });
    const QJsonObject tokens = signIn("openid offline_access User.Read");
    const QUrl me(m_server->graphBaseUrl().toString() + "/me?$select=id");
    m_server->revokeAccessTokens();
    QCOMPARE(get(me, tokens.value("access_token").toString().toLatin1()).status, 401);
    // The client's answer to a 401: refresh, then retry with the new access token.
    const Reply refreshed = postForm("/organizations/oauth2/v2.0/token",
        { { "client_id", kClient }, { "grant_type", "refresh_token" },
            { "refresh_token", tokens.value("refresh_token").toString() } });
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.json.value("scope").toString(), QStringLiteral("openid User.Read"));
    const Reply retried = get(me, refreshed.json.value("access_token").toString().toLatin1());
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json.value("id").toString(), kAdminId);
}

QTEST_GUILESS_MAIN(TestAuthorityGraph)
#include "TestAuthorityGraph.moc"
