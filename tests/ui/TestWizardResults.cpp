// The results page after real runs against the demo tenant: findings per scenario, the
// failures-only filter, Run again for one check, the documentation link, dark palette.
// Set SSPR_SHOTS_DIR to also save a PNG of every page.

#include "WizardTestBase.h"

// Receives QDesktopServices::openUrl() calls instead of a browser.
class UrlCatcher : public QObject {
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void handleUrl(const QUrl &url) { urls << url; }
};

class TestWizardResults : public WizardTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initShots(); }
    void healthyRunPassesGraphChecks();
    void notRegisteredFailsRegistration();
    void failuresOnlyFilter();
    void runAgainOneCheck();
    void docLinkOpensTheFindingsUrl();
    void resultsFollowDarkPalette();
};

void TestWizardResults::healthyRunPassesGraphChecks()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("healthy"));
    QVERIFY(wizard);
    SSPR_CALL(runToResults(*wizard, true));
    ui::RunPage *run = wizard->runPage();
    QCOMPARE(run->rows().size(), run->session()->findings.size());
    for (const QString &id : { QStringLiteral("service.health"), QStringLiteral("user.account"),
             QStringLiteral("user.registration"), QStringLiteral("user.sspr-scope") }) {
        CheckRow *row = run->row(id);
        QVERIFY2(row, qPrintable(id));
        QCOMPARE(row->status(), Status::Pass);
        QCOMPARE(row->stateText(), QStringLiteral("Passed"));
        // Drawn in the status colour (the role the label actually paints with).
        auto *state = row->findChild<QLabel *>(QStringLiteral("checkState"));
        QCOMPARE(state->palette().color(state->foregroundRole()),
            ui::StatusStyle::color(Status::Pass, row->palette()));
    }
    SSPR_CALL(clickNext(*wizard));
    QCOMPARE(wizard->currentId(), int(WizardWindow::ResultsPageId));
    ui::ResultsPage *results = wizard->resultsPage();
    QCOMPARE(results->panels().size(), run->session()->findings.size());
    ui::FindingPanel *account = results->panel(QStringLiteral("user.account"));
    QVERIFY(account && account->isVisible());
    QCOMPARE(account->statusText(), QStringLiteral("Passed"));
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
}

void TestWizardResults::notRegisteredFailsRegistration()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("not-registered"));
    QVERIFY(wizard);
    SSPR_CALL(runToResults(*wizard, true));
    CheckRow *registrationRow = wizard->runPage()->row(QStringLiteral("user.registration"));
    QVERIFY(registrationRow);
    QCOMPARE(registrationRow->status(), Status::Fail);
    QCOMPARE(registrationRow->stateText(), QStringLiteral("Failed"));

    SSPR_CALL(clickNext(*wizard));
    ui::ResultsPage *results = wizard->resultsPage();
    QCOMPARE(results->verdictHeader()->verdict(), report::Verdict::Failed);
    QVERIFY(results->verdictHeader()->countLine().startsWith(QStringLiteral("Failed: ")));
    ui::FindingPanel *panel = results->panel(QStringLiteral("user.registration"));
    QVERIFY(panel);
    QCOMPARE(panel->finding().status, Status::Fail);
    QCOMPARE(panel->statusText(), QStringLiteral("Failed"));
    QVERIFY(panel->docLinkButton());
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-not-registered-results")));
    // The failed check's title on the count line is a link to its panel.
    auto *scroll = results->findChild<QScrollArea *>(QStringLiteral("findingsScroll"));
    auto *counts = results->verdictHeader()->findChild<QLabel *>(QStringLiteral("verdictCounts"));
    QVERIFY(counts->text().contains(QStringLiteral("href=\"check:user.registration\"")));
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);
    Q_EMIT counts->linkActivated(QStringLiteral("check:user.registration"));
    QCOMPARE(scroll->verticalScrollBar()->value(),
        std::min(panel->y(), scroll->verticalScrollBar()->maximum()));
    panel->setExpanded(true);
    QCoreApplication::processEvents();
    scroll->verticalScrollBar()->setValue(panel->y());
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-not-registered-expanded")));
}

void TestWizardResults::failuresOnlyFilter()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("not-registered"));
    QVERIFY(wizard);
    SSPR_CALL(runToResults(*wizard, false));
    SSPR_CALL(clickNext(*wizard));
    ui::ResultsPage *results = wizard->resultsPage();
    const QList<ui::FindingPanel *> all = results->panels();
    QCOMPARE(results->visiblePanels(), all);
    QStringList problems;
    for (ui::FindingPanel *panel : all) {
        if (ui::ResultsPage::isProblem(panel->finding().status))
            problems << panel->finding().checkId;
    }
    QVERIFY(problems.contains(QStringLiteral("user.registration")));
    QVERIFY(problems.size() < all.size()); // the scenario also has passing checks

    QCheckBox *filter = results->failuresOnlyCheckBox();
    SSPR_CALL(tabTo(*wizard, filter));
    QTest::keyClick(filter, Qt::Key_Space);
    QVERIFY(filter->isChecked());
    QStringList shown;
    for (ui::FindingPanel *panel : results->visiblePanels())
        shown << panel->finding().checkId;
    QCOMPARE(shown, problems);
    QVERIFY(results->panel(QStringLiteral("user.account"))->isHidden());
    auto *note = results->findChild<QLabel *>(QStringLiteral("filterNote"));
    QVERIFY2(note->text().startsWith(QString::number(all.size() - problems.size())),
        qPrintable(note->text()));
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-results-failures-only")));
    QTest::keyClick(filter, Qt::Key_Space);
    QCOMPARE(results->visiblePanels(), all);
}

void TestWizardResults::runAgainOneCheck()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("healthy"));
    QVERIFY(wizard);
    SSPR_CALL(runToResults(*wizard, false));
    SSPR_CALL(clickNext(*wizard));
    ui::ResultsPage *results = wizard->resultsPage();
    ui::FindingPanel *before = results->panel(QStringLiteral("user.registration"));
    ui::FindingPanel *other = results->panel(QStringLiteral("user.account"));
    QVERIFY(before && other);
    QCOMPARE(before->finding().status, Status::Pass);
    QPushButton *again = before->runAgainButton();
    QVERIFY(again->isVisible());

    // The registration report now fails: running the check again must show it.
    demo::Fault broken;
    broken.kind = demo::Fault::Kind::Status;
    broken.status = 500;
    broken.match = QRegularExpression(QStringLiteral("userRegistrationDetails"));
    tenant.server.addFault(broken);
    tenant.server.resetLogs();
    auto *scroll = results->findChild<QScrollArea *>(QStringLiteral("findingsScroll"));
    scroll->ensureWidgetVisible(again);
    SSPR_CALL(tabTo(*wizard, again));
    QTest::keyClick(again, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(results->panel(QStringLiteral("user.registration")) != before, 20000);
    ui::FindingPanel *after = results->panel(QStringLiteral("user.registration"));
    QCOMPARE(after->finding().status, Status::Error);
    QCOMPARE(after->statusText(), QStringLiteral("Error"));
    QVERIFY(after->runAgainButton()->isEnabled());
    QCOMPARE(results->panel(QStringLiteral("user.account")), other); // untouched
    QCOMPARE(other->finding().status, Status::Pass);
    QCOMPARE(wizard->currentId(), int(WizardWindow::ResultsPageId));
    QCOMPARE(wizard->runPage()->row(QStringLiteral("user.registration"))->status(), Status::Error);
    // Only the registration check asked Graph again.
    for (const QString &line : tenant.server.requestLog() + tenant.server.batchItemLog())
        QVERIFY2(!line.contains(QStringLiteral("/users/"))
                || line.contains(QStringLiteral("Registration"))
                || line.contains(QStringLiteral("$batch")),
            qPrintable(line));
    QVERIFY(wizard->windowTitle().endsWith(QStringLiteral("1 problem found")));
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-results-run-again")));
}

void TestWizardResults::docLinkOpensTheFindingsUrl()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("not-registered"));
    QVERIFY(wizard);
    SSPR_CALL(runToResults(*wizard, false));
    SSPR_CALL(clickNext(*wizard));
    ui::FindingPanel *panel = wizard->resultsPage()->panel(QStringLiteral("user.registration"));
    QVERIFY(panel && panel->docLinkButton());
    const QUrl expected = panel->finding().remediation.docUrl;
    QCOMPARE(expected.scheme(), QStringLiteral("https"));
    QCOMPARE(expected.host(), QStringLiteral("learn.microsoft.com"));

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "handleUrl");
    auto *scroll
        = wizard->resultsPage()->findChild<QScrollArea *>(QStringLiteral("findingsScroll"));
    scroll->ensureWidgetVisible(panel->docLinkButton());
    QTest::mouseClick(panel->docLinkButton(), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls, QList<QUrl> { expected });
}

void TestWizardResults::resultsFollowDarkPalette()
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    dark.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x48));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(dark);
    const auto restore = qScopeGuard([&] { QApplication::setPalette(original); });

    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("not-registered"));
    QVERIFY(wizard);
    pasteErrorText(*wizard);
    QTRY_VERIFY(!wizard->startPage()->parsedView()->correlationIdEdit()->text().isEmpty());
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("dark-1-start")));
    SSPR_CALL(runToResults(*wizard, false));
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("dark-5-run")));
    // The run row's status word uses the dark theme's colour, not the light one.
    QLabel *state = wizard->runPage()
                        ->row(QStringLiteral("user.registration"))
                        ->findChild<QLabel *>(QStringLiteral("checkState"));
    const QColor failOnDark = ui::StatusStyle::color(Status::Fail, dark);
    QCOMPARE(state->palette().color(state->foregroundRole()), failOnDark);
    QVERIFY(ui::StatusStyle::contrastRatio(failOnDark, dark.color(QPalette::Base)) >= 4.5);

    SSPR_CALL(clickNext(*wizard));
    ui::FindingPanel *panel = wizard->resultsPage()->panel(QStringLiteral("user.registration"));
    QVERIFY(panel);
    auto *badge = panel->findChild<QLabel *>(QStringLiteral("statusWord"));
    QVERIFY(badge->styleSheet().contains(failOnDark.name()));
    auto *counts = wizard->resultsPage()->verdictHeader()->findChild<QLabel *>(
        QStringLiteral("verdictCounts"));
    QVERIFY2(counts->text().contains(QStringLiteral("color:") + failOnDark.name()),
        qPrintable(counts->text()));
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("dark-6-results")));
}

QTEST_MAIN(TestWizardResults)
#include "TestWizardResults.moc"
