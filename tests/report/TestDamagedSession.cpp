// Issue 8 item 5, the core reader: every damaged session (DamagedSessions.h) is refused with a
// message naming what is wrong, never a crash and never a half-read session; the sample it
// is made from loads, so the refusals are about the damage.
#include "DamagedSessions.h"

#include <QtTest>

using namespace sspr;

class TestDamagedSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sampleLoads()
    {
        QString error;
        const auto session = report::SessionJson::fromBytes(damaged::sampleBytes(), &error);
        QVERIFY2(session, qPrintable(error));
        const report::Session sample = damaged::sampleSession();
        QCOMPARE(session->findings.size(), 2);
        QCOMPARE(session->findings.at(1).notApplicable, true);
        QCOMPARE(session->findings.at(0).evidence.at(0).fields,
            sample.findings.at(0).evidence.at(0).fields);
        QCOMPARE(session->error.timestampUtc, sample.error.timestampUtc);
        QCOMPARE(session->error.aadstsCodes, sample.error.aadstsCodes);
        QCOMPARE(session->answers, sample.answers);
        QCOMPARE(session->rootCause.who, checks::Actor::User);
        QCOMPARE(session->graphRoundTrips, 2);
        // Every field present in the sample, so wrongTypes() covers every field there is.
        QVERIFY(damaged::wrongTypes().size() > 400);
    }

    // A file from before the root cause and the cloud existed still opens (absent is not
    // damaged).
    void olderFileWithoutNewerFieldsLoads()
    {
        QJsonObject o = QJsonDocument::fromJson(damaged::sampleBytes()).object();
        for (const char *key : { "rootCause", "cloudKey", "signedInAs", "answers", "verdict",
                 "exitCode", "graphRoundTrips" })
            o.remove(QLatin1String(key));
        QString error;
        const auto session = report::SessionJson::fromJson(o, &error);
        QVERIFY2(session, qPrintable(error));
        QVERIFY(!session->rootCause.found);
        QCOMPARE(session->cloudKey, QStringLiteral("global"));
    }

    void damagedIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        for (const damaged::Case &c : damaged::all())
            QTest::newRow(qPrintable(c.name)) << c.bytes << c.messagePart;
    }
    void damagedIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        QString error;
        const auto session = report::SessionJson::fromBytes(bytes, &error);
        QVERIFY2(!session, "a damaged session was loaded");
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDamagedSession)
#include "TestDamagedSession.moc"
