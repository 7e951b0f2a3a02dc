// Playbooks per code: run order, root-cause priority, cause groups and answer rules of the
// built-in catalog, and the validation of the new catalog fields.
#include "core/checks/GuidedQuestions.h"
#include "core/playbook/ErrorCatalog.h"

#include <QtTest>

using namespace sspr::playbook;

namespace {
const QString kData = QStringLiteral(SSPR_TEST_DATA "/playbook/catalogs/");

QStringList available()
{
    return { "service.health", "user.account", "user.registration", "user.sspr-scope",
        "user.methods", "tenant.methods-policy", "tenant.sync", "tenant.writeback",
        "tenant.license", "tenant.admin-sspr", "user.sspr-audit", "user.signin-errors",
        "client.network", "client.clock", "client.os", "question.where", "question.browser",
        "question.other-network", "question.registration", "question.first-seen" };
}
} // namespace

class TestPlaybooks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasPriority();
    void leadingCause_data();
    void leadingCause();
    void causeGroups();
    void answersReorder_data();
    void answersReorder();
    void unknownCodeRunsGeneric();
    void invalidNewFields_data();
    void invalidNewFields();
    void optionalFieldsDefault();
};

void TestPlaybooks::everyCodeHasPriority()
{
    const ErrorCatalog &c = ErrorCatalog::builtIn();
    QCOMPARE(c.entries().size(), 15);
    for (const CatalogEntry &e : c.entries()) {
        QVERIFY2(e.rootCausePriority.size() >= 3, qPrintable(QString::number(e.code)));
        QVERIFY2(e.firstChecks.size() >= 3, qPrintable(QString::number(e.code)));
        // Every check the code runs first is ranked for it.
        for (const QString &id : e.firstChecks)
            QVERIFY2(e.rootCausePriority.contains(id),
                qPrintable(QStringLiteral("%1 %2").arg(e.code).arg(id)));
        const Playbook p = c.playbookFor(e.code, available());
        QVERIFY(p.known);
        QCOMPARE(p.rootCausePriority, e.rootCausePriority);
        QCOMPARE(p.checkIds.size(), available().size()); // every check still runs
    }
    QVERIFY(c.rootCausePriority(0).size() >= 10);
    QCOMPARE(c.rootCausePriority(0).first(), QStringLiteral("service.health"));
}

void TestPlaybooks::leadingCause_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("prefix");
    QTest::newRow("120012") << 120012 << QStringList { "tenant.writeback" };
    QTest::newRow("120013") << 120013 << QStringList { "tenant.writeback", "client.network" };
    QTest::newRow("120014") << 120014 << QStringList { "user.account", "tenant.writeback" };
    QTest::newRow("120016") << 120016 << QStringList { "user.account", "tenant.sync" };
    QTest::newRow("120021") << 120021
                            << QStringList { "service.health", "user.account", "user.sspr-scope",
                                   "user.registration", "question.registration", "user.methods" };
    QTest::newRow("120005") << 120005 << QStringList { "service.health" };
}

void TestPlaybooks::leadingCause()
{
    QFETCH(int, code);
    QFETCH(QStringList, prefix);
    QCOMPARE(ErrorCatalog::builtIn().rootCausePriority(code).mid(0, prefix.size()), prefix);
}

void TestPlaybooks::causeGroups()
{
    const ErrorCatalog &c = ErrorCatalog::builtIn();
    QCOMPARE(c.causeGroupOf("question.registration"), QStringLiteral("registration"));
    QCOMPARE(c.causeGroupOf("tenant.methods-policy"), QStringLiteral("registration"));
    QCOMPARE(c.causeGroupOf("user.signin-errors"), QStringLiteral("writeback"));
    QCOMPARE(c.causeGroupOf("question.other-network"), QStringLiteral("network"));
    QCOMPARE(c.causeGroupOf("service.health"), QStringLiteral("service"));
    QCOMPARE(c.causeGroupOf("not.a.check"), QString());
    QVERIFY(c.causeGroups().size() >= 6);
}

void TestPlaybooks::answersReorder_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("front");
    QTest::newRow("windows sign-in")
        << "where"
        << "windows-signin" << QStringList { "client.network", "client.clock" };
    QTest::newRow("ctrl-alt-del") << "where"
                                  << "ctrl-alt-del"
                                  << QStringList { "client.network", "client.clock" };
    QTest::newRow("hotspot works")
        << "other-network"
        << "no" << QStringList { "client.network", "question.other-network" };
    QTest::newRow("private window works") << "private-window"
                                          << "no" << QStringList { "question.browser" };
    QTest::newRow("portal: no change") << "where"
                                       << "sspr-portal" << QStringList {};
    QTest::newRow("hotspot fails too: no change") << "other-network"
                                                  << "yes" << QStringList {};
}

void TestPlaybooks::answersReorder()
{
    QFETCH(QString, question);
    QFETCH(QString, answer);
    QFETCH(QStringList, front);
    const ErrorCatalog &c = ErrorCatalog::builtIn();
    const Playbook plain = c.playbookFor(120021, available());
    const Playbook p = c.playbookFor(120021, available(), { { question, answer } });
    QCOMPARE(p.promoted, front);
    if (front.isEmpty()) {
        QCOMPARE(p.checkIds, plain.checkIds);
        QCOMPARE(p.rootCausePriority, plain.rootCausePriority);
        return;
    }
    QCOMPARE(p.checkIds.mid(0, front.size()), front);
    QCOMPARE(p.rootCausePriority.mid(0, front.size()), front);
    // Same checks, each once: only the order changed.
    QStringList a = p.checkIds, b = plain.checkIds;
    a.sort();
    b.sort();
    QCOMPARE(a, b);
    QVERIFY(plain.checkIds.indexOf(front.first()) > 0);
}

void TestPlaybooks::unknownCodeRunsGeneric()
{
    const ErrorCatalog &c = ErrorCatalog::builtIn();
    const Playbook p = c.playbookFor(50126, available(), { { "where", "windows-signin" } });
    QVERIFY(!p.known);
    QVERIFY2(p.title.contains(QLatin1String("not in the catalog")), qPrintable(p.title));
    QCOMPARE(p.checkIds.first(), QStringLiteral("client.network"));
    QCOMPARE(p.rootCausePriority.mid(2, 1), QStringList { "service.health" });
}

void TestPlaybooks::invalidNewFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("priority unknown check") << "priority-unknown-check.json"
                                            << "rootCausePriority\" names an unknown check";
    QTest::newRow("group twice") << "group-check-twice.json"
                                 << "already in another group";
    QTest::newRow("rule unknown question") << "rule-unknown-question.json"
                                           << "names an unknown question";
    QTest::newRow("rule without answers") << "rule-no-answers.json"
                                          << "\"answers\" is missing";
}

void TestPlaybooks::invalidNewFields()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!ErrorCatalog::load(kData + file, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestPlaybooks::optionalFieldsDefault()
{
    QString error;
    const auto c = ErrorCatalog::load(kData + QStringLiteral("valid-minimal.json"), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->find(120012)->rootCausePriority, c->find(120012)->firstChecks);
    QCOMPARE(c->rootCausePriority(0), c->genericChecks());
    QVERIFY(c->causeGroups().isEmpty());
    QVERIFY(c->promotedBy({ { "where", "windows-signin" } }).isEmpty());
}

QTEST_GUILESS_MAIN(TestPlaybooks)
#include "TestPlaybooks.moc"
