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
