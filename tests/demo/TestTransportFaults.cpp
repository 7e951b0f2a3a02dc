// The demo server's mid-reply faults at the HTTP level, with a real QNetworkAccessManager:
// what exactly goes on the wire for dropConnection, truncatedBody, stallMidBody, hugeBody and
// wrongShape, and how FaultJson reads them.
#include "core/demo/FaultJson.h"
#include "core/demo/ScenarioServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using sspr::demo::Fault;
using sspr::demo::FaultJson;
using sspr::demo::ScenarioServer;

namespace {

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    qint64 contentLength = -1;
    qint64 elapsedMs = 0;
};

Fault faultOf(Fault::Kind kind, const QString &match = QString())
{
    Fault fault;
    fault.kind = kind;
    fault.match = QRegularExpression(match);
    return fault;
}

} // namespace

class TestTransportFaults : public QObject {
    Q_OBJECT

    std::unique_ptr<ScenarioServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    QNetworkRequest request(const QString &pathAndQuery, int transferTimeoutMs) const
    {
        QNetworkRequest req(QUrl(m_server->graphBaseUrl().toString() + pathAndQuery));
        req.setRawHeader("Authorization", "Bearer demo-token");
        if (transferTimeoutMs > 0)
            req.setTransferTimeout(transferTimeoutMs);
        return req;
    }
    Reply wait(QNetworkReply *reply)
    {
        QElapsedTimer clock;
        clock.start();
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Reply out;
        out.elapsedMs = clock.elapsed();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        if (reply->isOpen())
            out.body = reply->readAll();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        out.contentLength = length.isValid() ? length.toLongLong() : -1;
        reply->deleteLater();
        return out;
    }
    Reply get(const QString &pathAndQuery, int transferTimeoutMs = 0)
    {
        return wait(m_nam->get(request(pathAndQuery, transferTimeoutMs)));
    }
    Reply batch(const QJsonArray &requests)
    {
        QNetworkRequest req = request(QStringLiteral("/$batch"), 0);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return wait(m_nam->post(req,
            QJsonDocument(QJsonObject { { QStringLiteral("requests"), requests } })
                .toJson(QJsonDocument::Compact)));
    }
    static QJsonObject item(const QString &id, const QString &url)
    {
        return { { QStringLiteral("id"), id }, { QStringLiteral("method"), QStringLiteral("GET") },
            { QStringLiteral("url"), url } };
    }
    // The server keeps answering after a fault: nothing was left blocked or half-written.
    void serverStillAnswers()
    {
        const Reply me = get(QStringLiteral("/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.error, QNetworkReply::NoError);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScenarioServer>();
        QCOMPARE(m_server->loadScenario(QStringLiteral("healthy")), std::nullopt);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_nam = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    void cutMidBody_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("dropConnection") << int(Fault::Kind::DropConnection);
        QTest::newRow("truncatedBody") << int(Fault::Kind::TruncatedBody);
    }
    void cutMidBody()
    {
        QFETCH(int, kind);
        Fault fault = faultOf(Fault::Kind(kind), QStringLiteral("^/me"));
        fault.times = 1;
        m_server->addFault(fault);
        const Reply r = get(QStringLiteral("/me"));
        QCOMPARE(r.status, 200); // the headers arrived ...
        QVERIFY(r.contentLength > 0);
        // ... the body did not: Qt reports the connection closing short of Content-Length.
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY2(r.body.size() < r.contentLength,
            qPrintable(QStringLiteral("%1 of %2").arg(r.body.size()).arg(r.contentLength)));
        serverStillAnswers();
    }

    void stallMidBodyNeedsTheClientTimeout()
    {
        m_server->addFault(faultOf(Fault::Kind::StallMidBody, QStringLiteral("^/me")));
        const Reply r = get(QStringLiteral("/me"), 400);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // the transfer timeout
        QVERIFY2(r.elapsedMs >= 350, qPrintable(QString::number(r.elapsedMs)));
        QVERIFY(r.body.size() < r.contentLength);
        m_server->clearFaults();
        serverStillAnswers();
    }

    void hugeBodyIsExactValidJson()
    {
        Fault fault = faultOf(Fault::Kind::HugeBody, QStringLiteral("^/users"));
        fault.megabytes = 3;
        m_server->addFault(fault);
        const Reply r = get(QStringLiteral("/users?$top=5"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.contentLength, 3LL * 1024 * 1024);
        QCOMPARE(r.body.size(), 3LL * 1024 * 1024);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonArray users = doc.object().value(QLatin1String("value")).toArray();
        QVERIFY2(users.size() > 10000, qPrintable(QString::number(users.size())));
        QCOMPARE(
            users.first()[QLatin1String("displayName")].toString(), QStringLiteral("Filler user"));
    }

    void hugeBodyChunked()
    {
        Fault fault = faultOf(Fault::Kind::HugeBody, QStringLiteral("^/users"));
        fault.megabytes = 1;
        fault.chunked = true;
        m_server->addFault(fault);
        const Reply r = get(QStringLiteral("/users"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.contentLength, -1); // never announced
        QCOMPARE(r.body.size(), 1024LL * 1024);
        QJsonParseError parseError;
        QJsonDocument::fromJson(r.body, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        serverStillAnswers();
    }

    void hugeBodyStopsWhenTheClientHangsUp()
    {
        Fault fault = faultOf(Fault::Kind::HugeBody, QStringLiteral("^/users"));
        fault.megabytes = 200;
        fault.times = 1;
        m_server->addFault(fault);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = m_nam->get(request(QStringLiteral("/users"), 0));
        qint64 announced = -1;
        connect(reply, &QNetworkReply::metaDataChanged, this, [&] {
            announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            reply->abort();
        });
        const Reply r = wait(reply);
        QCOMPARE(announced, 200LL * 1024 * 1024);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
        // The server gave up the stream instead of writing 200 MB into a closed socket.
        serverStillAnswers();
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void wrongShapeDefaultBody()
    {
        m_server->addFault(faultOf(Fault::Kind::WrongShape, QStringLiteral("^/policies/")));
        const Reply r = get(QStringLiteral("/policies/authenticationMethodsPolicy"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(QJsonDocument::fromJson(r.body).object(),
            (QJsonObject { { QStringLiteral("value"), 42 } }));
        QCOMPARE(get(QStringLiteral("/me")).status, 200); // other paths untouched
    }

    void wrongShapeArrayInsideBatchHitsOnlyItsItem()
    {
        Fault fault = faultOf(Fault::Kind::WrongShape, QStringLiteral("^/policies/"));
        fault.body = QJsonArray { QStringLiteral("not"), QStringLiteral("an object") };
        m_server->addFault(fault);
        const Reply r = batch({ item(QStringLiteral("1"), QStringLiteral("/me")),
            item(QStringLiteral("2"), QStringLiteral("/policies/authenticationMethodsPolicy")) });
        QCOMPARE(r.status, 200);
        const QJsonArray responses
            = QJsonDocument::fromJson(r.body).object().value(QLatin1String("responses")).toArray();
        QCOMPARE(responses.size(), 2);
        for (const QJsonValue &response : responses) {
            QCOMPARE(response[QLatin1String("status")].toInt(), 200);
            if (response[QLatin1String("id")].toString() == QLatin1String("2"))
                QCOMPARE(response[QLatin1String("body")].toArray(), fault.body.toArray());
            else
                QVERIFY(response[QLatin1String("body")].toObject().contains(QLatin1String("id")));
        }
    }

    void transportFaultHitsTheWholeBatch()
    {
        Fault fault = faultOf(Fault::Kind::TruncatedBody, QStringLiteral("^/policies/"));
        fault.times = 1;
        m_server->addFault(fault);
        const Reply r = batch({ item(QStringLiteral("1"), QStringLiteral("/me")),
            item(QStringLiteral("2"), QStringLiteral("/policies/authenticationMethodsPolicy")) });
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        serverStillAnswers();
    }

    void faultJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("dropConnection") << QByteArray(R"({"kind":"dropConnection","times":1})")
                                        << int(Fault::Kind::DropConnection) << QString();
        QTest::newRow("truncatedBody") << QByteArray(R"({"kind":"truncatedBody"})")
                                       << int(Fault::Kind::TruncatedBody) << QString();
        QTest::newRow("stallMidBody") << QByteArray(R"({"kind":"stallMidBody"})")
                                      << int(Fault::Kind::StallMidBody) << QString();
        QTest::newRow("hugeBody") << QByteArray(R"({"kind":"hugeBody","megabytes":2})")
                                  << int(Fault::Kind::HugeBody) << QString();
        QTest::newRow("wrongShape object")
            << QByteArray(R"({"kind":"wrongShape","body":{"value":{}}})")
            << int(Fault::Kind::WrongShape) << QString();
        QTest::newRow("trickleBody") << QByteArray(R"({"kind":"trickleBody"})")
                                     << int(Fault::Kind::TrickleBody) << QString();
        QTest::newRow("chunked on a status fault")
            << QByteArray(R"({"kind":"status","chunked":true})") << 0
            << QStringLiteral("only for \"hugeBody\"");
        QTest::newRow("megabytes zero") << QByteArray(R"({"kind":"hugeBody","megabytes":0})") << 0
                                        << QStringLiteral("megabytes");
        QTest::newRow("megabytes too many") << QByteArray(R"({"kind":"hugeBody","megabytes":5000})")
                                            << 0 << QStringLiteral("at most 1024");
        QTest::newRow("body on a status fault") << QByteArray(R"({"kind":"status","body":{}})") << 0
                                                << QStringLiteral("only for \"wrongShape\"");
        QTest::newRow("scalar body") << QByteArray(R"({"kind":"wrongShape","body":42})") << 0
                                     << QStringLiteral("object or array");
    }
    void faultJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        QFETCH(QString, error);
        QString problem;
        const auto fault = FaultJson::fromJson(QJsonDocument::fromJson(json).object(), &problem);
        if (!error.isEmpty()) {
            QVERIFY(!fault);
            QVERIFY2(problem.contains(error), qPrintable(problem));
            return;
        }
        QVERIFY2(fault, qPrintable(problem));
        QCOMPARE(int(fault->kind), kind);
        QCOMPARE(
            FaultJson::kindName(fault->kind), QJsonDocument::fromJson(json)["kind"].toString());
        if (fault->kind == Fault::Kind::HugeBody)
            QCOMPARE(fault->megabytes, 2);
        if (fault->kind == Fault::Kind::TrickleBody)
            QCOMPARE(fault->delayMs, 100); // the default pause between two bytes
        if (fault->kind == Fault::Kind::DropConnection)
            QCOMPARE(fault->times, 1);
        if (fault->kind == Fault::Kind::WrongShape)
            QVERIFY(fault->body.toObject().value(QLatin1String("value")).isObject());
    }
};

QTEST_GUILESS_MAIN(TestTransportFaults)
#include "TestTransportFaults.moc"
