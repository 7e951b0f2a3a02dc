#pragma once
// Shared by the wizard tests: the demo tenant built as app/main.cpp builds it, and the
// helpers that drive the real pages (keyboard where a person would type).
#include "core/auth/StaticTokenProvider.h"
#include "core/checks/GuidedQuestions.h"
#include "core/demo/ScenarioServer.h"
#include "core/graph/GraphClient.h"
#include "core/playbook/Diagnosis.h"
#include "core/playbook/ErrorTextParser.h"
#include "ui/CheckRow.h"
#include "ui/DemoBanner.h"
#include "ui/FindingPanel.h"
#include "ui/ParsedErrorView.h"
#include "ui/PersonaChoice.h"
#include "ui/QuestionsPage.h"
#include "ui/ResultsPage.h"
#include "ui/RunPage.h"
#include "ui/SignInPage.h"
#include "ui/StartPage.h"
#include "ui/StatusStyle.h"
#include "ui/UserPage.h"
#include "ui/VerdictHeader.h"
#include "ui/WizardWindow.h"
#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace sspr;
using checks::Status;
using ui::CheckRow;
using ui::WizardWindow;

namespace {

const QStringList kDemoScopes { QStringLiteral("User.Read"), QStringLiteral("User.Read.All"),
    QStringLiteral("AuditLog.Read.All"), QStringLiteral("Directory.Read.All"),
    QStringLiteral("ServiceHealth.Read.All"), QStringLiteral("UserAuthenticationMethod.Read.All"),
    QStringLiteral("Policy.Read.All") };

// What a person copies from the login page that failed.
const QStringList kErrorLines {
    QStringLiteral("Sorry, but we're having trouble verifying your account."),
    QStringLiteral("AADSTS120021: PartnerServiceSsprInternalServiceError"),
    QStringLiteral("Trace ID: 1b7e0f53-9a7c-4a5b-8d62-3c1f9e2a7b10"),
    QStringLiteral("Correlation ID: 5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28"),
    QStringLiteral("Timestamp: 2024-05-02T09:14:33Z"),
};

// The demo tenant and everything the wizard talks to, built as app/main.cpp does.
struct DemoTenant {
    demo::ScenarioServer server;
    QNetworkAccessManager network;
    std::unique_ptr<auth::StaticTokenProvider> tokens;
    std::unique_ptr<graph::GraphClient> graph;

    QString start(const QString &scenario)
    {
        if (const auto problem = server.loadScenario(scenario))
            return *problem;
        if (!server.start())
            return server.errorString();
        auth::AccountInfo admin;
        admin.displayName = server.demoAdminDisplayName();
        admin.userPrincipalName = server.demoAdminPrincipalName();
        admin.tenantId = server.demoTenantId();
        tokens = std::make_unique<auth::StaticTokenProvider>(admin, kDemoScopes);
        graph = std::make_unique<graph::GraphClient>(&network, tokens.get());
        graph->setBaseUrl(server.graphBaseUrl());
        return {};
    }

    ui::WizardEnvironment environment() const
    {
        ui::WizardEnvironment env;
        env.graph = graph.get();
        env.tokens = tokens.get();
        env.demoLabel = server.scenarioName();
        env.source = QStringLiteral("demo:") + server.scenarioName();
        env.prefilledUser = server.demoUserPrincipalName();
        return env;
    }
};

} // namespace

// A QVERIFY failing inside a helper only returns from the helper: stop the test there too.
#define SSPR_CALL(call)                                                                            \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// The helpers as a base of each test class. A QVERIFY failing in a helper returns from the
// helper only: callers wrap the call in SSPR_CALL.
class WizardTestBase : public QObject {
protected:
    void initShots();
    std::unique_ptr<WizardWindow> openWizard(DemoTenant &tenant, const QString &scenario);
    void pasteErrorText(WizardWindow &wizard);
    void clickNext(WizardWindow &wizard);
    void pressAltN(WizardWindow &wizard, int expectedId);
    void tabTo(WizardWindow &wizard, QWidget *target);
    void goTo(WizardWindow &wizard, int pageId);
    void runToResults(WizardWindow &wizard, bool pasteError);
    void checkAccessibleNames(QWidget *root);
    void shoot(QWidget *widget, const QString &name);

    QString m_shotsDir;
};

void WizardTestBase::initShots()
{
    m_shotsDir = qEnvironmentVariable("SSPR_SHOTS_DIR");
    if (!m_shotsDir.isEmpty()) {
        QVERIFY(QDir().mkpath(m_shotsDir));
        // The icons at a size where their drawing can be judged.
        QPixmap sheet(6 * 136, 136);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        WizardWindow::applicationIcon().paint(&painter, QRect(4, 4, 128, 128));
        int x = 140;
        for (Status status :
            { Status::Pass, Status::Warning, Status::Fail, Status::Skipped, Status::Error }) {
            ui::StatusStyle::icon(status).paint(&painter, QRect(x, 4, 128, 128));
            x += 136;
        }
        painter.end();
        QVERIFY(sheet.save(QDir(m_shotsDir).filePath(QStringLiteral("icons.png"))));
    }
    QVERIFY(!demo::ScenarioServer::builtInScenarios().isEmpty());
}

inline std::unique_ptr<WizardWindow> WizardTestBase::openWizard(
    DemoTenant &tenant, const QString &scenario)
{
    const QString problem = tenant.start(scenario);
    if (!problem.isEmpty()) {
        qWarning("cannot start scenario %s: %s", qPrintable(scenario), qPrintable(problem));
        return {};
    }
    auto wizard = std::make_unique<WizardWindow>(tenant.environment());
    wizard->show();
    wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(wizard.get()))
        return {};
    return wizard;
}

inline void WizardTestBase::shoot(QWidget *widget, const QString &name)
{
    if (m_shotsDir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let layouts settle before grabbing
    const QString path = QDir(m_shotsDir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

inline void WizardTestBase::pasteErrorText(WizardWindow &wizard)
{
    QPlainTextEdit *edit = wizard.startPage()->errorTextEdit();
    edit->setFocus();
    for (const QString &line : kErrorLines) {
        QTest::keyClicks(edit, line);
        QTest::keyClick(edit, Qt::Key_Return);
    }
}

inline void WizardTestBase::clickNext(WizardWindow &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isVisible());
    QVERIFY(next->isEnabled());
    const int before = wizard.currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(wizard.currentId() != before);
}

// Alt+N is the mnemonic of "&Next >": the keyboard way through the wizard. A mnemonic
// "animates" the click, which lands a moment later.

// Alt+N is the mnemonic of "&Next >": the keyboard way through the wizard. A mnemonic
// "animates" the click, which lands a moment later.
inline void WizardTestBase::pressAltN(WizardWindow &wizard, int expectedId)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard.currentId(), expectedId);
}

// Tab until `target` has the focus: proves it can be reached by keyboard.

// Tab until `target` has the focus: proves it can be reached by keyboard.
inline void WizardTestBase::tabTo(WizardWindow &wizard, QWidget *target)
{
    QVERIFY(target->isVisible());
    for (int i = 0; i < 80 && !target->hasFocus(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : &wizard, Qt::Key_Tab);
    }
    QVERIFY2(target->hasFocus(), qPrintable(target->objectName()));
}

inline void WizardTestBase::goTo(WizardWindow &wizard, int pageId)
{
    for (int i = 0; i < 8 && wizard.currentId() != pageId; ++i)
        SSPR_CALL(clickNext(wizard));
    QCOMPARE(wizard.currentId(), pageId);
}

// IT path with the prefilled user (optionally pasting the error), waits for the results.

// IT path with the prefilled user (optionally pasting the error), waits for the results.
inline void WizardTestBase::runToResults(WizardWindow &wizard, bool pasteError)
{
    wizard.startPage()->personaChoice()->setPersona(ui::Persona::ItStaff);
    if (pasteError)
        pasteErrorText(wizard);
    SSPR_CALL(goTo(wizard, WizardWindow::UserPageId));
    QVERIFY(wizard.userPage()->isComplete());
    SSPR_CALL(goTo(wizard, WizardWindow::RunPageId));
    ui::RunPage *run = wizard.runPage();
    QVERIFY(run->isRunning());
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 20000);
    QVERIFY(run->session().has_value());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    for (CheckRow *row : run->rows())
        QCOMPARE(row->state(), CheckRow::State::Done);
}

// Every control a person can reach with Tab has a name a screen reader can say.
inline void WizardTestBase::checkAccessibleNames(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (qobject_cast<QScrollBar *>(widget) || widget->inherits("QAbstractScrollArea"))
            continue; // containers: their content carries the names
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1(%2)").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}
