// Session verdict (never an all-clear while a check failed, erred or was skipped), and the
// root cause, answers, not-answered questions and cloud in the JSON and the text summary.
#include "core/report/SessionJson.h"
#include "core/report/TextSummary.h"

#include <QtTest>

using namespace sspr;
using checks::Status;

namespace {
checks::Finding finding(const QString &id, Status status)
{
    checks::Finding f;
    f.checkId = id;
    f.title = id;
    f.status = status;
    f.summary = QStringLiteral("summary of ") + id;
    return f;
}

report::Session withCause()
{
    report::Session s;
    s.appVersion = QStringLiteral("0.1.0");
    s.playbookCode = 120021;
    s.playbookKnown = true;
    s.userKey = QStringLiteral("adele@contoso-demo.example");
    s.findings << finding(QStringLiteral("service.health"), Status::Pass)
               << finding(QStringLiteral("user.registration"), Status::Fail)
               << finding(QStringLiteral("question.registration"), Status::Fail);
    s.answers.insert(QStringLiteral("registration"), QStringLiteral("not-registered"));
    s.notAnswered = QStringList { QStringLiteral("where"), QStringLiteral("private-window") };
    s.cloudKey = QStringLiteral("usgov-gcch");
    s.rootCause.found = true;
    s.rootCause.checkId = QStringLiteral("user.registration");
    s.rootCause.title = QStringLiteral("Adele is not registered for password reset.");
    s.rootCause.summary = QStringLiteral("Registration: not registered.");
    s.rootCause.supportingCheckIds = QStringList { QStringLiteral("user.registration"),
        QStringLiteral("question.registration") };
    s.rootCause.confidence = 2;
    s.rootCause.who = checks::Actor::User;
    s.rootCause.nextStep = QStringLiteral("Register at https://aka.ms/ssprsetup.");
    s.rootCause.docUrl = QUrl(QStringLiteral("https://learn.microsoft.com/entra/x"));
    return s;
}
} // namespace

class TestSessionRootCause : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void neverAllClearWithAGap_data();
    void neverAllClearWithAGap();
    void notAnsweredDoesNotChangeTheVerdict();
    void jsonRoundTrip();
    void olderFileWithoutRootCause();
    void damagedRootCause();
    void summaryStartsWithTheCause();
    void summarySaysGenericPlaybook();
};

void TestSessionRootCause::neverAllClearWithAGap_data()
{
    QTest::addColumn<QList<Status>>("statuses");
    QTest::addColumn<QString>("verdict");
    // Every mix of one gap with passes and warnings.
    for (Status gap : { Status::Fail, Status::Error, Status::Skipped }) {
        for (Status other : { Status::Pass, Status::Warning }) {
            const QString expected
                = gap == Status::Fail ? QStringLiteral("failed") : QStringLiteral("incomplete");
            QTest::addRow("%s with %s", qPrintable(checks::statusKey(gap)),
                qPrintable(checks::statusKey(other)))
                << QList<Status> { other, gap, other } << expected;
        }
    }
    QTest::newRow("only passes") << QList<Status> { Status::Pass, Status::Pass } << "all-pass";
}

void TestSessionRootCause::neverAllClearWithAGap()
{
    QFETCH(QList<Status>, statuses);
    QFETCH(QString, verdict);
    report::Session s;
    int i = 0;
    for (Status st : statuses)
        s.findings << finding(QStringLiteral("c%1").arg(i++), st);
    QCOMPARE(report::verdictKey(s.verdict()), verdict);
    const bool gap = statuses.contains(Status::Fail) || statuses.contains(Status::Error)
        || statuses.contains(Status::Skipped);
    if (gap) {
        QVERIFY(s.verdict() != report::Verdict::AllPass);
        QVERIFY(s.verdict() != report::Verdict::Warnings);
        QVERIFY(s.exitCode() != 0);
    }
}

void TestSessionRootCause::notAnsweredDoesNotChangeTheVerdict()
{
    report::Session s;
    s.findings << finding(QStringLiteral("service.health"), Status::Pass);
    QCOMPARE(s.verdict(), report::Verdict::AllPass);
    s.notAnswered = QStringList { QStringLiteral("where"), QStringLiteral("other-network") };
    QCOMPARE(s.verdict(), report::Verdict::AllPass);
    QCOMPARE(s.exitCode(), 0);
}

void TestSessionRootCause::jsonRoundTrip()
{
    const report::Session s = withCause();
    const QJsonObject json = report::SessionJson::toJson(s);
    QCOMPARE(json.value(QLatin1String("schema")).toString(), QStringLiteral("sspr-doctor/session"));
    QCOMPARE(json.value(QLatin1String("schemaVersion")).toInt(), 1);
    const QJsonObject cause = json.value(QLatin1String("rootCause")).toObject();
    QCOMPARE(cause.value(QLatin1String("checkId")).toString(), QStringLiteral("user.registration"));
    QCOMPARE(cause.value(QLatin1String("confidence")).toInt(), 2);
    QCOMPARE(cause.value(QLatin1String("who")).toString(), QStringLiteral("user"));
    QCOMPARE(json.value(QLatin1String("cloudKey")).toString(), QStringLiteral("usgov-gcch"));
    QCOMPARE(json.value(QLatin1String("notAnswered")).toArray().size(), 2);

    QString error;
    const auto back = report::SessionJson::fromBytes(report::SessionJson::toBytes(s), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->rootCause.found, true);
    QCOMPARE(back->rootCause.checkId, s.rootCause.checkId);
    QCOMPARE(back->rootCause.title, s.rootCause.title);
    QCOMPARE(back->rootCause.summary, s.rootCause.summary);
    QCOMPARE(back->rootCause.supportingCheckIds, s.rootCause.supportingCheckIds);
    QCOMPARE(back->rootCause.confidence, 2);
    QCOMPARE(back->rootCause.who, checks::Actor::User);
    QCOMPARE(back->rootCause.nextStep, s.rootCause.nextStep);
    QCOMPARE(back->rootCause.docUrl, s.rootCause.docUrl);
    QCOMPARE(back->notAnswered, s.notAnswered);
    QCOMPARE(back->cloudKey, QStringLiteral("usgov-gcch"));
    QCOMPARE(back->answers.value(QStringLiteral("registration")), QStringLiteral("not-registered"));
}

void TestSessionRootCause::olderFileWithoutRootCause()
{
    QJsonObject json = report::SessionJson::toJson(withCause());
    json.remove(QLatin1String("rootCause"));
    json.remove(QLatin1String("cloudKey"));
    json.remove(QLatin1String("notAnswered"));
    QString error;
    const auto back = report::SessionJson::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(!back->rootCause.found);
    QVERIFY(back->rootCause.checkId.isEmpty());
    QCOMPARE(back->cloudKey, QStringLiteral("global"));
    QVERIFY(back->notAnswered.isEmpty());
}

void TestSessionRootCause::damagedRootCause()
{
    QJsonObject json = report::SessionJson::toJson(withCause());
    json.insert(QLatin1String("rootCause"), QStringLiteral("registration"));
    QString error;
    QVERIFY(!report::SessionJson::fromJson(json, &error));
    QVERIFY2(error.contains(QLatin1String("rootCause")), qPrintable(error));

    QJsonObject cause
        = report::SessionJson::toJson(withCause()).value(QLatin1String("rootCause")).toObject();
    cause.remove(QLatin1String("checkId"));
    json.insert(QLatin1String("rootCause"), cause);
    QVERIFY(!report::SessionJson::fromJson(json, &error));
    QVERIFY2(error.contains(QLatin1String("rootCause.checkId")), qPrintable(error));
}

void TestSessionRootCause::summaryStartsWithTheCause()
{
    const QString text = report::TextSummary::render(withCause());
    const qsizetype cause
        = text.indexOf(QLatin1String("Most likely cause: Adele is not registered"));
    QVERIFY2(cause > 0, qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("supported by 2 findings")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Who must act: the user")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Next step: Register at https://aka.ms/ssprsetup.")),
        qPrintable(text));
    // Before the verdict line and the per-check list.
    QVERIFY(cause < text.indexOf(QLatin1String("At least one check failed")));
    QVERIFY(cause < text.indexOf(QLatin1String("[FAIL ]")));
    QVERIFY2(text.contains(QLatin1String("Not answered: where, private-window")), qPrintable(text));
}

void TestSessionRootCause::summarySaysGenericPlaybook()
{
    report::Session s = withCause();
    s.playbookCode = 50126;
    s.playbookKnown = false;
    const QString text = report::TextSummary::render(s);
    QVERIFY2(text.contains(QLatin1String("AADSTS50126 is not in the 1200xx catalog: the generic "
                                         "SSPR playbook ran.")),
        qPrintable(text));
    QVERIFY(!report::TextSummary::render(withCause()).contains(QLatin1String("generic SSPR")));
}

QTEST_GUILESS_MAIN(TestSessionRootCause)
#include "TestSessionRootCause.moc"
