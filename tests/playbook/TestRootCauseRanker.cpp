// RootCauseRanker, table-driven from tests/data/playbook/root-cause-cases.json.
#include "core/playbook/RootCauseRanker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sspr;
using sspr::playbook::RootCauseRanker;

namespace {

QJsonArray cases()
{
    QFile f(QStringLiteral(SSPR_TEST_DATA "/playbook/root-cause-cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open the root-cause table");
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("cases")).toArray();
}

checks::Finding finding(const QJsonArray &row)
{
    checks::Finding f;
    f.checkId = row.at(0).toString();
    f.title = QStringLiteral("Title of ") + f.checkId;
    f.status = *checks::statusFromKey(row.at(1).toString());
    f.summary = QStringLiteral("Summary of ") + f.checkId;
    f.remediation.who = *checks::actorFromKey(row.at(2).toString());
    f.remediation.text = QStringLiteral("Fix ") + f.checkId;
    f.remediation.docUrl = QUrl(QStringLiteral("https://learn.microsoft.com/x/") + f.checkId);
    return f;
}

} // namespace

class TestRootCauseRanker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void leadingFindingGivesTheRemedy();
    void orderOfFindingsBreaksTheLastTie();
};

void TestRootCauseRanker::table_data()
{
    QTest::addColumn<QJsonObject>("row");
    const QJsonArray all = cases();
    QVERIFY(all.size() >= 15);
    for (const QJsonValue &v : all)
        QTest::newRow(qPrintable(v[QLatin1String("name")].toString())) << v.toObject();
}

void TestRootCauseRanker::table()
{
    QFETCH(QJsonObject, row);
    QList<checks::Finding> findings;
    for (const QJsonValue &f : row.value(QLatin1String("findings")).toArray())
        findings << finding(f.toArray());
    QHash<QString, QString> answers;
    const QJsonObject a = row.value(QLatin1String("answers")).toObject();
    for (auto it = a.begin(); it != a.end(); ++it)
        answers.insert(it.key(), it.value().toString());
    const report::RootCause cause
        = RootCauseRanker::rank(findings, answers, row.value(QLatin1String("code")).toInt());

    const QJsonObject expect = row.value(QLatin1String("expect")).toObject();
    QCOMPARE(cause.found, expect.value(QLatin1String("found")).toBool());
    if (expect.contains(QLatin1String("checkId")))
        QCOMPARE(cause.checkId, expect.value(QLatin1String("checkId")).toString());
    if (expect.contains(QLatin1String("confidence")))
        QCOMPARE(cause.confidence, expect.value(QLatin1String("confidence")).toInt());
    QCOMPARE(cause.confidence, int(cause.supportingCheckIds.size()));
    if (expect.contains(QLatin1String("supporting"))) {
        QStringList supporting;
        for (const QJsonValue &v : expect.value(QLatin1String("supporting")).toArray())
            supporting << v.toString();
        QCOMPARE(cause.supportingCheckIds, supporting);
    }
    if (expect.contains(QLatin1String("who")))
        QCOMPARE(checks::actorKey(cause.who), expect.value(QLatin1String("who")).toString());
    const QString title = expect.value(QLatin1String("titleContains")).toString();
    QVERIFY2(cause.title.contains(title), qPrintable(cause.title));
    const QString contains = expect.value(QLatin1String("summaryContains")).toString();
    QVERIFY2(cause.summary.contains(contains), qPrintable(cause.summary));
    const QString lacks = expect.value(QLatin1String("summaryLacks")).toString();
    QVERIFY2(lacks.isEmpty() || !cause.summary.contains(lacks), qPrintable(cause.summary));
    QVERIFY(!cause.title.isEmpty());
    QVERIFY(!cause.summary.isEmpty());
    QVERIFY(!cause.nextStep.isEmpty());
    QCOMPARE(cause.docUrl.scheme(), QStringLiteral("https"));
    if (cause.found)
        QCOMPARE(cause.supportingCheckIds.value(0), cause.checkId);
}

void TestRootCauseRanker::leadingFindingGivesTheRemedy()
{
    const QList<checks::Finding> findings { finding({ "user.account", "pass", "nobody" }),
        finding({ "user.sspr-scope", "fail", "admin" }) };
    const report::RootCause cause = RootCauseRanker::rank(findings, {}, 120021);
    QCOMPARE(cause.checkId, QStringLiteral("user.sspr-scope"));
    QCOMPARE(cause.title, QStringLiteral("Summary of user.sspr-scope"));
    QCOMPARE(cause.nextStep, QStringLiteral("Fix user.sspr-scope"));
    QCOMPARE(
        cause.docUrl.toString(), QStringLiteral("https://learn.microsoft.com/x/user.sspr-scope"));
    QCOMPARE(cause.who, checks::Actor::Admin);
}

void TestRootCauseRanker::orderOfFindingsBreaksTheLastTie()
{
    // Two ungrouped unknown ids, same severity, neither in any priority: the first wins.
    const QList<checks::Finding> ab { finding({ "x.first", "warning", "user" }),
        finding({ "x.second", "warning", "admin" }) };
    QCOMPARE(RootCauseRanker::rank(ab, {}, 120021).checkId, QStringLiteral("x.first"));
    const QList<checks::Finding> ba { ab.at(1), ab.at(0) };
    QCOMPARE(RootCauseRanker::rank(ba, {}, 120021).checkId, QStringLiteral("x.second"));
}

QTEST_GUILESS_MAIN(TestRootCauseRanker)
#include "TestRootCauseRanker.moc"
