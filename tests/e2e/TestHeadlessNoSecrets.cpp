// Issue 4, item 6, for the headless binary: `sspr-doctor --headless --demo ... --verbose` with
// every sspr.* log on writes all reports, the HAR and the JSON; the secrets live inside that
// process, so every byte it wrote (files, stdout, stderr, any settings under its own XDG
// dirs) is searched for their shapes: JWTs, bearer credentials, credential parameters with a
// value other than "[redacted]", and long opaque token-like strings.
#include "AppProcess.h"
#include "tests/ui/SecretScanner.h"

#include "core/demo/ScenarioServer.h"
#include "core/report/ZipWriter.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace sspr;

namespace {

const QString kNames = QStringLiteral(
    "access_token|refresh_token|id_token|code|code_verifier|device_code|client_assertion|"
    "client_secret|assertion|password");
// In JSON "code" is Graph's error name (evidence, not a secret), as core/trace/Redactor says.
const QString kJsonNames = QStringLiteral(
    "access_token|refresh_token|id_token|code_verifier|device_code|client_assertion|"
    "client_secret|assertion|password");

bool isRedacted(const QString &value)
{
    return value == QLatin1String("[redacted]") || value == QLatin1String("%5Bredacted%5D")
        || value == QLatin1String("[redacted token]");
}

// "shape: excerpt" for every secret-shaped string in `text`.
QStringList shapeLeaks(const QString &text)
{
    QStringList leaks;
    const auto add = [&](const QString &shape, const QRegularExpressionMatch &match) {
        leaks << shape + QStringLiteral(": ") + match.captured(0).left(80);
    };
    // A JWT (header.payload): id tokens, access tokens of real tenants, client assertions.
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_\\-]{4,}\\.eyJ"));
    for (auto it = jwt.globalMatch(text); it.hasNext();)
        add(QStringLiteral("JWT"), it.next());
    // An Authorization value; "Bearer [redacted]" is the redaction itself.
    static const QRegularExpression bearer(QStringLiteral("Bearer (?!\\[redacted\\])"));
    for (auto it = bearer.globalMatch(text); it.hasNext();)
        add(QStringLiteral("Bearer"), it.next());
    // JSON member, form or query parameter, HAR name/value pair with a credential's name.
    static const QRegularExpression json(
        QStringLiteral("\"(%1)\"\\s*:\\s*\"([^\"]*)\"").arg(kJsonNames));
    static const QRegularExpression form(
        QStringLiteral("(?<![A-Za-z0-9_])(%1)=([^&\\s\"'<\\\\]*)").arg(kNames));
    static const QRegularExpression pair(
        QStringLiteral("\"name\"\\s*:\\s*\"(%1)\"[^{}]*?\"value\"\\s*:\\s*\"([^\"]*)\"")
            .arg(kNames));
    for (const QRegularExpression *re : { &json, &form, &pair }) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (!isRedacted(match.captured(2)))
                add(QStringLiteral("credential value"), match);
        }
    }
    // The demo authority's tokens and codes are 64+ base64url characters; nothing legitimate
    // the app writes is (GUIDs are 36, data: URIs are skipped).
    QString withoutDataUris = text;
    withoutDataUris.remove(QRegularExpression(QStringLiteral("data:[^\"')\\s]*")));
    static const QRegularExpression opaque(
        QStringLiteral("(?<![A-Za-z0-9_\\-])[A-Za-z0-9_\\-]{60,}"));
    for (auto it = opaque.globalMatch(withoutDataUris); it.hasNext();)
        add(QStringLiteral("opaque token"), it.next());
    return leaks;
}

} // namespace

class TestHeadlessNoSecrets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shapesAreFound_data();
    void shapesAreFound();
    void redactedShapesPass();
    void headlessRunWritesNoSecret();
    void deviceCodeRefreshAndEveryFormatWriteNoSecret();
};

// The control: each shape of leak, planted, is found.
void TestHeadlessNoSecrets::shapesAreFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shape");
    // FAKE token shapes made up for this test ({"alg":"none"}.{"oid":"1"}).
    QTest::newRow("id token") << "x eyJhbGciOiJub25lIn0.eyJvaWQiOiIxIn0. y"
                              << "JWT";
    QTest::newRow("header") << "Authorization: Bearer abc.def"
                            << "Bearer";
    QTest::newRow("json") << "{\"refresh_token\": \"0.AAAAx\"}"
                          << "credential value";
    QTest::newRow("form") << "grant_type=authorization_code&code=M.R3_BAY.c0de&x=1"
                          << "credential value";
    QTest::newRow("query") << "GET /cb?state=s&code=abc123"
                           << "credential value";
    QTest::newRow("har pair") << "{\"name\": \"device_code\", \"value\": \"GAAAdc\"}"
                              << "credential value";
    QTest::newRow("opaque") << "token " + QString(64, u'A') + "_-9"
                            << "opaque token";
}

void TestHeadlessNoSecrets::shapesAreFound()
{
    QFETCH(QString, text);
    QFETCH(QString, shape);
    const QStringList leaks = shapeLeaks(text);
    QCOMPARE(leaks.size(), 1);
    QVERIFY2(leaks.first().startsWith(shape + u':'), qPrintable(leaks.first()));
}

void TestHeadlessNoSecrets::redactedShapesPass()
{
    const QString clean
        = QStringLiteral(
              "{\"access_token\":\"[redacted]\",\"token_type\":\"Bearer\",\"error_code\":\"x\"} "
              "Authorization: Bearer [redacted] code=[redacted]&code_verifier=[redacted] "
              "{\"name\": \"code\", \"value\": \"[redacted]\"} {\"code\": "
              "\"Request_ResourceNotFound\"} "
              "5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28 <img src=\"data:image/png;base64,")
        + QString(200, u'Q') + QStringLiteral("\">");
    const QStringList leaks = shapeLeaks(clean);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void TestHeadlessNoSecrets::headlessRunWritesNoSecret()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto path = [&dir](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sspr.*=true"));
    // Whatever it might persist lands in the scanned dir, not in this machine's profile.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path("config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path("data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), path("cache"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SSPR_APP_PATH),
        { QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("not-registered"),
            QStringLiteral("--verbose"), QStringLiteral("--error"),
            QStringLiteral("AADSTS120021: PartnerServiceSsprInternalServiceError"),
            QStringLiteral("--report"), QStringLiteral("json:") + path("r.json"),
            QStringLiteral("--report"), QStringLiteral("html:") + path("r.html"),
            QStringLiteral("--report"), QStringLiteral("text:") + path("r.txt"),
            QStringLiteral("--report"), QStringLiteral("har:") + path("r.har"),
            QStringLiteral("--json"), path("out.json") });
    QVERIFY(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, err.constData());
    QCOMPARE(process.exitCode(), 1); // not-registered: a failing check

    QStringList leaks;
    QStringList scanned;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        scanned << QFileInfo(file).fileName();
        for (const QString &leak : shapeLeaks(QString::fromUtf8(f.readAll())))
            leaks << file + QStringLiteral(": ") + leak;
    }
    for (const QString &leak : shapeLeaks(QString::fromUtf8(out)))
        leaks << QStringLiteral("stdout: ") + leak;
    for (const QString &leak : shapeLeaks(QString::fromUtf8(err)))
        leaks << QStringLiteral("stderr: ") + leak;
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));

    // Not vacuous: every output was written and scanned, the debug logs were on, and the run
    // went through the demo authority's token endpoint (its exchanges are in the HAR).
    for (const char *name : { "r.json", "r.html", "r.txt", "r.har", "out.json" })
        QVERIFY2(scanned.contains(QString::fromLatin1(name)), name);
    QVERIFY2(err.contains("sspr.auth") || err.contains("signed in"), err.constData());
    QFile har(path("r.har"));
    QVERIFY(har.open(QIODevice::ReadOnly));
    const QByteArray harBytes = har.readAll();
    QVERIFY(harBytes.contains("/oauth2/v2.0/token"));
    QVERIFY(harBytes.contains("access_token"));
    QVERIFY(harBytes.contains("[redacted]"));
}

// Issue 8 item 4 for the headless binary against a "real" tenant: the scenario server in this
// process is the authority, so the test knows every secret it issued or received, and each
// code, token and device code carries kMarker. Two runs in one private home (a device code
// sign-in whose access tokens lapse after one Graph request each, so the run refreshes; then a
// remembered sign-in tried silently before a new device code), debug logs on, every report
// format: then every byte under the home (reports, settings, anything else), every bundle
// entry inflated, stdout and stderr are searched for every secret, its start and the marker.
void TestHeadlessNoSecrets::deviceCodeRefreshAndEveryFormatWriteNoSecret()
{
    const QString kMarker = QStringLiteral("SSPRFAKESECRET");
    demo::ScenarioServer server;
    QVERIFY(!server.loadScenario(QStringLiteral("not-registered")));
    demo::AuthorityOptions authority;
    authority.requireIssuedTokens = true;
    authority.devicePendingPolls = 1;
    authority.deviceIntervalSeconds = 1;
    authority.secretMarker = kMarker;
    authority.accessTokenUses = 1; // every second Graph request: 401, refresh, retry
    server.setAuthorityOptions(authority);
    QVERIFY(server.start());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppProcess app(dir.filePath(QStringLiteral("home")));
    app.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sspr.*.debug=true"));
    const QString out = dir.filePath(QStringLiteral("home/out"));
    QVERIFY(QDir().mkpath(out));
    const auto args = [&](const QString &run) {
        QStringList list { QStringLiteral("--headless"), QStringLiteral("--verbose"),
            QStringLiteral("--authority"), server.authorityUrl().toString(),
            QStringLiteral("--graph"), server.graphBaseUrl().toString(), QStringLiteral("--user"),
            server.demoUserPrincipalName(), QStringLiteral("--no-probes"),
            QStringLiteral("--error"),
            QStringLiteral("AADSTS120021: PartnerServiceSsprInternalServiceError"),
            QStringLiteral("--json"), QDir(out).filePath(run + QStringLiteral(".session.json")) };
        const QList<QPair<QString, QString>> formats { { "json", "json" }, { "html", "html" },
            { "text", "txt" }, { "har", "har" }, { "summary", "summary.txt" },
            { "bundle", "zip" } };
        for (const auto &[format, suffix] : formats)
            list << QStringLiteral("--report")
                 << format + u':' + QDir(out).filePath(run + u'.' + suffix);
        return list;
    };
    const AppRun first = app.run(args(QStringLiteral("first")));
    QVERIFY2(first.exitCode == 1, qPrintable(first.describe())); // not-registered: a fail
    const AppRun second
        = app.run(args(QStringLiteral("second")) << QStringLiteral("--device-code"));
    QVERIFY2(second.exitCode == 1, qPrintable(second.describe()));

    // Not vacuous: both runs signed in by device code and refreshed, real tokens flowed, the
    // marker is in what the authority issued, and the debug logs were on.
    const QString deviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
    QCOMPARE(server.tokenRequestCount(deviceGrant), 4);
    QVERIFY(server.tokenRequestCount(QStringLiteral("refresh_token")) >= 2);
    for (const demo::SecretKind kind :
        { demo::SecretKind::DeviceCode, demo::SecretKind::AccessToken,
            demo::SecretKind::RefreshToken, demo::SecretKind::IdToken }) {
        const QStringList seen = server.secretsSeen(kind);
        QVERIFY2(!seen.isEmpty(), qPrintable(QString::number(int(kind))));
        for (const QString &secret : seen)
            QVERIFY2(secret.contains(kMarker), qPrintable(secret.left(16)));
    }
    QVERIFY(server.secretsSeen(demo::SecretKind::AccessToken).size() >= 4);
    for (const AppRun *run : { &first, &second }) {
        QVERIFY2(run->err.contains("sspr.auth") && run->err.contains("sspr.graph"),
            run->err.constData());
        QVERIFY2(run->err.contains("enter the code"), run->err.constData());
    }
    // The second run tried the remembered account first (its keychain is unreachable here).
    QVERIFY2(second.err.contains("no refresh token from the store"), second.err.constData());

    const SecretScanner scanner(server.secretsSeen() << kMarker);
    QStringList scanned;
    QStringList hits = scanner.scanDir(app.home(), &scanned);
    QStringList shapes;
    for (const AppRun *run : { &first, &second }) {
        const QString name = run == &first ? QStringLiteral("first") : QStringLiteral("second");
        hits << scanner.scanBytes(name + QStringLiteral(" stdout"), run->out);
        hits << scanner.scanBytes(name + QStringLiteral(" stderr"), run->err);
        shapes << shapeLeaks(QString::fromUtf8(run->out + run->err));
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    QVERIFY2(shapes.isEmpty(), qPrintable(shapes.join(u'\n')));

    // The scan covered every output of both runs, the bundles entry by entry, the settings.
    for (const QString &run : { QStringLiteral("first"), QStringLiteral("second") }) {
        for (const QString &suffix :
            { QStringLiteral(".session.json"), QStringLiteral(".json"), QStringLiteral(".html"),
                QStringLiteral(".txt"), QStringLiteral(".har"), QStringLiteral(".summary.txt"),
                QStringLiteral(".zip"), QStringLiteral(".zip!trace.har"),
                QStringLiteral(".zip!support-summary.txt"), QStringLiteral(".zip!report.json") })
            QVERIFY2(scanned.contains(QDir(out).filePath(run + suffix)), qPrintable(run + suffix));
    }
    const auto settingsFile = std::find_if(scanned.cbegin(), scanned.cend(),
        [](const QString &name) { return name.endsWith(QLatin1String("sspr-doctor.conf")); });
    QVERIFY2(settingsFile != scanned.cend(), qPrintable(scanned.join(u'\n')));
    QFile settings(*settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY2(settings.readAll().contains("lastAccount"), qPrintable(*settingsFile));
    QFile har(QDir(out).filePath(QStringLiteral("first.har")));
    QVERIFY(har.open(QIODevice::ReadOnly));
    const QByteArray harBytes = har.readAll();
    QVERIFY(harBytes.contains("/oauth2/v2.0/devicecode"));
    QVERIFY(harBytes.contains("refresh_token"));

    // The control, through the same scanner, dirs and pipes: a fragment from the middle of a
    // refresh token (only the marker gives it away), a whole access token deflated inside a
    // zip, and the start of an id token in a stream are each found.
    const QString refresh = server.secretsSeen(demo::SecretKind::RefreshToken).first();
    const QString access = server.secretsSeen(demo::SecretKind::AccessToken).last();
    const QString middle = refresh.mid(refresh.indexOf(kMarker) - 4, kMarker.size() + 8);
    {
        QFile planted(QDir(out).filePath(QStringLiteral("planted.log")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write(QByteArray("token fragment " + middle.toUtf8() + '\n'));
        report::ZipWriter zip;
        zip.add(QStringLiteral("inner.txt"), QByteArray(2048, 'x') + access.toUtf8(),
            QDateTime::currentDateTimeUtc(), report::ZipWriter::Method::Deflated);
        QFile archive(QDir(out).filePath(QStringLiteral("planted.zip")));
        QVERIFY(archive.open(QIODevice::WriteOnly));
        archive.write(zip.finish());
    }
    QStringList rescanned;
    const QStringList planted = scanner.scanDir(app.home(), &rescanned);
    QVERIFY2(planted.contains(QDir(out).filePath(QStringLiteral("planted.log: ")) + kMarker),
        qPrintable(planted.join(u'\n')));
    QVERIFY2(
        planted.contains(QDir(out).filePath(QStringLiteral("planted.zip!inner.txt: ")) + access),
        qPrintable(planted.join(u'\n')));
    const QString idToken = server.secretsSeen(demo::SecretKind::IdToken).first();
    QVERIFY(
        !scanner.scanBytes(QStringLiteral("stream"), QByteArray('x' + idToken.left(16).toUtf8()))
             .isEmpty());
}

QTEST_GUILESS_MAIN(TestHeadlessNoSecrets)
#include "TestHeadlessNoSecrets.moc"
