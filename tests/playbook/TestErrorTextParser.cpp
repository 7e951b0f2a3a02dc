#include "core/playbook/ErrorTextParser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

using sspr::playbook::ErrorTextParser;
using sspr::playbook::ParsedError;

namespace {

// Each case is tests/data/playbook/errors/NAME.expect.json beside the pasted input NAME.<ext>
// (or a "generate" recipe for inputs too large to keep in the tree).
const QString kErrorsDir = QStringLiteral(SSPR_TEST_DATA "/playbook/errors");
const QString kExpectSuffix = QStringLiteral(".expect.json");

QJsonDocument readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc;
}

QString generatedInput(const QJsonObject &recipe)
{
    QString text = recipe.value(QLatin1String("prefix")).toString();
    text += recipe.value(QLatin1String("repeat"))
                .toString()
                .repeated(recipe.value(QLatin1String("times")).toInt());
    text += recipe.value(QLatin1String("suffix")).toString();
    return text;
}

QString inputFor(const QString &base, const QJsonObject &expect)
{
    if (expect.contains(QLatin1String("generate")))
        return generatedInput(expect.value(QLatin1String("generate")).toObject());
    const QDir dir(kErrorsDir);
    QStringList inputs = dir.entryList({ base + QStringLiteral(".*") }, QDir::Files);
    inputs.removeAll(base + kExpectSuffix);
    if (inputs.size() != 1)
        qFatal("%s: expected exactly one input file, found %lld", qPrintable(base),
            static_cast<long long>(inputs.size()));
    QFile f(dir.filePath(inputs.first()));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list.append(item.toString());
    return list;
}

QList<int> ints(const QJsonValue &v)
{
    QList<int> list;
    for (const QJsonValue &item : v.toArray())
        list.append(item.toInt());
    return list;
}

bool isLowerGuid(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(s).hasMatch();
}

// Properties every result holds, whatever the input.
void verifyInvariants(const ParsedError &p)
{
    QSet<int> seen;
    for (int code : p.aadstsCodes) {
        QVERIFY2(code >= 10000 && code <= 999999, qPrintable(QString::number(code)));
        QVERIFY2(!seen.contains(code), "duplicate code");
        seen.insert(code);
    }
    QVERIFY(p.correlationId.isEmpty() || isLowerGuid(p.correlationId));
    QVERIFY(p.traceId.isEmpty() || isLowerGuid(p.traceId));
    QVERIFY(!p.timestampUtc.isValid() || p.timestampUtc.timeSpec() == Qt::UTC);
    QVERIFY(p.message.size() <= 1000);
    QCOMPARE(p.message, p.message.trimmed());
    static const QRegularExpression sspr(QStringLiteral("^SSPR_\\d{4}$"));
    for (const QString &c : p.ssprCodes)
        QVERIFY2(sspr.match(c).hasMatch(), qPrintable(c));
    QCOMPARE(p.notFound.contains(QLatin1String("code")), p.aadstsCodes.isEmpty());
    QCOMPARE(p.notFound.contains(QLatin1String("message")), p.message.isEmpty());
    QCOMPARE(p.notFound.contains(QLatin1String("correlationId")), p.correlationId.isEmpty());
    QCOMPARE(p.notFound.contains(QLatin1String("traceId")), p.traceId.isEmpty());
    QCOMPARE(p.notFound.contains(QLatin1String("timestamp")), !p.timestampUtc.isValid());
}

QString mutate(const QString &in, QRandomGenerator &rng)
{
    QString s = in;
    const int edits = 1 + rng.bounded(6);
    for (int e = 0; e < edits; ++e) {
        const qsizetype pos = s.isEmpty() ? 0 : rng.bounded(static_cast<int>(s.size()));
        switch (rng.bounded(6)) {
        case 0: // cut a range
            s.remove(pos, rng.bounded(40));
            break;
        case 1: { // insert random code units, lone surrogates included
            QString junk;
            for (int i = rng.bounded(1, 12); i > 0; --i)
                junk.append(QChar(static_cast<char16_t>(rng.bounded(0x10000))));
            s.insert(pos, junk);
            break;
        }
        case 2: // duplicate a chunk
            s.insert(pos, s.mid(rng.bounded(static_cast<int>(s.size()) + 1), 60));
            break;
        case 3: // a line break somewhere
            s.insert(pos, rng.bounded(2) ? QStringLiteral("\n> ") : QStringLiteral("\r\n"));
            break;
        case 4: // flip case
            if (pos < s.size())
                s[pos] = s.at(pos).isUpper() ? s.at(pos).toLower() : s.at(pos).toUpper();
            break;
        default: // truncate
            s.truncate(pos);
            break;
        }
    }
    return s;
}

} // namespace

class TestErrorTextParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusIsLargeEnough();
    void cases_data();
    void cases();
    void timestamps_data();
    void timestamps();
    void pathological_data();
    void pathological();
    void mutationsKeepInvariants();
    void isDeterministic();
};

void TestErrorTextParser::initTestCase()
{
    // Thousands of parses below; their debug lines would drown the test log.
    QLoggingCategory::setFilterRules(QStringLiteral("sspr.playbook.parser.debug=false"));
}

void TestErrorTextParser::corpusIsLargeEnough()
{
    const QStringList cases = QDir(kErrorsDir).entryList({ QStringLiteral("*") + kExpectSuffix });
    QVERIFY2(cases.size() >= 25, qPrintable(QString::number(cases.size())));
}

void TestErrorTextParser::cases_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QJsonObject>("expect");
    const QStringList files = QDir(kErrorsDir).entryList({ QStringLiteral("*") + kExpectSuffix });
    for (const QString &file : files) {
        const QString base = file.chopped(kExpectSuffix.size());
        const QJsonObject expect = readJson(QDir(kErrorsDir).filePath(file)).object();
        QTest::newRow(qPrintable(base)) << inputFor(base, expect) << expect;
    }
}

void TestErrorTextParser::cases()
{
    QFETCH(QString, input);
    QFETCH(QJsonObject, expect);
    QVERIFY2(!expect.value(QLatin1String("description")).toString().isEmpty(),
        "every case says what it shows");

    const ParsedError p = ErrorTextParser::parse(input);

    QCOMPARE(p.aadstsCodes, ints(expect.value(QLatin1String("codes"))));
    QCOMPARE(p.message, expect.value(QLatin1String("message")).toString());
    QCOMPARE(p.errorName, expect.value(QLatin1String("errorName")).toString());
    QCOMPARE(p.correlationId, expect.value(QLatin1String("correlationId")).toString());
    QCOMPARE(p.traceId, expect.value(QLatin1String("traceId")).toString());
    QCOMPARE(p.errorUri, expect.value(QLatin1String("errorUri")).toString());
    QCOMPARE(p.ssprCodes, strings(expect.value(QLatin1String("ssprCodes"))));
    QCOMPARE(p.writebackEventIds, ints(expect.value(QLatin1String("writebackEventIds"))));
    QCOMPARE(p.notFound, strings(expect.value(QLatin1String("notFound"))));

    const QString ts = expect.value(QLatin1String("timestampUtc")).toString();
    if (ts.isEmpty()) {
        QVERIFY2(!p.timestampUtc.isValid(), qPrintable(p.timestampUtc.toString(Qt::ISODate)));
    } else {
        QCOMPARE(p.timestampUtc.toString(Qt::ISODateWithMs), ts);
        QCOMPARE(p.timestampUtc.timeSpec(), Qt::UTC);
    }

    const QStringList notes = strings(expect.value(QLatin1String("notes")));
    QCOMPARE(p.notes.size(), notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i)
        QVERIFY2(p.notes.at(i).contains(notes.at(i)), qPrintable(p.notes.at(i)));

    verifyInvariants(p);
}

void TestErrorTextParser::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<bool>("assumedUtc");
    const QJsonArray rows
        = readJson(QStringLiteral(SSPR_TEST_DATA "/playbook/timestamps.json")).array();
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString text = row.value(QLatin1String("text")).toString();
        QTest::newRow(qPrintable(text)) << text << row.value(QLatin1String("utc")).toString()
                                        << row.value(QLatin1String("assumedUtc")).toBool();
    }
    QVERIFY(rows.size() >= 30);
}

void TestErrorTextParser::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    QFETCH(bool, assumedUtc);

    // Each format both after the label and on a line of its own further down a paste.
    const QStringList inputs { QStringLiteral("Timestamp: ") + text,
        QStringLiteral("AADSTS120021: x\nTrace ID: -\nTimestamp:\n  ") + text + u'\n' };
    for (const QString &input : inputs) {
        const ParsedError p = ErrorTextParser::parse(input);
        if (utc.isEmpty()) {
            QVERIFY2(!p.timestampUtc.isValid(), qPrintable(p.timestampUtc.toString(Qt::ISODate)));
            QVERIFY(p.notFound.contains(QLatin1String("timestamp")));
            QVERIFY(p.notes.isEmpty());
            continue;
        }
        QCOMPARE(p.timestampUtc.toString(Qt::ISODateWithMs), utc);
        QCOMPARE(p.timestampUtc.timeSpec(), Qt::UTC);
        QCOMPARE(p.notes.size(), assumedUtc ? 1 : 0);
        if (assumedUtc)
            QVERIFY(p.notes.first().contains(QLatin1String("UTC")));
    }
}

void TestErrorTextParser::pathological_data()
{
    QTest::addColumn<QString>("input");
    const qsizetype mb = ErrorTextParser::kMaxInputChars;
    QTest::newRow("open braces") << QString(mb, u'{');
    QTest::newRow("open angles") << QString(mb, u'<');
    QTest::newRow("unterminated tags") << QStringLiteral("<a href=\"").repeated(mb / 9);
    QTest::newRow("codes glued") << QStringLiteral("AADSTS120021").repeated(mb / 12);
    QTest::newRow("codes spaced") << QStringLiteral("AADSTS120021 ").repeated(mb / 13);
    QTest::newRow("labels without values")
        << QStringLiteral("Correlation ID: Trace ID: ").repeated(mb / 26);
    QTest::newRow("timestamp labels") << QStringLiteral("Timestamp: 11/25/2026 ").repeated(mb / 22);
    QTest::newRow("almost guids")
        << QStringLiteral("Request Id: 0123abcd-0123-0123-0123-0123abcd012\n").repeated(mb / 50);
    QTest::newRow("entities") << QStringLiteral("&#&amp;&#x1F600;&nbsp").repeated(mb / 22);
    QTest::newRow("json escapes") << QStringLiteral("\\u00\\r\\n\\\"").repeated(mb / 11);
    QTest::newRow("empty lines") << QString(mb, u'\n');
    QTest::newRow("date-like lines") << QStringLiteral("2026-11-25 99:99\n").repeated(mb / 17);
    QTest::newRow("quote markers") << QStringLiteral(">>>> > >\n").repeated(mb / 9);
    QTest::newRow("event ids") << QStringLiteral("Event ID: 31003 Id : 1 ").repeated(mb / 23);
    QTest::newRow("query parameters")
        << QStringLiteral("?error=x&error_description=%25").repeated(mb / 31);
    QTest::newRow("many json objects")
        << QStringLiteral("{\"a\":{\"b\":[1,2,{\"c\":\"}\"}]}} ").repeated(mb / 27);
    QTest::newRow("over the cap") << QString(4 * mb, u'x');
}

void TestErrorTextParser::pathological()
{
    QFETCH(QString, input);
    QElapsedTimer timer;
    timer.start();
    const ParsedError p = ErrorTextParser::parse(input);
    const qint64 ms = timer.elapsed();
    // Generous for a debug build on a shared machine; a backtracking regex takes minutes.
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    verifyInvariants(p);
}

void TestErrorTextParser::mutationsKeepInvariants()
{
    QRandomGenerator rng(120021);
    const QDir dir(kErrorsDir);
    int parsed = 0;
    for (const QString &file : dir.entryList({ QStringLiteral("*") + kExpectSuffix })) {
        const QString base = file.chopped(kExpectSuffix.size());
        const QJsonObject expect = readJson(dir.filePath(file)).object();
        if (expect.contains(QLatin1String("generate")))
            continue;
        const QString input = inputFor(base, expect);
        for (int i = 0; i < 60; ++i) {
            verifyInvariants(ErrorTextParser::parse(mutate(input, rng)));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("mutation %1 of %2").arg(i).arg(base)));
            ++parsed;
        }
    }
    QVERIFY(parsed >= 25 * 60);
}

void TestErrorTextParser::isDeterministic()
{
    QFile f(kErrorsDir + QStringLiteral("/browser-signin-120021.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString input = QString::fromUtf8(f.readAll());
    const ParsedError a = ErrorTextParser::parse(input);
    const ParsedError b = ErrorTextParser::parse(input);
    QCOMPARE(a.aadstsCodes, b.aadstsCodes);
    QCOMPARE(a.message, b.message);
    QCOMPARE(a.correlationId, b.correlationId);
    QCOMPARE(a.traceId, b.traceId);
    QCOMPARE(a.timestampUtc, b.timestampUtc);
    QCOMPARE(a.notFound, b.notFound);
    QCOMPARE(a.notes, b.notes);
}

QTEST_GUILESS_MAIN(TestErrorTextParser)
#include "TestErrorTextParser.moc"
