#include "core/demo/ScenarioServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>
#include <memory>

using sspr::demo::Fault;
using sspr::demo::ScenarioServer;

namespace {

const QString kAdeleId = QStringLiteral("4f1c8e2a-6b3d-4e9f-8a7b-1c2d3e4f5a6b");
const QString kAdele = QStringLiteral("adele.vance@contoso-demo.example");

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

} // namespace

class TestScenarioServer : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsOnLoopback();
    void builtInScenariosLoad_data();
    void builtInScenariosLoad();
    void userWithSelect();
    void userDefaultProperties();
    void meIsSignedInUser();
    void unknownUserIs404();
    void unknownPathIs404();
    void missingBearerIs401();
    void clientRequestIdEchoed();
    void registrationDetailsById();
    void registrationDetailsFilteredList();
    void healthOverviewsExpandIssues();
    void userSearchNeedsConsistencyLevel();
    void userSearch();
    void dataDrivenEndpoints_data();
    void dataDrivenEndpoints();
    void auditFilter();
    void paging();
    void loopingNextLink();
    void batchReversedOrder();
    void batchTooLarge();
    void batchItemThrottled();
    void batchDependsOnFailure();
    void faultStatus403();
    void faultTimesCountsDown();
    void faultLatency();
    void faultLatencyInBatchOncePerRequest();
    void faultHang();
    void faultMalformedJson();
    void faultHtmlPage();
    void faultEmptyBody();
    void faultTopLevelOnlyHitsBatch();
    void scenarioThrottled();
    void scenarioOutage();
    void scenarioFacts_data();
    void scenarioFacts();
    void badScenarioFiles_data();
    void badScenarioFiles();
    void badScenarioKeepsPrevious();
    void requestLogs();
    void stopWithHungClient();
    void stopDuringLatency();
    void stopDoesNotWaitOutALongLatency();
    void faultTimesUnderConcurrency();
    void startWithoutScenarioPlaysHealthy();
    void searchInsideBatch();
    void serviceHealthByNameAndIssues();
    void countAndContext();
    void readOnly();
    void rawRoute();

private:
    Reply get(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &extra = {},
        bool bearer = true, int transferTimeoutMs = 0);
    Reply post(const QString &path, const QJsonObject &body);
    Reply send(QNetworkReply *reply);
    QNetworkRequest request(const QString &pathAndQuery, bool bearer = true) const;
    static QJsonObject batchItem(const QString &id, const QString &url);

    std::unique_ptr<ScenarioServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestScenarioServer::init()
{
    m_server = std::make_unique<ScenarioServer>();
    QCOMPARE(m_server->loadScenario(QStringLiteral("healthy")), std::nullopt);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestScenarioServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

QNetworkRequest TestScenarioServer::request(const QString &pathAndQuery, bool bearer) const
{
    QNetworkRequest req(QUrl(m_server->graphBaseUrl().toString() + pathAndQuery));
    if (bearer)
        req.setRawHeader("Authorization", "Bearer demo-token");
    return req;
}

Reply TestScenarioServer::send(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    if (reply->isOpen())
        out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return out;
}

Reply TestScenarioServer::get(const QString &pathAndQuery,
    const QList<QPair<QByteArray, QByteArray>> &extra, bool bearer, int transferTimeoutMs)
{
    QNetworkRequest req = request(pathAndQuery, bearer);
    for (const auto &[name, value] : extra)
        req.setRawHeader(name, value);
    if (transferTimeoutMs > 0)
        req.setTransferTimeout(transferTimeoutMs);
    return send(m_nam->get(req));
}

Reply TestScenarioServer::post(const QString &path, const QJsonObject &body)
{
    QNetworkRequest req = request(path);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return send(m_nam->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QJsonObject TestScenarioServer::batchItem(const QString &id, const QString &url)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("method"), QStringLiteral("GET") },
        { QStringLiteral("url"), url } };
}

void TestScenarioServer::startsOnLoopback()
{
    const QUrl base = m_server->baseUrl();
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(base.port() > 0);
    QCOMPARE(m_server->graphBaseUrl().path(), QStringLiteral("/v1.0"));
    QCOMPARE(m_server->scenarioName(), QStringLiteral("healthy"));
    QCOMPARE(m_server->demoUserPrincipalName(), kAdele);
    QCOMPARE(
        m_server->demoAdminPrincipalName(), QStringLiteral("avery.admin@contoso-demo.example"));
    QCOMPARE(m_server->demoAdminDisplayName(), QStringLiteral("Avery Admin"));
    QCOMPARE(m_server->demoTenantId(), QStringLiteral("b5a1c2d3-4e5f-4a6b-9c8d-0e1f2a3b4c5d"));
}

void TestScenarioServer::builtInScenariosLoad_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = ScenarioServer::builtInScenarios();
    for (const char *required : { "healthy", "not-registered", "not-in-sspr-scope",
             "account-disabled", "service-incident", "throttled", "outage-5xx" })
        QVERIFY2(names.contains(QLatin1String(required)), required);
    QVERIFY(std::is_sorted(names.begin(), names.end()));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestScenarioServer::builtInScenariosLoad()
{
    QFETCH(QString, name);
    ScenarioServer server;
    const auto error = server.loadScenario(name);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QCOMPARE(server.scenarioName(), name);
    QVERIFY(!server.scenarioDescription().isEmpty());
    QVERIFY(!server.scenarioDescription().contains(QLatin1Char('\n')));
    QVERIFY(server.demoUserPrincipalName().endsWith(QLatin1String("@contoso-demo.example")));
    QVERIFY(server.demoAdminPrincipalName().endsWith(QLatin1String("@contoso-demo.example")));
    QVERIFY(!server.demoTenantId().isEmpty());
}

void TestScenarioServer::userWithSelect()
{
    const Reply r = get(QStringLiteral("/users/%1?$select=id,accountEnabled,userType").arg(kAdele));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("id")).toString(), kAdeleId);
    QCOMPARE(r.json.value(QLatin1String("accountEnabled")).toBool(false), true);
    QCOMPARE(r.json.value(QLatin1String("userType")).toString(), QStringLiteral("Member"));
    QVERIFY(r.json.value(QLatin1String("@odata.context"))
                .toString()
                .contains(QLatin1String("$metadata#users")));
    QCOMPARE(r.json.keys().size(), 4); // three selected + @odata.context
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    QVERIFY(!r.headers.value("request-id").isEmpty());
    QVERIFY(!r.headers.value("client-request-id").isEmpty());
}

void TestScenarioServer::userDefaultProperties()
{
    const Reply r = get(QStringLiteral("/users/%1").arg(kAdeleId));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("userPrincipalName")).toString(), kAdele);
    QCOMPARE(r.json.value(QLatin1String("displayName")).toString(), QStringLiteral("Adele Vance"));
    // accountEnabled is only returned on $select, as on Graph.
    QVERIFY(!r.json.contains(QLatin1String("accountEnabled")));
    QVERIFY(r.json.contains(QLatin1String("businessPhones")));
}

void TestScenarioServer::meIsSignedInUser()
{
    const Reply r = get(QStringLiteral("/me?$select=userPrincipalName,displayName"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("userPrincipalName")).toString(),
        QStringLiteral("avery.admin@contoso-demo.example"));
}

void TestScenarioServer::unknownUserIs404()
{
    const Reply r = get(QStringLiteral("/users/nobody@contoso-demo.example"));
    QCOMPARE(r.status, 404);
    const QJsonObject error = r.json.value(QLatin1String("error")).toObject();
    QCOMPARE(
        error.value(QLatin1String("code")).toString(), QStringLiteral("Request_ResourceNotFound"));
    QVERIFY(error.value(QLatin1String("message")).toString().contains(QLatin1String("nobody@")));
    const QJsonObject inner = error.value(QLatin1String("innerError")).toObject();
    QVERIFY(!inner.value(QLatin1String("date")).toString().isEmpty());
    QCOMPARE(inner.value(QLatin1String("request-id")).toString().toLatin1(),
        r.headers.value("request-id"));
    QVERIFY(
        !QUuid::fromString(inner.value(QLatin1String("client-request-id")).toString()).isNull());
}

void TestScenarioServer::unknownPathIs404()
{
    const Reply r = get(QStringLiteral("/nonsense/thing"));
    QCOMPARE(r.status, 404);
    const QJsonObject error = r.json.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("BadRequest"));
    QCOMPARE(error.value(QLatin1String("message")).toString(),
        QStringLiteral("Resource not found for the segment 'nonsense'."));
}

void TestScenarioServer::missingBearerIs401()
{
    const Reply r = get(QStringLiteral("/me"), {}, false);
    QCOMPARE(r.status, 401);
    QCOMPARE(
        r.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("InvalidAuthenticationToken"));
    const Reply basic = get(QStringLiteral("/me"), { { "Authorization", "Basic abc" } }, false);
    QCOMPARE(basic.status, 401);
    const Reply empty = get(QStringLiteral("/me"), { { "Authorization", "Bearer " } }, false);
    QCOMPARE(empty.status, 401);
}

void TestScenarioServer::clientRequestIdEchoed()
{
    const QByteArray id = "6c2e9a1b-0000-4000-8000-00000000abcd";
    const Reply ok = get(QStringLiteral("/me"), { { "client-request-id", id } });
    QCOMPARE(ok.headers.value("client-request-id"), id);
    const Reply missing = get(QStringLiteral("/users/none"), { { "client-request-id", id } });
    QCOMPARE(missing.json.value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("innerError"))
                 .toObject()
                 .value(QLatin1String("client-request-id"))
                 .toString()
                 .toLatin1(),
        id);
}

void TestScenarioServer::registrationDetailsById()
{
    const Reply r
        = get(QStringLiteral("/reports/authenticationMethods/userRegistrationDetails/") + kAdeleId);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("id")).toString(), kAdeleId);
    QCOMPARE(r.json.value(QLatin1String("userPrincipalName")).toString(), kAdele);
    QCOMPARE(r.json.value(QLatin1String("isSsprRegistered")).toBool(false), true);
    QCOMPARE(r.json.value(QLatin1String("isSsprEnabled")).toBool(false), true);
    QCOMPARE(r.json.value(QLatin1String("isSsprCapable")).toBool(false), true);
    QCOMPARE(r.json.value(QLatin1String("methodsRegistered")).toArray().size(), 2);
    for (const char *key :
        { "userDisplayName", "userType", "isAdmin", "isMfaRegistered", "isMfaCapable",
            "isPasswordlessCapable", "userPreferredMethodForSecondaryAuthentication",
            "isSystemPreferredAuthenticationMethodEnabled", "systemPreferredAuthenticationMethods",
            "lastUpdatedDateTime" })
        QVERIFY2(r.json.contains(QLatin1String(key)), key);
}

void TestScenarioServer::registrationDetailsFilteredList()
{
    const Reply r = get(QStringLiteral("/reports/authenticationMethods/"
                                       "userRegistrationDetails?$filter=userPrincipalName%20eq%20'"
                                       "ADELE.vance@contoso-demo.example'"));
    QCOMPARE(r.status, 200);
    const QJsonArray value = r.json.value(QLatin1String("value")).toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.at(0).toObject().value(QLatin1String("id")).toString(), kAdeleId);
    QVERIFY(!r.json.contains(QLatin1String("@odata.nextLink")));

    const Reply bad = get(QStringLiteral(
        "/reports/authenticationMethods/userRegistrationDetails?$filter=userPrincipalName%20eq"));
    QCOMPARE(bad.status, 400);
}

void TestScenarioServer::healthOverviewsExpandIssues()
{
    const Reply r
        = get(QStringLiteral("/admin/serviceAnnouncement/healthOverviews?$expand=issues"));
    QCOMPARE(r.status, 200);
    const QJsonArray value = r.json.value(QLatin1String("value")).toArray();
    QVERIFY(value.size() >= 1);
    const QJsonObject entra = value.at(0).toObject();
    QCOMPARE(entra.value(QLatin1String("id")).toString(), QStringLiteral("OrgLiveID"));
    QCOMPARE(entra.value(QLatin1String("service")).toString(), QStringLiteral("Microsoft Entra"));
    QCOMPARE(entra.value(QLatin1String("status")).toString(), QStringLiteral("serviceOperational"));
    QVERIFY(entra.value(QLatin1String("issues")).isArray());

    const Reply noExpand = get(QStringLiteral("/admin/serviceAnnouncement/healthOverviews"));
    QVERIFY(!noExpand.json.value(QLatin1String("value"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .contains(QLatin1String("issues")));
}

void TestScenarioServer::userSearchNeedsConsistencyLevel()
{
    const QString path = QStringLiteral(
        "/users?$search=%22displayName:adele%22%20OR%20%22userPrincipalName:adele%22");
    const Reply r = get(path);
    QCOMPARE(r.status, 400);
    QCOMPARE(
        r.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("Request_UnsupportedQuery"));
}

void TestScenarioServer::userSearch()
{
    const QString path = QStringLiteral("/users?$search=%22displayName:ad%22%20OR%20%"
                                        "22userPrincipalName:ad%22&$select=id,userPrincipalName");
    const Reply r = get(path, { { "ConsistencyLevel", "eventual" } });
    QCOMPARE(r.status, 200);
    QStringList upns;
    for (const QJsonValue &v : r.json.value(QLatin1String("value")).toArray())
        upns.append(v.toObject().value(QLatin1String("userPrincipalName")).toString());
    upns.sort();
    QCOMPARE(upns,
        QStringList({ QStringLiteral("adele.vance@contoso-demo.example"),
            QStringLiteral("adrian.king@contoso-demo.example"),
            QStringLiteral("avery.admin@contoso-demo.example") }));
}

void TestScenarioServer::dataDrivenEndpoints_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key"); // a key of the object or of value[0]
    QTest::addColumn<QString>("expected");
    QTest::newRow("methods") << QStringLiteral("/users/%1/authentication/methods").arg(kAdeleId)
                             << "@odata.type"
                             << "#microsoft.graph.passwordAuthenticationMethod";
    QTest::newRow("me methods") << QStringLiteral("/me/authentication/methods") << "@odata.type"
                                << "#microsoft.graph.passwordAuthenticationMethod";
    QTest::newRow("methods policy")
        << QStringLiteral("/policies/authenticationMethodsPolicy") << "policyMigrationState"
        << "migrationComplete";
    QTest::newRow("authorization policy") << QStringLiteral("/policies/authorizationPolicy") << "id"
                                          << "authorizationPolicy";
    QTest::newRow("organization") << QStringLiteral(
        "/organization?$select=id,onPremisesSyncEnabled")
                                  << "id"
                                  << "b5a1c2d3-4e5f-4a6b-9c8d-0e1f2a3b4c5d";
    QTest::newRow("sync") << QStringLiteral("/directory/onPremisesSynchronization") << "id"
                          << "b5a1c2d3-4e5f-4a6b-9c8d-0e1f2a3b4c5d";
    QTest::newRow("skus") << QStringLiteral("/subscribedSkus") << "skuPartNumber"
                          << "AAD_PREMIUM";
    QTest::newRow("licenseDetails")
        << QStringLiteral("/users/%1/licenseDetails").arg(kAdele) << "skuPartNumber"
        << "AAD_PREMIUM";
    QTest::newRow("audits") << QStringLiteral("/auditLogs/directoryAudits") << "loggedByService"
                            << "Self-service Password Management";
    QTest::newRow("signIns") << QStringLiteral("/auditLogs/signIns") << "userId" << kAdeleId;
}

void TestScenarioServer::dataDrivenEndpoints()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Reply r = get(path);
    QCOMPARE(r.status, 200);
    QJsonObject object = r.json;
    if (object.contains(QLatin1String("value")))
        object = object.value(QLatin1String("value")).toArray().at(0).toObject();
    QCOMPARE(object.value(key).toString(), expected);
}

void TestScenarioServer::auditFilter()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("$filter"),
        QStringLiteral("loggedByService eq 'Self-service Password Management' and "
                       "activityDateTime ge %1 and targetResources/any(t: t/id eq '%2')")
            .arg(QDateTime::currentDateTimeUtc().addDays(-7).toString(Qt::ISODate), kAdeleId));
    const Reply r
        = get(QStringLiteral("/auditLogs/directoryAudits?") + q.toString(QUrl::FullyEncoded));
    QCOMPARE(r.status, 200);
    const QJsonArray value = r.json.value(QLatin1String("value")).toArray();
    QCOMPARE(value.size(), 1); // the registration event is 60 days old
    QCOMPARE(value.at(0).toObject().value(QLatin1String("activityDisplayName")).toString(),
        QStringLiteral("Reset password (self-service)"));
}

void TestScenarioServer::paging()
{
    QStringList ids;
    QString url = m_server->graphBaseUrl().toString()
        + QStringLiteral("/reports/authenticationMethods/userRegistrationDetails?$top=2");
    int pages = 0;
    while (!url.isEmpty() && pages < 10) {
        QNetworkRequest req { QUrl(url) };
        req.setRawHeader("Authorization", "Bearer demo-token");
        const Reply r = send(m_nam->get(req));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json.value(QLatin1String("value")).toArray())
            ids.append(v.toObject().value(QLatin1String("id")).toString());
        url = r.json.value(QLatin1String("@odata.nextLink")).toString();
        if (!url.isEmpty()) {
            QVERIFY2(url.startsWith(m_server->graphBaseUrl().toString()), qPrintable(url));
            QVERIFY(url.contains(QLatin1String("$top=2")));
        }
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), 5);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 5);
}

void TestScenarioServer::loopingNextLink()
{
    Fault loop;
    loop.kind = Fault::Kind::LoopingNextLink;
    loop.match = QRegularExpression(QStringLiteral("^/users"));
    m_server->addFault(loop);
    const Reply r = get(QStringLiteral("/users?$top=1"));
    QCOMPARE(r.status, 200);
    const QUrl next(r.json.value(QLatin1String("@odata.nextLink")).toString());
    QCOMPARE(next, QUrl(m_server->graphBaseUrl().toString() + QStringLiteral("/users?$top=1")));
    QNetworkRequest req(next);
    req.setRawHeader("Authorization", "Bearer demo-token");
    const Reply again = send(m_nam->get(req));
    QCOMPARE(QUrl(again.json.value(QLatin1String("@odata.nextLink")).toString()), next);
}

void TestScenarioServer::batchReversedOrder()
{
    QJsonArray requests;
    requests.append(batchItem(
        QStringLiteral("1"), QStringLiteral("/users/%1?$select=id,accountEnabled").arg(kAdele)));
    requests.append(batchItem(QStringLiteral("2"),
        QStringLiteral("reports/authenticationMethods/userRegistrationDetails/") + kAdeleId));
    requests.append(batchItem(QStringLiteral("3"), QStringLiteral("/users/missing")));
    const Reply r = post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } });
    QCOMPARE(r.status, 200);
    const QJsonArray responses = r.json.value(QLatin1String("responses")).toArray();
    QCOMPARE(responses.size(), 3);
    QStringList order;
    for (const QJsonValue &v : responses)
        order.append(v.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(order, QStringList({ QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1") }));
    QCOMPARE(responses.at(0).toObject().value(QLatin1String("status")).toInt(), 404);
    QCOMPARE(responses.at(1).toObject().value(QLatin1String("status")).toInt(), 200);
    const QJsonObject user = responses.at(2).toObject().value(QLatin1String("body")).toObject();
    QCOMPARE(user.value(QLatin1String("id")).toString(), kAdeleId);
    QCOMPARE(user.value(QLatin1String("accountEnabled")).toBool(false), true);
    QVERIFY(responses.at(2)
                .toObject()
                .value(QLatin1String("headers"))
                .toObject()
                .contains(QLatin1String("Content-Type")));
    QCOMPARE(m_server->batchItemLog().size(), 3);
}

void TestScenarioServer::batchTooLarge()
{
    QJsonArray requests;
    for (int i = 0; i < 21; ++i)
        requests.append(batchItem(QString::number(i), QStringLiteral("/me")));
    const Reply r = post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } });
    QCOMPARE(r.status, 400);
    QCOMPARE(
        r.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("BadRequest"));
    requests.removeLast();
    QCOMPARE(
        post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } }).status, 200);
    QCOMPARE(post(QStringLiteral("/$batch"), { { QStringLiteral("nope"), 1 } }).status, 400);
}

void TestScenarioServer::batchItemThrottled()
{
    Fault throttle;
    throttle.kind = Fault::Kind::Status;
    throttle.status = 429;
    throttle.retryAfterSeconds = 1;
    throttle.times = 1;
    throttle.match = QRegularExpression(QStringLiteral("^/reports/"));
    m_server->addFault(throttle);
    QJsonArray requests;
    requests.append(batchItem(QStringLiteral("a"), QStringLiteral("/me")));
    requests.append(batchItem(QStringLiteral("b"),
        QStringLiteral("/reports/authenticationMethods/userRegistrationDetails/") + kAdeleId));
    const Reply r = post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } });
    QCOMPARE(r.status, 200);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : r.json.value(QLatin1String("responses")).toArray())
        byId.insert(v.toObject().value(QLatin1String("id")).toString(), v.toObject());
    QCOMPARE(byId.value(QStringLiteral("a")).value(QLatin1String("status")).toInt(), 200);
    const QJsonObject b = byId.value(QStringLiteral("b"));
    QCOMPARE(b.value(QLatin1String("status")).toInt(), 429);
    QCOMPARE(
        b.value(QLatin1String("headers")).toObject().value(QLatin1String("Retry-After")).toString(),
        QStringLiteral("1"));
    QCOMPARE(b.value(QLatin1String("body"))
                 .toObject()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
        QStringLiteral("TooManyRequests"));
    // times = 1: the retry succeeds.
    const Reply retry
        = post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } });
    for (const QJsonValue &v : retry.json.value(QLatin1String("responses")).toArray())
        QCOMPARE(v.toObject().value(QLatin1String("status")).toInt(), 200);
}

void TestScenarioServer::batchDependsOnFailure()
{
    QJsonArray requests;
    requests.append(
        batchItem(QStringLiteral("1"), QStringLiteral("/users/missing@contoso-demo.example")));
    QJsonObject second = batchItem(QStringLiteral("2"), QStringLiteral("/me"));
    second.insert(QStringLiteral("dependsOn"), QJsonArray { QStringLiteral("1") });
    requests.append(second);
    const Reply r = post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } });
    QCOMPARE(r.status, 200);
    const QJsonArray responses = r.json.value(QLatin1String("responses")).toArray();
    QCOMPARE(responses.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("2"));
    QCOMPARE(responses.at(0).toObject().value(QLatin1String("status")).toInt(), 424);
}

void TestScenarioServer::faultStatus403()
{
    Fault forbidden;
    forbidden.status = 403;
    forbidden.match = QRegularExpression(QStringLiteral("^/auditLogs/signIns"));
    m_server->addFault(forbidden);
    const Reply r = get(QStringLiteral("/auditLogs/signIns"));
    QCOMPARE(r.status, 403);
    const QJsonObject error = r.json.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(),
        QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(error.value(QLatin1String("message")).toString(),
        QStringLiteral("Insufficient privileges to complete the operation."));
    QCOMPARE(get(QStringLiteral("/auditLogs/directoryAudits")).status, 200);
    m_server->clearFaults();
    QCOMPARE(get(QStringLiteral("/auditLogs/signIns")).status, 200);
}

void TestScenarioServer::faultTimesCountsDown()
{
    Fault fault;
    fault.status = 503;
    fault.retryAfterSeconds = 2;
    fault.times = 2;
    m_server->addFault(fault);
    const Reply first = get(QStringLiteral("/me"));
    QCOMPARE(first.status, 503);
    QCOMPARE(first.headers.value("retry-after"), QByteArray("2"));
    QCOMPARE(get(QStringLiteral("/me")).status, 503);
    QCOMPARE(get(QStringLiteral("/me")).status, 200);
}

void TestScenarioServer::faultLatency()
{
    Fault slow;
    slow.kind = Fault::Kind::Latency;
    slow.delayMs = 300;
    m_server->addFault(slow);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(QStringLiteral("/me")).status, 200);
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
}

void TestScenarioServer::faultLatencyInBatchOncePerRequest()
{
    Fault slow;
    slow.kind = Fault::Kind::Latency;
    slow.delayMs = 200;
    m_server->addFault(slow);
    QJsonArray requests;
    for (int i = 0; i < 5; ++i)
        requests.append(batchItem(QString::number(i), QStringLiteral("/me")));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(
        post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } }).status, 200);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 190 && elapsed < 900, qPrintable(QString::number(elapsed)));
}

void TestScenarioServer::faultHang()
{
    Fault hang;
    hang.kind = Fault::Kind::Hang;
    hang.times = 1;
    m_server->addFault(hang);
    QElapsedTimer timer;
    timer.start();
    const Reply r = get(QStringLiteral("/me"), {}, true, 400);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // transfer timeout fired
    QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
    // The server thread is not blocked by the hung request.
    QCOMPARE(get(QStringLiteral("/me")).status, 200);
}

void TestScenarioServer::faultMalformedJson()
{
    Fault fault;
    fault.kind = Fault::Kind::MalformedJson;
    m_server->addFault(fault);
    const Reply r = get(QStringLiteral("/me"));
    QCOMPARE(r.status, 200);
    QJsonParseError parseError;
    QJsonDocument::fromJson(r.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
    QVERIFY(!r.body.isEmpty());
}

void TestScenarioServer::faultHtmlPage()
{
    Fault fault;
    fault.kind = Fault::Kind::HtmlPage;
    fault.status = 502;
    m_server->addFault(fault);
    const Reply r = get(QStringLiteral("/me"));
    QCOMPARE(r.status, 502);
    QVERIFY(r.headers.value("content-type").startsWith("text/html"));
    QVERIFY(r.body.contains("<html>"));
}

void TestScenarioServer::faultEmptyBody()
{
    Fault fault;
    fault.kind = Fault::Kind::EmptyBody;
    m_server->addFault(fault);
    const Reply r = get(QStringLiteral("/me"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.error, QNetworkReply::NoError);
}

void TestScenarioServer::faultTopLevelOnlyHitsBatch()
{
    Fault fault;
    fault.status = 503;
    fault.retryAfterSeconds = 1;
    fault.topLevelOnly = true;
    fault.times = 1;
    fault.match = QRegularExpression(QStringLiteral("^/\\$batch"));
    m_server->addFault(fault);
    QJsonArray requests { batchItem(QStringLiteral("1"), QStringLiteral("/me")) };
    const Reply r = post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } });
    QCOMPARE(r.status, 503);
    QCOMPARE(r.headers.value("retry-after"), QByteArray("1"));
    QCOMPARE(
        post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } }).status, 200);
    // Naming the batch in the pattern is enough; a match-everything fault stays per item.
    Fault named;
    named.status = 429;
    named.times = 1;
    named.match = QRegularExpression(QStringLiteral("^/\\$batch$"));
    m_server->addFault(named);
    QCOMPARE(
        post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } }).status, 429);
    Fault everything;
    everything.status = 500;
    everything.times = 1;
    m_server->addFault(everything);
    const Reply perItem
        = post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } });
    QCOMPARE(perItem.status, 200);
    const QJsonObject item
        = perItem.json.value(QLatin1String("responses")).toArray().at(0).toObject();
    QCOMPARE(item.value(QLatin1String("status")).toInt(), 500);
}

void TestScenarioServer::scenarioThrottled()
{
    QCOMPARE(m_server->loadScenario(QStringLiteral("throttled")), std::nullopt);
    QJsonArray requests { batchItem(QStringLiteral("1"),
                              QStringLiteral("/users/%1?$select=id").arg(kAdele)),
        batchItem(QStringLiteral("2"),
            QStringLiteral("/reports/authenticationMethods/userRegistrationDetails/") + kAdeleId) };
    int throttled = 0;
    bool sawRetryAfter = false;
    bool allOk = false;
    for (int attempt = 0; attempt < 8 && !allOk; ++attempt) {
        const Reply r
            = post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } });
        QCOMPARE(r.status, 200);
        allOk = true;
        for (const QJsonValue &v : r.json.value(QLatin1String("responses")).toArray()) {
            const QJsonObject item = v.toObject();
            if (item.value(QLatin1String("status")).toInt() == 429) {
                ++throttled;
                allOk = false;
                sawRetryAfter = sawRetryAfter
                    || item.value(QLatin1String("headers"))
                            .toObject()
                            .value(QLatin1String("Retry-After"))
                            .toString()
                        == QLatin1String("1");
            } else {
                QCOMPARE(item.value(QLatin1String("status")).toInt(), 200);
            }
        }
    }
    QVERIFY(throttled >= 2);
    QVERIFY(sawRetryAfter);
    QVERIFY(allOk);
}

void TestScenarioServer::scenarioOutage()
{
    QCOMPARE(m_server->loadScenario(QStringLiteral("outage-5xx")), std::nullopt);
    for (int i = 0; i < 6; ++i) {
        const Reply r = get(QStringLiteral("/users/%1?$select=id").arg(kAdele));
        QVERIFY2(r.status == 503 || r.status == 500, qPrintable(QString::number(r.status)));
    }
    QJsonArray requests { batchItem(QStringLiteral("1"), QStringLiteral("/me")) };
    for (int i = 0; i < 6; ++i) {
        const Reply r
            = post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } });
        const int status = r.status == 200 ? r.json.value(QLatin1String("responses"))
                                                 .toArray()
                                                 .at(0)
                                                 .toObject()
                                                 .value(QLatin1String("status"))
                                                 .toInt()
                                           : r.status;
        QVERIFY2(status >= 500, qPrintable(QString::number(status)));
    }
}

void TestScenarioServer::scenarioFacts_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field"); // slash path into the reply
    QTest::addColumn<QString>("expected");
    const QString reg
        = QStringLiteral("/reports/authenticationMethods/userRegistrationDetails/") + kAdeleId;
    QTest::newRow("healthy registered") << "healthy" << reg << "isSsprRegistered"
                                        << "true";
    QTest::newRow("not-registered") << "not-registered" << reg << "isSsprRegistered"
                                    << "false";
    QTest::newRow("not-registered capable") << "not-registered" << reg << "isSsprCapable"
                                            << "false";
    QTest::newRow("not-registered in scope") << "not-registered" << reg << "isSsprEnabled"
                                             << "true";
    QTest::newRow("not-in-sspr-scope") << "not-in-sspr-scope" << reg << "isSsprEnabled"
                                       << "false";
    QTest::newRow("not-in-sspr-scope registered")
        << "not-in-sspr-scope" << reg << "isSsprRegistered"
        << "true";
    QTest::newRow("account-disabled")
        << "account-disabled" << QStringLiteral("/users/%1?$select=accountEnabled").arg(kAdele)
        << "accountEnabled"
        << "false";
    QTest::newRow("healthy enabled")
        << "healthy" << QStringLiteral("/users/%1?$select=accountEnabled").arg(kAdele)
        << "accountEnabled"
        << "true";
    QTest::newRow("service-incident status")
        << "service-incident"
        << QStringLiteral("/admin/serviceAnnouncement/healthOverviews?$expand=issues")
        << "value/0/status"
        << "serviceDegradation";
    QTest::newRow("service-incident issue")
        << "service-incident"
        << QStringLiteral("/admin/serviceAnnouncement/healthOverviews?$expand=issues")
        << "value/0/issues/0/classification"
        << "incident";
    QTest::newRow("service-incident unresolved")
        << "service-incident"
        << QStringLiteral("/admin/serviceAnnouncement/healthOverviews?$expand=issues")
        << "value/0/issues/0/isResolved"
        << "false";
}

void TestScenarioServer::scenarioFacts()
{
    QFETCH(QString, scenario);
    QFETCH(QString, path);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(m_server->loadScenario(scenario), std::nullopt);
    const Reply r = get(path);
    QCOMPARE(r.status, 200);
    QJsonValue value = r.json;
    for (const QString &part : field.split(QLatin1Char('/'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(part);
    }
    const QString actual = value.isBool() ? QString::fromLatin1(value.toBool() ? "true" : "false")
                                          : value.toString();
    QCOMPARE(actual, expected);
}

void TestScenarioServer::badScenarioFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("not json") << "not-json.json"
                              << "not valid JSON";
    QTest::newRow("array top level") << "array.json"
                                     << "top level must be a JSON object";
    QTest::newRow("users not array") << "users-wrong-type.json"
                                     << "\"users\" must be an array";
    QTest::newRow("unknown base") << "unknown-base.json"
                                  << "no-such-scenario";
    QTest::newRow("unknown key") << "unknown-key.json"
                                 << "unknown key \"usres\"";
    QTest::newRow("bad fault kind") << "bad-fault.json"
                                    << "faults[0]";
    QTest::newRow("bad regex") << "bad-regex.json"
                               << "not a valid regular expression";
    QTest::newRow("affected user missing") << "missing-user.json"
                                           << "who is not in \"users\"";
    QTest::newRow("base cycle") << "cycle-a.json"
                                << "cycle";
    QTest::newRow("no such file") << "does-not-exist.json"
                                  << "cannot open";
    QTest::newRow("no such built-in") << ""
                                      << "no built-in scenario";
}

void TestScenarioServer::badScenarioFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString path = file.isEmpty() ? QStringLiteral("no-such-built-in")
                                        : QStringLiteral(SSPR_TEST_DATA "/demo/") + file;
    ScenarioServer server;
    const auto error = server.loadScenario(path);
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(expected), qPrintable(*error));
    if (!file.isEmpty())
        QVERIFY2(error->contains(file), qPrintable(*error));
}

void TestScenarioServer::badScenarioKeepsPrevious()
{
    QVERIFY(m_server->loadScenario(QStringLiteral(SSPR_TEST_DATA "/demo/not-json.json")));
    QCOMPARE(m_server->scenarioName(), QStringLiteral("healthy"));
    QCOMPARE(get(QStringLiteral("/me")).status, 200);
    // A good file with "base" inherits everything else from the built-in scenario.
    QCOMPARE(m_server->loadScenario(QStringLiteral(SSPR_TEST_DATA "/demo/custom-derived.json")),
        std::nullopt);
    QCOMPARE(m_server->scenarioName(), QStringLiteral("custom-derived"));
    const Reply r = get(QStringLiteral("/custom/thing"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("hello")).toString(), QStringLiteral("world"));
    const Reply adele = get(QStringLiteral("/users/%1?$select=jobTitle").arg(kAdele));
    QCOMPARE(adele.json.value(QLatin1String("jobTitle")).toString(), QStringLiteral("Store Lead"));
}

void TestScenarioServer::requestLogs()
{
    m_server->resetLogs();
    QCOMPARE(m_server->httpRequestCount(), 0);
    get(QStringLiteral("/users/%1").arg(kAdele));
    QJsonArray requests { batchItem(QStringLiteral("1"), QStringLiteral("me?$select=id")),
        batchItem(QStringLiteral("2"), QStringLiteral("/organization")) };
    post(QStringLiteral("/$batch"), { { QStringLiteral("requests"), requests } });
    get(QStringLiteral("/me"), {}, false);
    QCOMPARE(m_server->httpRequestCount(), 3);
    QCOMPARE(m_server->requestLog(),
        QStringList({ QStringLiteral("GET /v1.0/users/%1").arg(kAdele),
            QStringLiteral("POST /v1.0/$batch"), QStringLiteral("GET /v1.0/me") }));
    QCOMPARE(m_server->batchItemLog(),
        QStringList({ QStringLiteral("GET /me?$select=id"), QStringLiteral("GET /organization") }));
    for (const QString &line : m_server->requestLog())
        QVERIFY(!line.contains(QLatin1String("Bearer")));
    m_server->resetLogs();
    QCOMPARE(m_server->requestLog(), QStringList());
    QCOMPARE(m_server->batchItemLog(), QStringList());
}

void TestScenarioServer::stopWithHungClient()
{
    Fault hang;
    hang.kind = Fault::Kind::Hang;
    m_server->addFault(hang);
    QNetworkReply *reply = m_nam->get(request(QStringLiteral("/me")));
    QTRY_COMPARE(m_server->httpRequestCount(), 1);
    m_server->stop();
    QVERIFY(m_server->baseUrl().isEmpty());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000)); // the server closed the socket
    QVERIFY(reply->error() != QNetworkReply::NoError);
    delete reply;
    // And it can start again.
    m_server->clearFaults();
    QVERIFY(m_server->start());
    QCOMPARE(get(QStringLiteral("/me")).status, 200);
}

void TestScenarioServer::stopDuringLatency()
{
    Fault slow;
    slow.kind = Fault::Kind::Latency;
    slow.delayMs = 400;
    m_server->addFault(slow);
    QNetworkReply *reply = m_nam->get(request(QStringLiteral("/me")));
    QTRY_COMPARE(m_server->httpRequestCount(), 1);
    m_server->stop(); // waits for the sleeping handler, then closes everything
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(5000));
    delete reply;
}

void TestScenarioServer::stopDoesNotWaitOutALongLatency()
{
    // A scenario may inject far more latency than any client waits; closing the demo (and
    // so the app) must not sit out the rest of it, nor of the requests queued behind it.
    Fault slow;
    slow.kind = Fault::Kind::Latency;
    slow.delayMs = 30000;
    m_server->addFault(slow);
    QNetworkReply *first = m_nam->get(request(QStringLiteral("/me")));
    QNetworkReply *second = m_nam->get(request(QStringLiteral("/organization")));
    QTRY_COMPARE(m_server->httpRequestCount(), 1);
    QElapsedTimer clock;
    clock.start();
    m_server->stop();
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(m_server->httpRequestCount() <= 2);
    for (QNetworkReply *reply : { first, second }) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(5000)); // the server closed the socket
        QVERIFY(reply->error() != QNetworkReply::NoError);
        delete reply;
    }
    // And it can start again, answering at once.
    m_server->clearFaults();
    QVERIFY(m_server->start());
    QCOMPARE(get(QStringLiteral("/me")).status, 200);
}

void TestScenarioServer::faultTimesUnderConcurrency()
{
    Fault fault;
    fault.status = 503;
    fault.times = 10;
    fault.match = QRegularExpression(QStringLiteral("^/organization"));
    m_server->addFault(fault);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 30; ++i)
        replies.append(m_nam->get(request(QStringLiteral("/organization"))));
    int unavailable = 0;
    int ok = 0;
    for (QNetworkReply *reply : replies) {
        const Reply r = send(reply);
        unavailable += r.status == 503 ? 1 : 0;
        ok += r.status == 200 ? 1 : 0;
    }
    QCOMPARE(unavailable, 10);
    QCOMPARE(ok, 20);
    QCOMPARE(m_server->httpRequestCount(), 30);
}

void TestScenarioServer::startWithoutScenarioPlaysHealthy()
{
    ScenarioServer server;
    QVERIFY(server.start());
    QCOMPARE(server.scenarioName(), QStringLiteral("healthy"));
    QVERIFY(server.baseUrl().port() != m_server->baseUrl().port());
    QNetworkRequest req(QUrl(server.graphBaseUrl().toString() + QStringLiteral("/me")));
    req.setRawHeader("Authorization", "Bearer x");
    QCOMPARE(send(m_nam->get(req)).status, 200);
    server.stop();
    server.stop(); // idempotent
    QCOMPARE(server.baseUrl(), QUrl());
}

void TestScenarioServer::searchInsideBatch()
{
    QJsonObject search = batchItem(QStringLiteral("s"),
        QStringLiteral("users?$search=\"displayName:megan\"&$select=id,displayName"));
    search.insert(QStringLiteral("headers"),
        QJsonObject { { QStringLiteral("ConsistencyLevel"), QStringLiteral("eventual") } });
    const QJsonObject plain
        = batchItem(QStringLiteral("p"), QStringLiteral("users?$search=\"displayName:megan\""));
    const Reply r = post(QStringLiteral("/$batch"),
        { { QStringLiteral("requests"), QJsonArray { search, plain } } });
    QCOMPARE(r.status, 200);
    const QJsonArray responses = r.json.value(QLatin1String("responses")).toArray();
    QCOMPARE(responses.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("p"));
    QCOMPARE(responses.at(0).toObject().value(QLatin1String("status")).toInt(), 400);
    const QJsonArray found = responses.at(1)
                                 .toObject()
                                 .value(QLatin1String("body"))
                                 .toObject()
                                 .value(QLatin1String("value"))
                                 .toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).toObject().value(QLatin1String("displayName")).toString(),
        QStringLiteral("Megan Brooks"));
}

void TestScenarioServer::serviceHealthByNameAndIssues()
{
    QCOMPARE(m_server->loadScenario(QStringLiteral("service-incident")), std::nullopt);
    const Reply byName = get(QStringLiteral(
        "/admin/serviceAnnouncement/healthOverviews/Microsoft%20Entra?$expand=issues"));
    QCOMPARE(byName.status, 200);
    QCOMPARE(byName.json.value(QLatin1String("id")).toString(), QStringLiteral("OrgLiveID"));
    QCOMPARE(byName.json.value(QLatin1String("issues")).toArray().size(), 2);
    const Reply issue = get(QStringLiteral("/admin/serviceAnnouncement/issues/EN812345"));
    QCOMPARE(issue.status, 200);
    for (const char *key : { "title", "impactDescription", "classification", "status", "isResolved",
             "startDateTime", "endDateTime", "feature", "featureGroup", "service",
             "lastModifiedDateTime", "details", "posts", "origin" })
        QVERIFY2(issue.json.contains(QLatin1String(key)), key);
    QVERIFY(QDateTime::fromString(
        issue.json.value(QLatin1String("startDateTime")).toString(), Qt::ISODate)
                .isValid());
    const Reply unresolved
        = get(QStringLiteral("/admin/serviceAnnouncement/issues?$filter=isResolved%20eq%20false"));
    QCOMPARE(unresolved.json.value(QLatin1String("value")).toArray().size(), 1);
}

void TestScenarioServer::countAndContext()
{
    const Reply r = get(QStringLiteral("/users?$count=true&$top=2&$select=id"),
        { { "ConsistencyLevel", "eventual" } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("@odata.count")).toInt(), 5);
    QCOMPARE(r.json.value(QLatin1String("value")).toArray().size(), 2);
    QCOMPARE(r.json.value(QLatin1String("value")).toArray().at(0).toObject().keys(),
        QStringList { QStringLiteral("id") });
    QCOMPARE(r.json.value(QLatin1String("@odata.context")).toString(),
        m_server->graphBaseUrl().toString() + QStringLiteral("/$metadata#users(id)"));
    QCOMPARE(get(QStringLiteral("/users?$top=0")).status, 400);
    QCOMPARE(get(QStringLiteral("/users?$top=1000")).status, 400);
}

void TestScenarioServer::readOnly()
{
    QNetworkRequest req = request(QStringLiteral("/users/") + kAdeleId);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const Reply r = send(m_nam->sendCustomRequest(req, "PATCH", "{\"accountEnabled\":false}"));
    QCOMPARE(r.status, 405);
    QVERIFY(r.json.contains(QLatin1String("error")));
}

void TestScenarioServer::rawRoute()
{
    QCOMPARE(m_server->loadScenario(QStringLiteral(SSPR_TEST_DATA "/demo/custom-derived.json")),
        std::nullopt);
    const Reply r = get(QStringLiteral("/raw/page"));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.body, QByteArray("upstream is sleeping"));
    QCOMPARE(r.headers.value("retry-after"), QByteArray("7"));
}

QTEST_GUILESS_MAIN(TestScenarioServer)
#include "TestScenarioServer.moc"
