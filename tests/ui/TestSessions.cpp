// Saved sessions through the real pages: save on the results page, open from the start page
// (the results and root cause come back, the title says so), re-run with the same inputs;
// a damaged or foreign file is refused with a message and changes nothing.
// Set SSPR_SHOTS_DIR to also save a PNG of the opened session.

#include "WizardTestBase.h"

#include "core/report/SessionJson.h"
#include "ui/RootCauseSummary.h"
#include "ui/SessionFile.h"

#include <QFile>
#include <QTemporaryDir>

class TestSessions : public WizardTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initShots(); }
    void saveThenOpenRoundTrip();
    void damagedOrForeignFileChangesNothing_data();
    void damagedOrForeignFileChangesNothing();
    void errorTextOfReadsBack();
};

void TestSessions::saveThenOpenRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("not-registered"));
    QVERIFY(wizard);
    SSPR_CALL(runToResults(*wizard, true));
    // An answer of the IT path, to see it come back.
    const QHash<QString, QString> answersBefore = wizard->questionsPage()->answers();
    SSPR_CALL(clickNext(*wizard));
    ui::ResultsPage *results = wizard->resultsPage();
    const report::Session ran = results->session();
    QVERIFY(!ran.findings.isEmpty());
    QVERIFY(!ran.rootCause.checkId.isEmpty());

    // Save: the chooser is asked with the *.sspr-session.json filter; no suffix is added back.
    QString askedFilter;
    const QString path = dir.filePath(QStringLiteral("helpdesk"));
    wizard->setSaveFileChooser(
        [&](QWidget *, const QString &, const QString &suggested, const QString &filter) {
            askedFilter = filter;
            if (!suggested.endsWith(ui::SessionFile::suffix()))
                return QString();
            return path;
        });
    QVERIFY(!results->rerunAllButton()->isVisible());
    QTest::mouseClick(results->saveSessionButton(), Qt::LeftButton);
    QVERIFY(askedFilter.contains(QStringLiteral("*.sspr-session.json")));
    const QString saved = path + ui::SessionFile::suffix();
    QVERIFY2(QFile::exists(saved), qPrintable(results->sessionStatus()->text()));
    QVERIFY(results->sessionStatus()->text().contains(QStringLiteral("helpdesk")));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // Never a token: the bearer token the run used is nowhere in the file.
    QString token;
    tenant.tokens->acquireToken({}, [&](const auth::TokenResult &r) { token = r.accessToken; });
    QTRY_VERIFY(!token.isEmpty());
    QVERIFY(!bytes.contains(token.toUtf8()));
    QVERIFY(!bytes.contains("Bearer"));
    QVERIFY(bytes.contains(tenant.server.demoUserPrincipalName().toUtf8()));

    // A fresh window opens it from the start page.
    DemoTenant other;
    auto reopened = openWizard(other, QStringLiteral("healthy"));
    QVERIFY(reopened);
    QCOMPARE(reopened->currentId(), int(WizardWindow::StartPageId));
    reopened->setOpenFileChooser(
        [&](QWidget *, const QString &, const QString &, const QString &) { return saved; });
    QPushButton *open = reopened->startPage()->openSessionButton();
    SSPR_CALL(tabTo(*reopened, open));
    QTest::keyClick(open, Qt::Key_Space);
    QTRY_COMPARE(reopened->currentId(), int(WizardWindow::ResultsPageId));
    QCOMPARE(reopened->openedFrom(), saved);
    ui::ResultsPage *shown = reopened->resultsPage();
    QCOMPARE(shown->panels().size(), ran.findings.size());
    QCOMPARE(shown->verdictHeader()->verdict(), report::Verdict::Failed);
    QCOMPARE(shown->rootCauseSummary()->headline(), results->rootCauseSummary()->headline());
    QCOMPARE(shown->panel(QStringLiteral("user.registration"))->finding().status, Status::Fail);
    QVERIFY(shown->rerunAllButton()->isVisible());
    QVERIFY(!shown->panel(QStringLiteral("user.registration"))->runAgainButton()->isVisible());
    QVERIFY(shown->sessionStatus()->text().contains(QFileInfo(saved).fileName()));
    const QString title = reopened->windowTitle();
    QVERIFY2(title.contains(tenant.server.demoUserPrincipalName()), qPrintable(title));
    QVERIFY2(title.contains(QStringLiteral("opened from file")), qPrintable(title));
    QVERIFY2(title.contains(QStringLiteral("problem")), qPrintable(title));
    // The inputs are back in the flow.
    QCOMPARE(reopened->persona(), ui::Persona::ItStaff);
    QCOMPARE(reopened->userPage()->userKeyEdit()->text(), ran.userKey);
    QCOMPARE(reopened->startPage()->parsedView()->correlationIdEdit()->text(),
        QStringLiteral("5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28"));
    QCOMPARE(reopened->questionsPage()->answers(), answersBefore);
    SSPR_CALL(shoot(reopened.get(), QStringLiteral("session-opened-results")));

    // Re-run all checks: the same inputs go through the run page (signed in: straight there).
    QTest::mouseClick(shown->rerunAllButton(), Qt::LeftButton);
    QCOMPARE(reopened->currentId(), int(WizardWindow::RunPageId));
    QVERIFY(reopened->runPage()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!reopened->runPage()->isRunning(), 20000);
    const auto rerun = reopened->runPage()->session();
    QVERIFY(rerun);
    QCOMPARE(rerun->userKey, ran.userKey);
    QCOMPARE(rerun->error.correlationId, ran.error.correlationId);
    QCOMPARE(rerun->error.primaryCode(), 120021);
    QVERIFY(reopened->openedFrom().isEmpty());
    // The healthy tenant this time: the registration passes now.
    SSPR_CALL(clickNext(*reopened));
    QCOMPARE(shown->panel(QStringLiteral("user.registration"))->finding().status, Status::Pass);
    QVERIFY(!shown->rerunAllButton()->isVisible());
    QVERIFY(shown->panel(QStringLiteral("user.registration"))->runAgainButton()->isVisible());
    QVERIFY(!reopened->windowTitle().contains(QStringLiteral("opened from file")));
}

void TestSessions::damagedOrForeignFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("truncated") << QByteArray("{\"schema\": \"sspr-doctor-session\", \"find")
                               << "damaged";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << "damaged";
    QTest::newRow("foreign json") << QByteArray("{\"name\": \"package\", \"version\": \"1.0\"}")
                                  << "not an SSPR Doctor session";
    QTest::newRow("empty") << QByteArray() << "damaged";
}

void TestSessions::damagedOrForeignFileChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.sspr-session.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("healthy"));
    QVERIFY(wizard);
    wizard->startPage()->personaChoice()->setPersona(ui::Persona::ItStaff);
    pasteErrorText(*wizard);
    const QString textBefore = wizard->startPage()->errorTextEdit()->toPlainText();
    const QString titleBefore = wizard->windowTitle();
    wizard->setOpenFileChooser(
        [&](QWidget *, const QString &, const QString &, const QString &) { return path; });
    QTest::mouseClick(wizard->startPage()->openSessionButton(), Qt::LeftButton);

    QCOMPARE(wizard->currentId(), int(WizardWindow::StartPageId));
    QLabel *message = wizard->startPage()->messageLabel();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("bad.sspr-session.json")),
        qPrintable(message->text()));
    QVERIFY2(message->text().contains(messagePart), qPrintable(message->text()));
    QCOMPARE(wizard->persona(), ui::Persona::ItStaff);
    QCOMPARE(wizard->startPage()->errorTextEdit()->toPlainText(), textBefore);
    QCOMPARE(wizard->windowTitle(), titleBefore);
    QVERIFY(wizard->openedFrom().isEmpty());
    QVERIFY(wizard->resultsPage()->panels().isEmpty());
    // A missing file too, and the wizard still works afterwards.
    QVERIFY(!wizard->openSession(dir.filePath(QStringLiteral("gone.sspr-session.json"))));
    QVERIFY(message->text().contains(QStringLiteral("gone.sspr-session.json")));
    SSPR_CALL(goTo(*wizard, WizardWindow::UserPageId));
}

void TestSessions::errorTextOfReadsBack()
{
    const playbook::ParsedError parsed = playbook::ErrorTextParser::parse(kErrorLines.join('\n'));
    const playbook::ParsedError again
        = playbook::ErrorTextParser::parse(ui::SessionFile::errorTextOf(parsed));
    QCOMPARE(again.aadstsCodes, parsed.aadstsCodes);
    QCOMPARE(again.correlationId, parsed.correlationId);
    QCOMPARE(again.traceId, parsed.traceId);
    QCOMPARE(again.timestampUtc, parsed.timestampUtc);
    QCOMPARE(again.message, parsed.message);
}

QTEST_MAIN(TestSessions)
#include "TestSessions.moc"
