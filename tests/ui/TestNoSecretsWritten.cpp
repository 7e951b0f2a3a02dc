// Issue 4, item 6: no secret is ever written to a log, report, trace, settings file or saved
// session. The demo runtime signs in through the scenario server's authority with every grant
// (auth code + PKCE, device code, refresh), the wizard runs the IT path to the results, every
// report, the HAR trace, the bundle and the session are exported, and then every byte written
// and every log line is searched for each secret the authority issued or received.

#include "WizardTestBase.h"

#include "SecretScanner.h"
#include "core/auth/SignIn.h"
#include "core/demo/TokenLedger.h"
#include "core/report/ZipWriter.h"
#include "core/runtime/AppSettings.h"
#include "core/runtime/RuntimeEnvironment.h"
#include "ui/DataCollectionPage.h"
#include "ui/SessionFile.h"
#include "ui/SupportSummaryPage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSecretsTest, "sspr.test.secrets")

namespace {

// Before QApplication exists, so the registry reads it like the real app would.
const bool kLoggingRulesSet = qputenv("QT_LOGGING_RULES", "sspr.*=true");

const QString kMarker = QStringLiteral("SSPRFAKESECRET");

QMutex g_logMutex;
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

const QStandardPaths::StandardLocation kAppLocations[]
    = { QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
          QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation };

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_logLines << QString::fromLatin1(context.category ? context.category : "default")
                + QStringLiteral(": ") + message;
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

QStringList logLines()
{
    QMutexLocker lock(&g_logMutex);
    return g_logLines;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(data), data.size());
}

} // namespace

class TestNoSecretsWritten : public WizardTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scannerFindsPlantedSecrets();
    void everyGrantThenEveryExportLeavesNoSecret();

private:
    QTemporaryDir m_dir;
    QString m_iniPath;
};

void TestNoSecretsWritten::initTestCase()
{
    QVERIFY(kLoggingRulesSet);
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SSPR Doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("sspr-doctor-secrets-test"));
    // Any QSettings the app opens (default or AppSettings) lands in the temp dir as ini.
    const QString settingsDir = m_dir.filePath(QStringLiteral("settings"));
    QVERIFY(QDir().mkpath(settingsDir));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, settingsDir);
    m_iniPath = QDir(settingsDir).filePath(QStringLiteral("sspr-doctor.ini"));
    // The app's own places in test mode (~/.qttest/...), empty at the start of the run.
    for (const auto location : kAppLocations)
        QDir(QStandardPaths::writableLocation(location)).removeRecursively();
    QVERIFY(lcSecretsTest().isDebugEnabled());
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestNoSecretsWritten::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

// The control: a planted secret (whole, truncated, inside a deflated zip entry, in a log
// line) is found, so zero hits below means zero leaks and not a blind scanner.
void TestNoSecretsWritten::scannerFindsPlantedSecrets()
{
    const QString secret = demo::TokenLedger::randomToken(48);
    const QString other = demo::TokenLedger::randomToken(64);
    const QString third = demo::TokenLedger::randomToken(48);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    SSPR_CALL(writeFile(
        scratch.filePath(QStringLiteral("plain.txt")), "before " + secret.toUtf8() + " after"));
    SSPR_CALL(writeFile(scratch.filePath(QStringLiteral("clean.txt")), "nothing to see"));
    report::ZipWriter zip;
    zip.add(QStringLiteral("inner.txt"),
        QByteArray(4096, 'x') + "token=" + other.left(20).toUtf8() + QByteArray(4096, 'y'),
        QDateTime::currentDateTimeUtc(), report::ZipWriter::Method::Deflated);
    SSPR_CALL(writeFile(scratch.filePath(QStringLiteral("bundle.zip")), zip.finish()));

    const SecretScanner scanner({ secret, other, third });
    QStringList scanned;
    const QStringList hits = scanner.scanDir(scratch.path(), &scanned);
    QCOMPARE(scanned.size(), 4); // three files and the zip's entry
    QVERIFY2(hits.contains(
                 scratch.filePath(QStringLiteral("plain.txt")) + QStringLiteral(": ") + secret),
        qPrintable(hits.join(u'\n')));
    QVERIFY2(hits.contains(scratch.filePath(QStringLiteral("bundle.zip"))
                 + QStringLiteral("!inner.txt: ") + other.left(16)),
        qPrintable(hits.join(u'\n')));
    QCOMPARE(hits.size(), 3); // plain.txt: whole + prefix; the zip entry: prefix only

    qCDebug(lcSecretsTest) << "planted" << third.left(16);
    const QStringList logHits = scanner.scanLines(QStringLiteral("log"), logLines());
    QCOMPARE(logHits, QStringList { QStringLiteral("log: ") + third.left(16) });
    QMutexLocker lock(&g_logMutex);
    g_logLines.clear(); // the planted line is not a leak of the run below
}

void TestNoSecretsWritten::everyGrantThenEveryExportLeavesNoSecret()
{
    const QString reports = m_dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(reports));

    runtime::AppOptions options;
    options.demo = true;
    options.scenario = QStringLiteral("not-registered");
    options.verbose = true;
    QString problem;
    auto env = runtime::RuntimeEnvironment::create(
        options, &problem, runtime::RuntimeEnvironment::DemoStart::Later);
    QVERIFY2(env, qPrintable(problem));
    demo::ScenarioServer *server = env->demoServer();
    auth::SignIn *signIn = env->signIn();
    QVERIFY(server);
    // Every code and token the authority issues carries the marker (the id token as its
    // signature): a scan finds a fragment from the middle of one, not only its start.
    demo::AuthorityOptions authority = server->authorityOptions();
    authority.secretMarker = kMarker;
    server->setAuthorityOptions(authority);
    QVERIFY2(env->startDemoTenant(&problem), qPrintable(problem));
    // The remembered account goes to the settings file as in a real tenant's run.
    runtime::AppSettings settings(m_iniPath);
    QObject settingsContext; // destroyed before `settings`: the connection never dangles
    connect(signIn, &auth::SignIn::lastAccountChanged, &settingsContext,
        [&settings](const QString &account) {
            settings.setLastAccount(account);
            settings.sync();
        });

    // 1. Authorization code + PKCE: started by the runtime, completed by the demo browser.
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isSignedIn(), 20000);
    QCOMPARE(server->tokenRequestCount(QStringLiteral("authorization_code")), 1);

    // Graph's /me with whatever token the sign-in holds (a 401 makes it refresh once).
    const auto callMe = [&env]() -> std::optional<graph::GraphResponse> {
        graph::GraphRequest me;
        me.key = QStringLiteral("me");
        me.relativeUrl = QStringLiteral("/me?$select=id,userPrincipalName");
        graph::GraphBatchJob *job = env->graph()->send(me);
        QSignalSpy done(job, &graph::GraphBatchJob::finished);
        if (!done.wait(20000))
            return std::nullopt;
        return done.first().first().value<QHash<QString, graph::GraphResponse>>().value(
            QStringLiteral("me"));
    };
    const auto refreshes
        = [server] { return server->tokenRequestCount(QStringLiteral("refresh_token")); };

    // 2. A refresh that fails (AADSTS70008 shape): its request and error go to the trace and
    // the logs too.
    server->revokeAccessTokens();
    server->revokeRefreshTokens();
    const auto refused = callMe();
    QVERIFY(refused.has_value());
    QVERIFY(!refused->ok());
    QCOMPARE(refreshes(), 1);

    // 3. Device code (RFC 8628): the demo authority approves after one pending poll.
    QSignalSpy deviceReady(signIn, &auth::SignIn::deviceCodeReady);
    QSignalSpy signedIn(signIn, &auth::SignIn::signedIn);
    QSignalSpy failed(signIn, &auth::SignIn::signInFailed);
    signIn->signInWithDeviceCode();
    QVERIFY(signedIn.wait(20000));
    QCOMPARE(deviceReady.size(), 1);
    QCOMPARE(failed.size(), 0);
    QVERIFY(
        server->tokenRequestCount(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"))
        >= 2);

    // 4. A refresh that works: every access token revoked, /me gets 401 and refreshes.
    server->revokeAccessTokens();
    const auto me = callMe();
    QVERIFY(me.has_value());
    QVERIFY(me->ok());
    QCOMPARE(me->httpStatus, 200);
    QCOMPARE(refreshes(), 2);

    // 5. The wizard's IT path through the real pages to the results.
    ui::WizardEnvironment wizardEnv;
    wizardEnv.graph = env->graph();
    wizardEnv.tokens = env->tokens();
    wizardEnv.signIn = signIn;
    wizardEnv.probes = env->probes();
    wizardEnv.trace = env->trace();
    wizardEnv.reportFolder = reports;
    wizardEnv.source = env->sourceLabel();
    wizardEnv.demoLabel = server->scenarioName();
    wizardEnv.prefilledUser = env->defaultUserKey();
    auto wizard = std::make_unique<WizardWindow>(wizardEnv);
    wizard->show();
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    const auto saveHere = [](QWidget *, const QString &, const QString &suggested,
                              const QString &) { return suggested; };
    wizard->setSaveFileChooser(saveHere);
    wizard->dataCollectionPage()->setSaveFileChooser(saveHere);
    wizard->supportSummaryPage()->setSaveFileChooser(saveHere);
    SSPR_CALL(runToResults(*wizard, true));
    SSPR_CALL(goTo(*wizard, WizardWindow::ResultsPageId));
    QVERIFY(!wizard->resultsPage()->panels().isEmpty());

    // 6. Every export: the session, the HAR trace, the bundle, HTML/JSON/text, the summary.
    QTest::mouseClick(wizard->resultsPage()->saveSessionButton(), Qt::LeftButton);
    SSPR_CALL(goTo(*wizard, WizardWindow::DataCollectionPageId));
    ui::DataCollectionPage *data = wizard->dataCollectionPage();
    QTest::mouseClick(data->exportHarButton(), Qt::LeftButton);
    QVERIFY2(QFileInfo::exists(QDir(reports).filePath(QStringLiteral("sspr-trace.har"))),
        qPrintable(data->statusLabel()->text()));
    QTest::mouseClick(data->saveBundleButton(), Qt::LeftButton);
    QVERIFY2(QFileInfo::exists(QDir(reports).filePath(QStringLiteral("sspr-support-bundle.zip"))),
        qPrintable(data->statusLabel()->text()));
    SSPR_CALL(goTo(*wizard, WizardWindow::SupportSummaryPageId));
    ui::SupportSummaryPage *support = wizard->supportSummaryPage();
    for (const QString &format :
        { QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("text") }) {
        QTest::mouseClick(support->saveButton(format), Qt::LeftButton);
        const QString name = QStringLiteral("sspr-report.")
            + (format == QLatin1String("text") ? QStringLiteral("txt") : format);
        QVERIFY2(QFileInfo::exists(QDir(reports).filePath(name)),
            qPrintable(support->statusLabel()->text()));
    }
    const QString summary = support->summaryView()->toPlainText();
    QVERIFY(!summary.isEmpty());
    SSPR_CALL(
        writeFile(QDir(reports).filePath(QStringLiteral("support-summary.txt")), summary.toUtf8()));
    QTest::mouseClick(support->copyButton(), Qt::LeftButton);
    const QString clipboard = QGuiApplication::clipboard()->text();
    wizard.reset();
    settings.sync();

    // Not vacuous: every kind of secret went through the authority during this run.
    const QStringList secrets = server->secretsSeen();
    for (const demo::SecretKind kind :
        { demo::SecretKind::AuthorizationCode, demo::SecretKind::CodeVerifier,
            demo::SecretKind::AccessToken, demo::SecretKind::RefreshToken,
            demo::SecretKind::IdToken, demo::SecretKind::DeviceCode })
        QVERIFY2(!server->secretsSeen(kind).isEmpty(), qPrintable(QString::number(int(kind))));
    QVERIFY(server->secretsSeen(demo::SecretKind::AccessToken).size() >= 3);
    for (const demo::SecretKind kind : { demo::SecretKind::AuthorizationCode,
             demo::SecretKind::AccessToken, demo::SecretKind::RefreshToken,
             demo::SecretKind::IdToken, demo::SecretKind::DeviceCode }) {
        for (const QString &secret : server->secretsSeen(kind))
            QVERIFY2(secret.contains(kMarker), qPrintable(secret.left(16)));
    }
    QVERIFY(server->secretsSeen(demo::SecretKind::RefreshToken).size() >= 2);

    // 7. Scan: every file written (reports, session, trace, bundle entries, settings ini),
    // the clipboard and every log line.
    const SecretScanner scanner(QStringList(secrets) << kMarker);
    QStringList scanned;
    QStringList hits = scanner.scanDir(m_dir.path(), &scanned);
    for (const auto location : kAppLocations)
        hits << scanner.scanDir(QStandardPaths::writableLocation(location), &scanned);
    hits << scanner.scanBytes(QStringLiteral("clipboard"), clipboard.toUtf8());
    const QStringList lines = logLines();
    hits << scanner.scanLines(QStringLiteral("log"), lines);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

    // And the scan covered what it should have.
    const auto scannedEnding = [&scanned](const QString &tail) {
        return std::any_of(scanned.cbegin(), scanned.cend(),
            [&tail](const QString &name) { return name.endsWith(tail); });
    };
    for (const QString &tail :
        { QStringLiteral("sspr-report.html"), QStringLiteral("sspr-report.json"),
            QStringLiteral("sspr-report.txt"), QStringLiteral("sspr-trace.har"),
            QStringLiteral("sspr-support-bundle.zip"), QStringLiteral("support-summary.txt"),
            QStringLiteral("sspr-doctor.ini"), ui::SessionFile::suffix() })
        QVERIFY2(scannedEnding(tail), qPrintable(tail + u'\n' + scanned.join(u'\n')));
    QVERIFY(std::any_of(scanned.cbegin(), scanned.cend(),
        [](const QString &name) { return name.contains(QLatin1String(".zip!")); }));
    QSettings ini(m_iniPath, QSettings::IniFormat);
    QVERIFY(!ini.allKeys().isEmpty()); // the settings file was written, and scanned clean
    QVERIFY(!settings.lastAccount().isEmpty());
    // The debug logs were on and captured: sign-in and Graph both logged.
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
        [](const QString &line) { return line.startsWith(QLatin1String("sspr.auth")); }));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
        [](const QString &line) { return line.startsWith(QLatin1String("sspr.graph")); }));
}

QTEST_MAIN(TestNoSecretsWritten)
#include "TestNoSecretsWritten.moc"
