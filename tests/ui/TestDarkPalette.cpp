// Every page of both paths under Fusion with a dark palette: each visible text is drawn in a
// colour readable on the dark window (no hard-coded light colours, no dark-on-dark).
// SSPR_SHOTS_DIR: a PNG of every page (dark-it-*, dark-self-*, dark-settings).

#include "WizardTestBase.h"

#include "core/runtime/AppSettings.h"
#include "ui/SettingsDialog.h"

#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextEdit>

class TestDarkPalette : public WizardTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void itPathEveryPage();
    void selfPathAndSettings();
    void checkerCatchesDarkOnDark();

private:
    void checkReadable(QWidget *root, const QString &page);
    void visit(WizardWindow &wizard, const QString &name);

    QPalette m_original;
    QPalette m_dark;
    QTemporaryDir m_dir;
};

void TestDarkPalette::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initShots();
    m_original = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    m_dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    m_dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    m_dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    m_dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    m_dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    m_dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    m_dark.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    m_dark.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x48));
    m_dark.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    m_dark.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    m_dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    m_dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe8));
    m_dark.setColor(QPalette::HighlightedText, Qt::white);
    m_dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    m_dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    m_dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    QApplication::setPalette(m_dark);
}

void TestDarkPalette::cleanupTestCase()
{
    QApplication::setPalette(m_original);
}

// Labels and text views: the colour each paints with (palette role or inline style) against
// the dark window colour. 3:1 is WCAG's floor for large text and the least any text may have.
void TestDarkPalette::checkReadable(QWidget *root, const QString &page)
{
    const QColor window = m_dark.color(QPalette::Window);
    static const QRegularExpression inlineColour(
        QStringLiteral("color\\s*:\\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}|[a-z]+)"));
    QStringList problems;
    const auto check = [&](QWidget *widget, const QColor &colour, const QString &what) {
        const double ratio = ui::StatusStyle::contrastRatio(colour, window);
        if (ratio < 3.0)
            problems << QStringLiteral("%1 %2 (%3): %4 is %5:1")
                            .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName(), what, colour.name())
                            .arg(ratio, 0, 'f', 1);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        QString markup = widget->styleSheet();
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            check(label, label->palette().color(label->foregroundRole()), QStringLiteral("text"));
            markup += label->text();
        } else if (auto *edit = qobject_cast<QTextEdit *>(widget)) {
            markup += edit->toHtml();
        }
        for (auto it = inlineColour.globalMatch(markup); it.hasNext();) {
            const QColor colour(it.next().captured(1));
            if (colour.isValid())
                check(widget, colour, QStringLiteral("inline"));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(page + QStringLiteral(": ") + problems.join(", ")));
}

void TestDarkPalette::visit(WizardWindow &wizard, const QString &name)
{
    QCoreApplication::processEvents();
    SSPR_CALL(checkReadable(&wizard, name));
    SSPR_CALL(shoot(&wizard, name));
}

void TestDarkPalette::itPathEveryPage()
{
    runtime::AppSettings settings(m_dir.filePath(QStringLiteral("it.ini")));
    DemoTenant tenant;
    QVERIFY(tenant.start(QStringLiteral("not-registered")).isEmpty());
    ui::WizardEnvironment env = tenant.environment();
    env.settings = &settings;
    WizardWindow wizard(env);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    wizard.startPage()->personaChoice()->setPersona(ui::Persona::ItStaff);
    pasteErrorText(wizard);
    QTRY_VERIFY(!wizard.startPage()->parsedView()->correlationIdEdit()->text().isEmpty());
    SSPR_CALL(visit(wizard, QStringLiteral("dark-it-1-start")));
    SSPR_CALL(clickNext(wizard));
    SSPR_CALL(visit(wizard, QStringLiteral("dark-it-2-signin")));
    SSPR_CALL(clickNext(wizard));
    QTest::keyClicks(wizard.userPage()->userKeyEdit(), QStringLiteral("x"));
    QTest::keyClick(wizard.userPage()->userKeyEdit(), Qt::Key_Backspace);
    SSPR_CALL(visit(wizard, QStringLiteral("dark-it-3-user")));
    SSPR_CALL(clickNext(wizard));
    SSPR_CALL(visit(wizard, QStringLiteral("dark-it-4-questions")));
    SSPR_CALL(clickNext(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.runPage()->isRunning(), 20000);
    SSPR_CALL(visit(wizard, QStringLiteral("dark-it-5-run")));
    SSPR_CALL(clickNext(wizard));
    SSPR_CALL(visit(wizard, QStringLiteral("dark-it-6-results")));
    SSPR_CALL(clickNext(wizard));
    SSPR_CALL(visit(wizard, QStringLiteral("dark-it-7-data-collection")));
    SSPR_CALL(clickNext(wizard));
    QCOMPARE(wizard.currentId(), int(WizardWindow::SupportSummaryPageId));
    SSPR_CALL(visit(wizard, QStringLiteral("dark-it-8-support")));
}

void TestDarkPalette::selfPathAndSettings()
{
    runtime::AppSettings settings(m_dir.filePath(QStringLiteral("self.ini")));
    DemoTenant tenant;
    QVERIFY(tenant.start(QStringLiteral("healthy")).isEmpty());
    ui::WizardEnvironment env = tenant.environment();
    env.settings = &settings;
    WizardWindow wizard(env);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QCOMPARE(wizard.persona(), ui::Persona::EndUser);
    // A damaged session file: the message on the start page must be readable too.
    QVERIFY(!wizard.openSession(m_dir.filePath(QStringLiteral("missing.sspr-session.json"))));
    SSPR_CALL(visit(wizard, QStringLiteral("dark-self-1-start")));
    bool shot = false;
    wizard.setSettingsDialogHook([&](ui::SettingsDialog *dialog) {
        const auto close = qScopeGuard([dialog] { dialog->reject(); });
        dialog->clientIdEdit()->setText(QStringLiteral("not a guid")); // shows the message
        QCoreApplication::processEvents();
        SSPR_CALL(checkReadable(dialog, QStringLiteral("settings")));
        SSPR_CALL(shoot(dialog, QStringLiteral("dark-settings")));
        shot = true;
    });
    QTest::mouseClick(wizard.startPage()->settingsButton(), Qt::LeftButton);
    QVERIFY(shot);
    if (QTest::currentTestFailed())
        return;
    SSPR_CALL(clickNext(wizard));
    SSPR_CALL(visit(wizard, QStringLiteral("dark-self-2-signin")));
    SSPR_CALL(clickNext(wizard));
    QCOMPARE(wizard.currentId(), int(WizardWindow::QuestionsPageId));
    SSPR_CALL(visit(wizard, QStringLiteral("dark-self-3-questions")));
}

// The check above must be able to fail: a hard-coded dark grey on the dark window.
void TestDarkPalette::checkerCatchesDarkOnDark()
{
    QWidget host;
    auto *label = new QLabel(QStringLiteral("unreadable"), &host);
    label->setObjectName(QStringLiteral("darkOnDark"));
    label->setStyleSheet(QStringLiteral("QLabel { color: #333333; }"));
    host.show();
    QEXPECT_FAIL("", "#333333 on the dark window is below 3:1", Abort);
    checkReadable(&host, QStringLiteral("dark on dark"));
}

QTEST_MAIN(TestDarkPalette)
#include "TestDarkPalette.moc"
