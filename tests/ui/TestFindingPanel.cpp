#include "ui/EvidenceTable.h"
#include "ui/FindingPanel.h"
#include "ui/VerdictHeader.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using namespace sspr;
using checks::Status;
using ui::EvidenceTable;
using ui::FindingPanel;

namespace {
checks::Finding registrationFailure()
{
    checks::Finding f;
    f.checkId = QStringLiteral("user.registration");
    f.title = QStringLiteral("Registration for password reset");
    f.status = Status::Fail;
    f.summary = QStringLiteral("Adele Vance is not registered for self-service password reset.");
    f.details = QStringLiteral("isSsprRegistered is false in the authentication methods report.");
    checks::EvidenceItem record;
    record.source = QStringLiteral("GET "
                                   "/reports/authenticationMethods/userRegistrationDetails/"
                                   "4f1c8e2a-6b3d-4e9f-8a7b-1c2d3e4f5a6b");
    record.httpStatus = 200;
    record.requestId = QStringLiteral("0b1c2d3e-1111-2222-3333-444455556666");
    record.fields = { { QStringLiteral("isSsprRegistered"), QStringLiteral("false") },
        { QStringLiteral("isSsprCapable"), QStringLiteral("false") } };
    checks::EvidenceItem user;
    user.source = QStringLiteral("GET /users/adele.vance@contoso-demo.example");
    user.httpStatus = 200;
    user.requestId = QStringLiteral("9f8e7d6c-aaaa-bbbb-cccc-ddddeeeeffff");
    user.fields = { { QStringLiteral("accountEnabled"), QStringLiteral("true") } };
    f.evidence = { record, user };
    f.remediation.text = QStringLiteral("Ask the user to register at https://aka.ms/ssprsetup.");
    f.remediation.who = checks::Actor::User;
    f.remediation.docUrl
        = QUrl(QStringLiteral("https://learn.microsoft.com/entra/identity/authentication/"
                              "howto-registration-mfa-sspr-combined"));
    return f;
}

checks::Finding simple(const QString &id, Status status)
{
    checks::Finding f;
    f.checkId = id;
    f.title = id;
    f.status = status;
    f.summary = QStringLiteral("summary of ") + id;
    return f;
}
} // namespace

class TestFindingPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsStatusInWordsAndTitle();
    void expandsAndCollapsesDetails();
    void remediationSaysWhoActs();
    void noDocButtonWithoutUrl();
    void verdictHeaderNeverClearsIncompleteRuns_data();
    void verdictHeaderNeverClearsIncompleteRuns();
    void notApplicableIsNoGap();
};

void TestFindingPanel::showsStatusInWordsAndTitle()
{
    FindingPanel panel(registrationFailure());
    panel.resize(700, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.objectName(), QStringLiteral("findingPanel:user.registration"));
    QCOMPARE(panel.statusText(), QStringLiteral("Failed"));
    auto *word = panel.findChild<QLabel *>(QStringLiteral("statusWord"));
    QVERIFY(word && word->isVisible());
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("findingTitle"))->text(),
        QStringLiteral("Registration for password reset"));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("findingSummary"))->text(),
        registrationFailure().summary);
    QVERIFY(panel.accessibleName().startsWith(QStringLiteral("Failed")));
}

void TestFindingPanel::expandsAndCollapsesDetails()
{
    FindingPanel panel(registrationFailure());
    panel.resize(760, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    EvidenceTable *table = panel.evidenceTable();
    QVERIFY(table);
    QVERIFY(!panel.isExpanded());
    QVERIFY(!table->isVisible());
    const int collapsedHeight = panel.sizeHint().height();

    QTest::mouseClick(panel.detailsToggle(), Qt::LeftButton);
    QVERIFY(panel.isExpanded());
    QVERIFY(table->isVisible());
    QVERIFY(panel.sizeHint().height() > collapsedHeight);
    QCOMPARE(table->itemCount(), 2);
    const QString text = table->toPlainText();
    for (const QString &expected : { QStringLiteral("Source"), QStringLiteral("HTTP status"),
             QStringLiteral("Request ID"), QStringLiteral("Fields read"),
             QStringLiteral("GET /reports/authenticationMethods/userRegistrationDetails/"
                            "4f1c8e2a-6b3d-4e9f-8a7b-1c2d3e4f5a6b"),
             QStringLiteral("200"), QStringLiteral("0b1c2d3e-1111-2222-3333-444455556666"),
             QStringLiteral("9f8e7d6c-aaaa-bbbb-cccc-ddddeeeeffff"),
             QStringLiteral("isSsprRegistered"), QStringLiteral("accountEnabled") })
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // Field names are followed by their values, not someone else's.
    QVERIFY(text.indexOf(QStringLiteral("isSsprCapable"))
        < text.indexOf(QStringLiteral("false"), text.indexOf(QStringLiteral("isSsprCapable"))));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("detailsText"))->text(),
        registrationFailure().details);
    // The table shows everything without a scroll bar of its own.
    QCoreApplication::processEvents();
    QVERIFY(table->height() >= int(table->document()->size().height()));
    QVERIFY(table->width() >= 400);

    QTest::keyClick(panel.detailsToggle(), Qt::Key_Space);
    QVERIFY(!panel.isExpanded());
    QVERIFY(!table->isVisible());
}

void TestFindingPanel::remediationSaysWhoActs()
{
    FindingPanel panel(registrationFailure());
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("remediationText"))->text(),
        registrationFailure().remediation.text);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("whoMustAct"))->text(),
        QStringLiteral("Who must act: The user who saw the error"));
    QPushButton *doc = panel.docLinkButton();
    QVERIFY(doc);
    QCOMPARE(doc->text(), QStringLiteral("Open Microsoft documentation"));
    QCOMPARE(doc->toolTip(), registrationFailure().remediation.docUrl.toString());
    QVERIFY(!doc->accessibleName().isEmpty());
    QVERIFY(!panel.detailsToggle()->accessibleName().isEmpty());
}

void TestFindingPanel::noDocButtonWithoutUrl()
{
    checks::Finding f = simple(QStringLiteral("service.health"), Status::Skipped);
    FindingPanel panel(f);
    QVERIFY(!panel.docLinkButton());
    QCOMPARE(panel.statusText(), QStringLiteral("Skipped"));
    QVERIFY(!panel.evidenceTable()); // nothing gathered: a sentence instead of an empty table
    panel.setExpanded(true);
    QVERIFY(panel.isExpanded());
    QVERIFY(panel.detailsToggle()->isChecked());
}

void TestFindingPanel::verdictHeaderNeverClearsIncompleteRuns_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("headline");
    const auto s = [](Status st) { return int(st); };
    QTest::newRow("all pass") << QList<int> { s(Status::Pass), s(Status::Pass) }
                              << QStringLiteral("all-pass") << QStringLiteral("All checks passed");
    QTest::newRow("skipped") << QList<int> { s(Status::Pass), s(Status::Skipped) }
                             << QStringLiteral("incomplete")
                             << QStringLiteral(
                                    "Not all checks could run: this is not an all-clear");
    QTest::newRow("error") << QList<int> { s(Status::Error), s(Status::Pass) }
                           << QStringLiteral("incomplete")
                           << QStringLiteral("Not all checks could run: this is not an all-clear");
    QTest::newRow("fail beats skipped")
        << QList<int> { s(Status::Skipped), s(Status::Fail), s(Status::Pass) }
        << QStringLiteral("failed") << QStringLiteral("A likely cause was found");
    QTest::newRow("warning") << QList<int> { s(Status::Warning), s(Status::Pass) }
                             << QStringLiteral("warnings")
                             << QStringLiteral("No check failed, but some warnings deserve a look");
    QTest::newRow("nothing ran") << QList<int> {} << QStringLiteral("incomplete")
                                 << QStringLiteral(
                                        "Not all checks could run: this is not an all-clear");
}

// A Windows-only check on Linux is listed as not applicable, not as skipped, and does not
// keep an otherwise passing run from being an all-clear.
void TestFindingPanel::notApplicableIsNoGap()
{
    report::Session session;
    session.findings << simple(QStringLiteral("user.account"), Status::Pass);
    checks::Finding os = simple(QStringLiteral("client.os"), Status::Skipped);
    os.title = QStringLiteral("Windows device state");
    os.notApplicable = true;
    session.findings << os;
    ui::VerdictHeader header;
    header.setSession(session);
    QCOMPARE(report::verdictKey(header.verdict()), QStringLiteral("all-pass"));
    QVERIFY2(
        !header.countLine().contains(QStringLiteral("Skipped")), qPrintable(header.countLine()));
    QVERIFY2(
        header.countLine().contains(QStringLiteral("Not applicable here: Windows device state")),
        qPrintable(header.countLine()));
    // Without the mark the same finding is a gap.
    session.findings.last().notApplicable = false;
    header.setSession(session);
    QCOMPARE(report::verdictKey(header.verdict()), QStringLiteral("incomplete"));
}

void TestFindingPanel::verdictHeaderNeverClearsIncompleteRuns()
{
    QFETCH(QList<int>, statuses);
    QFETCH(QString, verdict);
    QFETCH(QString, headline);
    report::Session session;
    for (int i = 0; i < statuses.size(); ++i)
        session.findings << simple(QStringLiteral("check%1").arg(i), Status(statuses.at(i)));
    ui::VerdictHeader header;
    header.setSession(session);
    QCOMPARE(report::verdictKey(header.verdict()), verdict);
    QCOMPARE(header.headline(), headline);
    // Whatever did not pass is named on the count line, worst first.
    for (int i = 0; i < statuses.size(); ++i) {
        if (Status(statuses.at(i)) != Status::Pass)
            QVERIFY2(header.countLine().contains(QStringLiteral("check%1").arg(i)),
                qPrintable(header.countLine()));
    }
    if (verdict == QLatin1String("failed"))
        QVERIFY(header.countLine().startsWith(QStringLiteral("Failed: ")));
}

QTEST_MAIN(TestFindingPanel)
#include "TestFindingPanel.moc"
