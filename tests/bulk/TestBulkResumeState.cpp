// The resume sidecar: round trip through the file, and a damaged file says what is wrong.
#include "core/bulk/BulkResumeState.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sspr::bulk;

class TestBulkResumeState : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        BulkResumeState state;
        state.nextLink = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/reports/"
                                             "authenticationMethods/userRegistrationDetails?"
                                             "%24top=100&%24skiptoken=Zm9v%3D"));
        state.csvBytes = 123456789012LL;
        state.rowsWritten = 4200;
        state.usersScanned = 4300;
        state.failing = 17;
        state.undetermined = 9;
        state.pages = 43;
        state.fingerprint = QStringLiteral("v1|group=|userType=guest|onlyFailures=1");
        state.tenantId = QStringLiteral("b5a1c2d3-4e5f-4a6b-9c8d-0e1f2a3b4c5d");
        state.started = QDateTime(QDate(2026, 11, 25), QTime(17, 0, 5), Qt::UTC);
        const QString path = dir.filePath(QStringLiteral("scan.csv.resume.json"));
        QCOMPARE(state.save(path), std::nullopt);
        QString error;
        const auto back = BulkResumeState::load(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->nextLink, state.nextLink);
        QCOMPARE(back->nextLink.toString(QUrl::FullyEncoded),
            state.nextLink.toString(QUrl::FullyEncoded));
        QCOMPARE(back->csvBytes, state.csvBytes);
        QCOMPARE(back->rowsWritten, 4200);
        QCOMPARE(back->usersScanned, 4300);
        QCOMPARE(back->failing, 17);
        QCOMPARE(back->undetermined, 9);
        QCOMPARE(back->pages, 43);
        QCOMPARE(back->fingerprint, state.fingerprint);
        QCOMPARE(back->tenantId, state.tenantId);
        QCOMPARE(back->started, state.started);
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        const QByteArray good
            = "\"nextLink\": \"https://g/v1.0/x?$skiptoken=1\", \"csvBytes\": 10, "
              "\"rowsWritten\": 1, \"usersScanned\": 1, \"failing\": 0, "
              "\"undetermined\": 0, \"pages\": 1, \"fingerprint\": \"v1\"";
        QTest::newRow("truncated")
            << QByteArray("{\"version\": 1, \"nextLink\": \"htt") << "not JSON";
        QTest::newRow("empty") << QByteArray() << "not JSON";
        QTest::newRow("array") << QByteArray("[1]") << "not JSON";
        QTest::newRow("version") << QByteArray("{\"version\": 2, " + good + "}")
                                 << "not a version 1";
        QTest::newRow("relative link")
            << QByteArray("{\"version\": 1, \"nextLink\": \"/x\", \"csvBytes\": 1, "
                          "\"rowsWritten\": 1, \"usersScanned\": 1, \"failing\": 0, "
                          "\"pages\": 1, \"fingerprint\": \"v1\"}")
            << "nextLink";
        QTest::newRow("negative bytes")
            << QByteArray("{\"version\": 1, \"nextLink\": \"https://g/v1.0/x\", \"csvBytes\": "
                          "-5, \"rowsWritten\": 1, \"usersScanned\": 1, \"failing\": 0, "
                          "\"pages\": 1, \"fingerprint\": \"v1\"}")
            << "counter";
        QTest::newRow("fraction") << QByteArray(
            "{\"version\": 1, \"nextLink\": \"https://g/v1.0/x\", \"csvBytes\": "
            "1.5, \"rowsWritten\": 1, \"usersScanned\": 1, \"failing\": 0, "
            "\"pages\": 1, \"fingerprint\": \"v1\"}")
                                  << "counter";
        QTest::newRow("no fingerprint")
            << QByteArray("{\"version\": 1, \"nextLink\": \"https://g/v1.0/x\", \"csvBytes\": "
                          "1, \"rowsWritten\": 1, \"usersScanned\": 1, \"failing\": 0, "
                          "\"undetermined\": 0, \"pages\": 1}")
            << "fingerprint";
        QTest::newRow("no undetermined")
            << QByteArray("{\"version\": 1, \"nextLink\": \"https://g/v1.0/x\", \"csvBytes\": "
                          "1, \"rowsWritten\": 1, \"usersScanned\": 1, \"failing\": 0, "
                          "\"pages\": 1, \"fingerprint\": \"v1\"}")
            << "undetermined";
    }

    void damaged()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scan.csv.resume.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QString error;
        QVERIFY(!BulkResumeState::load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("is damaged")), qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("without --resume")), qPrintable(error));
    }

    void missingFileIsAnError()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!BulkResumeState::load(dir.filePath(QStringLiteral("none.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("Cannot read")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBulkResumeState)
#include "TestBulkResumeState.moc"
