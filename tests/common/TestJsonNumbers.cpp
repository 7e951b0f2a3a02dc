// common::wholeNumber: a JSON number is range-checked before it becomes an integer, so no
// value a file or a server can send reaches an undefined double-to-integer conversion.
#include "core/common/JsonNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <climits>
#include <limits>

using sspr::common::wholeNumber;

class TestJsonNumbers : public QObject {
    Q_OBJECT

    static QJsonValue parsed(const char *number)
    {
        // Through the parser, as the files and replies arrive (QJsonValue(double) would skip
        // the parser's own integer/double choice).
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + number + "]");
        return doc.array().at(0);
    }

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("int max") << "2147483647" << qint64(INT_MAX);
        QTest::newRow("int min") << "-2147483648" << qint64(INT_MIN);
        QTest::newRow("whole double") << "42.0" << qint64(42);
        QTest::newRow("exponent") << "1e3" << qint64(1000);
        QTest::newRow("2^53") << "9007199254740992" << qint64(9007199254740992LL);
    }

    void accepted()
    {
        QFETCH(QString, json);
        QFETCH(qint64, expected);
        const auto n = wholeNumber(parsed(json.toLatin1().constData()),
            std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        QVERIFY(n.has_value());
        QCOMPARE(*n, expected);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        const qint64 lo = std::numeric_limits<qint64>::min();
        const qint64 hi = std::numeric_limits<qint64>::max();
        QTest::newRow("fuzz_session: 1.2e22") << "1.2e22" << qint64(INT_MIN) << qint64(INT_MAX);
        QTest::newRow("-1.2e22") << "-1.2e22" << lo << hi;
        QTest::newRow("2^63 (one past qint64)") << "9223372036854775808" << lo << hi;
        QTest::newRow("1e19 counter") << "1e19" << qint64(0) << hi;
        QTest::newRow("past 2^53 (not exact)") << "9007199254740994" << lo << hi;
        QTest::newRow("fraction") << "1.5" << lo << hi;
        QTest::newRow("one past int max") << "2147483648" << qint64(INT_MIN) << qint64(INT_MAX);
        QTest::newRow("below min") << "-1" << qint64(0) << hi;
        QTest::newRow("above max") << "11" << qint64(0) << qint64(10);
        QTest::newRow("1e308") << "1e308" << lo << hi;
        QTest::newRow("text") << "\"7\"" << lo << hi;
        QTest::newRow("bool") << "true" << lo << hi;
        QTest::newRow("null") << "null" << lo << hi;
    }

    void refused()
    {
        QFETCH(QString, json);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        const QJsonValue v = parsed(json.toLatin1().constData());
        QVERIFY2(!v.isUndefined(), "the fixture did not parse");
        QVERIFY(!wholeNumber(v, min, max).has_value());
    }

    void missingIsRefused()
    {
        QVERIFY(!wholeNumber(QJsonValue(QJsonValue::Undefined), 0, 1).has_value());
    }
};

QTEST_GUILESS_MAIN(TestJsonNumbers)
#include "TestJsonNumbers.moc"
