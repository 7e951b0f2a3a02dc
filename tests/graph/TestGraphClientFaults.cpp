// GraphClient against the demo server's mid-reply faults (real HTTP on 127.0.0.1): a reply
// over the size limit is abandoned unread and not retried, a body that trickles in is cut
// off by the whole-exchange timeout, a dropped or truncated reply is retried a bounded number
// of times, and every transport failure says what went wrong in words.
#include "core/auth/StaticTokenProvider.h"
#include "core/demo/DemoTlsEndpoint.h"
#include "core/demo/ScenarioServer.h"
#include "core/graph/GraphClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace sspr;
using namespace sspr::graph;
using std::chrono::milliseconds;

namespace {

demo::Fault fault(demo::Fault::Kind kind, int times = -1)
{
    demo::Fault f;
    f.kind = kind;
    f.match = QRegularExpression(QStringLiteral("^/organization"));
    f.times = times;
    return f;
}

} // namespace

class TestGraphClientFaults : public QObject {
    Q_OBJECT

    std::unique_ptr<demo::ScenarioServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<auth::StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;

    GraphResponse organization(qint64 *elapsedMs = nullptr)
    {
        GraphRequest request;
        request.key = QStringLiteral("org");
        request.relativeUrl = QStringLiteral("/organization?$select=id,displayName");
        QElapsedTimer clock;
        clock.start();
        GraphBatchJob *job = m_client->send(request);
        QSignalSpy finished(job, &GraphBatchJob::finished);
        if (!finished.wait(20000))
            return {};
        if (elapsedMs)
            *elapsedMs = clock.elapsed();
        return finished.at(0).at(0).value<QHash<QString, GraphResponse>>().value(request.key);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QHash<QString, GraphResponse>>(); }

    void init()
    {
        m_server = std::make_unique<demo::ScenarioServer>();
        QVERIFY(!m_server->loadScenario(QStringLiteral("healthy")));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_tokens
            = std::make_unique<auth::StaticTokenProvider>(auth::AccountInfo {}, QStringList {});
        m_client = std::make_unique<GraphClient>(m_network.get(), m_tokens.get());
        m_client->setBaseUrl(m_server->graphBaseUrl());
        RetryPolicy fast;
        fast.baseBackoff = milliseconds(10);
        fast.maxBackoff = milliseconds(40);
        m_client->setRetryPolicy(fast);
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_server.reset();
    }

    void defaults()
    {
        QCOMPARE(m_client->maxReplyBytes(), 32LL * 1024 * 1024);
        m_client->setMaxReplyBytes(0);
        QCOMPARE(m_client->maxReplyBytes(), GraphClient::kDefaultMaxReplyBytes);
    }

    void tooLargeIsAbandonedUnreadAndNotRetried()
    {
        demo::Fault huge = fault(demo::Fault::Kind::HugeBody);
        huge.megabytes = 3;
        m_server->addFault(huge);
        m_client->setMaxReplyBytes(2 * 1024 * 1024);
        const GraphResponse r = organization();
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, GraphErrorKind::MalformedReply);
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.error->message.contains(QLatin1String("announced 3 MB, more than the 2 MB")),
            qPrintable(r.error->message));
        QVERIFY(r.body.isEmpty());
    }

    void chunkedReplyIsAbandonedOnceItGrowsPastTheLimit()
    {
        demo::Fault huge = fault(demo::Fault::Kind::HugeBody);
        huge.megabytes = 100; // never read to the end: the client stops at 2 MB
        huge.chunked = true;
        m_server->addFault(huge);
        m_client->setMaxReplyBytes(2 * 1024 * 1024);
        qint64 elapsed = 0;
        const GraphResponse r = organization(&elapsed);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, GraphErrorKind::MalformedReply);
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.error->message.contains(QLatin1String("grew past the 2 MB")),
            qPrintable(r.error->message));
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    }

    void replyUnderTheLimitIsRead()
    {
        demo::Fault huge = fault(demo::Fault::Kind::HugeBody);
        huge.megabytes = 2;
        m_server->addFault(huge);
        m_client->setMaxReplyBytes(3 * 1024 * 1024);
        const GraphResponse r = organization();
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->describe()) : "");
        QVERIFY(r.body.value(QLatin1String("value")).toArray().size() > 10000);
    }

    void trickleIsCutOffByTheWholeExchangeTimeout()
    {
        // A byte every 50 ms keeps Qt's inactivity timer quiet for the 7 s the body takes.
        demo::Fault trickle = fault(demo::Fault::Kind::TrickleBody, 1);
        trickle.delayMs = 50;
        m_server->addFault(trickle);
        m_client->setTimeout(milliseconds(600));
        qint64 elapsed = 0;
        const GraphResponse r = organization(&elapsed);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->describe()) : "");
        QCOMPARE(r.attempts, 2); // the first attempt timed out, the retry got through
        QVERIFY2(elapsed >= 550 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    }

    void trickleEveryTimeIsATimeout()
    {
        demo::Fault trickle = fault(demo::Fault::Kind::TrickleBody);
        trickle.delayMs = 50;
        m_server->addFault(trickle);
        m_client->setTimeout(milliseconds(500));
        qint64 elapsed = 0;
        const GraphResponse r = organization(&elapsed);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, GraphErrorKind::Timeout);
        QCOMPARE(r.attempts, 2); // a timeout is retried once
        QVERIFY2(r.error->message.contains(QLatin1String("no complete reply within 500 ms")),
            qPrintable(r.error->message));
        QVERIFY2(elapsed >= 950 && elapsed < 6000, qPrintable(QString::number(elapsed)));
    }

    void cutReplies_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("dropConnection") << int(demo::Fault::Kind::DropConnection);
        QTest::newRow("truncatedBody") << int(demo::Fault::Kind::TruncatedBody);
    }
    void cutReplies()
    {
        QFETCH(int, kind);
        m_server->addFault(fault(demo::Fault::Kind(kind), 1));
        const GraphResponse once = organization();
        QVERIFY2(once.ok(), once.error ? qPrintable(once.error->describe()) : "");
        QCOMPARE(once.attempts, 2);

        m_server->addFault(fault(demo::Fault::Kind(kind)));
        const GraphResponse always = organization();
        QVERIFY(always.error);
        QCOMPARE(always.error->kind, GraphErrorKind::Network);
        QCOMPARE(always.attempts, m_client->retryPolicy().maxAttempts);
        QVERIFY2(always.error->message.contains(
                     QLatin1String("connection to 127.0.0.1 was lost in the middle of the reply")),
            qPrintable(always.error->message));
    }

    void transportMessages_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("refused") << QStringLiteral("http://127.0.0.1:%1/v1.0")
                                 << QStringLiteral("127.0.0.1:%1 refused the connection");
        QTest::newRow("untrusted TLS") << QStringLiteral("https://127.0.0.1:%2/v1.0")
                                       << QStringLiteral("the secure (TLS) connection to "
                                                         "127.0.0.1:%2 failed");
        QTest::newRow("DNS") << QStringLiteral("https://sspr-doctor-probe.invalid/v1.0")
                             << QStringLiteral("sspr-doctor-probe.invalid could not be found");
    }
    void transportMessages()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        demo::DemoTlsEndpoint tls;
        QVERIFY2(tls.start({}), qPrintable(tls.errorString()));
        const auto fill = [&](QString text) {
            return text.replace(QLatin1String("%1"), QString::number(tls.refusedPort()))
                .replace(QLatin1String("%2"), QString::number(tls.port()));
        };
        RetryPolicy once;
        once.maxAttempts = 1;
        m_client->setRetryPolicy(once);
        m_client->setBaseUrl(QUrl(fill(url)));
        const GraphResponse r = organization();
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, GraphErrorKind::Network);
        QVERIFY2(r.error->message.contains(fill(message)), qPrintable(r.error->message));
    }
};

QTEST_GUILESS_MAIN(TestGraphClientFaults)
#include "TestGraphClientFaults.moc"
