// The real binary: sspr-doctor --demo SCENARIO --bulk --csv, a page that keeps failing (exit
// 2 and a resume file), then --resume once the fault is gone (exit 1: some users would fail),
// and the usage errors (exit 3).
#include "BulkCsvReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/types.h>
#endif

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &args, const QTemporaryDir &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SSPR_APP_PATH), args);
    if (!p.waitForFinished(45000))
        p.kill();
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

// A scenario with 60 users in pages of 10 and, when `failing`, page 4 failing forever.
QJsonObject scenario(bool failing)
{
    QJsonObject s { { QStringLiteral("base"), QStringLiteral("healthy") },
        { QStringLiteral("description"), QStringLiteral("TestBulkCli") },
        { QStringLiteral("pageSize"), 10 },
        { QStringLiteral("generatedUsers"), QJsonObject { { QStringLiteral("count"), 55 } } } };
    if (failing)
        s.insert(QStringLiteral("faults"),
            QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
                { QStringLiteral("match"), QStringLiteral("skiptoken=30") },
                { QStringLiteral("status"), 500 } } });
    return s;
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) > 0;
}

QSet<QString> ids(const QString &csvPath, int *rows)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto parsed = bulktest::parseCsv(file.readAll());
    QSet<QString> out;
    *rows = 0;
    if (!parsed)
        return out;
    for (qsizetype i = 1; i < parsed->size(); ++i) {
        out.insert(parsed->at(i).value(0));
        ++*rows;
    }
    return out;
}

} // namespace

class TestBulkCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void failThenResume()
    {
        QTemporaryDir dir;
        const QString scenarioPath = dir.filePath(QStringLiteral("bulk.json"));
        const QString csv = dir.filePath(QStringLiteral("users.csv"));
        QVERIFY(writeJson(scenarioPath, scenario(true)));
        const QStringList args { QStringLiteral("--demo"), scenarioPath, QStringLiteral("--bulk"),
            QStringLiteral("--csv"), csv, QStringLiteral("--page-size"), QStringLiteral("10") };
        Run r = runApp(args, dir);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--resume")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Page 4")), qPrintable(r.err));
        QVERIFY(QFile::exists(csv + QStringLiteral(".resume.json")));
        int rows = 0;
        QCOMPARE(ids(csv, &rows).size(), 30);
        QCOMPARE(rows, 30);

        QVERIFY(writeJson(scenarioPath, scenario(false)));
        r = runApp(args, dir); // without --resume: refused, nothing overwritten
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("A resumable scan exists: add --resume, or delete")),
            qPrintable(r.err));
        QCOMPARE(ids(csv, &rows).size(), 30);

        r = runApp(args + QStringList { QStringLiteral("--resume") }, dir);
        QCOMPARE(r.exitCode, 1); // the generated users include ones who would fail
        QVERIFY2(r.out.contains(QStringLiteral("Scanned 60 users")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Tenant checks")));
        const QSet<QString> all = ids(csv, &rows);
        QCOMPARE(rows, 60);
        QCOMPARE(all.size(), 60);
        QVERIFY(!QFile::exists(csv + QStringLiteral(".resume.json")));

        r = runApp(args + QStringList { QStringLiteral("--resume") }, dir);
        QCOMPARE(r.exitCode, 3); // nothing left to resume
    }

    // The fingerprint holds the answers; the printed command, run by a POSIX shell exactly as
    // printed, holds every option (a path with a space and a quote included) and resumes.
    void resumeCommandAsPrintedAndOtherAnswerRefused()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("it's a dir")));
        const QString scenarioPath = dir.filePath(QStringLiteral("it's a dir/bulk.json"));
        const QString csv = dir.filePath(QStringLiteral("it's a dir/users $HOME.csv"));
        QVERIFY(writeJson(scenarioPath, scenario(true)));
        const QStringList args { QStringLiteral("--demo"), scenarioPath, QStringLiteral("--bulk"),
            QStringLiteral("--csv"), csv, QStringLiteral("--page-size"), QStringLiteral("10"),
            QStringLiteral("--answer"), QStringLiteral("writeback=yes") };
        Run r = runApp(args, dir);
        QCOMPARE(r.exitCode, 2);
        const qsizetype at = r.err.indexOf(QStringLiteral("Continue with:\n  "));
        QVERIFY2(at >= 0, qPrintable(r.err));
        const QString command = r.err.mid(at + 17).section(u'\n', 0, 0);
        QVERIFY2(command.contains(QStringLiteral("--answer writeback=yes")), qPrintable(command));
        QVERIFY2(command.contains(QStringLiteral("--page-size 10")), qPrintable(command));
        QVERIFY2(command.contains(QStringLiteral("'\\''")), qPrintable(command));

        QVERIFY(writeJson(scenarioPath, scenario(false)));
        QStringList other = args;
        other.last() = QStringLiteral("writeback=no");
        r = runApp(other + QStringList { QStringLiteral("--resume") }, dir);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("other options")), qPrintable(r.err));
        int rows = 0;
        QCOMPARE(ids(csv, &rows).size(), 30); // refused: the CSV is untouched

        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        sh.setProcessEnvironment(env);
        sh.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
        QVERIFY(sh.waitForFinished(45000));
        const QString out = QString::fromUtf8(sh.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Scanned 60 users")),
            qPrintable(out + QString::fromUtf8(sh.readAllStandardError())));
        QCOMPARE(sh.exitCode(), 1);
        QCOMPARE(ids(csv, &rows).size(), 60);
        QCOMPARE(rows, 60);
    }

    void sigtermStopsAfterAPageAndResumes()
    {
        QTemporaryDir dir;
        const QString scenarioPath = dir.filePath(QStringLiteral("slow.json"));
        const QString csv = dir.filePath(QStringLiteral("slow.csv"));
        QJsonObject slow = scenario(false);
        slow.insert(QStringLiteral("faults"),
            QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("latency") },
                { QStringLiteral("match"), QStringLiteral("^/reports/") },
                { QStringLiteral("delayMs"), 300 } } });
        QVERIFY(writeJson(scenarioPath, slow));
        const QStringList args { QStringLiteral("--demo"), scenarioPath, QStringLiteral("--bulk"),
            QStringLiteral("--csv"), csv, QStringLiteral("--page-size"), QStringLiteral("10") };
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SSPR_APP_PATH), args);
        // The sidecar appears before the first page; a page takes 300 ms, six pages in all.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(csv + QStringLiteral(".resume.json")), 20000);
        p.terminate(); // SIGTERM, as Ctrl+C's SIGINT: stop after the current page
        QVERIFY(p.waitForFinished(20000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("Interrupted")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("--resume")), qPrintable(err));
        int rows = 0;
        ids(csv, &rows);
        QVERIFY2(rows < 60 && rows % 10 == 0, qPrintable(QString::number(rows)));
        const Run r = runApp(args + QStringList { QStringLiteral("--resume") }, dir);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(ids(csv, &rows).size(), 60);
        QCOMPARE(rows, 60);
    }

#ifndef Q_OS_WIN
    // The first SIGINT asks for a stop after the page; the second ends the process at once,
    // mid-page (the first page takes 20 s here); --resume then writes every user once.
    void secondSigintQuitsAtOnceAndResumes()
    {
        QTemporaryDir dir;
        const QString scenarioPath = dir.filePath(QStringLiteral("slow.json"));
        const QString csv = dir.filePath(QStringLiteral("slow.csv"));
        QJsonObject slow = scenario(false);
        slow.insert(QStringLiteral("faults"),
            QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("latency") },
                { QStringLiteral("match"), QStringLiteral("^/reports/") },
                { QStringLiteral("delayMs"), 20000 } } });
        QVERIFY(writeJson(scenarioPath, slow));
        const QStringList args { QStringLiteral("--demo"), scenarioPath, QStringLiteral("--bulk"),
            QStringLiteral("--csv"), csv, QStringLiteral("--page-size"), QStringLiteral("10") };
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SSPR_APP_PATH), args);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(csv + QStringLiteral(".resume.json")), 20000);
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += QString::fromUtf8(p.readAllStandardError())).contains(u"Ctrl+C again"), 10000);
        QVERIFY(p.state() == QProcess::Running); // still waiting for the 20 s page
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(p.waitForFinished(10000));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit); // ended by the signal itself

        QVERIFY(writeJson(scenarioPath, scenario(false)));
        const Run r = runApp(args + QStringList { QStringLiteral("--resume") }, dir);
        QCOMPARE(r.exitCode, 1);
        int rows = 0;
        QCOMPARE(ids(csv, &rows).size(), 60);
        QCOMPARE(rows, 60);
    }
#endif

    void healthyDemoPassesOrFailsByItsUsers()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("healthy.csv"));
        const Run r
            = runApp({ QStringLiteral("--demo"), QStringLiteral("--bulk"), QStringLiteral("--csv"),
                         csv, QStringLiteral("--user-type"), QStringLiteral("member") },
                dir);
        QCOMPARE(r.exitCode, 0); // healthy's four members can all reset
        int rows = 0;
        QCOMPARE(ids(csv, &rows).size(), 4);
    }

    // Exit 0 only as an all-clear: users the scan could not decide, or a tenant check that
    // could not be read, end with 2 even when nobody has a hard fail.
    void exitCodes_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("faultMatch"); // a 403/500 on every matching request
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("verdict"); // every member's verdict
        QTest::newRow("all decided, none fails")
            << "writeback-unknown" << QString() << QStringList { "--answer", "writeback=yes" } << 0
            << "0 would fail self-service password reset, 0 could not be decided"
            << "ok";
        QTest::newRow("writeback unconfirmed") << "writeback-unknown" << QString() << QStringList()
                                               << 2 << "1 could not be decided" << QString();
        QTest::newRow("sync state unreadable")
            << "writeback-unknown"
            << "^/users\\?" << QStringList() << 2 << "4 could not be decided"
            << "sync-unknown";
        QTest::newRow("sync lookups stay throttled (429)")
            << "writeback-unknown"
            << "^/users\\?429" << QStringList() << 2
            << "0 would fail self-service password reset, 4 could not be decided"
            << "sync-unknown";
        QTest::newRow("methods policy unreadable")
            << "healthy"
            << "^/policies/authenticationMethodsPolicy" << QStringList() << 2
            << "could not be judged (their rules were not applied to any user): Authentication "
               "methods policy"
            << "ok";
        QTest::newRow("licences unreadable")
            << "healthy"
            << "subscribedSkus" << QStringList() << 2
            << "could not be judged (their rules were not applied to any user): Licences"
            << "ok";
        QTest::newRow("a user fails")
            << "writeback-unknown" << QString() << QStringList { "--answer", "writeback=no" } << 1
            << "1 would fail" << QString();
    }

    void exitCodes()
    {
        QFETCH(QString, base);
        QFETCH(QString, faultMatch);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QFETCH(QString, verdict);
        QTemporaryDir dir;
        const QString scenarioPath = dir.filePath(QStringLiteral("s.json"));
        QJsonObject s { { QStringLiteral("base"), base },
            { QStringLiteral("description"), QStringLiteral("TestBulkCli exit codes") } };
        int status = faultMatch.startsWith(u'^') ? 500 : 403;
        if (faultMatch.endsWith(QLatin1String("429"))) { // "PATTERN429": answer 429 instead
            faultMatch.chop(3);
            status = 429;
        }
        if (!faultMatch.isEmpty())
            s.insert(QStringLiteral("faults"),
                QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
                    { QStringLiteral("match"), faultMatch },
                    { QStringLiteral("status"), status } } });
        QVERIFY(writeJson(scenarioPath, s));
        const QString csv = dir.filePath(QStringLiteral("x.csv"));
        const Run r = runApp(QStringList { QStringLiteral("--demo"), scenarioPath,
                                 QStringLiteral("--bulk"), QStringLiteral("--csv"), csv,
                                 QStringLiteral("--user-type"), QStringLiteral("member") }
                + extra,
            dir);
        QVERIFY2(r.out.contains(says), qPrintable(r.out + r.err));
        QCOMPARE(r.exitCode, exitCode);
        if (verdict.isEmpty())
            return;
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = bulktest::parseCsv(file.readAll());
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 5); // header + healthy's four members
        for (qsizetype i = 1; i < parsed->size(); ++i)
            QCOMPARE(parsed->at(i).value(5), verdict);
    }

    void groupOfTheBuiltInBulkTenant()
    {
        // bulk-10k: the group holds every 7th of 10,000 generated users (1,429); signing in to
        // the demo tenant must have asked for GroupMember.Read.All (ScopePlan).
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("group.csv"));
        const Run r = runApp(
            { QStringLiteral("--demo"), QStringLiteral("bulk-10k"), QStringLiteral("--bulk"),
                QStringLiteral("--csv"), csv, QStringLiteral("--group"),
                QStringLiteral("0b5e0000-0000-4000-8000-000000000007"),
                QStringLiteral("--page-size"), QStringLiteral("500") },
            dir);
        QCOMPARE(r.exitCode, 1);
        int rows = 0;
        QCOMPARE(ids(csv, &rows).size(), 1429);
        QCOMPARE(rows, 1429);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no csv") << QStringList { "--demo", "--bulk" };
        QTest::newRow("page size")
            << QStringList { "--demo", "--bulk", "--csv", "x.csv", "--page-size", "1000" };
        QTest::newRow("user type")
            << QStringList { "--demo", "--bulk", "--csv", "x.csv", "--user-type", "admin" };
        QTest::newRow("csv without bulk") << QStringList { "--demo", "--csv", "x.csv" };
        QTest::newRow("bulk and headless")
            << QStringList { "--demo", "--bulk", "--csv", "x.csv", "--headless" };
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const Run r = runApp(args, dir);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBulkCli)
#include "TestBulkCli.moc"
