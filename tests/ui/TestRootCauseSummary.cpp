// The root-cause summary at the top of the results: texts, status by icon and word, the
// accessible name and description, and its place above the finding panels.
#include "ui/ResultsPage.h"
#include "ui/RootCauseSummary.h"
#include "ui/StatusIcon.h"
#include "ui/StatusStyle.h"

#include <QLabel>
#include <QScrollArea>
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
    f.remediation.text = QStringLiteral("fix ") + id;
    return f;
}

report::Session failedSession()
{
    report::Session s;
    s.findings << finding(QStringLiteral("service.health"), Status::Pass)
               << finding(QStringLiteral("user.registration"), Status::Fail)
               << finding(QStringLiteral("user.methods"), Status::Fail);
    s.rootCause.found = true;
    s.rootCause.checkId = QStringLiteral("user.registration");
    s.rootCause.title = QStringLiteral("Adele is not registered for password reset.");
    s.rootCause.summary = QStringLiteral("Registration: not registered.");
    s.rootCause.supportingCheckIds = QStringList { "user.registration", "user.methods" };
    s.rootCause.confidence = 2;
    s.rootCause.who = checks::Actor::User;
    s.rootCause.nextStep = QStringLiteral("Register at https://aka.ms/ssprsetup.");
    s.rootCause.docUrl
        = QUrl(QStringLiteral("https://learn.microsoft.com/entra/identity/authentication/"
                              "howto-registration-mfa-sspr-combined"));
    return s;
}
} // namespace

class TestRootCauseSummary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesTheCause();
    void allClearOnlyWhenEverythingPassed();
    void notAnAllClearWhenSomethingWasSkipped();
    void sitsAboveThePanels();
};

void TestRootCauseSummary::namesTheCause()
{
    ui::RootCauseSummary w;
    w.setSession(failedSession());
    QCOMPARE(w.shownStatus(), Status::Fail);
    QCOMPARE(w.statusText(), ui::StatusStyle::word(Status::Fail));
    QVERIFY(!w.statusText().isEmpty()); // a word, not colour alone
    QCOMPARE(w.findChild<ui::StatusIcon *>()->status(), Status::Fail);
    QCOMPARE(w.headline(),
        QStringLiteral("Most likely cause: Adele is not registered for password reset."));
    QCOMPARE(w.confidenceText(), QStringLiteral("Supported by 2 findings"));
    QCOMPARE(w.whoText(),
        QStringLiteral("Who must act: ") + ui::StatusStyle::actorText(checks::Actor::User));
    QCOMPARE(w.nextStepText(), QStringLiteral("Next step: Register at https://aka.ms/ssprsetup."));
    QCOMPARE(w.docUrl(), failedSession().rootCause.docUrl);
    QCOMPARE(w.accessibleName(), QStringLiteral("Most likely cause"));
    QVERIFY2(w.accessibleDescription().contains(QLatin1String("Supported by 2 findings")),
        qPrintable(w.accessibleDescription()));
    QVERIFY(w.accessibleDescription().contains(QLatin1String("Next step: Register")));
    const QLabel *link = w.findChild<QLabel *>(QStringLiteral("rootCauseLink"));
    QVERIFY(link && link->text().contains(QLatin1String("howto-registration-mfa-sspr-combined")));
}

void TestRootCauseSummary::allClearOnlyWhenEverythingPassed()
{
    report::Session s;
    s.findings << finding(QStringLiteral("service.health"), Status::Pass);
    s.rootCause.title = QStringLiteral("All clear: no cause found");
    s.rootCause.summary = QStringLiteral("Every check passed.");
    ui::RootCauseSummary w;
    w.setSession(s);
    QCOMPARE(w.shownStatus(), Status::Pass);
    QCOMPARE(w.statusText(), ui::StatusStyle::word(Status::Pass));
    QCOMPARE(w.headline(), QStringLiteral("All clear: no cause found"));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("rootCauseConfidence"))->isHidden());
}

void TestRootCauseSummary::notAnAllClearWhenSomethingWasSkipped()
{
    report::Session s;
    s.findings << finding(QStringLiteral("service.health"), Status::Pass)
               << finding(QStringLiteral("user.registration"), Status::Skipped);
    s.rootCause.title = QStringLiteral("Not an all-clear: 1 check could not run");
    s.rootCause.nextStep = QStringLiteral("Sign in and run the checks again.");
    s.rootCause.who = checks::Actor::Admin;
    ui::RootCauseSummary w;
    w.setSession(s);
    QCOMPARE(w.shownStatus(), Status::Skipped);
    QCOMPARE(w.statusText(), QStringLiteral("Not an all-clear"));
    QVERIFY(w.statusText() != ui::StatusStyle::word(Status::Pass));
    QCOMPARE(w.nextStepText(), QStringLiteral("Next step: Sign in and run the checks again."));
}

void TestRootCauseSummary::sitsAboveThePanels()
{
    ui::ResultsPage page;
    page.resize(800, 900);
    page.setSession(failedSession());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ui::RootCauseSummary *summary = page.rootCauseSummary();
    QVERIFY(summary);
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->headline(),
        QStringLiteral("Most likely cause: Adele is not registered for password reset."));
    const auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("findingsScroll"));
    QVERIFY(scroll);
    QVERIFY(summary->mapTo(&page, QPoint(0, 0)).y() < scroll->mapTo(&page, QPoint(0, 0)).y());
}

QTEST_MAIN(TestRootCauseSummary)
#include "TestRootCauseSummary.moc"
