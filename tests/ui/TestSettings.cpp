// The Settings dialog (keyboard, validation, persisted in an ini of the test's own, applied to
// the next sign-in), the window geometry round trip and the translations being found and
// installed. Never touches the real user settings. SSPR_SHOTS_DIR: a PNG of the dialog.

#include "WizardTestBase.h"

#include "core/runtime/AppSettings.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

class TestSettings : public WizardTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        initShots();
    }
    void settingsPersistAndApplyToNextSignIn();
    void badClientIdKeepsTheDialogOpen();
    void geometryRoundTrip();
    void offScreenGeometryIgnored();
    void englishPluralForms();
    void germanCatalogInstalled();
    void unknownLanguageFallsBackToEnglish();

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    void removeTranslators();

    QTemporaryDir m_dir;
};

void TestSettings::settingsPersistAndApplyToNextSignIn()
{
    QFile::remove(iniPath());
    runtime::AppSettings settings(iniPath());
    DemoTenant tenant;
    QVERIFY(tenant.start(QStringLiteral("healthy")).isEmpty());
    ui::WizardEnvironment env = tenant.environment();
    env.demoLabel.clear(); // a real tenant's sign-in follows the settings; the demo's does not
    env.settings = &settings;
    WizardWindow wizard(env);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    const QString folder = m_dir.filePath(QStringLiteral("reports"));

    bool hookRan = false;
    wizard.setSettingsDialogHook([&](ui::SettingsDialog *dialog) {
        hookRan = true;
        // Whatever fails below, the modal dialog must close or the test hangs.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QVERIFY(dialog->isVisible());
        SSPR_CALL(checkAccessibleNames(dialog));
        // Defaults first.
        QCOMPARE(dialog->cloudCombo()->currentData().toString(), QStringLiteral("global"));
        QCOMPARE(dialog->tenantEdit()->text(), QStringLiteral("organizations"));
        QVERIFY(dialog->rememberCheckBox()->isChecked());
        QCOMPARE(dialog->cloudCombo()->count(), 4);
        // Keyboard: the combos take arrow keys, the edits typing.
        dialog->cloudCombo()->setFocus();
        const int gcch = dialog->cloudCombo()->findData(QStringLiteral("usgov-gcch"));
        QVERIFY(gcch > 0);
        while (dialog->cloudCombo()->currentIndex() < gcch)
            QTest::keyClick(dialog->cloudCombo(), Qt::Key_Down);
        dialog->tenantEdit()->selectAll();
        QTest::keyClicks(dialog->tenantEdit(), QStringLiteral("contoso.com"));
        QTest::keyClicks(
            dialog->clientIdEdit(), QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
        QTest::keyClick(dialog->rememberCheckBox(), Qt::Key_Space);
        dialog->languageCombo()->setCurrentIndex(
            dialog->languageCombo()->findData(QStringLiteral("de")));
        QCOMPARE(dialog->languageCombo()->currentText(), QStringLiteral("Deutsch"));
        dialog->setFolderChooser(
            [&](QWidget *, const QString &, const QString &, const QString &) { return folder; });
        QTest::mouseClick(dialog->browseButton(), Qt::LeftButton);
        QCOMPARE(dialog->reportFolderEdit()->text(), QDir::toNativeSeparators(folder));
        SSPR_CALL(shoot(dialog, QStringLiteral("settings-dialog")));
        // Return in a field presses the default button, OK.
        dialog->tenantEdit()->setFocus();
        QTest::keyClick(dialog->tenantEdit(), Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
    });
    QPushButton *button = wizard.startPage()->settingsButton();
    QVERIFY(button->isVisible());
    SSPR_CALL(tabTo(wizard, button));
    QTest::keyClick(button, Qt::Key_Space);
    QVERIFY(hookRan);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(wizard.result(), 0); // the wizard itself is still open

    // Persisted: a second reader of the same file sees every value.
    runtime::AppSettings reread(iniPath());
    QCOMPARE(reread.cloudKey(), QStringLiteral("usgov-gcch"));
    QCOMPARE(reread.tenant(), QStringLiteral("contoso.com"));
    QCOMPARE(reread.clientId(), QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
    QCOMPARE(reread.rememberSignIn(), false);
    QCOMPARE(reread.language(), QStringLiteral("de"));
    QCOMPARE(reread.reportFolder(), folder);
    // Applied to the next sign-in.
    const auth::AuthConfig next = wizard.signInPage()->baseConfig();
    QCOMPARE(next.cloudKey, QStringLiteral("usgov-gcch"));
    QCOMPARE(next.tenant, QStringLiteral("contoso.com"));
    QCOMPARE(next.clientId, QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
    QCOMPARE(next.rememberSignIn, false);
}

void TestSettings::badClientIdKeepsTheDialogOpen()
{
    QFile::remove(iniPath());
    runtime::AppSettings settings(iniPath());
    settings.setTenant(QStringLiteral("fabrikam.com"));
    ui::SettingsDialog dialog(&settings);
    dialog.show();
    QCOMPARE(dialog.tenantEdit()->text(), QStringLiteral("fabrikam.com"));
    QTest::keyClicks(dialog.clientIdEdit(), QStringLiteral("not-a-guid"));
    QVERIFY(dialog.validationMessage()->isVisible());
    QVERIFY(dialog.validationMessage()->text().contains(QStringLiteral("GUID")));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(runtime::AppSettings(iniPath()).clientId().isEmpty());
    dialog.clientIdEdit()->clear(); // empty: the default application
    dialog.tenantEdit()->setText(QStringLiteral("bad tenant!"));
    QVERIFY(dialog.validationMessage()->text().contains(QStringLiteral("tenant")));
    dialog.tenantEdit()->setText(QStringLiteral("common"));
    QVERIFY(!dialog.validationMessage()->isVisible());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(runtime::AppSettings(iniPath()).tenant(), QStringLiteral("common"));
    QVERIFY(dialog.signInChanged());
    QVERIFY(!dialog.languageChanged());
}

void TestSettings::geometryRoundTrip()
{
    QFile::remove(iniPath());
    const QRect wanted(120, 80, 1000, 760);
    {
        runtime::AppSettings settings(iniPath());
        DemoTenant tenant;
        QVERIFY(tenant.start(QStringLiteral("healthy")).isEmpty());
        ui::WizardEnvironment env = tenant.environment();
        env.settings = &settings;
        WizardWindow wizard(env);
        QVERIFY(!wizard.restoreSavedGeometry()); // nothing saved yet
        wizard.show();
        wizard.setGeometry(wanted);
        QTRY_COMPARE(wizard.geometry().size(), wanted.size());
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!wizard.isVisible());
    }
    runtime::AppSettings settings(iniPath());
    QVERIFY(!settings.windowGeometry().isEmpty());
    DemoTenant tenant;
    QVERIFY(tenant.start(QStringLiteral("healthy")).isEmpty());
    ui::WizardEnvironment env = tenant.environment();
    env.settings = &settings;
    WizardWindow again(env);
    again.show();
    QCOMPARE(again.geometry().size(), wanted.size());
}

void TestSettings::offScreenGeometryIgnored()
{
    QFile::remove(iniPath());
    runtime::AppSettings settings(iniPath());
    QWidget away;
    away.setGeometry(-40000, -40000, 1111, 777);
    settings.setWindowGeometry(away.saveGeometry());
    DemoTenant tenant;
    QVERIFY(tenant.start(QStringLiteral("healthy")).isEmpty());
    ui::WizardEnvironment env = tenant.environment();
    env.settings = &settings;
    WizardWindow wizard(env);
    QVERIFY(!wizard.restoreSavedGeometry());
    QVERIFY(wizard.size() != QSize(1111, 777));
    // Damaged bytes too.
    settings.setWindowGeometry(QByteArray("not a geometry"));
    QVERIFY(!wizard.restoreSavedGeometry());
}

void TestSettings::removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestSettings::englishPluralForms()
{
    const char *source = "No SSPR audit events for this user in the last %n day(s).";
    const auto cleanup = qScopeGuard([this] { removeTranslators(); });
    const auto result = ui::Translations::install(qApp, QStringLiteral("en"), SSPR_QM_DIR);
    QCOMPARE(result.language, QStringLiteral("en"));
    QVERIFY2(result.files.join(' ').contains(QStringLiteral("sspr-doctor_en.qm")),
        qPrintable(result.files.join(' ')));
    QCOMPARE(QCoreApplication::translate("UserSsprAuditCheck", source, nullptr, 1),
        QStringLiteral("No SSPR audit events for this user in the last day."));
    QCOMPARE(QCoreApplication::translate("UserSsprAuditCheck", source, nullptr, 7),
        QStringLiteral("No SSPR audit events for this user in the last 7 days."));
    QCOMPARE(QCoreApplication::translate("ClockCheck", "%n minute(s)", nullptr, 7),
        QStringLiteral("7 minutes"));
    QCOMPARE(QCoreApplication::translate("ClockCheck", "%n minute(s)", nullptr, 1),
        QStringLiteral("1 minute"));
}

void TestSettings::germanCatalogInstalled()
{
    const auto cleanup = qScopeGuard([this] { removeTranslators(); });
    const auto result = ui::Translations::install(qApp, QStringLiteral("de"), SSPR_QM_DIR);
    QCOMPARE(result.language, QStringLiteral("de"));
    QVERIFY2(result.files.join(' ').contains(QStringLiteral("sspr-doctor_de.qm")),
        qPrintable(result.files.join(' ')));
    QVERIFY(!result.files.join(' ').contains(QStringLiteral("sspr-doctor_en.qm")));
    // A string the German catalog has: the results page title.
    QCOMPARE(QCoreApplication::translate("sspr::ui::ResultsPage", "Results"),
        QStringLiteral("Ergebnisse"));
    ui::ResultsPage page;
    QVERIFY2(page.title().contains(QStringLiteral("Ergebnisse")), qPrintable(page.title()));
}

void TestSettings::unknownLanguageFallsBackToEnglish()
{
    const auto cleanup = qScopeGuard([this] { removeTranslators(); });
    const auto result = ui::Translations::install(qApp, QStringLiteral("ja"), SSPR_QM_DIR);
    QCOMPARE(result.language, QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ClockCheck", "%n second(s)", nullptr, 2),
        QStringLiteral("2 seconds"));
}

QTEST_MAIN(TestSettings)
#include "TestSettings.moc"
