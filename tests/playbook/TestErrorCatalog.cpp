#include "core/playbook/CatalogStrings.h"
#include "core/playbook/ErrorCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using sspr::playbook::CatalogEntry;
using sspr::playbook::ErrorCatalog;
using sspr::playbook::Playbook;

namespace {

const QString kData = QStringLiteral(SSPR_TEST_DATA "/playbook");

QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The check ids of CHECKS.md, in the order the app registers them (not catalog order).
const QStringList kAllChecks {
    QStringLiteral("user.account"),
    QStringLiteral("user.registration"),
    QStringLiteral("user.sspr-scope"),
    QStringLiteral("user.methods"),
    QStringLiteral("service.health"),
    QStringLiteral("tenant.methods-policy"),
    QStringLiteral("tenant.sync"),
    QStringLiteral("tenant.writeback"),
    QStringLiteral("tenant.license"),
    QStringLiteral("tenant.admin-sspr"),
    QStringLiteral("user.sspr-audit"),
    QStringLiteral("user.signin-errors"),
    QStringLiteral("client.network"),
    QStringLiteral("client.clock"),
    QStringLiteral("client.os"),
};

int sentences(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)"));
    int n = 0;
    auto it = end.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class TestErrorCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInLoads();
    void sourceFileMatchesResource();
    void translatableTextsMatchTheCatalog();
    void familyCodes_data();
    void familyCodes();
    void onlyFamilyCodes();
    void mostTellingChecksFirst_data();
    void mostTellingChecksFirst();
    void hints_data();
    void hints();
    void hintLookupIgnoresCase();
    void genericChecksCoverEveryCheck();
    void invalidCatalogs_data();
    void invalidCatalogs();
    void missingFile();
    void validMinimalCatalog();
    void playbookForKnownCode();
    void playbookFiltersToAvailable();
    void playbookForUnknownCode();
    void playbookForNoCode();
    void playbookWithNothingAvailable();
};

void TestErrorCatalog::builtInLoads()
{
    QString error;
    const auto loaded
        = ErrorCatalog::load(QStringLiteral(":/playbooks/aadsts-1200xx.json"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(ErrorCatalog::builtIn().entries().size(), loaded->entries().size());
    QVERIFY(!ErrorCatalog::builtIn().hints().isEmpty());
}

void TestErrorCatalog::sourceFileMatchesResource()
{
    QString error;
    const auto onDisk = ErrorCatalog::load(
        QStringLiteral(SSPR_SOURCE_DIR "/resources/playbooks/aadsts-1200xx.json"), &error);
    QVERIFY2(onDisk, qPrintable(error));
    QCOMPARE(onDisk->entries().size(), ErrorCatalog::builtIn().entries().size());
    QCOMPARE(onDisk->hints().size(), ErrorCatalog::builtIn().hints().size());
}

void TestErrorCatalog::familyCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    const QJsonArray codes = readObject(kData + QStringLiteral("/family-1200xx.json"))
                                 .value(QLatin1String("codes"))
                                 .toArray();
    QCOMPARE(codes.size(), 15);
    for (const QJsonValue &v : codes) {
        const QJsonObject o = v.toObject();
        const int code = o.value(QLatin1String("code")).toInt();
        QTest::newRow(qPrintable(QString::number(code)))
            << code << o.value(QLatin1String("name")).toString();
    }
}

void TestErrorCatalog::familyCodes()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    const auto entry = ErrorCatalog::builtIn().find(code);
    QVERIFY2(entry, "code missing from the catalog");
    QCOMPARE(entry->code, code);
    QCOMPARE(entry->name, name);
    QCOMPARE(entry->link.toString(),
        QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code));
    // Plain words for an end user: one or two sentences.
    QVERIFY2(entry->meaning.size() >= 40, qPrintable(entry->meaning));
    QVERIFY2(sentences(entry->meaning) >= 1 && sentences(entry->meaning) <= 2,
        qPrintable(entry->meaning));
    QVERIFY(!entry->meaning.contains(entry->name));
    QVERIFY2(entry->likelyCauses.size() >= 2 && entry->likelyCauses.size() <= 4,
        qPrintable(entry->likelyCauses.join(u'|')));
    QVERIFY(!entry->firstChecks.isEmpty());
    for (const QString &id : entry->firstChecks)
        QVERIFY2(kAllChecks.contains(id), qPrintable(id));
}

void TestErrorCatalog::onlyFamilyCodes()
{
    for (const CatalogEntry &e : ErrorCatalog::builtIn().entries())
        QVERIFY2(e.code / 100 == 1200, qPrintable(QString::number(e.code)));
    QCOMPARE(ErrorCatalog::builtIn().entries().size(), 15);
}

void TestErrorCatalog::mostTellingChecksFirst_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("prefix");
    QTest::newRow("120012 writeback off")
        << 120012 << QStringList { "tenant.writeback", "client.network", "tenant.sync" };
    QTest::newRow("120013 Connect unreachable")
        << 120013 << QStringList { "tenant.writeback", "client.network", "tenant.sync" };
    QTest::newRow("120014 locked on-premises")
        << 120014 << QStringList { "user.account", "tenant.writeback" };
    QTest::newRow("120016 user not found")
        << 120016 << QStringList { "tenant.sync", "user.account" };
    QTest::newRow("120021 internal error")
        << 120021
        << QStringList { "service.health", "user.registration", "user.sspr-scope", "user.account",
               "tenant.writeback" };
    QTest::newRow("120005 cloud lags") << 120005 << QStringList { "service.health" };
}

void TestErrorCatalog::mostTellingChecksFirst()
{
    QFETCH(int, code);
    QFETCH(QStringList, prefix);
    const auto entry = ErrorCatalog::builtIn().find(code);
    QVERIFY(entry);
    QCOMPARE(entry->firstChecks.mid(0, prefix.size()), prefix);
}

void TestErrorCatalog::hints_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QString>("fixer");
    const QJsonArray hints = readObject(kData + QStringLiteral("/hints-expected.json"))
                                 .value(QLatin1String("hints"))
                                 .toArray();
    QVERIFY(hints.size() >= 50);
    for (const QJsonValue &v : hints) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        QTest::newRow(qPrintable(key)) << key << o.value(QLatin1String("checkId")).toString()
                                       << o.value(QLatin1String("fixer")).toString();
    }
}

void TestErrorCatalog::hints()
{
    QFETCH(QString, key);
    QFETCH(QString, checkId);
    QFETCH(QString, fixer);
    const auto hint = ErrorCatalog::builtIn().hint(key);
    QVERIFY2(hint, "hint missing from the catalog");
    QCOMPARE(hint->key, key);
    QCOMPARE(hint->checkId, checkId);
    QVERIFY(!hint->meaning.isEmpty());
    QVERIFY(!hint->fixer.isEmpty());
    if (!fixer.isEmpty())
        QCOMPARE(hint->fixer, fixer);
}

void TestErrorCatalog::hintLookupIgnoresCase()
{
    const auto hint = ErrorCatalog::builtIn().hint(QStringLiteral(" sspr_0029 "));
    QVERIFY(hint);
    QCOMPARE(hint->key, QStringLiteral("SSPR_0029"));
    QCOMPARE(hint->checkId, QStringLiteral("tenant.writeback"));
    QVERIFY(!ErrorCatalog::builtIn().hint(QStringLiteral("SSPR_0099")));
    QVERIFY(!ErrorCatalog::builtIn().hint(QStringLiteral("event:1098")));
}

void TestErrorCatalog::genericChecksCoverEveryCheck()
{
    QStringList generic = ErrorCatalog::builtIn().genericChecks();
    QCOMPARE(generic.first(), QStringLiteral("service.health"));
    generic.sort();
    QStringList all = kAllChecks;
    all.sort();
    QCOMPARE(generic, all);
}

void TestErrorCatalog::invalidCatalogs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("fragments");
    const QJsonArray cases = readObject(kData + QStringLiteral("/invalid-catalogs.json"))
                                 .value(QLatin1String("cases"))
                                 .toArray();
    QVERIFY(cases.size() >= 20);
    for (const QJsonValue &v : cases) {
        const QJsonObject o = v.toObject();
        const QString file = o.value(QLatin1String("file")).toString();
        QStringList fragments;
        for (const QJsonValue &f : o.value(QLatin1String("errorContains")).toArray())
            fragments.append(f.toString());
        QTest::newRow(qPrintable(file)) << file << fragments;
    }
}

void TestErrorCatalog::invalidCatalogs()
{
    QFETCH(QString, file);
    QFETCH(QStringList, fragments);
    QString error;
    const auto loaded = ErrorCatalog::load(kData + QStringLiteral("/catalogs/") + file, &error);
    QVERIFY(!loaded);
    QVERIFY2(error.startsWith(file + u':'), qPrintable(error));
    for (const QString &fragment : fragments)
        QVERIFY2(error.contains(fragment), qPrintable(error + QStringLiteral(" <- ") + fragment));
    // Also safe without an error out-parameter.
    QVERIFY(!ErrorCatalog::load(kData + QStringLiteral("/catalogs/") + file));
}

void TestErrorCatalog::missingFile()
{
    QString error;
    QVERIFY(!ErrorCatalog::load(kData + QStringLiteral("/catalogs/no-such-file.json"), &error));
    QVERIFY2(
        error.startsWith(QLatin1String("no-such-file.json: cannot be read")), qPrintable(error));
}

void TestErrorCatalog::validMinimalCatalog()
{
    QString error;
    const auto loaded
        = ErrorCatalog::load(kData + QStringLiteral("/catalogs/valid-minimal.json"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->entries().size(), 2);
    QCOMPARE(loaded->entries().at(1).code, 120012);
    QCOMPARE(loaded->entries().at(1).likelyCauses.size(), 2);
    QCOMPARE(loaded->hint(QStringLiteral("event:31015"))->checkId, QString());
    QCOMPARE(loaded->genericChecks(),
        QStringList({ QStringLiteral("service.health"), QStringLiteral("user.account") }));
    QVERIFY(!loaded->find(120013));
}

void TestErrorCatalog::playbookForKnownCode()
{
    const Playbook p = ErrorCatalog::builtIn().playbookFor(120021, kAllChecks);
    QCOMPARE(p.code, 120021);
    QVERIFY(p.known);
    QVERIFY2(p.title.contains(QLatin1String("120021")), qPrintable(p.title));
    QVERIFY2(p.title.contains(QLatin1String("PartnerServiceSsprInternalServiceError")),
        qPrintable(p.title));
    const QStringList first = ErrorCatalog::builtIn().find(120021)->firstChecks;
    QCOMPARE(p.checkIds.mid(0, first.size()), first);
    // Then every other available check once, in the order given.
    QStringList rest = kAllChecks;
    for (const QString &id : first)
        rest.removeAll(id);
    QCOMPARE(p.checkIds.mid(first.size()), rest);
    QCOMPARE(p.checkIds.size(), kAllChecks.size());
}

void TestErrorCatalog::playbookFiltersToAvailable()
{
    // Only four checks exist so far: the catalog order applies to those, unknown ones drop.
    const QStringList available { QStringLiteral("user.account"), QStringLiteral("user.sspr-scope"),
        QStringLiteral("service.health"), QStringLiteral("user.registration") };
    const Playbook p = ErrorCatalog::builtIn().playbookFor(120014, available);
    QVERIFY(p.known);
    QCOMPARE(p.checkIds,
        QStringList({ QStringLiteral("user.account"), QStringLiteral("user.sspr-scope"),
            QStringLiteral("service.health"), QStringLiteral("user.registration") }));
    const Playbook q = ErrorCatalog::builtIn().playbookFor(120021, available);
    QCOMPARE(q.checkIds,
        QStringList({ QStringLiteral("service.health"), QStringLiteral("user.registration"),
            QStringLiteral("user.sspr-scope"), QStringLiteral("user.account") }));
}

void TestErrorCatalog::playbookForUnknownCode()
{
    const Playbook p = ErrorCatalog::builtIn().playbookFor(50126, kAllChecks);
    QCOMPARE(p.code, 50126);
    QVERIFY(!p.known);
    QVERIFY2(p.title.contains(QLatin1String("50126")), qPrintable(p.title));
    QVERIFY2(p.title.contains(QLatin1String("not in the catalog")), qPrintable(p.title));
    QCOMPARE(p.checkIds, ErrorCatalog::builtIn().genericChecks());
}

void TestErrorCatalog::playbookForNoCode()
{
    const QStringList available { QStringLiteral("client.os"), QStringLiteral("user.account"),
        QStringLiteral("not.a.check") };
    const Playbook p = ErrorCatalog::builtIn().playbookFor(0, available);
    QCOMPARE(p.code, 0);
    QVERIFY(!p.known);
    QVERIFY2(p.title.contains(QLatin1String("No error code")), qPrintable(p.title));
    // Generic order first (user.account before client.os), then the rest as given.
    QCOMPARE(p.checkIds,
        QStringList({ QStringLiteral("user.account"), QStringLiteral("client.os"),
            QStringLiteral("not.a.check") }));
    QVERIFY(!ErrorCatalog::builtIn().playbookFor(-5, available).known);
}

void TestErrorCatalog::playbookWithNothingAvailable()
{
    const Playbook p = ErrorCatalog::builtIn().playbookFor(120021, {});
    QVERIFY(p.known);
    QVERIFY(p.checkIds.isEmpty());
}

QTEST_GUILESS_MAIN(TestErrorCatalog)
// The catalog's texts reach the .ts files only through the generated CatalogStrings.cpp:
// an edit to the JSON without re-running scripts/catalog-strings.py would ship untranslated.
void TestErrorCatalog::translatableTextsMatchTheCatalog()
{
    QFile file(QStringLiteral(SSPR_SOURCE_DIR "/resources/playbooks/aadsts-1200xx.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QSet<QString> fromJson;
    for (const QJsonValue &code : root.value(QLatin1String("codes")).toArray()) {
        fromJson.insert(code[QLatin1String("meaning")].toString());
        for (const QJsonValue &cause : code[QLatin1String("likelyCauses")].toArray())
            fromJson.insert(cause.toString());
    }
    for (const QJsonValue &hint : root.value(QLatin1String("hints")).toArray())
        fromJson.insert(hint[QLatin1String("meaning")].toString());
    const QStringList listed = sspr::playbook::CatalogStrings::all();
    const QSet<QString> generated(listed.cbegin(), listed.cend());
    QVERIFY2(fromJson.size() > 100, "the catalog lost its texts");
    for (const QString &text : fromJson)
        QVERIFY2(generated.contains(text),
            qPrintable(
                QStringLiteral("not in CatalogStrings.cpp (run scripts/catalog-strings.py): ")
                + text));
    for (const QString &text : generated)
        QVERIFY2(fromJson.contains(text),
            qPrintable(QStringLiteral("stale in CatalogStrings.cpp: ") + text));
}

#include "TestErrorCatalog.moc"
