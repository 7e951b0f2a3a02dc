// BulkCsv: RFC 4180 quoting, formula-injection neutralising and UTF-8, read back by an
// independent strict reader.
#include "BulkCsvReader.h"
#include "core/bulk/BulkCsv.h"

#include <QJsonArray>
#include <QtTest>

using namespace sspr::bulk;

class TestBulkCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cell_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "adele@contoso.example"
                               << "adele@contoso.example";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "Vance, Adele"
                               << "\"Vance, Adele\"";
        QTest::newRow("quote") << "The \"boss\""
                               << "\"The \"\"boss\"\"\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("crlf") << "a\r\nb"
                              << "\"a\r\nb\"";
        QTest::newRow("formula =") << "=HYPERLINK(\"x\")"
                                   << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("formula +") << "+1 555 0100"
                                   << "'+1 555 0100";
        QTest::newRow("formula -") << "-2+3"
                                   << "'-2+3";
        QTest::newRow("formula @") << "@SUM(A1)"
                                   << "'@SUM(A1)";
        QTest::newRow("formula tab") << "\tcmd"
                                     << "'\tcmd";
        QTest::newRow("formula cr") << "\rcmd"
                                    << "\"'\rcmd\"";
        QTest::newRow("inner = is fine") << "a=b"
                                         << "a=b";
        QTest::newRow("umlaut") << QStringLiteral("Jürgen Größe") << QStringLiteral("Jürgen Größe");
    }

    void cell()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(BulkCsv::cell(value), written);
    }

    void lineIsUtf8AndCrlf()
    {
        const QByteArray line = BulkCsv::line({ QStringLiteral("Zoë"), QStringLiteral("日本") });
        QCOMPARE(line, QByteArray("Zo\xc3\xab,\xe6\x97\xa5\xe6\x9c\xac\r\n"));
    }

    void roundTripThroughAStrictReader()
    {
        const QStringList hostile { QStringLiteral("=cmd|' /C calc'!A0"),
            QStringLiteral("multi\nline, with \"quotes\""), QStringLiteral("-"),
            QStringLiteral("@"), QStringLiteral("Ünïcødé ✓"), QString() };
        QByteArray csv = BulkCsv::line(BulkCsv::header());
        csv += BulkCsv::line(hostile);
        const auto rows = bulktest::parseCsv(csv);
        QVERIFY(rows.has_value());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0), BulkCsv::header());
        const QStringList back = rows->at(1);
        QCOMPARE(back.size(), hostile.size());
        QCOMPARE(back.at(0), QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(back.at(1), hostile.at(1));
        QCOMPARE(back.at(2), QStringLiteral("'-"));
        QCOMPARE(back.at(3), QStringLiteral("'@"));
        QCOMPARE(back.at(4), hostile.at(4));
        QCOMPARE(back.at(5), QString());
    }

    void cellsOfARecord()
    {
        const QJsonObject record { { QStringLiteral("id"), QStringLiteral("u1") },
            { QStringLiteral("userPrincipalName"), QStringLiteral("=evil@contoso.example") },
            { QStringLiteral("userDisplayName"), QStringLiteral("Evil, Eve") },
            { QStringLiteral("userType"), QStringLiteral("member") },
            { QStringLiteral("isAdmin"), true }, { QStringLiteral("isSsprRegistered"), true },
            { QStringLiteral("isSsprEnabled"), false },
            { QStringLiteral("methodsRegistered"),
                QJsonArray { QStringLiteral("email"), QStringLiteral("mobilePhone") } } };
        const Verdict verdict { QStringLiteral("not-enabled"), sspr::checks::Status::Fail,
            QStringLiteral("text"), QStringLiteral("do") };
        const QStringList cells = BulkCsv::cells(record, verdict, SyncState::Synced);
        QCOMPARE(cells.size(), BulkCsv::header().size());
        QCOMPARE(cells,
            (QStringList { "u1", "=evil@contoso.example", "Evil, Eve", "member", "true",
                "not-enabled", "text", "email;mobilePhone", "true", "false", "", "true", "do" }));
        const auto rows = bulktest::parseCsv(BulkCsv::line(cells));
        QVERIFY(rows.has_value());
        QCOMPARE(rows->at(0).at(1), QStringLiteral("'=evil@contoso.example"));
        QCOMPARE(rows->at(0).at(2), QStringLiteral("Evil, Eve"));
    }
};

QTEST_GUILESS_MAIN(TestBulkCsv)
#include "TestBulkCsv.moc"
