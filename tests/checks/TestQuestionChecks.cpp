// The guided questions as findings: pure evaluation over tests/data/checks/question.*/.
#include "CheckFixture.h"

#include "core/checks/CheckRegistry.h"
#include "core/checks/GuidedQuestions.h"
#include "core/checks/QuestionCheck.h"

#include <QFileInfo>
#include <QtTest>

using namespace sspr::checks;
using sspr::tests::CheckFixture;
using sspr::tests::CheckFixtures;

namespace {
const QStringList kQuestionChecks { QStringLiteral("question.where"),
    QStringLiteral("question.browser"), QStringLiteral("question.other-network"),
    QStringLiteral("question.registration"), QStringLiteral("question.first-seen") };
}

class TestQuestionChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void everyCheckHasAllStatusesItCanGive_data();
    void everyCheckHasAllStatusesItCanGive();
    void registeredAndQuestionOnly();
    void questionsHaveTextsAndChoices();
    void answeredMeansSomething_data();
    void answeredMeansSomething();
};

void TestQuestionChecks::fixtures_data()
{
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QString>("path");
    for (const QString &id : kQuestionChecks) {
        const QStringList files = CheckFixtures::files(id);
        QVERIFY2(files.size() >= 2, qPrintable(id));
        for (const QString &path : files)
            QTest::newRow(qPrintable(id + u'/' + QFileInfo(path).completeBaseName())) << id << path;
    }
}

void TestQuestionChecks::fixtures()
{
    QFETCH(QString, checkId);
    QFETCH(QString, path);
    const auto check = CheckRegistry::create(checkId);
    QVERIFY(check);
    const auto loaded = CheckFixtures::load(path);
    if (const auto *error = std::get_if<QString>(&loaded))
        QFAIL(qPrintable(*error));
    const CheckFixture &fixture = std::get<CheckFixture>(loaded);
    const Finding finding = check->evaluate(fixture.evidence, fixture.context);
    // The shared rules expect a Graph request in the evidence; a question names itself instead.
    QStringList problems = CheckFixtures::verify(finding, fixture, *check);
    problems.removeAll(QStringLiteral("no evidence item names the Graph request"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
    QVERIFY(!finding.evidence.isEmpty());
    QCOMPARE(finding.evidence.first().source,
        QStringLiteral("question:") + check->questionIds().first());
    QCOMPARE(finding.evidence.first().httpStatus, 0);
}

void TestQuestionChecks::everyCheckHasAllStatusesItCanGive_data()
{
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QStringList>("statuses");
    QTest::newRow("where") << "question.where" << QStringList { "pass", "skipped", "error" };
    QTest::newRow("browser") << "question.browser"
                             << QStringList { "pass", "warning", "skipped", "error" };
    QTest::newRow("other-network")
        << "question.other-network" << QStringList { "pass", "warning", "skipped", "error" };
    QTest::newRow("registration") << "question.registration"
                                  << QStringList { "pass", "warning", "fail", "skipped", "error" };
    QTest::newRow("first-seen") << "question.first-seen" << QStringList { "pass", "skipped" };
}

void TestQuestionChecks::everyCheckHasAllStatusesItCanGive()
{
    QFETCH(QString, checkId);
    QFETCH(QStringList, statuses);
    const QSet<QString> have = CheckFixtures::expectedStatuses(checkId);
    for (const QString &status : statuses)
        QVERIFY2(have.contains(status), qPrintable(checkId + QStringLiteral(" lacks ") + status));
}

void TestQuestionChecks::registeredAndQuestionOnly()
{
    CheckContext ctx;
    for (const QString &id : kQuestionChecks) {
        QVERIFY2(CheckRegistry::allIds().contains(id), qPrintable(id));
        const auto check = CheckRegistry::create(id);
        QVERIFY(check);
        QCOMPARE(check->id(), id);
        QVERIFY(!check->title().isEmpty());
        QVERIFY(check->requests(ctx).isEmpty());
        QVERIFY(!check->needsProbes());
        QCOMPARE(check->questionIds().size(), 1);
        QVERIFY2(GuidedQuestions::byId(check->questionIds().first()), qPrintable(id));
        QVERIFY(QuestionCheck::isQuestionOnly(*check, ctx));
    }
    const auto graphCheck = CheckRegistry::create(QStringLiteral("user.account"));
    QVERIFY(graphCheck);
    QVERIFY(!QuestionCheck::isQuestionOnly(*graphCheck, ctx));
}

void TestQuestionChecks::questionsHaveTextsAndChoices()
{
    const QList<GuidedQuestion> all = GuidedQuestions::all();
    QCOMPARE(all.size(), 7);
    QCOMPARE(all.first().id, question::where);
    QSet<QString> ids;
    for (const GuidedQuestion &q : all) {
        ids.insert(q.id);
        QVERIFY2(q.text.endsWith(u'?'), qPrintable(q.text));
        QVERIFY(q.help.size() > 20);
        QCOMPARE(q.freeText, q.choices.isEmpty());
        for (const QuestionChoice &c : q.choices)
            QVERIFY(!c.key.isEmpty() && !c.label.isEmpty());
    }
    QCOMPARE(ids.size(), all.size());
    QVERIFY(GuidedQuestions::byId(question::firstSeen)->freeText);
    QVERIFY(GuidedQuestions::byId(question::writeback)->adminOnly);
    QVERIFY(!GuidedQuestions::byId(question::otherNetwork)->adminOnly);
    QVERIFY(!GuidedQuestions::byId(QStringLiteral("nope")));
    QStringList registrationKeys;
    const auto registration = GuidedQuestions::byId(question::registration);
    for (const QuestionChoice &c : registration->choices)
        registrationKeys << c.key;
    QCOMPARE(registrationKeys,
        QStringList({ "yes", "registered-no-code", "not-registered", "unknown" }));
    QStringList whereKeys;
    const auto where = GuidedQuestions::byId(question::where);
    for (const QuestionChoice &c : where->choices)
        whereKeys << c.key;
    QCOMPARE(whereKeys,
        QStringList(
            { "sspr-portal", "ctrl-alt-del", "windows-signin", "my-account", "app", "unknown" }));
}

void TestQuestionChecks::answeredMeansSomething_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("answered");
    QTest::newRow("empty") << "" << false;
    QTest::newRow("blank") << "  " << false;
    QTest::newRow("not-tried") << "not-tried" << false;
    QTest::newRow("unknown") << " unknown " << false;
    QTest::newRow("no") << "no" << true;
    QTest::newRow("text") << "last Monday" << true;
}

void TestQuestionChecks::answeredMeansSomething()
{
    QFETCH(QString, answer);
    QFETCH(bool, answered);
    QCOMPARE(QuestionCheck::isAnswered(answer), answered);
}

QTEST_GUILESS_MAIN(TestQuestionChecks)
#include "TestQuestionChecks.moc"
