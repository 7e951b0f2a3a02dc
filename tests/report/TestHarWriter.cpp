// HAR 1.2 from the HTTP trace: the required keys, and redaction of tokens, codes, verifiers,
// device codes, assertions, passwords and cookies in URLs, headers and bodies (form and
// JSON), each tested with a recognisable fake secret.
#include "core/report/HarWriter.h"
#include "core/trace/HttpTrace.h"
#include "core/trace/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace sspr;

namespace {

const QStringList kFakes { QStringLiteral("FAKE-URL-CODE-11"), QStringLiteral("FAKE-FRAG-AT-12"),
    QStringLiteral("FAKE-URL-PW-13"), QStringLiteral("FAKE-HDR-BEARER-21"),
    QStringLiteral("FAKE-HDR-COOKIE-22"), QStringLiteral("FAKE-HDR-SETCOOKIE-23"),
    QStringLiteral("FAKE-FORM-CODE-31"), QStringLiteral("FAKE-FORM-VERIFIER-32"),
    QStringLiteral("FAKE-FORM-ASSERTION-33"), QStringLiteral("FAKE-FORM-PASSWORD-34"),
    QStringLiteral("FAKE-FORM-DEVICE-35"), QStringLiteral("FAKE-JSON-AT-41"),
    QStringLiteral("FAKE-JSON-RT-42"), QStringLiteral("FAKE-JSON-IDT-43"),
    QStringLiteral("FAKE-JSON-DEVICE-44"), QStringLiteral("FAKE-BATCH-BEARER-51"),
    QStringLiteral("RkFLRS1KV1QtU0lHLTYx"), QStringLiteral("FAKE-ERROR-PW-71"),
    QStringLiteral("FAKE-LOCATION-CODE-81"), QStringLiteral("FAKE-USERINFO-PW-91") };

trace::HttpExchange tokenExchange()
{
    trace::HttpExchange e;
    e.startedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 1, 250), Qt::UTC);
    e.durationMs = 182;
    e.method = QStringLiteral("POST");
    e.url = QUrl(QStringLiteral("https://user:FAKE-USERINFO-PW-91@login.example/tenant/oauth2/v2.0/"
                                "token?code=FAKE-URL-CODE-11&password=FAKE-URL-PW-13&keep=visible"
                                "#access_token=FAKE-FRAG-AT-12&state=s1"));
    e.requestHeaders = { { "Authorization", "Bearer FAKE-HDR-BEARER-21" },
        { "Cookie", "ESTSAUTH=FAKE-HDR-COOKIE-22" },
        { "Content-Type", "application/x-www-form-urlencoded" } };
    e.requestBody = "grant_type=authorization_code&code=FAKE-FORM-CODE-31&code_verifier="
                    "FAKE-FORM-VERIFIER-32&client_assertion=FAKE-FORM-ASSERTION-33&password="
                    "FAKE-FORM-PASSWORD-34&device_code=FAKE-FORM-DEVICE-35&client_id=visible-id";
    e.status = 200;
    e.statusText = QStringLiteral("OK");
    e.responseHeaders = { { "Content-Type", "application/json; charset=utf-8" },
        { "Set-Cookie", "fpc=FAKE-HDR-SETCOOKIE-23; path=/" },
        { "Location", "https://app.example/cb?code=FAKE-LOCATION-CODE-81" } };
    e.responseBody = R"({"token_type":"Bearer","access_token":"FAKE-JSON-AT-41",)"
                     R"("refresh_token":"FAKE-JSON-RT-42","id_token":"FAKE-JSON-IDT-43",)"
                     R"("nested":{"device_code":"FAKE-JSON-DEVICE-44","expires_in":3599}})";
    return e;
}

trace::HttpExchange batchExchange()
{
    trace::HttpExchange e;
    e.startedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 2), Qt::UTC);
    e.durationMs = 40;
    e.method = QStringLiteral("POST");
    e.url = QUrl(QStringLiteral("https://graph.example/v1.0/$batch"));
    e.requestHeaders = { { "Content-Type", "application/json" } };
    e.requestBody
        = R"({"requests":[{"id":"user","method":"GET","url":"/users/a@b.example?$select=id",)"
          R"("headers":{"Authorization":"Bearer FAKE-BATCH-BEARER-51"}}]})";
    e.status = 200;
    e.responseHeaders = { { "Content-Type", "application/json" } };
    e.responseBody = R"({"responses":[{"id":"user","status":404,"body":{"error":{"code":)"
                     R"("Request_ResourceNotFound","message":"token eyJGQUtFLUhEUi02MQ.)"
                     R"(eyJGQUtFLVBBWUxPQUQtNjE.RkFLRS1KV1QtU0lHLTYx was seen"}}}]})";
    return e;
}

trace::HttpExchange failedExchange()
{
    trace::HttpExchange e;
    e.startedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 3), Qt::UTC);
    e.durationMs = -1;
    e.method = QStringLiteral("GET");
    e.url = QUrl(QStringLiteral("https://graph.example/v1.0/me"));
    e.error = QStringLiteral("Connection refused while sending password=FAKE-ERROR-PW-71");
    return e;
}

QStringList leaks(const QByteArray &bytes)
{
    QStringList found;
    const QString text = QString::fromUtf8(bytes);
    for (const QString &fake : kFakes) {
        if (text.contains(fake))
            found << fake;
    }
    return found;
}

} // namespace

class TestHarWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void traceRedactsOnRecord()
    {
        trace::HttpTrace trace;
        QSignalSpy recorded(&trace, &trace::HttpTrace::recorded);
        trace.record(tokenExchange());
        trace.record(batchExchange());
        trace.record(failedExchange());
        QCOMPARE(recorded.count(), 3);
        const auto entries = trace.entries();
        QCOMPARE(entries.size(), 3);
        QByteArray all;
        for (const auto &e : entries) {
            all += e.url.toEncoded() + e.requestBody + e.responseBody + e.error.toUtf8();
            for (const auto &h : e.requestHeaders + e.responseHeaders)
                all += h.first + h.second;
        }
        QVERIFY2(leaks(all).isEmpty(), qPrintable(leaks(all).join(u',')));
        // What is not a secret survives, so the trace is still evidence.
        QVERIFY(all.contains("keep=visible"));
        QVERIFY(all.contains("client_id=visible-id"));
        QVERIFY(all.contains("Request_ResourceNotFound"));
        QVERIFY(all.contains("$select=id"));
        QVERIFY(all.contains("\"expires_in\":3599"));
        QCOMPARE(entries.at(0).requestHeaders.at(0).second, QByteArray("[redacted]"));
    }

    void harHasTheRequiredKeys()
    {
        trace::HttpTrace trace;
        trace.record(tokenExchange());
        trace.record(batchExchange());
        trace.record(failedExchange());
        const QByteArray har = report::HarWriter::render(trace.entries(), QStringLiteral("1.2.3"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(har, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject log = doc.object().value(QStringLiteral("log")).toObject();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(log.value(QStringLiteral("creator"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("SSPR Doctor"));
        QCOMPARE(log.value(QStringLiteral("creator"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toString(),
            QStringLiteral("1.2.3"));
        const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        for (const QJsonValue &v : entries) {
            const QJsonObject entry = v.toObject();
            for (const char *key :
                { "startedDateTime", "time", "request", "response", "cache", "timings" })
                QVERIFY2(entry.contains(QLatin1String(key)), key);
            const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
            for (const char *key : { "method", "url", "httpVersion", "headers", "queryString",
                     "cookies", "headersSize", "bodySize" })
                QVERIFY2(request.contains(QLatin1String(key)), key);
            const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
            for (const char *key : { "status", "statusText", "httpVersion", "headers", "cookies",
                     "content", "redirectURL", "headersSize", "bodySize" })
                QVERIFY2(response.contains(QLatin1String(key)), key);
            const QJsonObject content = response.value(QStringLiteral("content")).toObject();
            QVERIFY(content.contains(QStringLiteral("size")));
            QVERIFY(content.contains(QStringLiteral("mimeType")));
            const QJsonObject timings = entry.value(QStringLiteral("timings")).toObject();
            for (const char *key : { "send", "wait", "receive" })
                QVERIFY2(timings.value(QLatin1String(key)).toDouble(-1) >= 0, key);
            QVERIFY(entry.value(QStringLiteral("time")).toDouble(-1) >= 0);
        }
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("startedDateTime")).toString(),
            QStringLiteral("2026-11-25T10:00:01.250Z"));
        const QJsonObject request = first.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QVERIFY(!request.value(QStringLiteral("url")).toString().contains(u'#'));
        QCOMPARE(request.value(QStringLiteral("postData"))
                     .toObject()
                     .value(QStringLiteral("mimeType"))
                     .toString(),
            QStringLiteral("application/x-www-form-urlencoded"));
        const QJsonArray query = request.value(QStringLiteral("queryString")).toArray();
        QCOMPARE(query.size(), 3);
        QCOMPARE(query.at(2).toObject().value(QStringLiteral("value")).toString(),
            QStringLiteral("visible"));
        QCOMPARE(first.value(QStringLiteral("response"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
            200);
        const QJsonObject failed
            = entries.at(2).toObject().value(QStringLiteral("response")).toObject();
        QCOMPARE(failed.value(QStringLiteral("status")).toInt(), 0);
        QVERIFY(failed.value(QStringLiteral("comment"))
                    .toString()
                    .startsWith(QStringLiteral("Connection refused")));
    }

    void harRedactsEntriesThatBypassedTheTrace()
    {
        // An entry built by hand (never through HttpTrace::record) is still cleaned on export.
        const QByteArray har = report::HarWriter::render(
            { tokenExchange(), batchExchange(), failedExchange() }, QStringLiteral("1"));
        QVERIFY2(leaks(har).isEmpty(), qPrintable(leaks(har).join(u',')));
        QVERIFY(har.contains("[redacted]"));
    }

    void boundedTrace()
    {
        trace::HttpTrace trace;
        trace.setMaxEntries(2);
        trace.setMaxBodyBytes(10);
        for (int i = 0; i < 5; ++i) {
            auto e = failedExchange();
            e.durationMs = i;
            e.responseBody = QByteArray(100, 'x');
            trace.record(e);
        }
        const auto entries = trace.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).durationMs, 3);
        QCOMPARE(entries.at(1).responseBody.size(), 10);
        trace.clear();
        QVERIFY(trace.entries().isEmpty());
    }

    void freeText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("error code stays") << "Error code: AADSTS120021"
                                          << "Error code: AADSTS120021";
        QTest::newRow("graph code stays") << R"({"code":"Request_ResourceNotFound"})"
                                          << R"({"code":"Request_ResourceNotFound"})";
        QTest::newRow("bearer") << "Authorization: Bearer abcdef123456"
                                << "Authorization: Bearer [redacted]";
        QTest::newRow("query code") << "https://x.example/cb?code=0.AXoAabc&state=1"
                                    << "https://x.example/cb?code=[redacted]&state=1";
        QTest::newRow("json password") << R"({"password" : "p@ss word"})"
                                       << R"({"password" : "[redacted]"})";
        QTest::newRow("jwt") << "id eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl end"
                             << "id [redacted] end";
    }
    void freeText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(trace::Redactor::text(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestHarWriter)
#include "TestHarWriter.moc"
