// Diagnosis with guided answers and no sign-in: answered questions run as findings,
// unanswered ones are listed and never become a finding, the root cause is ranked, answer
// rules reorder the run, and rerun() updates one finding.
#include "core/playbook/Diagnosis.h"
#include "core/playbook/ErrorTextParser.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sspr;

namespace {
QStringList ids(const QList<checks::Finding> &findings)
{
    QStringList list;
    for (const checks::Finding &f : findings)
        list << f.checkId;
    return list;
}

const checks::Finding *findingOf(const report::Session &s, const QString &id)
{
    for (const checks::Finding &f : s.findings) {
        if (f.checkId == id)
            return &f;
    }
    return nullptr;
}

report::Session runDiagnosis(playbook::Diagnosis &diagnosis, const playbook::DiagnosisInput &in)
{
    QSignalSpy finished(&diagnosis, &playbook::Diagnosis::finished);
    diagnosis.start(in);
    if (!finished.wait(20000))
        qWarning("the diagnosis did not finish");
    return diagnosis.session();
}
} // namespace

class TestDiagnosisQuestions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answeredQuestionsBecomeFindings();
    void unansweredQuestionsAreListedNotRun();
    void answersReorderTheRun();
    void unknownCodeSaysGeneric();
    void rerunUpdatesOneFinding();
    void plannedChecksFollowTheAnswers();
};

void TestDiagnosisQuestions::answeredQuestionsBecomeFindings()
{
    playbook::Diagnosis diagnosis(nullptr, nullptr);
    playbook::DiagnosisInput in;
    in.userKey = QStringLiteral("adele@contoso-demo.example");
    in.answers = { { QStringLiteral("private-window"), QStringLiteral("no") },
        { QStringLiteral("registration"), QStringLiteral("not-registered") },
        { QStringLiteral("other-network"), QStringLiteral("not-tried") } };
    in.cloudKey = QStringLiteral("usgov-gcch");
    in.lookbackDays = 3;
    const report::Session s = runDiagnosis(diagnosis, in);
    QVERIFY(findingOf(s, QStringLiteral("question.browser")));
    QCOMPARE(findingOf(s, QStringLiteral("question.browser"))->status, checks::Status::Warning);
    QCOMPARE(findingOf(s, QStringLiteral("question.registration"))->status, checks::Status::Fail);
    QVERIFY(!findingOf(s, QStringLiteral("question.other-network")));
    QVERIFY(s.notAnswered.contains(QStringLiteral("other-network")));
    QVERIFY(!s.notAnswered.contains(QStringLiteral("private-window")));
    // Not signed in: every Graph check is skipped, so the answered fail leads.
    QCOMPARE(s.rootCause.found, true);
    QCOMPARE(s.rootCause.checkId, QStringLiteral("question.registration"));
    QCOMPARE(s.rootCause.who, checks::Actor::User);
    QCOMPARE(s.verdict(), report::Verdict::Failed);
    QCOMPARE(s.cloudKey, QStringLiteral("usgov-gcch"));
    QCOMPARE(s.answers.value(QStringLiteral("private-window")), QStringLiteral("no"));
}

void TestDiagnosisQuestions::unansweredQuestionsAreListedNotRun()
{
    playbook::Diagnosis diagnosis(nullptr, nullptr);
    playbook::DiagnosisInput in;
    in.userKey = QStringLiteral("adele@contoso-demo.example");
    const report::Session s = runDiagnosis(diagnosis, in);
    for (const QString &id : ids(s.findings))
        QVERIFY2(!id.startsWith(QLatin1String("question.")), qPrintable(id));
    QCOMPARE(s.notAnswered,
        QStringList({ "where", "private-window", "other-network", "registration", "first-seen" }));
    QVERIFY(!s.findings.isEmpty());
    // Graph checks skipped without sign-in: not an all-clear, and the cause says why.
    QCOMPARE(s.verdict(), report::Verdict::Incomplete);
    QCOMPARE(s.rootCause.found, false);
    QVERIFY2(s.rootCause.title.contains(QLatin1String("Not an all-clear")),
        qPrintable(s.rootCause.title));
    QVERIFY2(
        s.rootCause.summary.contains(QLatin1String("skipped")), qPrintable(s.rootCause.summary));
}

void TestDiagnosisQuestions::answersReorderTheRun()
{
    playbook::Diagnosis diagnosis(nullptr, nullptr);
    playbook::DiagnosisInput in;
    in.userKey = QStringLiteral("adele@contoso-demo.example");
    in.answers = { { QStringLiteral("private-window"), QStringLiteral("no") } };
    const report::Session s = runDiagnosis(diagnosis, in);
    const QStringList order = ids(s.findings);
    QVERIFY(order.contains(QStringLiteral("service.health")));
    QCOMPARE(order.first(), QStringLiteral("question.browser"));
    QCOMPARE(s.rootCause.checkId, QStringLiteral("question.browser"));
}

void TestDiagnosisQuestions::unknownCodeSaysGeneric()
{
    playbook::Diagnosis diagnosis(nullptr, nullptr);
    playbook::DiagnosisInput in;
    in.userKey = QStringLiteral("adele@contoso-demo.example");
    in.errorText = QStringLiteral("AADSTS50126: Error validating credentials.");
    const report::Session s = runDiagnosis(diagnosis, in);
    QCOMPARE(s.playbookCode, 50126);
    QVERIFY(!s.playbookKnown);
    QVERIFY2(
        s.playbookTitle.contains(QLatin1String("not in the catalog")), qPrintable(s.playbookTitle));
}

void TestDiagnosisQuestions::rerunUpdatesOneFinding()
{
    playbook::Diagnosis diagnosis(nullptr, nullptr);
    playbook::DiagnosisInput in;
    in.userKey = QStringLiteral("adele@contoso-demo.example");
    in.answers = { { QStringLiteral("where"), QStringLiteral("app") } };
    const report::Session first = runDiagnosis(diagnosis, in);
    const qsizetype count = first.findings.size();
    const QStringList order = ids(first.findings);

    QSignalSpy one(&diagnosis, &playbook::Diagnosis::checkFinished);
    QSignalSpy done(&diagnosis, &playbook::Diagnosis::finished);
    diagnosis.rerun(QStringLiteral("user.account"));
    QVERIFY(done.wait(20000));
    QCOMPARE(one.count(), 1);
    QCOMPARE(one.at(0).at(0).value<checks::Finding>().checkId, QStringLiteral("user.account"));
    QCOMPARE(done.count(), 1);
    const report::Session again = done.at(0).at(0).value<report::Session>();
    QCOMPARE(again.findings.size(), count);
    QCOMPARE(ids(again.findings), order);
    QCOMPARE(again.answers, first.answers);
    QVERIFY(findingOf(again, QStringLiteral("question.where")));

    // Unknown ids and reruns during a run are ignored, without signals.
    diagnosis.rerun(QStringLiteral("no.such-check"));
    diagnosis.rerun(QStringLiteral("question.browser")); // not answered: stays not answered
    QVERIFY(!done.wait(200));
    QCOMPARE(done.count(), 1);
}

void TestDiagnosisQuestions::plannedChecksFollowTheAnswers()
{
    const playbook::ParsedError parsed
        = playbook::ErrorTextParser::parse(QStringLiteral("AADSTS120021"));
    QStringList plain, answered;
    for (const auto &[id, title] : playbook::Diagnosis::plannedChecks(parsed)) {
        QVERIFY(!title.isEmpty());
        plain << id;
    }
    for (const auto &[id, title] : playbook::Diagnosis::plannedChecks(
             parsed, { { QStringLiteral("other-network"), QStringLiteral("no") } }))
        answered << id;
    QVERIFY(!plain.contains(QStringLiteral("question.other-network")));
    QVERIFY(answered.contains(QStringLiteral("question.other-network")));
    QCOMPARE(answered.size(), plain.size() + 1);
    QCOMPARE(plain.first(), QStringLiteral("service.health"));
}

QTEST_GUILESS_MAIN(TestDiagnosisQuestions)
#include "TestDiagnosisQuestions.moc"
