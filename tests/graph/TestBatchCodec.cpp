// The $batch JSON shapes, per https://learn.microsoft.com/graph/json-batching: a request body
// {"requests":[{id,method,url,headers?}]}, a reply {"responses":[{id,status,headers,body}]}
// in any order, at most 20 requests a batch, ids unique ignoring case.
#include "core/graph/BatchCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sspr::graph;

class TestBatchCodec : public QObject {
    Q_OBJECT

private:
    static QJsonObject fixture(const QString &name)
    {
        QFile file(QStringLiteral(SSPR_TEST_DATA "/graph/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private Q_SLOTS:
    void encodeWritesDocumentedShape()
    {
        const QList<BatchItemRequest> requests {
            { QStringLiteral("user.account"), QStringLiteral("GET"),
                QStringLiteral("/users/4a1c?$select=id,accountEnabled"), {} },
            { QStringLiteral("search"), QStringLiteral("GET"),
                QStringLiteral("/users?$search=\"displayName:Ada\""),
                { { QStringLiteral("ConsistencyLevel"), QStringLiteral("eventual") },
                    { QStringLiteral("client-request-id"), QStringLiteral("abc") } } },
        };
        const QJsonObject body = BatchCodec::encode(requests);
        QCOMPARE(body.keys(), QStringList { QStringLiteral("requests") });
        const QJsonArray array = body.value(QStringLiteral("requests")).toArray();
        QCOMPARE(array.size(), 2);

        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("user.account"));
        QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(first.value(QStringLiteral("url")).toString(),
            QStringLiteral("/users/4a1c?$select=id,accountEnabled"));
        QVERIFY(!first.contains(QStringLiteral("headers"))); // optional: absent when empty
        QVERIFY(!first.contains(QStringLiteral("body")));

        const QJsonObject headers
            = array.at(1).toObject().value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("ConsistencyLevel")).toString(),
            QStringLiteral("eventual"));
        QCOMPARE(
            headers.value(QStringLiteral("client-request-id")).toString(), QStringLiteral("abc"));

        // The bytes are the same JSON.
        QCOMPARE(QJsonDocument::fromJson(BatchCodec::encodeBytes(requests)).object(), body);
    }

    void decodeReadsRepliesInAnyOrder()
    {
        const BatchCodec::Decoded decoded
            = BatchCodec::decode(fixture(QStringLiteral("batch-reply-mixed.json")));
        QVERIFY2(!decoded.error, qPrintable(decoded.error.value_or(QString())));
        QCOMPARE(decoded.items.size(), 3);

        const BatchItemReply *account
            = BatchCodec::find(decoded.items, QStringLiteral("user.account"));
        QVERIFY(account);
        QCOMPARE(account->status, 200);
        QVERIFY(account->body.isObject());
        QCOMPARE(account->body.toObject().value(QStringLiteral("accountEnabled")).toBool(), true);

        const BatchItemReply *health
            = BatchCodec::find(decoded.items, QStringLiteral("service.health"));
        QVERIFY(health);
        QCOMPARE(health->status, 429);
        QCOMPARE(health->headers.value(QStringLiteral("retry-after")), QStringLiteral("7"));

        // Header names are lower-cased; ids match ignoring case, as Graph's do.
        const BatchItemReply *registration
            = BatchCodec::find(decoded.items, QStringLiteral("USER.Registration"));
        QVERIFY(registration);
        QCOMPARE(registration->status, 403);
        QCOMPARE(registration->headers.value(QStringLiteral("request-id")),
            QStringLiteral("5f0c3a1e-9b7d-4c55-a2a4-0d6f8e1b2c33"));
        QVERIFY(!BatchCodec::find(decoded.items, QStringLiteral("user.methods")));
    }

    void decodeRejectsWrongShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no responses")
            << QByteArray(R"({"value":[]})") << QStringLiteral("\"responses\"");
        QTest::newRow("responses not an array")
            << QByteArray(R"({"responses":{"id":"1"}})") << QStringLiteral("\"responses\"");
        QTest::newRow("entry without id")
            << QByteArray(R"({"responses":[{"status":200,"body":{}}]})")
            << QStringLiteral("\"id\"");
        QTest::newRow("status as text")
            << QByteArray(R"({"responses":[{"id":"1","status":"200"}]})")
            << QStringLiteral("\"status\"");
        QTest::newRow("entry not an object")
            << QByteArray(R"({"responses":["1"]})") << QStringLiteral("response 0");
    }

    void decodeRejectsWrongShapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const BatchCodec::Decoded decoded
            = BatchCodec::decode(QJsonDocument::fromJson(json).object());
        QVERIFY(decoded.error.has_value());
        QVERIFY2(decoded.error->contains(expected), qPrintable(*decoded.error));
        QVERIFY(decoded.items.isEmpty());
    }

    void emptyResponsesArrayIsWellFormed()
    {
        const BatchCodec::Decoded decoded
            = BatchCodec::decode(QJsonDocument::fromJson(R"({"responses":[]})").object());
        QVERIFY(!decoded.error);
        QVERIFY(decoded.items.isEmpty());
    }

    void splitKeepsBatchesAtTwenty_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("none") << 0 << QList<int> {};
        QTest::newRow("one") << 1 << QList<int> { 1 };
        QTest::newRow("twenty") << 20 << QList<int> { 20 };
        QTest::newRow("twenty-one") << 21 << QList<int> { 20, 1 };
        QTest::newRow("twenty-five") << 25 << QList<int> { 20, 5 };
        QTest::newRow("forty-five") << 45 << QList<int> { 20, 20, 5 };
    }

    void splitKeepsBatchesAtTwenty()
    {
        QFETCH(int, count);
        QFETCH(QList<int>, sizes);
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids << QStringLiteral("r%1").arg(i);
        const QList<QList<int>> batches = BatchCodec::split(ids);
        QList<int> actual;
        QList<int> all;
        for (const QList<int> &batch : batches) {
            actual << int(batch.size());
            all << batch;
        }
        QCOMPARE(actual, sizes);
        std::sort(all.begin(), all.end());
        QList<int> expectedIndexes;
        for (int i = 0; i < count; ++i)
            expectedIndexes << i;
        QCOMPARE(all, expectedIndexes); // every request exactly once
    }

    void splitSeparatesIdsEqualIgnoringCase()
    {
        const QStringList ids { QStringLiteral("user"), QStringLiteral("USER"),
            QStringLiteral("other"), QStringLiteral("User") };
        const QList<QList<int>> batches = BatchCodec::split(ids);
        QCOMPARE(batches.size(), 3);
        for (const QList<int> &batch : batches) {
            QSet<QString> folded;
            for (int index : batch) {
                const QString id = ids.at(index).toCaseFolded();
                QVERIFY2(!folded.contains(id), "Graph would answer 400 to a repeated id");
                folded.insert(id);
            }
        }
        QCOMPARE(batches.at(0), (QList<int> { 0, 2 }));
    }
};

QTEST_GUILESS_MAIN(TestBatchCodec)
#include "TestBatchCodec.moc"
