// Issue 7 item 1 through the real binary: `sspr-doctor --headless --user UPN [--error-file F]
// --report FORMAT:PATH`. Every exit code (0 all pass, 1 a fail, 2 error including sign-in, 3
// usage), every report format read back, --help, and the sign-in of a "real" tenant (the
// scenario server in this process plays the authority and Graph): device code, a failed
// sign-in, and a remembered sign-in that no longer works.
#include "AppProcess.h"

#include "core/demo/ScenarioServer.h"
#include "core/report/ZipReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {

const QString kError = QStringLiteral("AADSTS120021: PartnerServiceSsprInternalServiceError\n"
                                      "Correlation ID: 8d7a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b\n"
                                      "Timestamp: 2026-11-20 09:14:02Z");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString statusOf(const QJsonObject &session, const QString &checkId)
{
    for (const QJsonValue &f : session.value(QLatin1String("findings")).toArray())
        if (f[QLatin1String("checkId")].toString() == checkId)
            return f[QLatin1String("status")].toString();
    return QStringLiteral("<missing>");
}

} // namespace

class TestHeadlessCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_homes = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    AppProcess app() { return AppProcess(path(QStringLiteral("home-%1").arg(++m_homes))); }

    // The scenario server as a real tenant's authority and Graph, on 127.0.0.1.
    static std::unique_ptr<sspr::demo::ScenarioServer> tenant(
        sspr::demo::AuthorityOptions options = {})
    {
        auto server = std::make_unique<sspr::demo::ScenarioServer>();
        if (server->loadScenario(QStringLiteral("not-registered")))
            return nullptr;
        options.requireIssuedTokens = true;
        options.devicePendingPolls = 1;
        options.deviceIntervalSeconds = 1;
        server->setAuthorityOptions(options);
        return server->start() ? std::move(server) : nullptr;
    }
    static QStringList tenantArgs(const sspr::demo::ScenarioServer &server)
    {
        return { QStringLiteral("--headless"), QStringLiteral("--authority"),
            server.authorityUrl().toString(), QStringLiteral("--graph"),
            server.graphBaseUrl().toString(), QStringLiteral("--user"),
            server.demoUserPrincipalName(), QStringLiteral("--no-probes"),
            QStringLiteral("--error"), kError };
    }
    static int deviceGrants(const sspr::demo::ScenarioServer &server)
    {
        return server.tokenRequestCount(
            QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // 0, 1 and 2 from the demo tenant; the session JSON agrees with the exit code.
    void exitCodes_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("0 all pass") << "healthy" << 0 << "all-pass";
        QTest::newRow("1 a check failed") << "not-registered" << 1 << "failed";
        QTest::newRow("2 Graph failing") << "outage-5xx" << 2 << "incomplete";
    }
    void exitCodes()
    {
        QFETCH(QString, scenario);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        const QString json = path(scenario + QStringLiteral(".json"));
        const AppRun r = app().run({ QStringLiteral("--headless"), QStringLiteral("--demo"),
            scenario, QStringLiteral("--error"), kError, QStringLiteral("--report"),
            QStringLiteral("json:") + json });
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        const QJsonObject session = QJsonDocument::fromJson(readFile(json)).object();
        QCOMPARE(session.value(QLatin1String("verdict")).toString(), verdict);
        QCOMPARE(session.value(QLatin1String("exitCode")).toInt(), exitCode);
        // One screen: the header, the cause, one line or two per finding, the saved report.
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY2(lines.size() <= 50, r.out.constData());
        QVERIFY2(lines.first().startsWith("SSPR Doctor "), r.out.constData());
        QVERIFY2(r.out.contains("Correlation ID: 8d7a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b"),
            r.out.constData());
        QVERIFY2(r.out.contains(QByteArray(QByteArray("Saved the json report: ") + json.toUtf8())),
            r.out.constData());
    }

    // 3: the command line itself is wrong. Nothing runs, nothing is printed on stdout.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString h = QStringLiteral("--headless");
        const QString d = QStringLiteral("--demo");
        QTest::newRow("unknown option") << QStringList { h, d, "--bogus" } << "bogus";
        QTest::newRow("unknown format")
            << QStringList { h, d, "--report", "pdf:r.pdf" } << "json, html, text, har";
        QTest::newRow("format without path")
            << QStringList { h, d, "--report", "json:" } << "FORMAT:PATH";
        QTest::newRow("no format") << QStringList { h, d, "--report", "r.json" } << "FORMAT:PATH";
        QTest::newRow("empty format") << QStringList { h, d, "--report", ":r.json" } << "FORMAT";
        QTest::newRow("report value missing")
            << QStringList { h, d, "--report" } << "Missing value after '--report'";
        QTest::newRow("user value missing")
            << QStringList { h, "--user" } << "Missing value after '--user'";
        QTest::newRow("error-file value missing")
            << QStringList { h, d, "--error-file" } << "Missing value after '--error-file'";
        QTest::newRow("no user for a real tenant") << QStringList { h } << "--user";
        QTest::newRow("empty user") << QStringList { h, "--user", " " } << "--user";
        QTest::newRow("report without headless")
            << QStringList { d, "--report", "json:r.json" } << "--headless";
        QTest::newRow("open with headless")
            << QStringList { h, d, "--open", "a.sspr-session.json" } << "--open";
        QTest::newRow("error and error-file")
            << QStringList { h, d, "--error", "x", "--error-file", "e.txt" } << "--error-file";
        QTest::newRow("self and user")
            << QStringList { h, "--self", "--user", "a@b.example" } << "--self";
        QTest::newRow("bad timeout") << QStringList { h, d, "--timeout", "soon" } << "--timeout";
        QTest::newRow("bad days") << QStringList { h, d, "--days", "99" } << "--days";
        QTest::newRow("scenario without demo") << QStringList { h, "healthy" } << "--demo";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const AppRun r = app().run(args, 30000);
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }

    // 2, not 3: the command line is right but a file it names cannot be read (as a report
    // that cannot be written is 2). The message names the file.
    void unreadableErrorFileIsAnError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("missing") << path(QStringLiteral("no-such-error.txt"));
        QTest::newRow("a directory") << m_dir.path();
    }
    void unreadableErrorFileIsAnError()
    {
        QFETCH(QString, file);
        const AppRun r = app().run({ QStringLiteral("--headless"), QStringLiteral("--user"),
            QStringLiteral("adele@contoso.example"), QStringLiteral("--error-file"), file });
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(file.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void helpDocumentsTheHeadlessRun()
    {
        const AppRun r = app().run({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        const QString help = QString::fromUtf8(r.out);
        QVERIFY2(help.startsWith(QLatin1String("Usage: sspr-doctor ")), qPrintable(help));
        for (const char *part :
            { "--headless", "--user <UPN>", "--error-file <FILE>", "--report <FORMAT:PATH>",
                "--device-code", "json, html, text, har, summary, bundle", "0 every check passed",
                "1 a check failed", "2 an error", "sign-in failed", "3 a usage error" })
            QVERIFY2(help.contains(QLatin1String(part)), part);
    }

    // Every format from one run, each read back; the error text comes from --error-file.
    void everyFormat()
    {
        const QString errorFile = path(QStringLiteral("error.txt"));
        {
            QFile f(errorFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kError.toUtf8());
        }
        const QStringList formats { QStringLiteral("json"), QStringLiteral("html"),
            QStringLiteral("text"), QStringLiteral("har"), QStringLiteral("summary"),
            QStringLiteral("bundle") };
        QStringList args { QStringLiteral("--headless"), QStringLiteral("--demo"),
            QStringLiteral("not-registered"), QStringLiteral("--no-probes"),
            QStringLiteral("--user"), QStringLiteral("adele.vance@contoso-demo.example"),
            QStringLiteral("--error-file"), errorFile };
        for (const QString &format : formats)
            args << QStringLiteral("--report")
                 << format + u':' + path(QStringLiteral("all.") + format);
        const AppRun r = app().run(args);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        for (const QString &format : formats)
            QVERIFY2(r.out.contains(QStringLiteral("Saved the %1 report: %2")
                                        .arg(format, path(QStringLiteral("all.") + format))
                                        .toUtf8()),
                r.out.constData());

        const QByteArray json = readFile(path(QStringLiteral("all.json")));
        const QJsonObject session = QJsonDocument::fromJson(json).object();
        QCOMPARE(statusOf(session, QStringLiteral("user.registration")), QStringLiteral("fail"));
        QCOMPARE(session[QLatin1String("error")][QLatin1String("correlationId")].toString(),
            QStringLiteral("8d7a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b"));
        QCOMPARE(session[QLatin1String("playbook")][QLatin1String("code")].toInt(), 120021);

        const QByteArray html = readFile(path(QStringLiteral("all.html")));
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("user.registration"));
        const QByteArray text = readFile(path(QStringLiteral("all.text")));
        QVERIFY(text.contains("user.registration"));
        QVERIFY(text.contains("8d7a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b"));
        const QJsonObject har = QJsonDocument::fromJson(readFile(path(QStringLiteral("all.har"))))
                                    .object()
                                    .value(QLatin1String("log"))
                                    .toObject();
        QCOMPARE(har.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        QVERIFY(!har.value(QLatin1String("entries")).toArray().isEmpty());
        const QByteArray summary = readFile(path(QStringLiteral("all.summary")));
        QVERIFY2(summary.startsWith("SSPR Doctor support summary"), summary.constData());
        QVERIFY(summary.contains("8d7a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b"));
        QVERIFY(summary.contains("adele.vance@contoso-demo.example"));

        // The bundle holds the same reports, the summary and the trace, with a manifest.
        QString zipError;
        const auto entries = sspr::report::ZipReader::read(
            readFile(path(QStringLiteral("all.bundle"))), &zipError);
        QVERIFY2(entries, qPrintable(zipError));
        QStringList names;
        QByteArray bundledSummary;
        QJsonObject bundledReport;
        for (const auto &entry : *entries) {
            names << entry.name;
            if (entry.name == QLatin1String("support-summary.txt"))
                bundledSummary = entry.data;
            if (entry.name == QLatin1String("report.json"))
                bundledReport = QJsonDocument::fromJson(entry.data).object();
        }
        names.sort();
        QCOMPARE(names,
            QStringList({ "manifest.json", "report.html", "report.json", "report.txt",
                "support-summary.txt", "trace.har" }));
        QCOMPARE(bundledSummary, summary);
        QCOMPARE(
            statusOf(bundledReport, QStringLiteral("user.registration")), QStringLiteral("fail"));
    }

    // A full disk while the report is written (RLIMIT_FSIZE through the shell's ulimit: past
    // 512 bytes write() fails with EFBIG): exit 2, the file and the reason on stderr, and the
    // report of the previous run byte-identical.
    void fullDiskKeepsThePreviousReport()
    {
        const QString html = path(QStringLiteral("kept.html"));
        AppProcess process = app();
        const QStringList args { QStringLiteral("--headless"), QStringLiteral("--demo"),
            QStringLiteral("not-registered"), QStringLiteral("--no-probes"),
            QStringLiteral("--report"), QStringLiteral("html:") + html };
        const AppRun first = process.run(args);
        QVERIFY2(first.exitCode == 1, qPrintable(first.describe()));
        const QByteArray previous = readFile(html);
        QVERIFY(previous.size() > 4096);

        AppRun full;
        QProcess p;
        p.setWorkingDirectory(process.home());
        p.start(QStringLiteral("/bin/sh"),
            QStringList { QStringLiteral("-c"),
                QStringLiteral("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""),
                QStringLiteral(SSPR_APP_PATH) }
                + args);
        QVERIFY(p.waitForFinished(60000));
        full.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        full.out = p.readAllStandardOutput();
        full.err = p.readAllStandardError();
        QVERIFY2(full.exitCode == 2, qPrintable(full.describe()));
        QVERIFY2(full.err.contains(html.toUtf8()) && full.err.contains("too large"),
            full.err.constData());
        QVERIFY2(full.out.contains("[FAIL ]"), full.out.constData()); // the summary still shown
        QCOMPARE(readFile(html), previous);
        QCOMPARE(QDir(m_dir.path())
                     .entryList({ QStringLiteral("kept.html*") }, QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("kept.html") });
    }

    // A real tenant without a remembered sign-in: the device code on stderr, then the run on
    // the tokens it gave (the not-registered user fails: 1).
    void deviceCodeSignIn()
    {
        const auto server = tenant();
        QVERIFY(server);
        const QString json = path(QStringLiteral("device.json"));
        const AppRun r = app().run(tenantArgs(*server)
            << QStringLiteral("--no-remember") << QStringLiteral("--report")
            << QStringLiteral("json:") + json);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("enter the code"), r.err.constData());
        QCOMPARE(deviceGrants(*server), 2); // one authorization_pending, then the tokens
        QVERIFY(server->httpRequestCount() >= 1);
        const QJsonObject session = QJsonDocument::fromJson(readFile(json)).object();
        QCOMPARE(statusOf(session, QStringLiteral("user.registration")), QStringLiteral("fail"));
        QCOMPARE(statusOf(session, QStringLiteral("user.account")), QStringLiteral("pass"));
    }

    void failedSignInExitsTwo()
    {
        sspr::demo::AuthorityOptions options;
        options.deviceOutcome = sspr::demo::AuthorityOptions::DeviceOutcome::Decline;
        const auto server = tenant(options);
        QVERIFY(server);
        const QString json = path(QStringLiteral("declined.json"));
        const AppRun r = app().run(tenantArgs(*server)
            << QStringLiteral("--no-remember") << QStringLiteral("--report")
            << QStringLiteral("json:") + json);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Sign-in failed") && r.err.contains("declined"), r.err.constData());
        QCOMPARE(server->httpRequestCount(), 0); // Graph never asked
        QVERIFY(r.out.isEmpty()); // no summary, no report for a run that never began
        QVERIFY(!QFile::exists(json));
    }

    // The account is remembered in the settings; its refresh token would be in the keychain,
    // which this machine does not have (no D-Bus session). The next run tries it silently and
    // says so; with --device-code it falls back to a new device code.
    void rememberedSignInThatNoLongerWorks()
    {
        const auto server = tenant();
        QVERIFY(server);
        AppProcess process = app();
        const AppRun first = process.run(tenantArgs(*server));
        QVERIFY2(first.exitCode == 1, qPrintable(first.describe()));
        QCOMPARE(deviceGrants(*server), 2);

        const AppRun silent = process.run(tenantArgs(*server));
        QVERIFY2(silent.exitCode == 2, qPrintable(silent.describe()));
        QVERIFY2(silent.err.contains("remembered sign-in did not work")
                && silent.err.contains("--device-code"),
            silent.err.constData());
        QCOMPARE(deviceGrants(*server), 2); // no device code without --device-code

        const AppRun fallback = process.run(tenantArgs(*server) << QStringLiteral("--device-code"));
        QVERIFY2(fallback.exitCode == 1, qPrintable(fallback.describe()));
        QCOMPARE(deviceGrants(*server), 4);
    }
};

QTEST_GUILESS_MAIN(TestHeadlessCli)
#include "TestHeadlessCli.moc"
