// Both personas through the real wizard pages against the demo tenant (real scenario server,
// GraphClient and QNetworkAccessManager), keyboard only: start page, sign-in, user search,
// questions, run (cancel, close) and accessible names.
// Set SSPR_SHOTS_DIR to also save a PNG of every page.

#include "WizardTestBase.h"

class TestWizardFlows : public WizardTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initShots(); }
    void startShowsParsedFieldsLive();
    void editedFieldsWinAndInvalidEditsStop();
    void endUserPathByKeyboard();
    void itPathByKeyboard();
    void signInPageInDemoMode();
    void invalidUserKeepsNextDisabled();
    void cancelDuringSlowRunSettlesRows();
    void closingMidRunCancels();
    void everyControlHasAnAccessibleName();
};

void TestWizardFlows::startShowsParsedFieldsLive()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("healthy"));
    QVERIFY(wizard);
    QCOMPARE(wizard->windowTitle(), QStringLiteral("SSPR Doctor"));
    auto *banner = wizard->startPage()->findChild<ui::DemoBanner *>();
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->findChild<QLabel *>()->text().contains(QStringLiteral("\"healthy\"")));
    QCOMPARE(wizard->persona(), ui::Persona::EndUser);

    ui::ParsedErrorView *view = wizard->startPage()->parsedView();
    QVERIFY(view->correlationIdEdit()->text().isEmpty());
    QCOMPARE(view->correlationIdEdit()->placeholderText(), QStringLiteral("not found"));

    pasteErrorText(*wizard);
    QTRY_COMPARE(
        view->correlationIdEdit()->text(), QStringLiteral("5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28"));
    QCOMPARE(view->traceIdEdit()->text(), QStringLiteral("1b7e0f53-9a7c-4a5b-8d62-3c1f9e2a7b10"));
    QCOMPARE(view->timestampEdit()->text(), QStringLiteral("2024-05-02 09:14:33"));
    QCOMPARE(view->codeEdit()->text(), QStringLiteral("AADSTS120021"));
    auto *meaning = view->findChild<QLabel *>(QStringLiteral("meaningValue"));
    QVERIFY2(meaning->text().startsWith(QStringLiteral("PartnerServiceSsprInternalServiceError")),
        qPrintable(meaning->text()));
    QCOMPARE(meaning->property("missing").toBool(), false);
    QVERIFY(!view->findChild<QLabel *>(QStringLiteral("plannedChecksValue"))->text().isEmpty());
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("enduser-1-start")));

    // Timestamp removed from the text: the field empties, nothing is invented.
    QPlainTextEdit *edit = wizard->startPage()->errorTextEdit();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(
        edit, QStringLiteral("AADSTS120021 Correlation ID: 5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28"));
    QTRY_VERIFY(view->timestampEdit()->text().isEmpty());
    QVERIFY(view->traceIdEdit()->text().isEmpty());
    QCOMPARE(
        view->correlationIdEdit()->text(), QStringLiteral("5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28"));
}

void TestWizardFlows::editedFieldsWinAndInvalidEditsStop()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("healthy"));
    QVERIFY(wizard);
    ui::StartPage *start = wizard->startPage();
    ui::ParsedErrorView *view = start->parsedView();
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    pasteErrorText(*wizard);
    QTRY_COMPARE(view->codeEdit()->text(), QStringLiteral("AADSTS120021"));

    // A correction by hand wins over the parse, also after the text changes again.
    QLineEdit *correlation = view->correlationIdEdit();
    correlation->selectAll();
    QTest::keyClicks(correlation, QStringLiteral("AAAAAAAA-1111-2222-3333-444444444444"));
    QTest::keyClicks(start->errorTextEdit(), QStringLiteral("more text"));
    QTRY_VERIFY(start->effectiveErrorText().endsWith(QStringLiteral("more text")));
    QCOMPARE(correlation->text(), QStringLiteral("AAAAAAAA-1111-2222-3333-444444444444"));
    QCOMPARE(view->fields().correlationId, QStringLiteral("aaaaaaaa-1111-2222-3333-444444444444"));
    QVERIFY(start->effectiveErrorText().startsWith(
        QStringLiteral("Correlation ID: aaaaaaaa-1111-2222-3333-444444444444\n")));
    // The diagnosis reads the edited value, not the pasted one.
    const playbook::ParsedError parsed
        = playbook::ErrorTextParser::parse(start->effectiveErrorText());
    QCOMPARE(parsed.correlationId, QStringLiteral("aaaaaaaa-1111-2222-3333-444444444444"));
    QVERIFY(next->isEnabled());

    // An invalid edit says what is wrong and holds Next.
    QLineEdit *stamp = view->timestampEdit();
    stamp->selectAll();
    QTest::keyClicks(stamp, QStringLiteral("yesterday"));
    QVERIFY(view->validationMessage()->isVisible());
    QVERIFY2(view->validationMessage()->text().contains(QStringLiteral("timestamp")),
        qPrintable(view->validationMessage()->text()));
    QVERIFY(!next->isEnabled());
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("start-invalid-edit")));
    stamp->selectAll();
    QTest::keyClicks(stamp, QStringLiteral("2024-05-03 10:00"));
    QVERIFY(!view->validationMessage()->isVisible());
    QVERIFY(next->isEnabled());
    QCOMPARE(
        view->fields().timestampUtc, QDateTime(QDate(2024, 5, 3), QTime(10, 0), QTimeZone::utc()));

    QLineEdit *code = view->codeEdit();
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("12345x"));
    QVERIFY(!next->isEnabled());
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("120020"));
    QVERIFY(next->isEnabled());
    QCOMPARE(playbook::ErrorTextParser::parse(start->effectiveErrorText()).primaryCode(), 120020);
}

void TestWizardFlows::endUserPathByKeyboard()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("not-registered"));
    QVERIFY(wizard);
    ui::StartPage *start = wizard->startPage();
    SSPR_CALL(tabTo(*wizard, start->personaChoice()->button(ui::Persona::EndUser)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(wizard->persona(), ui::Persona::EndUser);
    SSPR_CALL(tabTo(*wizard, start->errorTextEdit()));
    for (const QString &line : kErrorLines) {
        QTest::keyClicks(start->errorTextEdit(), line);
        QTest::keyClick(start->errorTextEdit(), Qt::Key_Return);
    }
    SSPR_CALL(tabTo(*wizard, start->whereCombo()));
    QTest::keyClick(start->whereCombo(), Qt::Key_Down); // the first real place: the SSPR page
    QCOMPARE(start->whereKey(), QStringLiteral("sspr-portal"));
    QTRY_VERIFY(!start->parsedView()->correlationIdEdit()->text().isEmpty());

    SSPR_CALL(pressAltN(*wizard, WizardWindow::SignInPageId));
    ui::SignInPage *signIn = wizard->signInPage();
    QVERIFY(signIn->title().contains(QStringLiteral("optional")));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // works without sign-in
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("enduser-2-signin")));

    SSPR_CALL(pressAltN(*wizard, WizardWindow::QuestionsPageId)); // no user page
    ui::QuestionsPage *questions = wizard->questionsPage();
    QVERIFY(!questions->questionIds().contains(checks::question::where)); // asked on page 1
    QVERIFY(!questions->questionIds().contains(checks::question::writeback)); // admin only
    QVERIFY(questions->questionIds().contains(checks::question::otherNetwork));
    QVERIFY(questions->answers().isEmpty());
    QButtonGroup *otherNetwork = questions->choices(checks::question::otherNetwork);
    QVERIFY(otherNetwork);
    SSPR_CALL(tabTo(*wizard, otherNetwork->buttons().first()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(questions->answers().value(checks::question::otherNetwork), QStringLiteral("no"));
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("enduser-3-questions")));

    // Without sign-in the run is quick: the title while running is caught as it changes.
    ui::RunPage *run = wizard->runPage();
    QStringList titlesWhileRunning;
    connect(run, &ui::RunPage::runningChanged, this, [&](bool running) {
        if (running)
            titlesWhileRunning << wizard->windowTitle();
    });
    SSPR_CALL(pressAltN(*wizard, WizardWindow::RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 20000);
    QCOMPARE(titlesWhileRunning.size(), 1);
    QVERIFY2(titlesWhileRunning.first().endsWith(QStringLiteral(" — running")),
        qPrintable(titlesWhileRunning.first()));
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("enduser-4-run")));
    const report::Session session = *run->session();
    QCOMPARE(session.mode, QStringLiteral("self"));
    QVERIFY(session.userKey.isEmpty());
    QCOMPARE(session.answers.value(checks::question::otherNetwork), QStringLiteral("no"));
    QCOMPARE(session.answers.value(checks::question::where), QStringLiteral("sspr-portal"));
    QCOMPARE(session.error.correlationId, QStringLiteral("5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28"));

    SSPR_CALL(pressAltN(*wizard, WizardWindow::ResultsPageId));
    QCOMPARE(wizard->resultsPage()->panels().size(), session.findings.size());
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("enduser-5-results")));
    // Done by keyboard closes the wizard.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(!wizard->isVisible());
}

void TestWizardFlows::itPathByKeyboard()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("healthy"));
    QVERIFY(wizard);
    ui::StartPage *start = wizard->startPage();
    SSPR_CALL(tabTo(*wizard, start->personaChoice()->button(ui::Persona::EndUser)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(wizard->persona(), ui::Persona::ItStaff);
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-1-start")));

    SSPR_CALL(pressAltN(*wizard, WizardWindow::SignInPageId));
    ui::SignInPage *signIn = wizard->signInPage();
    QVERIFY(!signIn->title().contains(QStringLiteral("optional")));
    QVERIFY(signIn->accountLabel()->isVisible());
    QVERIFY(signIn->accountLabel()->text().contains(tenant.server.demoAdminPrincipalName()));
    QVERIFY(signIn->accountLabel()->text().contains(tenant.server.demoTenantId()));
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-2-signin")));

    SSPR_CALL(pressAltN(*wizard, WizardWindow::UserPageId));
    ui::UserPage *user = wizard->userPage();
    QLineEdit *key = user->userKeyEdit();
    QVERIFY(key->hasFocus());
    QCOMPARE(key->text(), tenant.server.demoUserPrincipalName());
    QTest::keyClick(key, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(key, Qt::Key_Backspace);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    tenant.server.resetLogs();
    QTest::keyClicks(key, QStringLiteral("Meg"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // "Meg" is no user key
    QTRY_VERIFY(user->resultsList()->isVisible());
    QCOMPARE(user->resultsList()->count(), 1);
    QVERIFY(user->resultsList()->item(0)->text().contains(
        QStringLiteral("megan.brooks@contoso-demo.example")));
    // Debounced: the three keystrokes made one search.
    int searches = 0;
    for (const QString &line : tenant.server.requestLog())
        searches += line.contains(QStringLiteral("$search")) ? 1 : 0;
    QCOMPARE(searches, 1);
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-3-user-search")));
    QTest::keyClick(key, Qt::Key_Down);
    QVERIFY(user->resultsList()->hasFocus());
    QTest::keyClick(user->resultsList(), Qt::Key_Return);
    QCOMPARE(key->text(), QStringLiteral("megan.brooks@contoso-demo.example"));
    QVERIFY(key->hasFocus());
    QCOMPARE(wizard->currentId(), int(WizardWindow::UserPageId)); // Enter picked, not Next
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(
        wizard->windowTitle(), QStringLiteral("SSPR Doctor — megan.brooks@contoso-demo.example"));
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-3-user-picked")));

    SSPR_CALL(pressAltN(*wizard, WizardWindow::QuestionsPageId));
    QVERIFY(wizard->questionsPage()->questionIds().contains(checks::question::writeback));
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-4-questions")));
    QStringList titlesWhileRunning;
    connect(wizard->runPage(), &ui::RunPage::runningChanged, this, [&](bool running) {
        if (running)
            titlesWhileRunning << wizard->windowTitle();
    });
    SSPR_CALL(pressAltN(*wizard, WizardWindow::RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->runPage()->isRunning(), 20000);
    QCOMPARE(titlesWhileRunning,
        QStringList {
            QStringLiteral("SSPR Doctor — megan.brooks@contoso-demo.example — running") });
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-5-run")));
    const report::Session session = *wizard->runPage()->session();
    QCOMPARE(session.mode, QStringLiteral("it"));
    QCOMPARE(session.userKey, QStringLiteral("megan.brooks@contoso-demo.example"));
    int problems = 0;
    for (const auto &finding : session.findings)
        problems += ui::ResultsPage::isProblem(finding.status) ? 1 : 0;
    const QString state = problems == 0 ? QStringLiteral("no problems found")
        : problems == 1                 ? QStringLiteral("1 problem found")
                                        : QStringLiteral("%1 problems found").arg(problems);
    QCOMPARE(wizard->windowTitle(),
        QStringLiteral("SSPR Doctor — megan.brooks@contoso-demo.example — ") + state);
    SSPR_CALL(pressAltN(*wizard, WizardWindow::ResultsPageId));
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-6-results")));
}

void TestWizardFlows::signInPageInDemoMode()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("healthy"));
    QVERIFY(wizard);
    wizard->startPage()->personaChoice()->setPersona(ui::Persona::ItStaff);
    SSPR_CALL(clickNext(*wizard));
    ui::SignInPage *page = wizard->signInPage();
    QCOMPARE(wizard->currentId(), int(WizardWindow::SignInPageId));
    QVERIFY(page->isSignedIn());
    QVERIFY(page->isComplete());
    QVERIFY(!page->browserButton()->isVisible()); // already signed in: nothing to press
    QVERIFY(!page->cancelButton()->isVisible());
    QVERIFY(!page->rememberCheckBox()->isChecked()); // IT: off by default
    QCOMPARE(page->accountLabel()->text(),
        QStringLiteral("Account: %1 (%2)\nTenant: %3")
            .arg(tenant.server.demoAdminDisplayName(), tenant.server.demoAdminPrincipalName(),
                tenant.server.demoTenantId()));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestWizardFlows::invalidUserKeepsNextDisabled()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("healthy"));
    QVERIFY(wizard);
    wizard->startPage()->personaChoice()->setPersona(ui::Persona::ItStaff);
    SSPR_CALL(goTo(*wizard, WizardWindow::UserPageId));
    ui::UserPage *page = wizard->userPage();
    QLineEdit *user = page->userKeyEdit();
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QCOMPARE(user->text(), tenant.server.demoUserPrincipalName());
    QVERIFY(next->isEnabled());
    QVERIFY(!page->validationMessage()->isVisible());

    user->clear();
    QVERIFY(!next->isEnabled());
    QTest::keyClicks(user, QStringLiteral("Zed Nobody"));
    QVERIFY(!next->isEnabled());
    QVERIFY(page->validationMessage()->isVisible());
    QVERIFY(page->validationMessage()->text().contains(QStringLiteral("object ID")));
    QTRY_COMPARE(page->searchStatus()->text(), QStringLiteral("No user matches \"Zed Nobody\"."));
    QVERIFY(!page->resultsList()->isVisible());
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("invalid-user")));
    // Enter on an invalid user does not advance either.
    QTest::keyClick(user, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(WizardWindow::UserPageId));

    user->clear();
    QTest::keyClicks(user, QStringLiteral("adele@contoso"));
    QVERIFY(!next->isEnabled());

    // A full object id works without any search.
    user->clear();
    QTest::keyClicks(user, QStringLiteral("4f1c8e2a-6b3d-4e9f-8a7b-1c2d3e4f5a6b"));
    QVERIFY(next->isEnabled());
    QVERIFY(!page->validationMessage()->isVisible());
    QVERIFY(!page->directorySearch()->isSearching());
}

void TestWizardFlows::cancelDuringSlowRunSettlesRows()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("healthy"));
    QVERIFY(wizard);
    demo::Fault slow;
    slow.kind = demo::Fault::Kind::Latency;
    slow.delayMs = 2000;
    tenant.server.addFault(slow);

    wizard->startPage()->personaChoice()->setPersona(ui::Persona::ItStaff);
    SSPR_CALL(goTo(*wizard, WizardWindow::RunPageId));
    ui::RunPage *run = wizard->runPage();
    QVERIFY(run->isRunning());
    // Requests go out on the next turn of the event loop: then the rows turn to running.
    QTRY_VERIFY(std::any_of(run->rows().cbegin(), run->rows().cend(),
        [](CheckRow *row) { return row->state() == CheckRow::State::Running; }));
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-cancel-1-running")));

    auto *cancel = run->findChild<QPushButton *>(QStringLiteral("cancelRunButton"));
    QVERIFY(cancel && cancel->isEnabled());
    QVERIFY(cancel->hasFocus()); // Space cancels right away
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(cancel, Qt::Key_Space);
    // Cancel does not wait for the slow replies.
    QVERIFY(!run->isRunning());
    QVERIFY(clock.elapsed() < 1000);
    int cancelled = 0;
    for (CheckRow *row : run->rows()) {
        QVERIFY(row->isSettled());
        if (row->state() == CheckRow::State::Cancelled) {
            QCOMPARE(row->stateText(), QStringLiteral("Cancelled"));
            ++cancelled;
        }
    }
    QVERIFY(cancelled > 0);
    QCOMPARE(run->row(QStringLiteral("user.account"))->state(), CheckRow::State::Cancelled);
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(wizard->windowTitle().endsWith(QStringLiteral(" — cancelled")));
    // The cancelled run still ends in a session: the Graph checks errors, never a pass.
    QTRY_VERIFY(run->session().has_value());
    const report::Session cancelledSession = *run->session();
    QCOMPARE(cancelledSession.verdict(), report::Verdict::Incomplete);
    for (const auto &finding : cancelledSession.findings) {
        if (finding.checkId == QLatin1String("user.account"))
            QCOMPARE(finding.status, Status::Error);
    }
    SSPR_CALL(shoot(wizard.get(), QStringLiteral("it-cancel-2-cancelled")));

    // And the page recovers: without the latency, Run again completes.
    tenant.server.clearFaults();
    auto *again = run->findChild<QPushButton *>(QStringLiteral("runAgainButton"));
    QVERIFY(again->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(run->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 20000);
    QCOMPARE(run->row(QStringLiteral("user.account"))->status(), Status::Pass);
}

void TestWizardFlows::closingMidRunCancels()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("healthy"));
    QVERIFY(wizard);
    demo::Fault slow;
    slow.kind = demo::Fault::Kind::Latency;
    slow.delayMs = 2000;
    tenant.server.addFault(slow);
    wizard->startPage()->personaChoice()->setPersona(ui::Persona::ItStaff);
    SSPR_CALL(goTo(*wizard, WizardWindow::RunPageId));
    QVERIFY(wizard->runPage()->isRunning());
    QElapsedTimer clock;
    clock.start();
    wizard->reject();
    QVERIFY(!wizard->runPage()->isRunning());
    QVERIFY(!wizard->isVisible());
    QVERIFY(clock.elapsed() < 1000);
}

// Every control a person can reach with Tab has a name a screen reader can say.

void TestWizardFlows::everyControlHasAnAccessibleName()
{
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("not-registered"));
    QVERIFY(wizard);
    SSPR_CALL(checkAccessibleNames(wizard.get()));
    wizard->startPage()->personaChoice()->setPersona(ui::Persona::ItStaff);
    for (int id : { WizardWindow::SignInPageId, WizardWindow::UserPageId,
             WizardWindow::QuestionsPageId, WizardWindow::RunPageId }) {
        SSPR_CALL(goTo(*wizard, id));
        SSPR_CALL(checkAccessibleNames(wizard.get()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->runPage()->isRunning(), 20000);
    SSPR_CALL(checkAccessibleNames(wizard.get()));
    SSPR_CALL(goTo(*wizard, WizardWindow::ResultsPageId));
    SSPR_CALL(checkAccessibleNames(wizard.get()));
}

QTEST_MAIN(TestWizardFlows)
#include "TestWizardFlows.moc"
