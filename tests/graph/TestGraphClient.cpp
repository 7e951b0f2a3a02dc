// GraphClient over real HTTP against the scenario server on 127.0.0.1: $batch, splitting,
// de-duplication, 401 re-authentication, error mapping, Retry-After (top level and per item),
// backoff, timeouts, paging with its loop and host guards, cancellation, and redaction.
#include "core/auth/TokenProvider.h"
#include "core/demo/ScenarioServer.h"
#include "core/graph/GraphClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <memory>

using namespace sspr;
using namespace sspr::graph;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

const QString Secret = QStringLiteral("eyJ0eXAiOiJKV1Qi.TEST-TOKEN-SECRET-7f3a");

// Not a network mock: a fixed token that changes after each invalidate(), with call counts.
class TestTokenProvider : public auth::TokenProvider {
public:
    void acquireToken(const QStringList &scopes, Callback done) override
    {
        ++acquired;
        lastScopes = scopes;
        const auth::TokenResult result = failWith
            ? auth::TokenResult { QString(), failWith }
            : auth::TokenResult { Secret + QString::number(invalidated.size()), std::nullopt };
        if (answerLater) // as a real sign-in does, from the event loop
            QTimer::singleShot(50, [done, result] { done(result); });
        else
            done(result);
    }
    void invalidate(const QString &accessToken) override { invalidated.append(accessToken); }
    bool isSignedIn() const override { return true; }
    auth::AccountInfo account() const override { return {}; }
    QStringList grantedScopes() const override { return {}; }

    int acquired = 0;
    QStringList lastScopes;
    QStringList invalidated;
    std::optional<QString> failWith;
    bool answerLater = false;
};

// Everything sspr.graph logs, to prove no token reaches the debug log.
QStringList *graphLog = nullptr;
QtMessageHandler previousHandler = nullptr;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void captureGraphLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (graphLog && context.category && qstrcmp(context.category, "sspr.graph") == 0) {
        graphLog->append(message);
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

void enableGraphDebug(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "sspr.graph") == 0)
        category->setEnabled(QtDebugMsg, true);
}

GraphRequest get(const QString &key, const QString &relativeUrl, const QString &scope = QString())
{
    GraphRequest request;
    request.key = key;
    request.relativeUrl = relativeUrl;
    request.requiredScope = scope;
    return request;
}

demo::Fault fault(demo::Fault::Kind kind, const QString &match, int status = 500, int times = -1)
{
    demo::Fault f;
    f.kind = kind;
    f.match = QRegularExpression(match);
    f.status = status;
    f.times = times;
    return f;
}

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

} // namespace

class TestGraphClient : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<demo::ScenarioServer> server;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<TestTokenProvider> tokens;
    std::unique_ptr<GraphClient> client;
    QStringList exchangeLines;
    QStringList debugLines;
    QStringList jobProblems;

    QString upn() const { return server->demoUserPrincipalName(); }
    QString userUrl() const
    {
        return QStringLiteral("/users/%1?$select=id,userPrincipalName,accountEnabled").arg(upn());
    }

    // Runs a job to its end. The job must emit finished() exactly once and then delete
    // itself; a breach is recorded and fails the test in cleanup().
    QHash<QString, GraphResponse> finish(GraphBatchJob *job, int timeoutMs = 15000)
    {
        QPointer<GraphBatchJob> guard(job);
        QSignalSpy spy(job, &GraphBatchJob::finished);
        if (!spy.wait(timeoutMs)) {
            jobProblems << QStringLiteral("the job did not finish within %1 ms").arg(timeoutMs);
            return {};
        }
        const auto responses = spy.at(0).at(0).value<QHash<QString, GraphResponse>>();
        if (!QTest::qWaitFor([&] { return guard.isNull(); }, 2000))
            jobProblems << QStringLiteral("the job did not delete itself");
        if (spy.count() != 1)
            jobProblems << QStringLiteral("finished() emitted %1 times").arg(spy.count());
        return responses;
    }

    void useFastPolicy(int maxAttempts = 3)
    {
        RetryPolicy policy;
        policy.maxAttempts = maxAttempts;
        policy.baseBackoff = milliseconds(20);
        policy.maxBackoff = milliseconds(80);
        policy.maxRetryAfter = seconds(5);
        client->setRetryPolicy(policy);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QHash<QString, GraphResponse>>();
        qRegisterMetaType<GraphResponse>();
        previousFilter = QLoggingCategory::installFilter(enableGraphDebug);
        graphLog = &debugLines;
        previousHandler = qInstallMessageHandler(captureGraphLog);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        graphLog = nullptr;
    }

    void init()
    {
        server = std::make_unique<demo::ScenarioServer>();
        const auto loadError = server->loadScenario(QStringLiteral("healthy"));
        QVERIFY2(!loadError, qPrintable(loadError.value_or(QString())));
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        network = std::make_unique<QNetworkAccessManager>();
        tokens = std::make_unique<TestTokenProvider>();
        client = std::make_unique<GraphClient>(network.get(), tokens.get());
        client->setBaseUrl(server->graphBaseUrl());
        client->setTimeout(seconds(5));
        useFastPolicy();
        exchangeLines.clear();
        debugLines.clear();
        jobProblems.clear();
        connect(client.get(), &GraphClient::exchangeLogged, this,
            [this](const QString &line) { exchangeLines.append(line); });
    }

    void cleanup()
    {
        QVERIFY2(jobProblems.isEmpty(), qPrintable(jobProblems.join(QStringLiteral("; "))));
        // Whatever a test did, no token may appear in what the client logged.
        for (const QString &line : std::as_const(exchangeLines) + debugLines) {
            QVERIFY2(!line.contains(QLatin1String("TEST-TOKEN-SECRET")), qPrintable(line));
            QVERIFY2(
                !line.contains(QLatin1String("Bearer"), Qt::CaseInsensitive), qPrintable(line));
        }
        client.reset();
        network.reset();
        tokens.reset();
        server.reset();
    }

    void defaultsAreGraphGlobal()
    {
        QNetworkAccessManager nam;
        GraphClient fresh(&nam, tokens.get());
        QCOMPARE(fresh.baseUrl(), QUrl(QStringLiteral("https://graph.microsoft.com/v1.0")));
        QCOMPARE(fresh.timeout(), milliseconds(30000));
        fresh.setBaseUrl(QUrl(QStringLiteral("https://graph.microsoft.us/v1.0/")));
        QCOMPARE(fresh.baseUrl(), QUrl(QStringLiteral("https://graph.microsoft.us/v1.0")));
    }

    void singleGet()
    {
        GraphRequest request
            = get(QStringLiteral("user.account"), userUrl(), QStringLiteral("User.Read.All"));
        const auto responses = finish(client->send(request));
        QCOMPARE(responses.size(), 1);
        const GraphResponse response = responses.value(QStringLiteral("user.account"));
        QVERIFY2(
            response.ok(), qPrintable(response.error ? response.error->describe() : QString()));
        QCOMPARE(response.key, QStringLiteral("user.account"));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.body.value(QStringLiteral("userPrincipalName")).toString(), upn());
        QCOMPARE(response.body.value(QStringLiteral("accountEnabled")).toBool(), true);
        QCOMPARE(response.attempts, 1);
        QVERIFY(!response.requestId.isEmpty());
        QVERIFY(isUuid(response.clientRequestId));
        QCOMPARE(client->roundTrips(), 1);
        QCOMPARE(server->requestLog(), QStringList { QStringLiteral("GET /v1.0") + userUrl() });
        QCOMPARE(tokens->lastScopes, QStringList { QStringLiteral("User.Read.All") });
        QCOMPARE(exchangeLines.size(), 1);
        QVERIFY2(exchangeLines.first().startsWith(QStringLiteral("GET /v1.0/users/")),
            qPrintable(exchangeLines.first()));
        QVERIFY2(exchangeLines.first().contains(QStringLiteral(" → 200 (")),
            qPrintable(exchangeLines.first()));
        QVERIFY(exchangeLines.first().contains(QStringLiteral("request-id ") + response.requestId));
    }

    void batchOfThreeAnsweredOutOfOrder()
    {
        const QList<GraphRequest> requests {
            get(QStringLiteral("user.account"), userUrl(), QStringLiteral("User.Read.All")),
            get(QStringLiteral("tenant.sync"),
                QStringLiteral(
                    "/organization?$select=id,onPremisesSyncEnabled,onPremisesLastSyncDateTime"),
                QStringLiteral("User.Read")),
            get(QStringLiteral("tenant.admin-sspr"),
                QStringLiteral("/policies/authorizationPolicy"), QStringLiteral("Policy.Read.All")),
        };
        const auto responses = finish(client->sendBatch(requests));
        QCOMPARE(responses.size(), 3);
        for (const GraphResponse &response : responses) {
            QVERIFY2(response.ok(), qPrintable(response.key));
            QCOMPARE(response.httpStatus, 200);
            QCOMPARE(response.attempts, 1);
            QVERIFY(isUuid(response.clientRequestId));
        }
        // Each reply reached the request it answers, whatever the order on the wire.
        QCOMPARE(responses.value(QStringLiteral("user.account"))
                     .body.value(QStringLiteral("userPrincipalName"))
                     .toString(),
            upn());
        QCOMPARE(responses.value(QStringLiteral("tenant.sync"))
                     .body.value(QStringLiteral("value"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            server->demoTenantId());
        QCOMPARE(responses.value(QStringLiteral("tenant.admin-sspr"))
                     .body.value(QStringLiteral("id"))
                     .toString(),
            QStringLiteral("authorizationPolicy"));
        QCOMPARE(client->roundTrips(), 1);
        QCOMPARE(server->httpRequestCount(), 1);
        QCOMPARE(server->requestLog(), QStringList { QStringLiteral("POST /v1.0/$batch") });
        QCOMPARE(server->batchItemLog().size(), 3);
        QCOMPARE(tokens->lastScopes,
            (QStringList { QStringLiteral("Policy.Read.All"), QStringLiteral("User.Read"),
                QStringLiteral("User.Read.All") }));
        QCOMPARE(exchangeLines.size(), 1);
        QVERIFY2(
            exchangeLines.first().startsWith(QStringLiteral("POST /v1.0/$batch → 200 (3 items, ")),
            qPrintable(exchangeLines.first()));
    }

    void responseReadyPerRequest()
    {
        GraphBatchJob *job = client->sendBatch({ get(QStringLiteral("a"), userUrl()),
            get(QStringLiteral("b"), QStringLiteral("/organization")) });
        QSignalSpy ready(job, &GraphBatchJob::responseReady);
        finish(job);
        QCOMPARE(ready.count(), 2);
    }

    void twentyFiveRequestsMakeTwoBatches()
    {
        QList<GraphRequest> requests;
        for (int i = 0; i < 25; ++i)
            requests << get(
                QStringLiteral("r%1").arg(i), i % 2 ? userUrl() : QStringLiteral("/organization"));
        const auto responses = finish(client->sendBatch(requests));
        QCOMPARE(responses.size(), 25);
        for (const GraphResponse &response : responses)
            QVERIFY2(response.ok(), qPrintable(response.key));
        QCOMPARE(client->roundTrips(), 2);
        QCOMPARE(server->requestLog(),
            (QStringList {
                QStringLiteral("POST /v1.0/$batch"), QStringLiteral("POST /v1.0/$batch") }));
        QCOMPARE(server->batchItemLog().size(), 25);
        QCOMPARE(exchangeLines.size(), 2);
        QStringList counts;
        for (const QString &line : std::as_const(exchangeLines))
            counts << line.section(u'(', 1).section(u',', 0, 0);
        counts.sort();
        QCOMPARE(counts, (QStringList { QStringLiteral("20 items"), QStringLiteral("5 items") }));
    }

    void identicalKeysAreSentOnce()
    {
        const QList<GraphRequest> requests { get(QStringLiteral("user"), userUrl()),
            get(QStringLiteral("user"), userUrl()),
            get(QStringLiteral("org"), QStringLiteral("/organization")) };
        const auto responses = finish(client->sendBatch(requests));
        QCOMPARE(responses.size(), 2);
        QCOMPARE(server->batchItemLog().size(), 2);
        QVERIFY(responses.value(QStringLiteral("user")).ok());
    }

    void emptyBatchFinishes()
    {
        const auto responses = finish(client->sendBatch({}));
        QVERIFY(responses.isEmpty());
        QCOMPARE(client->roundTrips(), 0);
    }

    void unauthorizedOnceThenFreshToken()
    {
        server->addFault(fault(demo::Fault::Kind::Status, QStringLiteral("^/users/"), 401, 1));
        const auto responses = finish(client->sendBatch({ get(QStringLiteral("user"), userUrl()),
            get(QStringLiteral("org"), QStringLiteral("/organization")) }));
        const GraphResponse user = responses.value(QStringLiteral("user"));
        QVERIFY2(user.ok(), qPrintable(user.error ? user.error->describe() : QString()));
        QCOMPARE(user.attempts, 2);
        QCOMPARE(responses.value(QStringLiteral("org")).attempts, 1);
        QCOMPARE(tokens->invalidated, QStringList { Secret + u'0' });
        QCOMPARE(client->roundTrips(), 2);
        QCOMPARE(server->batchItemLog().size(), 3); // only the rejected item went again
    }

    void unauthorizedTwiceIsFinal()
    {
        server->addFault(fault(demo::Fault::Kind::Status, QStringLiteral("^/users/"), 401));
        const auto responses = finish(
            client->send(get(QStringLiteral("user"), userUrl(), QStringLiteral("User.Read.All"))));
        const GraphResponse user = responses.value(QStringLiteral("user"));
        QVERIFY(user.error);
        QCOMPARE(user.error->kind, GraphErrorKind::Unauthorized);
        QCOMPARE(user.error->httpStatus, 401);
        QCOMPARE(user.error->requiredScope, QStringLiteral("User.Read.All"));
        QCOMPARE(user.attempts, 2);
        QCOMPARE(tokens->invalidated.size(), 1);
        QCOMPARE(client->roundTrips(), 2);
    }

    void tokenFailureIsUnauthorizedWithoutTraffic()
    {
        tokens->failWith = QStringLiteral("AADSTS50076: multi-factor authentication required");
        const auto responses
            = finish(client->sendBatch({ get(QStringLiteral("user"), userUrl()) }));
        const GraphResponse user = responses.value(QStringLiteral("user"));
        QVERIFY(user.error);
        QCOMPARE(user.error->kind, GraphErrorKind::Unauthorized);
        QCOMPARE(user.error->message, *tokens->failWith);
        QCOMPARE(client->roundTrips(), 0);
        QCOMPARE(server->httpRequestCount(), 0);
    }

    void tokenFailureNamesTheScope()
    {
        // An unauthorized error carries the scope the request needed, even when sign-in gave
        // no token at all (synchronously or later from the event loop).
        tokens->failWith = QStringLiteral("AADSTS50076: multi-factor authentication required");
        for (bool later : { false, true }) {
            tokens->answerLater = later;
            const auto responses = finish(client->sendBatch(
                { get(QStringLiteral("health"),
                      QStringLiteral("/admin/serviceAnnouncement/healthOverviews"),
                      QStringLiteral("ServiceHealth.Read.All")),
                    get(QStringLiteral("user"), userUrl(), QStringLiteral("User.Read.All")) }));
            QCOMPARE(responses.size(), 2);
            const GraphResponse health = responses.value(QStringLiteral("health"));
            QVERIFY(health.error);
            QCOMPARE(health.error->kind, GraphErrorKind::Unauthorized);
            QCOMPARE(health.error->requiredScope, QStringLiteral("ServiceHealth.Read.All"));
            QCOMPARE(responses.value(QStringLiteral("user")).error->requiredScope,
                QStringLiteral("User.Read.All"));
            QVERIFY(health.error->describe().contains(QStringLiteral("ServiceHealth.Read.All")));
        }
        QCOMPARE(server->httpRequestCount(), 0);
    }

    void forbiddenNamesTheScope()
    {
        server->addFault(fault(demo::Fault::Kind::Status, QStringLiteral("^/reports/"), 403));
        const auto responses = finish(client->sendBatch(
            { get(QStringLiteral("user.registration"),
                  QStringLiteral("/reports/authenticationMethods/userRegistrationDetails/%1")
                      .arg(upn()),
                  QStringLiteral("AuditLog.Read.All")),
                get(QStringLiteral("user.account"), userUrl(), QStringLiteral("User.Read.All")) }));
        const GraphResponse registration = responses.value(QStringLiteral("user.registration"));
        QVERIFY(registration.error);
        const GraphError &error = *registration.error;
        QCOMPARE(error.kind, GraphErrorKind::Forbidden);
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.requiredScope, QStringLiteral("AuditLog.Read.All"));
        QCOMPARE(error.code, QStringLiteral("Authorization_RequestDenied"));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(isUuid(error.requestId));
        QVERIFY(error.date.isValid());
        // Graph echoes the client-request-id we put on the item.
        QCOMPARE(error.clientRequestId, registration.clientRequestId);
        QVERIFY(isUuid(error.clientRequestId));
        QCOMPARE(registration.attempts, 1); // a 403 is not retried
        QVERIFY(error.describe().contains(QStringLiteral("AuditLog.Read.All")));
        // A 403 costs that one request only.
        QVERIFY(responses.value(QStringLiteral("user.account")).ok());
    }

    void notFound()
    {
        const auto responses = finish(client->send(
            get(QStringLiteral("user"), QStringLiteral("/users/nobody@contoso-demo.example"))));
        const GraphResponse user = responses.value(QStringLiteral("user"));
        QVERIFY(user.error);
        QCOMPARE(user.error->kind, GraphErrorKind::NotFound);
        QCOMPARE(user.error->httpStatus, 404);
        QVERIFY(!user.error->code.isEmpty());
        QVERIFY(isUuid(user.error->requestId));
        QCOMPARE(user.attempts, 1);
    }

    void throttledBatchHonoursRetryAfter()
    {
        demo::Fault throttle
            = fault(demo::Fault::Kind::Status, QStringLiteral("^/\\$batch"), 429, 1);
        throttle.retryAfterSeconds = 1;
        throttle.topLevelOnly = true;
        server->addFault(throttle);
        QElapsedTimer clock;
        clock.start();
        const auto responses = finish(client->sendBatch({ get(QStringLiteral("user"), userUrl()),
            get(QStringLiteral("org"), QStringLiteral("/organization")) }));
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        for (const GraphResponse &response : responses) {
            QVERIFY2(response.ok(), qPrintable(response.key));
            QCOMPARE(response.attempts, 2);
        }
        QCOMPARE(client->roundTrips(), 2); // both items travelled together again
        QVERIFY(exchangeLines.first().contains(QStringLiteral("→ 429")));
    }

    void throttledItemIsRetriedAlone()
    {
        demo::Fault throttle
            = fault(demo::Fault::Kind::Status, QStringLiteral("^/organization"), 429, 1);
        throttle.retryAfterSeconds = 1;
        server->addFault(throttle);
        QElapsedTimer clock;
        clock.start();
        const auto responses = finish(client->sendBatch({ get(QStringLiteral("user"), userUrl()),
            get(QStringLiteral("org"), QStringLiteral("/organization")),
            get(QStringLiteral("policy"), QStringLiteral("/policies/authorizationPolicy")) }));
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(responses.size(), 3);
        for (const GraphResponse &response : responses)
            QVERIFY2(response.ok(), qPrintable(response.key));
        QCOMPARE(responses.value(QStringLiteral("org")).attempts, 2);
        QCOMPARE(responses.value(QStringLiteral("user")).attempts, 1);
        QCOMPARE(client->roundTrips(), 2);
        QCOMPARE(server->batchItemLog().size(), 4);
        QCOMPARE(server->batchItemLog().last(), QStringLiteral("GET /organization"));
    }

    void throttledBeyondBudget()
    {
        useFastPolicy(2);
        demo::Fault throttle
            = fault(demo::Fault::Kind::Status, QStringLiteral("^/organization"), 429);
        throttle.retryAfterSeconds = 1;
        server->addFault(throttle);
        const auto responses = finish(
            client->sendBatch({ get(QStringLiteral("org"), QStringLiteral("/organization")) }));
        const GraphResponse org = responses.value(QStringLiteral("org"));
        QVERIFY(org.error);
        QCOMPARE(org.error->kind, GraphErrorKind::Throttled);
        QCOMPARE(org.error->httpStatus, 429);
        QCOMPARE(org.error->retryAfterSeconds, 1);
        QCOMPARE(org.attempts, 2);
        QVERIFY2(org.error->message.contains(QStringLiteral("gave up after 2 attempts")),
            qPrintable(org.error->message));
    }

    void retryAfterLongerThanTheCapGivesUpAtOnce()
    {
        demo::Fault throttle
            = fault(demo::Fault::Kind::Status, QStringLiteral("^/organization"), 429);
        throttle.retryAfterSeconds = 120; // the policy waits at most 5 s
        server->addFault(throttle);
        QElapsedTimer clock;
        clock.start();
        const auto responses
            = finish(client->send(get(QStringLiteral("org"), QStringLiteral("/organization"))));
        QVERIFY(clock.elapsed() < 2000);
        const GraphResponse org = responses.value(QStringLiteral("org"));
        QVERIFY(org.error);
        QCOMPARE(org.error->kind, GraphErrorKind::Throttled);
        QCOMPARE(org.error->retryAfterSeconds, 120);
        QCOMPARE(org.attempts, 1);
    }

    void serviceUnavailableStormEndsThrottled()
    {
        server->addFault(fault(demo::Fault::Kind::Status, QStringLiteral("^/organization"), 503));
        const auto responses = finish(
            client->sendBatch({ get(QStringLiteral("org"), QStringLiteral("/organization")) }));
        const GraphResponse org = responses.value(QStringLiteral("org"));
        QVERIFY(org.error);
        QCOMPARE(org.error->kind, GraphErrorKind::Throttled);
        QCOMPARE(org.error->httpStatus, 503);
        QCOMPARE(org.attempts, 3);
        QCOMPARE(client->roundTrips(), 3);
    }

    void serverErrorThenSuccessAfterBackoff()
    {
        server->addFault(
            fault(demo::Fault::Kind::Status, QStringLiteral("^/organization"), 500, 2));
        QElapsedTimer clock;
        clock.start();
        const auto responses
            = finish(client->send(get(QStringLiteral("org"), QStringLiteral("/organization"))));
        const GraphResponse org = responses.value(QStringLiteral("org"));
        QVERIFY2(org.ok(), qPrintable(org.error ? org.error->describe() : QString()));
        QCOMPARE(org.attempts, 3);
        // Backoff of at least 10 ms (20 ms halved by jitter), then at least 20 ms.
        QVERIFY2(clock.elapsed() >= 30, qPrintable(QString::number(clock.elapsed())));
    }

    void serverErrorsEndAsServer()
    {
        server->addFault(fault(demo::Fault::Kind::Status, QStringLiteral("^/organization"), 500));
        const auto responses = finish(
            client->sendBatch({ get(QStringLiteral("org"), QStringLiteral("/organization")) }));
        const GraphResponse org = responses.value(QStringLiteral("org"));
        QVERIFY(org.error);
        QCOMPARE(org.error->kind, GraphErrorKind::Server);
        QCOMPARE(org.error->httpStatus, 500);
        QCOMPARE(org.attempts, 3);
    }

    void hangTimesOut()
    {
        client->setTimeout(milliseconds(300));
        server->addFault(fault(demo::Fault::Kind::Hang, QStringLiteral("^/organization")));
        QElapsedTimer clock;
        clock.start();
        const auto responses
            = finish(client->send(get(QStringLiteral("org"), QStringLiteral("/organization"))));
        const qint64 elapsed = clock.elapsed();
        const GraphResponse org = responses.value(QStringLiteral("org"));
        QVERIFY(org.error);
        QCOMPARE(org.error->kind, GraphErrorKind::Timeout);
        QCOMPARE(org.attempts, 2); // one retry for a timeout, no more
        QVERIFY2(elapsed >= 550 && elapsed < 3000, qPrintable(QString::number(elapsed)));
        QVERIFY(exchangeLines.first().contains(QStringLiteral("→ timeout")));
    }

    void hungBatchTimesOutEveryItem()
    {
        client->setTimeout(milliseconds(300));
        server->addFault(fault(demo::Fault::Kind::Hang, QStringLiteral("^/\\$batch")));
        const auto responses = finish(client->sendBatch({ get(QStringLiteral("user"), userUrl()),
            get(QStringLiteral("org"), QStringLiteral("/organization")) }));
        QCOMPARE(responses.size(), 2);
        for (const GraphResponse &response : responses) {
            QVERIFY(response.error);
            QCOMPARE(response.error->kind, GraphErrorKind::Timeout);
        }
        QCOMPARE(client->roundTrips(), 2);
    }

    void malformedReplies_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated JSON")
            << int(demo::Fault::Kind::MalformedJson) << 200 << QStringLiteral("reply is not JSON");
        QTest::newRow("HTML error page") << int(demo::Fault::Kind::HtmlPage) << 502
                                         << QStringLiteral("HTML page instead of JSON (text/html)");
        QTest::newRow("empty 200")
            << int(demo::Fault::Kind::EmptyBody) << 200 << QStringLiteral("empty reply body");
    }

    void malformedReplies()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, message);
        demo::Fault broken
            = fault(demo::Fault::Kind(kind), QStringLiteral("^/organization"), status);
        server->addFault(broken);
        for (bool batch : { false, true }) {
            client->resetRoundTrips();
            const GraphRequest request
                = get(QStringLiteral("org"), QStringLiteral("/organization"));
            const auto responses
                = finish(batch ? client->sendBatch({ request }) : client->send(request));
            const GraphResponse org = responses.value(QStringLiteral("org"));
            QVERIFY(org.error);
            QCOMPARE(org.error->kind, GraphErrorKind::MalformedReply);
            QCOMPARE(org.error->httpStatus, status);
            QVERIFY2(org.error->message.contains(message), qPrintable(org.error->message));
            QVERIFY(org.body.isEmpty());
            QCOMPARE(org.attempts, 3); // a broken reply may be a proxy's glitch: retried
            QCOMPARE(client->roundTrips(), 3);
        }
    }

    void pagingJoinsThreePages()
    {
        GraphRequest request = get(
            QStringLiteral("users"), QStringLiteral("/users?$select=id,userPrincipalName&$top=2"));
        request.followNextLink = true;
        for (bool batch : { false, true }) {
            client->resetRoundTrips();
            server->resetLogs();
            const auto responses
                = finish(batch ? client->sendBatch({ request }) : client->send(request));
            const GraphResponse users = responses.value(QStringLiteral("users"));
            QVERIFY2(users.ok(), qPrintable(users.error ? users.error->describe() : QString()));
            QCOMPARE(users.pages, 3);
            const QJsonArray value = users.body.value(QStringLiteral("value")).toArray();
            QCOMPARE(value.size(), 5); // the healthy tenant's five users
            QSet<QString> ids;
            for (const QJsonValue &user : value)
                ids.insert(user.toObject().value(QStringLiteral("id")).toString());
            QCOMPARE(ids.size(), 5);
            QVERIFY(!users.body.contains(QStringLiteral("@odata.nextLink")));
            QCOMPARE(client->roundTrips(), 3);
            QCOMPARE(server->httpRequestCount(), 3);
        }
    }

    void loopingNextLinkIsStopped()
    {
        server->addFault(fault(demo::Fault::Kind::LoopingNextLink, QStringLiteral("^/users\\?")));
        GraphRequest request = get(QStringLiteral("users"), QStringLiteral("/users?$top=2"));
        request.followNextLink = true;
        const auto responses = finish(client->send(request));
        const GraphResponse users = responses.value(QStringLiteral("users"));
        QVERIFY(users.error);
        QCOMPARE(users.error->kind, GraphErrorKind::MalformedReply);
        QVERIFY2(users.error->message.startsWith(QStringLiteral("paging did not end")),
            qPrintable(users.error->message));
        QVERIFY(users.body.isEmpty()); // partial data must not look complete
        QVERIFY(client->roundTrips() <= 2);
    }

    void endlessPagingStopsAtMaxPages()
    {
        GraphRequest request = get(QStringLiteral("users"), QStringLiteral("/users?$top=1"));
        request.followNextLink = true;
        request.maxPages = 3;
        const auto responses = finish(client->send(request));
        const GraphResponse users = responses.value(QStringLiteral("users"));
        QVERIFY(users.error);
        QCOMPARE(users.error->kind, GraphErrorKind::MalformedReply);
        QCOMPARE(users.error->message, QStringLiteral("paging did not end within 3 pages"));
        QCOMPARE(client->roundTrips(), 3);
    }

    void foreignNextLinkIsRefused()
    {
        const auto loadError
            = server->loadScenario(QStringLiteral(SSPR_TEST_DATA "/graph/foreign-nextlink.json"));
        QVERIFY2(!loadError, qPrintable(loadError.value_or(QString())));
        GraphRequest request = get(QStringLiteral("groups"), QStringLiteral("/groups"));
        request.followNextLink = true;
        const auto responses = finish(client->sendBatch({ request }));
        const GraphResponse groups = responses.value(QStringLiteral("groups"));
        QVERIFY(groups.error);
        QCOMPARE(groups.error->kind, GraphErrorKind::MalformedReply);
        QVERIFY2(groups.error->message.contains(QStringLiteral("graph.evil.example")),
            qPrintable(groups.error->message));
        QCOMPARE(client->roundTrips(), 1); // nothing sent to the other host
        QCOMPARE(groups.pages, 1);
    }

    void cancelInFlight()
    {
        demo::Fault slow = fault(demo::Fault::Kind::Latency, QStringLiteral("^/organization"));
        slow.delayMs = 1500;
        server->addFault(slow);
        QPointer<GraphBatchJob> job
            = client->sendBatch({ get(QStringLiteral("org"), QStringLiteral("/organization")),
                get(QStringLiteral("user"), userUrl()) });
        QSignalSpy finished(job.data(), &GraphBatchJob::finished);
        QTRY_COMPARE(server->httpRequestCount(), 1);
        QElapsedTimer clock;
        clock.start();
        job->cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(clock.elapsed() < 500);
        const auto responses = finished.at(0).at(0).value<QHash<QString, GraphResponse>>();
        QCOMPARE(responses.size(), 2);
        for (const GraphResponse &response : responses) {
            QVERIFY(response.error);
            QCOMPARE(response.error->kind, GraphErrorKind::Cancelled);
        }
        job->cancel(); // harmless, and still no second finished()
        QTRY_VERIFY(job.isNull());
        QCOMPARE(finished.count(), 1);
        QVERIFY(exchangeLines.last().contains(QStringLiteral("→ cancelled")));
    }

    void cancelWhileWaitingToRetry()
    {
        demo::Fault throttle
            = fault(demo::Fault::Kind::Status, QStringLiteral("^/organization"), 429);
        throttle.retryAfterSeconds = 1;
        server->addFault(throttle);
        QPointer<GraphBatchJob> job
            = client->send(get(QStringLiteral("org"), QStringLiteral("/organization")));
        QSignalSpy finished(job.data(), &GraphBatchJob::finished);
        QTRY_COMPARE(exchangeLines.size(), 1); // the 429 arrived; a retry timer runs
        client->cancelAll();
        QCOMPARE(finished.count(), 1);
        using Responses = QHash<QString, GraphResponse>;
        const GraphResponse org
            = finished.at(0).at(0).value<Responses>().value(QStringLiteral("org"));
        QVERIFY(org.error);
        QCOMPARE(org.error->kind, GraphErrorKind::Cancelled);
        QTRY_VERIFY(job.isNull()); // and its retry timer with it
        // Proving an absence takes a wait: past the Retry-After, nothing more was sent.
        QTest::qWait(1300);
        QCOMPARE(server->httpRequestCount(), 1);
        QCOMPARE(client->roundTrips(), 1);
    }

    void headersTravelPerItem()
    {
        // Graph refuses $search without ConsistencyLevel: eventual; the fake does too.
        GraphRequest search = get(QStringLiteral("search"),
            QStringLiteral("/users?$search=\"userPrincipalName:%1\"&$select=id,userPrincipalName")
                .arg(upn()));
        search.headers = { { QStringLiteral("ConsistencyLevel"), QStringLiteral("eventual") } };
        GraphRequest without = search;
        without.key = QStringLiteral("without");
        without.headers.clear();
        const auto responses = finish(client->sendBatch({ search, without }));
        const GraphResponse found = responses.value(QStringLiteral("search"));
        QVERIFY2(found.ok(), qPrintable(found.error ? found.error->describe() : QString()));
        QCOMPARE(found.body.value(QStringLiteral("value")).toArray().size(), 1);
        QCOMPARE(
            responses.value(QStringLiteral("without")).error->kind, GraphErrorKind::BadRequest);

        const auto direct = finish(client->send(search));
        QVERIFY(direct.value(QStringLiteral("search")).ok());
    }

    void roundTripsCanBeReset()
    {
        finish(client->send(get(QStringLiteral("org"), QStringLiteral("/organization"))));
        QCOMPARE(client->roundTrips(), 1);
        client->resetRoundTrips();
        QCOMPARE(client->roundTrips(), 0);
    }

    void connectionRefusedIsNetwork()
    {
        server->stop(); // nothing listens on the port any more
        const auto responses
            = finish(client->send(get(QStringLiteral("org"), QStringLiteral("/organization"))));
        const GraphResponse org = responses.value(QStringLiteral("org"));
        QVERIFY(org.error);
        QCOMPARE(org.error->kind, GraphErrorKind::Network);
        QCOMPARE(org.error->httpStatus, 0);
        QVERIFY(!org.error->message.isEmpty());
        QCOMPARE(org.attempts, 3);
        QVERIFY2(exchangeLines.first().contains(QStringLiteral("→ network error: ")),
            qPrintable(exchangeLines.first()));
    }

    void unauthorizedBatchReauthorizesOnce()
    {
        demo::Fault rejected
            = fault(demo::Fault::Kind::Status, QStringLiteral("^/\\$batch"), 401, 1);
        rejected.topLevelOnly = true;
        server->addFault(rejected);
        const auto responses = finish(client->sendBatch({ get(QStringLiteral("user"), userUrl()),
            get(QStringLiteral("org"), QStringLiteral("/organization")) }));
        for (const GraphResponse &response : responses) {
            QVERIFY2(response.ok(), qPrintable(response.key));
            QCOMPARE(response.attempts, 2);
        }
        QCOMPARE(tokens->invalidated, QStringList { Secret + u'0' }); // once for the POST
        QCOMPARE(client->roundTrips(), 2);
    }

    void failedDependencyIsBadRequest()
    {
        server->addFault(fault(demo::Fault::Kind::Status, QStringLiteral("^/organization"), 424));
        const auto responses = finish(
            client->sendBatch({ get(QStringLiteral("org"), QStringLiteral("/organization")) }));
        const GraphResponse org = responses.value(QStringLiteral("org"));
        QVERIFY(org.error);
        QCOMPARE(org.error->kind, GraphErrorKind::BadRequest);
        QCOMPARE(org.error->httpStatus, 424);
        QCOMPARE(org.attempts, 1);
    }

    void tokenFromTheEventLoop()
    {
        tokens->answerLater = true;
        const auto responses = finish(client->sendBatch({ get(QStringLiteral("user"), userUrl()),
            get(QStringLiteral("org"), QStringLiteral("/organization")) }));
        QCOMPARE(responses.size(), 2);
        for (const GraphResponse &response : responses)
            QVERIFY2(response.ok(), qPrintable(response.key));
        QCOMPARE(tokens->acquired, 1);
    }

    void cancelBeforeStart()
    {
        QPointer<GraphBatchJob> job
            = client->sendBatch({ get(QStringLiteral("org"), QStringLiteral("/organization")) });
        QSignalSpy finished(job.data(), &GraphBatchJob::finished);
        job->cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(job->isFinished());
        QCOMPARE(
            job->responses().value(QStringLiteral("org")).error->kind, GraphErrorKind::Cancelled);
        QTRY_VERIFY(job.isNull());
        QCOMPARE(tokens->acquired, 0);
        QCOMPARE(client->roundTrips(), 0);
    }

    void cancelWhileWaitingForToken()
    {
        tokens->answerLater = true;
        QPointer<GraphBatchJob> job
            = client->send(get(QStringLiteral("org"), QStringLiteral("/organization")));
        QSignalSpy finished(job.data(), &GraphBatchJob::finished);
        QTRY_COMPARE(tokens->acquired, 1);
        job->cancel();
        QCOMPARE(finished.count(), 1);
        QTRY_VERIFY(job.isNull());
        // The token still arrives later; nothing may be sent with it.
        QTest::qWait(150);
        QCOMPARE(server->httpRequestCount(), 0);
        QCOMPARE(client->roundTrips(), 0);
    }

    void destroyingTheClientCancelsItsJobs()
    {
        demo::Fault slow = fault(demo::Fault::Kind::Latency, QStringLiteral("^/organization"));
        slow.delayMs = 1500;
        server->addFault(slow);
        QPointer<GraphBatchJob> job
            = client->sendBatch({ get(QStringLiteral("org"), QStringLiteral("/organization")) });
        QSignalSpy finished(job.data(), &GraphBatchJob::finished);
        QTRY_COMPARE(server->httpRequestCount(), 1);
        client.reset();
        QCOMPARE(finished.count(), 1);
        using Responses = QHash<QString, GraphResponse>;
        const GraphResponse org
            = finished.at(0).at(0).value<Responses>().value(QStringLiteral("org"));
        QVERIFY(org.error);
        QCOMPARE(org.error->kind, GraphErrorKind::Cancelled);
        QVERIFY(job.isNull());
    }

    // The built-in scenarios the demo and the other tests use, end to end.
    void throttledScenarioRecovers()
    {
        const auto loadError = server->loadScenario(QStringLiteral("throttled"));
        QVERIFY2(!loadError, qPrintable(loadError.value_or(QString())));
        useFastPolicy(4);
        const auto responses = finish(client->sendBatch({
            get(QStringLiteral("user.account"), userUrl()),
            get(QStringLiteral("user.registration"),
                QStringLiteral("/reports/authenticationMethods/userRegistrationDetails"
                               "?$filter=userPrincipalName eq '%1'")
                    .arg(upn())),
        }));
        const GraphResponse registration = responses.value(QStringLiteral("user.registration"));
        QVERIFY2(registration.ok(),
            qPrintable(registration.error ? registration.error->describe() : QString()));
        QCOMPARE(registration.attempts, 3);
        QCOMPARE(registration.body.value(QStringLiteral("value")).toArray().size(), 1);
        QCOMPARE(responses.value(QStringLiteral("user.account")).attempts, 2);
        QVERIFY(responses.value(QStringLiteral("user.account")).ok());
        QCOMPARE(client->roundTrips(), 3);
    }

    void outageScenarioEndsInErrors()
    {
        const auto loadError = server->loadScenario(QStringLiteral("outage-5xx"));
        QVERIFY2(!loadError, qPrintable(loadError.value_or(QString())));
        const auto responses = finish(client->sendBatch({
            get(QStringLiteral("service.health"),
                QStringLiteral("/admin/serviceAnnouncement/healthOverviews?$expand=issues")),
            get(QStringLiteral("user.account"), userUrl()),
        }));
        const GraphResponse health = responses.value(QStringLiteral("service.health"));
        QVERIFY(health.error);
        QCOMPARE(health.error->kind, GraphErrorKind::Server);
        QCOMPARE(health.error->httpStatus, 500);
        const GraphResponse user = responses.value(QStringLiteral("user.account"));
        QVERIFY(user.error);
        QCOMPARE(user.error->kind, GraphErrorKind::Throttled);
        QCOMPARE(user.error->httpStatus, 503);
        QCOMPARE(user.attempts, 3);
        QCOMPARE(client->roundTrips(), 3);
    }

    void noTokenInLogs()
    {
        // A 401 round makes the client handle two tokens; neither may be logged.
        server->addFault(
            fault(demo::Fault::Kind::Status, QStringLiteral("^/organization"), 401, 1));
        finish(client->sendBatch({ get(QStringLiteral("org"), QStringLiteral("/organization")),
            get(QStringLiteral("user"), userUrl()) }));
        QCOMPARE(tokens->invalidated.size(), 1);
        QVERIFY(!exchangeLines.isEmpty());
        QVERIFY(!debugLines.isEmpty()); // the debug log was really captured
        for (const QString &line : std::as_const(exchangeLines) + debugLines) {
            QVERIFY2(!line.contains(Secret), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("Authorization"), Qt::CaseInsensitive),
                qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphClient)
#include "TestGraphClient.moc"
