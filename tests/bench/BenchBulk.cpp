// Benchmark: `sspr-doctor --bulk` against the demo tenant with 10,000 and then 100,000
// generated users. The demo server runs here, the app as a child process, so wait4() reports
// the app's own peak resident memory. Targets: the 100k peak within 10 % of the 10k peak, at
// most 64 bytes of extra peak per extra user, exit code 1 (the generated mix has failing
// users) and exactly one CSV row per user. Prints figures; not a test.
#include "core/demo/AuthorityOptions.h"
#include "core/demo/ScenarioServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <vector>

extern char **environ;

namespace {

using sspr::demo::ScenarioServer;

constexpr int kTimeoutSeconds = 900;
constexpr int kExpectedExitCode = 1; // BulkRun: some user would fail SSPR
// Streaming: the larger run may cost at most this much more peak memory per extra user (a
// 10 % ratio alone would hide per-user growth under a large fixed baseline).
constexpr double kMaxBytesPerExtraUser = 64.0;
const QByteArray kIdPrefix = "6e1d0000-0000-4000-8000-";

struct Run {
    bool ok = false;
    QString error;
    int exitCode = -1;
    qint64 peakKiB = 0; // the child's ru_maxrss
    qint64 wallMs = 0; // spawn to exit
    qint64 scanMs = 0; // first report page asked to exit
    qint64 rows = 0; // CSV rows naming a generated user
    qint64 distinct = 0;
    int reportRequests = 0;
};

// The scenario: bulk-10k's tenant (every verdict) with only generated report rows.
bool writeScenario(const QString &path, qint64 count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral(R"({"base": "bulk-10k", "description": "bench_bulk: %1 users",
        "registrationDetails": [], "generatedUsers": {"count": %1}})")
                   .arg(count)
                   .toUtf8());
    return true;
}

// Counts the CSV lines that name a generated user, and how many different users they name.
void countRows(const QString &csvPath, Run &run)
{
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        run.error = QStringLiteral("no CSV at %1").arg(csvPath);
        return;
    }
    QSet<QByteArray> ids;
    while (!csv.atEnd()) {
        const QByteArray line = csv.readLine();
        const qsizetype at = line.indexOf(kIdPrefix);
        if (at < 0)
            continue;
        ++run.rows;
        ids.insert(line.mid(at, kIdPrefix.size() + 12));
    }
    run.distinct = ids.size();
}

std::vector<char *> childEnvironment(const QString &home, std::vector<QByteArray> &storage)
{
    // Isolated settings and no remembered sign-in from the developer's own account.
    const QByteArray overrides[]
        = { "HOME=" + home.toLocal8Bit(), "XDG_CONFIG_HOME=" + home.toLocal8Bit() + "/.config",
              "XDG_DATA_HOME=" + home.toLocal8Bit() + "/.local/share",
              "XDG_CACHE_HOME=" + home.toLocal8Bit() + "/.cache", "QT_QPA_PLATFORM=offscreen" };
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        bool replaced = false;
        for (const QByteArray &o : overrides)
            replaced = replaced || entry.startsWith(o.left(o.indexOf('=') + 1));
        if (!replaced)
            storage.push_back(entry);
    }
    for (const QByteArray &o : overrides)
        storage.push_back(o);
    std::vector<char *> envp;
    for (QByteArray &e : storage)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    return envp;
}

Run runOnce(qint64 count, QTextStream &out)
{
    Run run;
    QTemporaryDir dir;
    const QString scenario = dir.filePath(QStringLiteral("bulk.json"));
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    if (!dir.isValid() || !writeScenario(scenario, count)) {
        run.error = QStringLiteral("cannot write to a temporary directory");
        return run;
    }
    QDir(dir.path()).mkpath(QStringLiteral("home"));

    ScenarioServer server;
    if (auto error = server.loadScenario(scenario)) {
        run.error = *error;
        return run;
    }
    sspr::demo::AuthorityOptions authority;
    authority.devicePendingPolls = 0; // approved at the first poll: sign-in costs one interval
    server.setAuthorityOptions(authority);
    if (!server.start()) {
        run.error = server.errorString();
        return run;
    }

    QStringList args { QStringLiteral("--bulk"), QStringLiteral("--csv"), csv,
        QStringLiteral("--authority"), server.authorityUrl().toString(), QStringLiteral("--graph"),
        server.graphBaseUrl().toString(), QStringLiteral("--no-remember") };
    args
        += qEnvironmentVariable("SSPR_BENCH_BULK_ARGS").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // SSPR_BENCH_WRAPPER="heaptrack -o /tmp/bulk" runs the app under a memory profiler (the
    // peak then includes the profiler's own).
    std::vector<QByteArray> argStorage;
    for (const QString &w :
        qEnvironmentVariable("SSPR_BENCH_WRAPPER").split(QLatin1Char(' '), Qt::SkipEmptyParts))
        argStorage.push_back(w.toLocal8Bit());
    argStorage.push_back(QByteArray(SSPR_APP_PATH));
    for (const QString &a : args)
        argStorage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    std::vector<char *> envp = childEnvironment(dir.filePath(QStringLiteral("home")), envStorage);

    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    const QByteArray outPath = dir.filePath(QStringLiteral("stdout.txt")).toLocal8Bit();
    const QByteArray errPath = dir.filePath(QStringLiteral("stderr.txt")).toLocal8Bit();
    posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, 1, outPath.constData(), O_WRONLY | O_CREAT, 0600);
    posix_spawn_file_actions_addopen(&files, 2, errPath.constData(), O_WRONLY | O_CREAT, 0600);
    pid_t pid = 0;
    QElapsedTimer wall;
    wall.start();
    const int spawned = posix_spawnp(&pid, argv[0], &files, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0) {
        run.error
            = QStringLiteral("cannot start %1: %2")
                  .arg(QLatin1String(SSPR_APP_PATH), QString::fromLocal8Bit(strerror(spawned)));
        return run;
    }

    // wait4 blocks, so it runs on its own thread while this one keeps an eye on the server log.
    std::atomic<bool> done { false };
    int status = 0;
    struct rusage usage { };
    std::thread waiter([&] {
        wait4(pid, &status, 0, &usage);
        done = true;
    });
    qint64 firstReportMs = -1;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (firstReportMs < 0) {
            for (const QString &line : server.requestLog()) {
                if (line.contains(QLatin1String("/reports/authenticationMethods/"))) {
                    firstReportMs = wall.elapsed();
                    break;
                }
            }
        }
        if (wall.elapsed() > kTimeoutSeconds * 1000LL)
            kill(pid, SIGTERM); // only the child this bench started
        if (done)
            loop.quit();
    });
    poll.start(20);
    loop.exec();
    waiter.join();
    run.wallMs = wall.elapsed();
    run.scanMs = firstReportMs < 0 ? run.wallMs : run.wallMs - firstReportMs;
    run.peakKiB = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    for (const QString &line : server.requestLog())
        run.reportRequests += line.contains(QLatin1String("/reports/authenticationMethods/"));

    countRows(csv, run);
    // BulkRun exits 1 when a user would fail SSPR, and the generated mix always has failing
    // users; 0 (all clear) or 2 (error, or undecided users without a failure) is a wrong run.
    if (run.exitCode != kExpectedExitCode) {
        QFile err(QString::fromLocal8Bit(errPath));
        err.open(QIODevice::ReadOnly);
        run.error = QStringLiteral("sspr-doctor exited with %1, expected %2: %3")
                        .arg(run.exitCode)
                        .arg(kExpectedExitCode)
                        .arg(QString::fromLocal8Bit(err.readAll().right(2000)));
        return run;
    }
    if (run.error.isEmpty())
        run.ok = true;
    out << count << " users: peak RSS " << run.peakKiB << " KiB ("
        << QString::number(run.peakKiB / 1024.0, 'f', 1) << " MiB), " << run.wallMs
        << " ms in all, " << run.scanMs << " ms scanning, "
        << QString::number(count * 1000.0 / std::max<qint64>(1, run.scanMs), 'f', 0) << " users/s, "
        << run.reportRequests << " report pages, CSV rows " << run.rows << " (distinct "
        << run.distinct << "), exit code " << run.exitCode << "\n";
    out.flush();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sspr.*.debug=false\nsspr.*.info=false"));
    QTextStream out(stdout);
    QList<qint64> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toLongLong();
    if (sizes.size() != 2 || sizes.contains(0))
        sizes = { 10000, 100000 };

    QList<Run> runs;
    for (qint64 size : sizes) {
        runs << runOnce(size, out);
        if (!runs.last().ok) {
            out << "bulk run with " << size << " users failed: " << runs.last().error << "\n";
            return 2;
        }
    }
    bool met = true;
    for (int i = 0; i < runs.size(); ++i) {
        if (runs[i].rows != sizes[i] || runs[i].distinct != sizes[i]) {
            out << "CSV WRONG for " << sizes[i] << " users: " << runs[i].rows << " rows, "
                << runs[i].distinct << " distinct users\n";
            met = false;
        }
    }
    const double ratio = double(runs[1].peakKiB) / double(std::max<qint64>(1, runs[0].peakKiB));
    out << "peak RSS " << sizes[1] << " / " << sizes[0]
        << " users: " << QString::number(ratio, 'f', 3) << "\n";
    if (ratio > 1.10) {
        out << "TARGET MISSED: memory grows with the number of users (> 1.10x)\n";
        met = false;
    } else {
        out << "target met (<= 1.10x)\n";
    }
    const double perUser = double(runs[1].peakKiB - runs[0].peakKiB) * 1024.0
        / double(std::max<qint64>(1, sizes[1] - sizes[0]));
    out << "peak RSS growth: " << (runs[1].peakKiB - runs[0].peakKiB) << " KiB over "
        << (sizes[1] - sizes[0]) << " extra users = " << QString::number(perUser, 'f', 1)
        << " bytes per extra user\n";
    if (perUser > kMaxBytesPerExtraUser) {
        out << "TARGET MISSED: more than " << kMaxBytesPerExtraUser
            << " bytes of peak memory per extra user\n";
        met = false;
    } else {
        out << "target met (<= " << kMaxBytesPerExtraUser << " bytes per extra user)\n";
    }
    return met ? 0 : 1;
}
