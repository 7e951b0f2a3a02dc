// WindowsCollectionJob with real programs (/bin/sh, sleep, a missing binary): output
// captured, a hung program killed at its deadline, a failed start reported, cancel()
// stopping mid-run, finished() emitted once, and the event loop running all the while.
#include "core/report/WindowsCollectionJob.h"
#include "core/report/WindowsCollector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sspr;
using report::CollectionResult;
using report::CollectionStep;
using report::WindowsCollectionJob;

namespace {
CollectionStep shell(const QString &label, const QString &fileName, const QString &script,
    const QString &outputFile = QString())
{
    return { label, fileName, QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script },
        outputFile };
}

CollectionResult resultOf(const QSignalSpy &spy)
{
    return spy.at(0).at(0).value<CollectionResult>();
}
} // namespace

class TestWindowsCollector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifdef Q_OS_WIN
        QSKIP("drives POSIX programs");
#endif
    }

    void defaultStepsRunTheWindowsTools()
    {
        const QDateTime from(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
        const QDateTime to(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC);
        const auto steps = WindowsCollectionJob::bundleSteps(QStringLiteral("/tmp/x"), from, to);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).program, QStringLiteral("wevtutil.exe"));
        QCOMPARE(steps.at(0).arguments,
            report::WindowsCollector::exportArguments(
                QStringLiteral("/tmp/x/aad-operational.evtx"), from, to));
        QCOMPARE(steps.at(0).outputFile, QStringLiteral("/tmp/x/aad-operational.evtx"));
        QCOMPARE(steps.at(1).program, QStringLiteral("dsregcmd.exe"));
        QCOMPARE(steps.at(1).arguments, QStringList { QStringLiteral("/status") });
        QCOMPARE(steps.at(1).fileName, QStringLiteral("dsregcmd-status.txt"));
        QVERIFY(steps.at(1).outputFile.isEmpty());
    }

    void collectsStdoutAndFiles()
    {
        WindowsCollectionJob job;
        const QString out = job.scratchDir() + QStringLiteral("/log.evtx");
        job.setSteps(
            { shell(QStringLiteral("export"), QStringLiteral("aad.evtx"),
                  QStringLiteral("printf 'EVTX-BYTES' > \"$0\"").replace(QStringLiteral("$0"), out),
                  out),
                shell(QStringLiteral("status"), QStringLiteral("status.txt"),
                    QStringLiteral("echo AzureAdJoined : YES")) });
        QSignalSpy steps(&job, &WindowsCollectionJob::stepStarted);
        QSignalSpy done(&job, &WindowsCollectionJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.size(), 1);
        QVERIFY(!job.isRunning());
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(1).at(2).toString(), QStringLiteral("status"));
        const CollectionResult result = resultOf(done);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
        QVERIFY(!result.cancelled);
        QCOMPARE(result.files.size(), 2);
        QCOMPARE(result.files.at(0).first, QStringLiteral("aad.evtx"));
        QCOMPARE(result.files.at(0).second, QByteArray("EVTX-BYTES"));
        QCOMPARE(result.files.at(1).first, QStringLiteral("status.txt"));
        QCOMPARE(result.files.at(1).second, QByteArray("AzureAdJoined : YES\n"));
    }

    void failuresAreReportedAndLaterStepsStillRun()
    {
        WindowsCollectionJob job;
        job.setSteps({ { QStringLiteral("missing tool"), QStringLiteral("a.txt"),
                           QStringLiteral("/nonexistent/sspr-no-such-program"), {}, QString() },
            shell(QStringLiteral("failing tool"), QStringLiteral("b.txt"),
                QStringLiteral("echo access denied >&2; exit 5")),
            shell(QStringLiteral("silent tool"), QStringLiteral("c.evtx"), QStringLiteral("true"),
                job.scratchDir() + QStringLiteral("/never-written.evtx")),
            shell(
                QStringLiteral("good tool"), QStringLiteral("d.txt"), QStringLiteral("echo ok")) });
        QSignalSpy done(&job, &WindowsCollectionJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        const CollectionResult result = resultOf(done);
        QCOMPARE(result.problems.size(), 3);
        QVERIFY2(result.problems.at(0).startsWith(QStringLiteral("missing tool did not start")),
            qPrintable(result.problems.at(0)));
        QCOMPARE(result.problems.at(1),
            QStringLiteral("failing tool failed (exit code 5): access denied"));
        QVERIFY(result.problems.at(2).startsWith(QStringLiteral("silent tool wrote no file")));
        QCOMPARE(result.files.size(), 1);
        QCOMPARE(result.files.at(0).second, QByteArray("ok\n"));
    }

    void hungProgramIsKilledAtItsDeadlineWhileTheLoopRuns()
    {
        WindowsCollectionJob job;
        job.setTimeout(1000);
        job.setSteps({ { QStringLiteral("sleep"), QStringLiteral("s.txt"), QStringLiteral("sleep"),
                           { QStringLiteral("30") }, QString() },
            shell(QStringLiteral("after"), QStringLiteral("after.txt"),
                QStringLiteral("echo after")) });
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(50);
        QSignalSpy done(&job, &WindowsCollectionJob::finished);
        QElapsedTimer clock;
        clock.start();
        job.start();
        QVERIFY(done.wait(10000));
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= 900 && elapsed < 8000, qPrintable(QString::number(elapsed)));
        // The GUI thread kept turning: ~20 ticks in a second, never a frozen loop.
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        const CollectionResult result = resultOf(done);
        QCOMPARE(result.problems,
            QStringList { QStringLiteral("sleep did not finish within 1 second(s) and was "
                                         "stopped.") });
        QCOMPARE(result.files.size(), 1);
        QCOMPARE(result.files.at(0).first, QStringLiteral("after.txt"));
        QTest::qWait(200); // let the killed process be reaped: still exactly one finished()
        QCOMPARE(done.size(), 1);
    }

    void cancelStopsMidRun()
    {
        WindowsCollectionJob job;
        job.setSteps({ { QStringLiteral("sleep"), QStringLiteral("s.txt"), QStringLiteral("sleep"),
                           { QStringLiteral("30") }, QString() },
            shell(QStringLiteral("after"), QStringLiteral("after.txt"),
                QStringLiteral("echo after")) });
        QSignalSpy started(&job, &WindowsCollectionJob::stepStarted);
        QSignalSpy done(&job, &WindowsCollectionJob::finished);
        job.start();
        QVERIFY(started.wait(5000));
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        job.cancel();
        QCOMPARE(done.size(), 1);
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY(!job.isRunning());
        const CollectionResult result = resultOf(done);
        QVERIFY(result.cancelled);
        QVERIFY(result.files.isEmpty());
        QTest::qWait(300); // the killed sleep is reaped; the second step never starts
        QCOMPARE(done.size(), 1);
        QCOMPARE(started.size(), 1);
        job.cancel(); // idle: nothing more
        QCOMPARE(done.size(), 1);
    }

    void restartsAfterFinishing()
    {
        WindowsCollectionJob job;
        job.setSteps(
            { shell(QStringLiteral("a"), QStringLiteral("a.txt"), QStringLiteral("echo one")) });
        QSignalSpy done(&job, &WindowsCollectionJob::finished);
        job.start();
        job.start(); // ignored while running
        QVERIFY(done.wait(10000));
        job.setSteps({});
        job.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.size(), 2);
        QCOMPARE(resultOf(done).files.size(), 1);
        QVERIFY(done.at(1).at(0).value<CollectionResult>().files.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWindowsCollector)
#include "TestWindowsCollector.moc"
