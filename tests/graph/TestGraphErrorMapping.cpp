// Replies become GraphError values in one place. Error body shape per
// https://learn.microsoft.com/graph/errors: {"error":{"code","message","innerError":
// {"date","request-id","client-request-id"}}}.
#include "core/graph/GraphErrorMapping.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace sspr::graph;

Q_DECLARE_METATYPE(sspr::graph::GraphErrorKind)

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SSPR_TEST_DATA "/graph/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QHash<QString, QString> jsonHeaders()
{
    return { { QStringLiteral("content-type"), QStringLiteral("application/json") } };
}

} // namespace

class TestGraphErrorMapping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusToKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("bodyFile");
        QTest::addColumn<GraphErrorKind>("kind");
        QTest::addColumn<QString>("message");
        const QString json = QStringLiteral("application/json");
        const QString html = QStringLiteral("text/html; charset=utf-8");

        QTest::newRow("401") << 401 << json << QString() << GraphErrorKind::Unauthorized
                             << QStringLiteral("HTTP 401 with an empty body");
        QTest::newRow("403") << 403 << json << QStringLiteral("error-forbidden.json")
                             << GraphErrorKind::Forbidden
                             << QStringLiteral(
                                    "Insufficient privileges to complete the operation.");
        QTest::newRow("404") << 404 << json << QStringLiteral("error-not-found.json")
                             << GraphErrorKind::NotFound << QStringLiteral("does not exist");
        QTest::newRow("429") << 429 << json << QStringLiteral("error-throttled.json")
                             << GraphErrorKind::Throttled << QStringLiteral("Too many requests.");
        QTest::newRow("503") << 503 << json << QString() << GraphErrorKind::Throttled
                             << QStringLiteral("HTTP 503");
        QTest::newRow("504 html") << 504 << html << QStringLiteral("proxy-error.html")
                                  << GraphErrorKind::Throttled
                                  << QStringLiteral("HTML page instead of JSON (text/html)");
        QTest::newRow("500") << 500 << json << QStringLiteral("error-server.json")
                             << GraphErrorKind::Server
                             << QStringLiteral("HTTP 500 without an error message");
        QTest::newRow("502 html page")
            << 502 << html << QStringLiteral("proxy-error.html") << GraphErrorKind::MalformedReply
            << QStringLiteral("HTML page instead of JSON (text/html)");
        QTest::newRow("502 html, no content type")
            << 502 << QString() << QStringLiteral("proxy-error.html")
            << GraphErrorKind::MalformedReply << QStringLiteral("HTML page instead of JSON");
        QTest::newRow("400") << 400 << json << QStringLiteral("error-forbidden.json")
                             << GraphErrorKind::BadRequest << QStringLiteral("Insufficient");
        QTest::newRow("424 failed dependency")
            << 424 << json << QString() << GraphErrorKind::BadRequest
            << QStringLiteral("depends on failed (HTTP 424)");
        QTest::newRow("200 empty") << 200 << json << QString() << GraphErrorKind::MalformedReply
                                   << QStringLiteral("empty reply body (HTTP 200)");
        QTest::newRow("200 truncated")
            << 200 << json << QStringLiteral("truncated.json") << GraphErrorKind::MalformedReply
            << QStringLiteral("reply is not JSON");
        QTest::newRow("200 array")
            << 200 << json << QStringLiteral("array-top-level.json")
            << GraphErrorKind::MalformedReply << QStringLiteral("reply JSON is not an object");
        QTest::newRow("200 html") << 200 << html << QStringLiteral("proxy-error.html")
                                  << GraphErrorKind::MalformedReply
                                  << QStringLiteral("HTML page instead of JSON (text/html)");
    }

    void statusToKind()
    {
        QFETCH(int, status);
        QFETCH(QString, contentType);
        QFETCH(QString, bodyFile);
        QFETCH(GraphErrorKind, kind);
        QFETCH(QString, message);
        QHash<QString, QString> headers;
        if (!contentType.isEmpty())
            headers.insert(QStringLiteral("content-type"), contentType);
        const ReplyOutcome outcome = GraphErrorMapping::fromHttp(
            status, headers, bodyFile.isEmpty() ? QByteArray() : fixture(bodyFile));
        QVERIFY(outcome.error.has_value());
        QCOMPARE(GraphError::kindName(outcome.error->kind), GraphError::kindName(kind));
        QCOMPARE(outcome.error->httpStatus, status);
        QVERIFY2(outcome.error->message.contains(message), qPrintable(outcome.error->message));
        QCOMPARE(outcome.httpStatus, status);
    }

    void errorBodyFieldsAreCarried()
    {
        const ReplyOutcome outcome = GraphErrorMapping::fromHttp(
            403, jsonHeaders(), fixture(QStringLiteral("error-forbidden.json")));
        QVERIFY(outcome.error);
        const GraphError &error = *outcome.error;
        QCOMPARE(error.code, QStringLiteral("Authorization_RequestDenied"));
        QCOMPARE(error.requestId, QStringLiteral("93b6f17e-c05d-4f45-ad2a-6665c708d8a0"));
        QCOMPARE(outcome.requestId, error.requestId);
        QCOMPARE(error.clientRequestId, QStringLiteral("e70c5c1b-8b47-68c0-3171-3d22f5e0bd54"));
        QCOMPARE(error.date, QDateTime(QDate(2026, 11, 25), QTime(10, 17, 6), Qt::UTC));
        QCOMPARE(error.retryAfterSeconds, -1);
    }

    void requestIdHeaderWinsOverBody()
    {
        QHash<QString, QString> headers = jsonHeaders();
        headers.insert(QStringLiteral("request-id"), QStringLiteral("from-header"));
        const ReplyOutcome outcome = GraphErrorMapping::fromHttp(
            404, headers, fixture(QStringLiteral("error-not-found.json")));
        QCOMPARE(outcome.requestId, QStringLiteral("from-header"));
        QCOMPARE(outcome.error->requestId, QStringLiteral("from-header"));
    }

    void retryAfterIsRead()
    {
        QHash<QString, QString> headers = jsonHeaders();
        headers.insert(QStringLiteral("retry-after"), QStringLiteral("12"));
        const ReplyOutcome outcome = GraphErrorMapping::fromHttp(
            429, headers, fixture(QStringLiteral("error-throttled.json")));
        QCOMPARE(outcome.retryAfterSeconds, 12);
        QCOMPARE(outcome.error->retryAfterSeconds, 12);
        QCOMPARE(outcome.error->code, QStringLiteral("TooManyRequests"));
    }

    void successBodyIsParsed()
    {
        QHash<QString, QString> headers = jsonHeaders();
        headers.insert(QStringLiteral("request-id"), QStringLiteral("rid-1"));
        const ReplyOutcome outcome = GraphErrorMapping::fromHttp(
            200, headers, QByteArray(R"({"id":"4a1c","accountEnabled":false})"));
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.body.value(QStringLiteral("id")).toString(), QStringLiteral("4a1c"));
        QCOMPARE(outcome.body.value(QStringLiteral("accountEnabled")).toBool(true), false);
        QCOMPARE(outcome.requestId, QStringLiteral("rid-1"));
    }

    void noContentIsSuccess()
    {
        const ReplyOutcome outcome = GraphErrorMapping::fromHttp(204, {}, QByteArray());
        QVERIFY(!outcome.error);
        QVERIFY(outcome.body.isEmpty());
    }

    void batchItems_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QJsonValue>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("kindName");
        QTest::addColumn<QString>("message");
        const QJsonObject errorBody
            = QJsonDocument::fromJson(fixture(QStringLiteral("error-forbidden.json"))).object();
        const QString json = QStringLiteral("application/json");
        QTest::newRow("ok") << 200 << json
                            << QJsonValue(QJsonObject { { QStringLiteral("id"), 1 } }) << true
                            << QString() << QString();
        QTest::newRow("403") << 403 << json << QJsonValue(errorBody) << false
                             << QStringLiteral("forbidden") << QStringLiteral("Insufficient");
        QTest::newRow("200 without body")
            << 200 << json << QJsonValue(QJsonValue::Undefined) << false
            << QStringLiteral("malformedReply") << QStringLiteral("empty reply body");
        QTest::newRow("200 text body")
            << 200 << QStringLiteral("text/plain") << QJsonValue(QStringLiteral("eyJub3Q="))
            << false << QStringLiteral("malformedReply") << QStringLiteral("not JSON (text/plain)");
        QTest::newRow("200 html body")
            << 200 << QStringLiteral("text/html") << QJsonValue(QStringLiteral("<html></html>"))
            << false << QStringLiteral("malformedReply")
            << QStringLiteral("HTML page instead of JSON");
        QTest::newRow("200 number body")
            << 200 << json << QJsonValue(42) << false << QStringLiteral("malformedReply")
            << QStringLiteral("not an object");
        QTest::newRow("424") << 424 << json << QJsonValue(QJsonValue::Undefined) << false
                             << QStringLiteral("badRequest") << QStringLiteral("HTTP 424");
    }

    void batchItems()
    {
        QFETCH(int, status);
        QFETCH(QString, contentType);
        QFETCH(QJsonValue, body);
        QFETCH(bool, ok);
        QFETCH(QString, kindName);
        QFETCH(QString, message);
        BatchItemReply item;
        item.id = QStringLiteral("x");
        item.status = status;
        item.headers.insert(QStringLiteral("content-type"), contentType);
        item.body = body;
        const ReplyOutcome outcome = GraphErrorMapping::fromBatchItem(item);
        QCOMPARE(!outcome.error.has_value(), ok);
        if (ok)
            return;
        QCOMPARE(GraphError::kindName(outcome.error->kind), kindName);
        QVERIFY2(outcome.error->message.contains(message), qPrintable(outcome.error->message));
    }

    void echoedTokensAreRedacted()
    {
        // Graph never echoes a token, but a proxy or a debug build in front of it might: the
        // message reaches logs, evidence and the report, so no bearer token or JWT survives.
        // FAKE test data: payload {"aud":"graph"}, signature "sig-secret".
        const QByteArray jwt
            = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJncmFwaCJ9.c2lnLXNlY3JldA";
        const QByteArray body
            = "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":"
              "\"Token rejected: Authorization: Bearer demo.0f3a9c5b7d1e2f40 secret; raw "
            + jwt + " (access_token=ya29.SECRET&x=1)\"}}";
        const ReplyOutcome outcome = GraphErrorMapping::fromHttp(401, jsonHeaders(), body);
        QVERIFY(outcome.error);
        const QString message = outcome.error->message;
        for (const char *secret : { "demo.0f3a9c", "eyJ0eXAi", "c2lnLXNlY3JldA", "ya29.SECRET" })
            QVERIFY2(!message.contains(QLatin1String(secret)), qPrintable(message));
        QVERIFY2(message.startsWith(QLatin1String("Token rejected: Authorization: Bearer ")),
            qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("&x=1")), qPrintable(message));
        QCOMPARE(outcome.error->code, QStringLiteral("InvalidAuthenticationToken"));
        // Prose about tokens is not a token.
        const ReplyOutcome prose = GraphErrorMapping::fromHttp(401, jsonHeaders(),
            "{\"error\":{\"code\":\"InvalidAuthenticationToken\","
            "\"message\":\"The Bearer token has expired.\"}}");
        QCOMPARE(prose.error->message, QStringLiteral("The Bearer token has expired."));

        BatchItemReply item;
        item.id = QStringLiteral("user");
        item.status = 403;
        item.body = QJsonDocument::fromJson(body).object();
        const ReplyOutcome inBatch = GraphErrorMapping::fromBatchItem(item);
        QVERIFY(inBatch.error);
        QVERIFY(!inBatch.error->message.contains(QLatin1String("eyJ0eXAi")));
        QVERIFY(!inBatch.error->message.contains(QLatin1String("demo.0f3a9c")));

        const GraphError network = GraphErrorMapping::network(QNetworkReply::ProxyNotFoundError,
            QStringLiteral("proxy said: Bearer ") + QString::fromLatin1(jwt));
        QVERIFY2(!network.message.contains(QLatin1String("eyJ0eXAi")), qPrintable(network.message));
        const GraphError token = GraphErrorMapping::tokenUnavailable(
            QStringLiteral("refresh failed for ") + QString::fromLatin1(jwt));
        QVERIFY2(!token.message.contains(QLatin1String("eyJ0eXAi")), qPrintable(token.message));
    }

    void transportErrors()
    {
        const GraphError network = GraphErrorMapping::network(
            QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
        QCOMPARE(network.kind, GraphErrorKind::Network);
        QCOMPARE(network.httpStatus, 0);
        QCOMPARE(network.message, QStringLiteral("Connection refused"));

        const GraphError timeout = GraphErrorMapping::timeout(std::chrono::milliseconds(1500));
        QCOMPARE(timeout.kind, GraphErrorKind::Timeout);
        QVERIFY(timeout.message.contains(QLatin1String("1500 ms")));

        const GraphError token
            = GraphErrorMapping::tokenUnavailable(QStringLiteral("consent required"));
        QCOMPARE(token.kind, GraphErrorKind::Unauthorized);
        QCOMPARE(token.message, QStringLiteral("consent required"));
    }

    void kindNamesAreDistinctIdentifiers()
    {
        const QList<GraphErrorKind> kinds {
            GraphErrorKind::Network,
            GraphErrorKind::Timeout,
            GraphErrorKind::Unauthorized,
            GraphErrorKind::Forbidden,
            GraphErrorKind::NotFound,
            GraphErrorKind::Throttled,
            GraphErrorKind::Server,
            GraphErrorKind::BadRequest,
            GraphErrorKind::MalformedReply,
            GraphErrorKind::Cancelled,
        };
        QSet<QString> names;
        for (GraphErrorKind kind : kinds) {
            const QString name = GraphError::kindName(kind);
            QVERIFY(!name.isEmpty());
            QVERIFY(!name.contains(u' '));
            names.insert(name);
        }
        QCOMPARE(names.size(), kinds.size());
        QCOMPARE(GraphError::kindName(GraphErrorKind::Forbidden), QStringLiteral("forbidden"));
        QCOMPARE(
            GraphError::kindName(GraphErrorKind::MalformedReply), QStringLiteral("malformedReply"));
    }

    void describeNamesWhatMatters()
    {
        GraphError error;
        error.kind = GraphErrorKind::Forbidden;
        error.httpStatus = 403;
        error.code = QStringLiteral("Authorization_RequestDenied");
        error.message = QStringLiteral("Insufficient privileges to complete the operation.");
        error.requiredScope = QStringLiteral("AuditLog.Read.All");
        error.requestId = QStringLiteral("rid-9");
        error.clientRequestId = QStringLiteral("cid-9");
        error.date = QDateTime(QDate(2026, 11, 25), QTime(10, 17, 6), Qt::UTC);
        QCOMPARE(error.describe(),
            QStringLiteral("Access denied (HTTP 403, Authorization_RequestDenied): "
                           "Insufficient privileges to complete the operation.; needs "
                           "AuditLog.Read.All; request-id rid-9; client-request-id cid-9; "
                           "date 2026-11-25T10:17:06Z"));

        GraphError timeout;
        timeout.kind = GraphErrorKind::Timeout;
        timeout.message = QStringLiteral("no complete reply within 500 ms");
        QCOMPARE(timeout.describe(), QStringLiteral("Timed out: no complete reply within 500 ms"));

        GraphError throttled;
        throttled.kind = GraphErrorKind::Throttled;
        throttled.httpStatus = 429;
        throttled.retryAfterSeconds = 120;
        QCOMPARE(throttled.describe(),
            QStringLiteral("Throttled by Microsoft Graph (HTTP 429): Retry-After 120 s"));
    }
};

QTEST_GUILESS_MAIN(TestGraphErrorMapping)
#include "TestGraphErrorMapping.moc"
