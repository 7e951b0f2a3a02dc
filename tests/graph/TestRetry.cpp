// Retry-After parsing, bounded exponential backoff with jitter, and the retry decision table.
#include "core/graph/RetryDecision.h"
#include "core/graph/RetryDelay.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace sspr::graph;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(sspr::graph::GraphErrorKind)
Q_DECLARE_METATYPE(sspr::graph::RetryDecision::Action)

class TestRetry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseRetryAfter_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << QStringLiteral("1") << 1;
        QTest::newRow("zero") << QStringLiteral("0") << 0;
        QTest::newRow("spaces") << QStringLiteral("  12 ") << 12;
        QTest::newRow("absent") << QString() << -1;
        QTest::newRow("negative") << QStringLiteral("-3") << -1;
        QTest::newRow("garbage") << QStringLiteral("soon") << -1;
        QTest::newRow("fraction") << QStringLiteral("1.5") << -1;
        QTest::newRow("http-date ahead") << QStringLiteral("Wed, 25 Nov 2026 10:00:30 GMT") << 30;
        QTest::newRow("http-date past") << QStringLiteral("Wed, 25 Nov 2026 09:00:00 GMT") << 0;
        QTest::newRow("huge is capped") << QStringLiteral("99999999999") << 24 * 3600;
    }

    void parseRetryAfter()
    {
        QFETCH(QString, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 11, 25), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(RetryDelay::parseRetryAfter(value, now), seconds);
    }

    void backoffDoublesWithinBoundsAndJitters()
    {
        RetryPolicy policy;
        policy.baseBackoff = milliseconds(100);
        policy.maxBackoff = milliseconds(1000);
        QRandomGenerator random(42);
        // failed attempts -> the un-jittered delay [delay/2, delay] is drawn from
        const QList<QPair<int, qint64>> expected { { 1, 100 }, { 2, 200 }, { 3, 400 }, { 4, 800 },
            { 5, 1000 }, { 30, 1000 } };
        for (const auto &[failed, full] : expected) {
            QSet<qint64> seen;
            for (int i = 0; i < 200; ++i) {
                const qint64 delay = RetryDelay::backoff(policy, failed, random).count();
                QVERIFY2(delay >= full / 2 && delay <= full,
                    qPrintable(QStringLiteral("attempt %1: %2 ms").arg(failed).arg(delay)));
                seen.insert(delay);
            }
            QVERIFY2(seen.size() > 10, "the jitter must spread retries");
        }
    }

    void backoffWithZeroBaseIsImmediate()
    {
        RetryPolicy policy;
        policy.baseBackoff = milliseconds(0);
        QCOMPARE(RetryDelay::backoff(policy, 3).count(), 0);
    }

    void decide_data()
    {
        QTest::addColumn<GraphErrorKind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("timeouts");
        QTest::addColumn<bool>("reauthorized");
        QTest::addColumn<bool>("wholeReply");
        QTest::addColumn<RetryDecision::Action>("action");
        QTest::addColumn<qint64>("delayMs");
        QTest::addColumn<GraphErrorKind>("finalKind");

        using A = RetryDecision::Action;
        using K = GraphErrorKind;
        QTest::newRow("401 first: new token")
            << K::Unauthorized << 401 << -1 << 1 << 0 << false << true << A::Reauthorize
            << qint64(-1) << K::Unauthorized;
        QTest::newRow("401 again: give up") << K::Unauthorized << 401 << -1 << 2 << 0 << true
                                            << true << A::GiveUp << qint64(-1) << K::Unauthorized;
        QTest::newRow("token error: give up") << K::Unauthorized << 0 << -1 << 0 << 0 << false
                                              << true << A::GiveUp << qint64(-1) << K::Unauthorized;
        QTest::newRow("timeout once: retry") << K::Timeout << 0 << -1 << 1 << 1 << false << true
                                             << A::Retry << qint64(-1) << K::Timeout;
        QTest::newRow("timeout twice: give up") << K::Timeout << 0 << -1 << 2 << 2 << false << true
                                                << A::GiveUp << qint64(-1) << K::Timeout;
        QTest::newRow("429 Retry-After 1") << K::Throttled << 429 << 1 << 1 << 0 << false << false
                                           << A::Retry << qint64(1000) << K::Throttled;
        QTest::newRow("429 no Retry-After: backoff")
            << K::Throttled << 429 << -1 << 1 << 0 << false << false << A::Retry << qint64(-1)
            << K::Throttled;
        QTest::newRow("429 budget spent") << K::Throttled << 429 << 1 << 4 << 0 << false << false
                                          << A::GiveUp << qint64(-1) << K::Throttled;
        QTest::newRow("429 Retry-After too long")
            << K::Throttled << 429 << 120 << 1 << 0 << false << false << A::GiveUp << qint64(-1)
            << K::Throttled;
        QTest::newRow("503 html page: throttled retry")
            << K::Throttled << 503 << 2 << 1 << 0 << false << true << A::Retry << qint64(2000)
            << K::Throttled;
        QTest::newRow("504") << K::Throttled << 504 << -1 << 3 << 0 << false << false << A::Retry
                             << qint64(-1) << K::Throttled;
        QTest::newRow("500: backoff") << K::Server << 500 << -1 << 1 << 0 << false << false
                                      << A::Retry << qint64(-1) << K::Server;
        QTest::newRow("500 budget spent") << K::Server << 500 << -1 << 4 << 0 << false << false
                                          << A::GiveUp << qint64(-1) << K::Server;
        QTest::newRow("network") << K::Network << 0 << -1 << 1 << 0 << false << true << A::Retry
                                 << qint64(-1) << K::Network;
        QTest::newRow("malformed reply: retry")
            << K::MalformedReply << 200 << -1 << 1 << 0 << false << true << A::Retry << qint64(-1)
            << K::MalformedReply;
        QTest::newRow("malformed item: final")
            << K::MalformedReply << 200 << -1 << 1 << 0 << false << false << A::GiveUp << qint64(-1)
            << K::MalformedReply;
        QTest::newRow("html 502 item: retry")
            << K::MalformedReply << 502 << -1 << 1 << 0 << false << false << A::Retry << qint64(-1)
            << K::MalformedReply;
        QTest::newRow("403 final") << K::Forbidden << 403 << -1 << 1 << 0 << false << false
                                   << A::GiveUp << qint64(-1) << K::Forbidden;
        QTest::newRow("404 final") << K::NotFound << 404 << -1 << 1 << 0 << false << false
                                   << A::GiveUp << qint64(-1) << K::NotFound;
        QTest::newRow("424 final") << K::BadRequest << 424 << -1 << 1 << 0 << false << false
                                   << A::GiveUp << qint64(-1) << K::BadRequest;
    }

    void decide()
    {
        QFETCH(GraphErrorKind, kind);
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(int, attempts);
        QFETCH(int, timeouts);
        QFETCH(bool, reauthorized);
        QFETCH(bool, wholeReply);
        QFETCH(RetryDecision::Action, action);
        QFETCH(qint64, delayMs);
        QFETCH(GraphErrorKind, finalKind);

        RetryPolicy policy; // 4 attempts, Retry-After up to 30 s
        GraphError error;
        error.kind = kind;
        error.httpStatus = status;
        error.retryAfterSeconds = retryAfter;
        error.message = QStringLiteral("m");
        const RetryDecision decision = RetryDecision::decide(
            error, AttemptState { attempts, timeouts, reauthorized }, policy, wholeReply);
        QCOMPARE(int(decision.action), int(action));
        QCOMPARE(decision.delayMs, delayMs);
        QCOMPARE(GraphError::kindName(decision.error.kind), GraphError::kindName(finalKind));
    }

    void givingUpSaysWhy()
    {
        GraphError error;
        error.kind = GraphErrorKind::Throttled;
        error.httpStatus = 429;
        error.retryAfterSeconds = 120;
        error.message = QStringLiteral("Too many requests.");
        RetryDecision decision
            = RetryDecision::decide(error, AttemptState { 1, 0, false }, RetryPolicy(), false);
        QCOMPARE(decision.error.message,
            QStringLiteral("Too many requests. (Graph asked to wait 120 s, longer than the "
                           "30 s this app waits)"));
        QCOMPARE(decision.error.retryAfterSeconds, 120);

        error.retryAfterSeconds = 1;
        decision = RetryDecision::decide(error, AttemptState { 4, 0, false }, RetryPolicy(), false);
        QCOMPARE(decision.error.message,
            QStringLiteral("Too many requests. (gave up after 4 attempts)"));
    }
};

QTEST_GUILESS_MAIN(TestRetry)
#include "TestRetry.moc"
