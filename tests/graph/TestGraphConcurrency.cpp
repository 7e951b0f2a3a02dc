// GraphClient's bound on HTTP requests in flight per job, and its timeout clock, over real HTTP
// against the demo server (127.0.0.1): a job of 200 requests never has more than the bound on
// the wire (retries included) and answers all 200; a request that waits for a free connection
// longer than its timeout is still sent and answered, because the timeout starts once sent.
#include "core/auth/StaticTokenProvider.h"
#include "core/demo/ScenarioServer.h"
#include "core/graph/GraphClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <vector>

using namespace sspr;
using namespace sspr::graph;
using std::chrono::milliseconds;

namespace {

// A real QNetworkAccessManager that counts the replies it has open (created, not finished):
// the HTTP requests a job has in flight. The demo server answers one request at a time, so
// concurrency can only be observed on this side.
class CountingNetworkAccessManager : public QNetworkAccessManager {
public:
    int open = 0;
    int maxOpen = 0;
    int created = 0;

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        ++created;
        maxOpen = std::max(maxOpen, ++open);
        connect(reply, &QNetworkReply::finished, this, [this] { --open; });
        return reply;
    }
};

QList<GraphRequest> organizationRequests(int count)
{
    QList<GraphRequest> requests;
    for (int i = 0; i < count; ++i) {
        GraphRequest request;
        request.key = QStringLiteral("org-%1").arg(i); // distinct keys: each one is sent
        request.relativeUrl = QStringLiteral("/organization?$select=id,displayName");
        requests.append(request);
    }
    return requests;
}

} // namespace

class TestGraphConcurrency : public QObject {
    Q_OBJECT

    std::unique_ptr<demo::ScenarioServer> m_server;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<auth::StaticTokenProvider> m_tokens;

    std::unique_ptr<GraphClient> makeClient(milliseconds timeout)
    {
        auto client = std::make_unique<GraphClient>(m_network.get(), m_tokens.get());
        client->setBaseUrl(m_server->graphBaseUrl());
        client->setTimeout(timeout);
        RetryPolicy fast;
        fast.baseBackoff = milliseconds(10);
        fast.maxBackoff = milliseconds(40);
        client->setRetryPolicy(fast);
        return client;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QHash<QString, GraphResponse>>(); }

    void init()
    {
        m_server = std::make_unique<demo::ScenarioServer>();
        QVERIFY(!m_server->loadScenario(QStringLiteral("healthy")));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_network = std::make_unique<CountingNetworkAccessManager>();
        m_tokens
            = std::make_unique<auth::StaticTokenProvider>(auth::AccountInfo {}, QStringList {});
    }
    void cleanup()
    {
        m_network.reset();
        m_server.reset();
    }

    void defaults()
    {
        auto client = makeClient(milliseconds(30000));
        QCOMPARE(client->maxConcurrentRequests(), 4);
        client->setMaxConcurrentRequests(2);
        QCOMPARE(client->maxConcurrentRequests(), 2);
        client->setMaxConcurrentRequests(0);
        QCOMPARE(client->maxConcurrentRequests(), GraphClient::kDefaultMaxConcurrentRequests);
        QCOMPARE(client->queueLimit(), milliseconds(120000));
        client->setTimeout(milliseconds(60000));
        QCOMPARE(client->queueLimit(), milliseconds(240000));
    }

    void manyRequestsStayWithinTheBound_data()
    {
        QTest::addColumn<int>("bound");
        QTest::addColumn<int>("failures"); // top-level 503s, retried after Retry-After: 0
        QTest::newRow("default bound") << 0 << 0;
        QTest::newRow("default bound, retries") << 0 << 5;
        QTest::newRow("bound 2, retries") << 2 << 3;
    }
    void manyRequestsStayWithinTheBound()
    {
        QFETCH(int, bound);
        QFETCH(int, failures);
        const int expectedBound = bound > 0 ? bound : GraphClient::kDefaultMaxConcurrentRequests;
        demo::Fault latency;
        latency.kind = demo::Fault::Kind::Latency;
        latency.delayMs = 60;
        latency.topLevelOnly = true;
        m_server->addFault(latency);
        if (failures > 0) {
            demo::Fault unavailable;
            unavailable.kind = demo::Fault::Kind::Status;
            unavailable.status = 503;
            unavailable.retryAfterSeconds = 0;
            unavailable.times = failures;
            unavailable.topLevelOnly = true;
            m_server->addFault(unavailable);
        }
        auto client = makeClient(milliseconds(10000));
        client->setMaxConcurrentRequests(bound);

        GraphBatchJob *job = client->sendBatch(organizationRequests(200));
        QSignalSpy finished(job, &GraphBatchJob::finished);
        QVERIFY(finished.wait(40000));
        const auto responses = finished.at(0).at(0).value<QHash<QString, GraphResponse>>();
        QCOMPARE(responses.size(), 200);
        for (const GraphResponse &response : std::as_const(responses)) {
            QVERIFY2(!response.error,
                qPrintable(response.error ? response.error->describe() : QString()));
            QVERIFY(!response.body.value(QStringLiteral("value")).toArray().isEmpty());
        }
        const int posts = 200 / 20; // $batch carries at most 20
        QCOMPARE(m_network->created, posts + failures);
        QCOMPARE(m_server->httpRequestCount(), posts + failures);
        QCOMPARE(m_network->maxOpen, expectedBound); // reached, never exceeded
    }

    // Six hung requests hold all of QNAM's connections to the host until their own timeout;
    // a request queued behind them for longer than its (shorter) timeout is then sent and
    // answered, not failed for time it spent waiting.
    void queuedTimeDoesNotCountAgainstTheTimeout()
    {
        demo::Fault hang;
        hang.kind = demo::Fault::Kind::Hang;
        hang.match = QRegularExpression(QStringLiteral("^/users/hung-"));
        m_server->addFault(hang);
        auto occupier = makeClient(milliseconds(3000));
        occupier->setMaxConcurrentRequests(6);
        RetryPolicy once;
        once.maxAttempts = 1;
        occupier->setRetryPolicy(once);
        QList<GraphRequest> hung;
        for (int i = 0; i < 6; ++i) {
            GraphRequest request;
            request.relativeUrl = QStringLiteral("/users/hung-%1").arg(i);
            request.key = request.relativeUrl;
            hung.append(request);
        }
        std::vector<std::unique_ptr<QSignalSpy>> hungDone;
        for (const GraphRequest &request : std::as_const(hung))
            hungDone.push_back(
                std::make_unique<QSignalSpy>(occupier->send(request), &GraphBatchJob::finished));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->httpRequestCount(), 6, 5000);

        auto waiting = makeClient(milliseconds(1000));
        GraphRequest organization;
        organization.key = QStringLiteral("org");
        organization.relativeUrl = QStringLiteral("/organization?$select=id,displayName");
        QElapsedTimer clock;
        clock.start();
        GraphBatchJob *job = waiting->send(organization);
        QSignalSpy finished(job, &GraphBatchJob::finished);
        QVERIFY(finished.wait(10000));
        const qint64 elapsed = clock.elapsed();
        const GraphResponse response
            = finished.at(0).at(0).value<QHash<QString, GraphResponse>>().value("org");
        QVERIFY2(
            !response.error, qPrintable(response.error ? response.error->describe() : QString()));
        QCOMPARE(response.attempts, 1);
        QVERIFY2(elapsed > 2000, qPrintable(QString::number(elapsed))); // queued > 2x its timeout
        QCOMPARE(m_server->httpRequestCount(), 7);
        for (const auto &spy : hungDone) { // they ran out their own timeout meanwhile
            QTRY_COMPARE_WITH_TIMEOUT(spy->count(), 1, 5000);
            const auto hungResponses = spy->at(0).at(0).value<QHash<QString, GraphResponse>>();
            QCOMPARE(hungResponses.size(), 1);
            QVERIFY(hungResponses.cbegin()->error);
            QCOMPARE(hungResponses.cbegin()->error->kind, GraphErrorKind::Timeout);
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphConcurrency)
#include "TestGraphConcurrency.moc"
