#include "core/playbook/Diagnosis.h"

// End to end: the real sspr-doctor binary, headless, against its own demo tenant.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
};

QString statusOf(const QJsonObject &session, const QString &checkId)
{
    for (const QJsonValue &f : session.value(QLatin1String("findings")).toArray())
        if (f[QLatin1String("checkId")].toString() == checkId)
            return f[QLatin1String("status")].toString();
    return QStringLiteral("<missing>");
}
} // namespace

class TestHeadless : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    Run runApp(const QStringList &args)
    {
        Run r;
        const QString jsonPath = m_dir.filePath(QStringLiteral("session-%1.json").arg(++m_runs));
        QProcess p;
        QStringList all = args;
        if (all.contains(QLatin1String("--headless")))
            all << QStringLiteral("--json") << jsonPath;
        p.start(QStringLiteral(SSPR_APP_PATH), all);
        if (!p.waitForFinished(60000)) {
            p.kill();
            qWarning("sspr-doctor did not finish in 60 s");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        QFile f(jsonPath);
        if (f.open(QIODevice::ReadOnly))
            r.json = QJsonDocument::fromJson(f.readAll()).object();
        return r;
    }
    int m_runs = 0;

    // Every check the playbook plans (unanswered questions run none) has exactly one finding.
    static QStringList plannedIds(const QString &errorText)
    {
        QStringList ids;
        for (const auto &planned : sspr::playbook::Diagnosis::plannedChecks(errorText))
            ids << planned.first;
        ids.sort();
        return ids;
    }
    static QStringList findingIds(const QJsonObject &json)
    {
        QStringList ids;
        for (const QJsonValue &f : json.value(QLatin1String("findings")).toArray())
            ids << f[QLatin1String("checkId")].toString();
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void scenario_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<QString>("status");
        QTest::newRow("healthy") << "healthy" << 0 << "all-pass"
                                 << "user.registration"
                                 << "pass";
        QTest::newRow("not-registered") << "not-registered" << 1 << "failed"
                                        << "user.registration"
                                        << "fail";
        QTest::newRow("not-in-sspr-scope") << "not-in-sspr-scope" << 1 << "failed"
                                           << "user.sspr-scope"
                                           << "fail";
        QTest::newRow("account-disabled") << "account-disabled" << 1 << "failed"
                                          << "user.account"
                                          << "fail";
        QTest::newRow("service-incident") << "service-incident" << 1 << "failed"
                                          << "service.health"
                                          << "fail";
        QTest::newRow("throttled") << "throttled" << 0 << "all-pass"
                                   << "service.health"
                                   << "pass";
        QTest::newRow("outage-5xx") << "outage-5xx" << 2 << "incomplete"
                                    << "user.account"
                                    << "error";
    }
    void scenario()
    {
        QFETCH(QString, scenario);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        QFETCH(QString, checkId);
        QFETCH(QString, status);
        const Run r = runApp({ QStringLiteral("--headless"), QStringLiteral("--demo"), scenario,
            QStringLiteral("--error"),
            QStringLiteral("AADSTS120021: PartnerServiceSsprInternalServiceError "
                           "Correlation ID: 8d7a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b") });
        QVERIFY2(r.exitCode == exitCode,
            qPrintable(QStringLiteral("exit %1, stderr: %2\nstdout: %3")
                           .arg(r.exitCode)
                           .arg(QString::fromUtf8(r.err), QString::fromUtf8(r.out))));
        QCOMPARE(r.json.value(QLatin1String("verdict")).toString(), verdict);
        QCOMPARE(r.json.value(QLatin1String("exitCode")).toInt(), exitCode);
        QCOMPARE(statusOf(r.json, checkId), status);
        QCOMPARE(findingIds(r.json), plannedIds(QStringLiteral("AADSTS120021")));
        QCOMPARE(r.json[QLatin1String("error")][QLatin1String("correlationId")].toString(),
            QStringLiteral("8d7a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b"));
        QCOMPARE(r.json[QLatin1String("playbook")][QLatin1String("code")].toInt(), 120021);
        // The one-screen summary names every finding.
        for (const QJsonValue &f : r.json.value(QLatin1String("findings")).toArray())
            QVERIFY(r.out.contains(f[QLatin1String("title")].toString().toUtf8()));
        // No token anywhere the app wrote (the demo token is "demo.<hex>").
        const QByteArray written = r.out + r.err + QJsonDocument(r.json).toJson();
        QVERIFY(!written.contains("Bearer"));
        QVERIFY(!QRegularExpression(QStringLiteral("demo\\.[0-9a-f]{32}"))
                     .match(QString::fromUtf8(written))
                     .hasMatch());
    }

    // Every fault path end to end: never a pass where Graph could not answer, a clear
    // summary, exit code 2 ("not an all-clear"), and no token in anything written.
    void faultPath_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("summaryPart");
        QTest::addColumn<QStringList>("notPassing");
        const QStringList all { QStringLiteral("service.health"), QStringLiteral("user.account"),
            QStringLiteral("user.registration"), QStringLiteral("user.sspr-scope") };
        const QStringList registration { QStringLiteral("user.registration"),
            QStringLiteral("user.sspr-scope") };
        QTest::newRow("403") << "forbidden-registration.json"
                             << "user.registration"
                             << "skipped"
                             << "AuditLog.Read.All" << registration;
        QTest::newRow("401") << "unauthorized.json"
                             << "user.account"
                             << "skipped"
                             << "HTTP 401" << all;
        QTest::newRow("429 longer than the client waits") << "throttled-too-long.json"
                                                          << "user.sspr-scope"
                                                          << "error"
                                                          << "HTTP 429" << registration;
        QTest::newRow("timeout") << "hang.json"
                                 << "service.health"
                                 << "error"
                                 << "did not answer in time" << all;
        QTest::newRow("html page") << "html-page.json"
                                   << "user.account"
                                   << "error"
                                   << "could not be read" << all;
        QTest::newRow("malformed json") << "malformed-json.json"
                                        << "user.registration"
                                        << "error"
                                        << "could not be read" << all;
    }
    void faultPath()
    {
        QFETCH(QString, file);
        QFETCH(QString, checkId);
        QFETCH(QString, status);
        QFETCH(QString, summaryPart);
        QFETCH(QStringList, notPassing);
        const Run r = runApp({ QStringLiteral("--headless"), QStringLiteral("--demo"),
            QStringLiteral(SSPR_TEST_DATA "/e2e/") + file, QStringLiteral("--timeout"),
            QStringLiteral("1") });
        QVERIFY2(r.exitCode == 2,
            qPrintable(QStringLiteral("exit %1, stderr: %2\nstdout: %3")
                           .arg(r.exitCode)
                           .arg(QString::fromUtf8(r.err), QString::fromUtf8(r.out))));
        QCOMPARE(r.json.value(QLatin1String("verdict")).toString(), QStringLiteral("incomplete"));
        QCOMPARE(findingIds(r.json), plannedIds(QString()));
        QCOMPARE(statusOf(r.json, checkId), status);
        for (const QString &id : std::as_const(notPassing)) {
            const QString got = statusOf(r.json, id);
            QVERIFY2(got == QLatin1String("skipped") || got == QLatin1String("error"),
                qPrintable(id + u' ' + got));
        }
        for (const QJsonValue &f : r.json.value(QLatin1String("findings")).toArray()) {
            if (f[QLatin1String("checkId")].toString() == checkId)
                QVERIFY2(f[QLatin1String("summary")].toString().contains(summaryPart),
                    qPrintable(f[QLatin1String("summary")].toString()));
        }
        const QByteArray written = r.out + r.err + QJsonDocument(r.json).toJson();
        QVERIFY(!written.contains("Bearer"));
        QVERIFY(!QRegularExpression(QStringLiteral("demo\\.[0-9a-f]{32}"))
                     .match(QString::fromUtf8(written))
                     .hasMatch());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString missing = m_dir.filePath(QStringLiteral("no-such-error.txt"));
        QTest::newRow("error file missing")
            << QStringList { QStringLiteral("--error-file"), missing } << 2 << missing;
        QTest::newRow("error file is a directory")
            << QStringList { QStringLiteral("--error-file"), m_dir.path() } << 2 << m_dir.path();
        QTest::newRow("timeout zero")
            << QStringList { QStringLiteral("--timeout"), QStringLiteral("0") } << 3 << "--timeout";
        QTest::newRow("graph over plain http") << QStringList { QStringLiteral("--graph"),
            QStringLiteral("http://graph.example.com/v1.0") }
                                               << 3 << "https";
        QTest::newRow("scenario not JSON")
            << QStringList { QStringLiteral(SSPR_TEST_DATA "/demo/not-json.json") } << 2
            << "not-json.json";
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QProcess p;
        p.start(QStringLiteral(SSPR_APP_PATH),
            QStringList { QStringLiteral("--headless"), QStringLiteral("--demo") } + args);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit); // a message, never a crash
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), exitCode);
        QVERIFY2(err.contains(message.toUtf8()), err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty()); // no report for a run that never began
    }

    void healthyRunTakesAtMostTwoRoundTrips()
    {
        const Run r = runApp({ QStringLiteral("--headless"), QStringLiteral("--demo") });
        QCOMPARE(r.exitCode, 0);
        const int trips = r.json.value(QLatin1String("graphRoundTrips")).toInt();
        QVERIFY2(trips >= 1 && trips <= 2, qPrintable(QString::number(trips)));
    }

    void selfModeReportsTheSignedInAccount()
    {
        const Run r = runApp(
            { QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--self") });
        QCOMPARE(r.exitCode, 2); // the admin-only checks are skipped: not an all-clear
        QCOMPARE(r.json.value(QLatin1String("mode")).toString(), QStringLiteral("self"));
        // The checks read /me (the demo's signed-in admin): the report must not name the
        // scenario's affected user as the one checked.
        QCOMPARE(r.json[QLatin1String("user")][QLatin1String("key")].toString(), QString());
        QCOMPARE(statusOf(r.json, QStringLiteral("user.account")), QStringLiteral("pass"));
        QVERIFY2(!r.out.contains("adele.vance"), r.out.constData());
        QVERIFY2(r.out.contains("avery.admin@contoso-demo.example"), r.out.constData());
    }

    void usageErrorExitsThree()
    {
        const Run r = runApp({ QStringLiteral("--headless"), QStringLiteral("--bogus") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("bogus"));
    }

    void unknownScenarioIsAClearError()
    {
        const Run r = runApp({ QStringLiteral("--headless"), QStringLiteral("--demo"),
            QStringLiteral("no-such-scenario") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no-such-scenario"), r.err.constData());
        QVERIFY(r.json.isEmpty());
    }

    void unwritableReportIsAnError()
    {
        QProcess p;
        p.start(QStringLiteral(SSPR_APP_PATH),
            { QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--json"),
                QStringLiteral("/nonexistent-dir/x/session.json") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("/nonexistent-dir/x/session.json"));
    }

    void listScenarios()
    {
        QProcess p;
        p.start(QStringLiteral(SSPR_APP_PATH), { QStringLiteral("--list-scenarios") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        for (const char *name : { "healthy", "not-registered", "not-in-sspr-scope",
                 "account-disabled", "service-incident", "throttled", "outage-5xx" })
            QVERIFY2(out.contains(name), name);
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "TestHeadless.moc"
