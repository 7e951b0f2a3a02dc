// Issue 4, item 6, for the headless binary: `sspr-doctor --headless --demo ... --verbose` with
// every sspr.* log on writes all reports, the HAR and the JSON; the secrets live inside that
// process, so every byte it wrote (files, stdout, stderr, any settings under its own XDG
// dirs) is searched for their shapes: JWTs, bearer credentials, credential parameters with a
// value other than "[redacted]", and long opaque token-like strings.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

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

QTEST_GUILESS_MAIN(TestHeadlessNoSecrets)
#include "TestHeadlessNoSecrets.moc"
