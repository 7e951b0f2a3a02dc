#include "core/runtime/BulkRun.h"

#include "core/auth/SignIn.h"
#include "core/auth/TokenProvider.h"
#include "core/bulk/BulkProgress.h"
#include "core/bulk/BulkScanner.h"
#include "core/graph/GraphClient.h"
#include "core/runtime/BulkInterrupt.h"
#include "core/runtime/HeadlessSignIn.h"
#include "core/runtime/RuntimeEnvironment.h"
#include "core/runtime/ScopePlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define SSPR_ISATTY _isatty
#else
#include <unistd.h>
#define SSPR_ISATTY isatty
#endif

namespace sspr::runtime {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(BulkRun)
};

constexpr int kExitFail = 1;
constexpr int kExitError = 2;
constexpr int kExitUsage = 3;
constexpr int kPagesPerLogLine = 10; // without a terminal: one progress line per 10 pages

// As HeadlessRun, with the bulk scan's scopes for a real tenant (the demo tenant signs
// itself in with every persona's scopes).
bool signIn(RuntimeEnvironment &env, const AppOptions &options, QTextStream &err)
{
    if (!env.isDemo()) {
        auth::SignIn *signIn = env.signIn();
        auth::AuthConfig config = signIn->config();
        config.scopes = ScopePlan::forBulk(!options.groupId.isEmpty(), config.cloudKey);
        signIn->setConfig(config);
    }
    return signInWithoutWindow(env, options.deviceCode, err);
}

// The command that continues this scan (the token is never part of it).
QString resumeCommand(const AppOptions &options)
{
    QStringList args { QStringLiteral("sspr-doctor"), QStringLiteral("--bulk"),
        QStringLiteral("--csv"), options.csvPath, QStringLiteral("--resume") };
    if (options.demo)
        args << QStringLiteral("--demo") << options.scenario;
    if (!options.groupId.isEmpty())
        args << QStringLiteral("--group") << options.groupId;
    if (!options.userType.isEmpty())
        args << QStringLiteral("--user-type") << options.userType;
    if (options.onlyFailures)
        args << QStringLiteral("--only-failures");
    for (QString &arg : args) {
        if (arg.contains(u' '))
            arg = u'"' + arg + u'"';
    }
    return args.join(u' ');
}

bulk::BulkOptions bulkOptions(const AppOptions &options)
{
    bulk::BulkOptions b;
    b.csvPath = options.csvPath;
    b.resume = options.resume;
    b.groupId = options.groupId;
    b.userType = options.userType;
    b.onlyFailures = options.onlyFailures;
    b.pageSize = options.pageSize;
    b.answers = options.answers;
    if (!options.cloudKey.isEmpty())
        b.cloudKey = options.cloudKey;
    return b;
}
} // namespace

int BulkRun::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
    if (options.csvPath.trimmed().isEmpty()) {
        err << Text::tr("--bulk needs --csv PATH.") << Qt::endl;
        return kExitUsage;
    }
    const bulk::BulkOptions bulkOpts = bulkOptions(options);
    if (options.resume && !QFile::exists(bulkOpts.resumePath())) {
        err << Text::tr("Nothing to resume: %1 does not exist (the scan finished, or never "
                        "started with this --csv).")
                   .arg(QDir::toNativeSeparators(bulkOpts.resumePath()))
            << Qt::endl;
        return kExitUsage;
    }
    QString problem;
    const auto env = RuntimeEnvironment::create(options, &problem);
    if (!env) {
        err << problem << Qt::endl;
        return kExitError;
    }
    if (!signIn(*env, options, err))
        return kExitError;

    checks::CheckContext ctx;
    ctx.signedIn = true;
    ctx.grantedScopes = env->tokens()->grantedScopes();
    ctx.cloudKey = bulkOpts.cloudKey;
    ctx.now = QDateTime::currentDateTimeUtc();
    ctx.userKey = Text::tr("(bulk scan)");

    // The bulk scan writes no HAR: an HTTP trace would keep every page's body (bounded by
    // entries, not by users), so memory would grow with the tenant.
    env->graph()->setTrace(nullptr);
    bulk::BulkScanner scanner(env->graph(), bulkOpts);
    const bool tty = SSPR_ISATTY(fileno(stderr)) != 0;
    QElapsedTimer clock;
    qint64 usersAtStart = -1;
    QObject::connect(&scanner, &bulk::BulkScanner::tenantAssessed, &scanner, [&] {
        out << Text::tr("Tenant checks (%1):").arg(env->sourceLabel()) << Qt::endl;
        for (const QString &line : scanner.tenant().summaryLines())
            out << QStringLiteral("  ") << line << Qt::endl;
        out.flush();
        clock.start();
        usersAtStart = scanner.state().usersScanned;
    });
    QObject::connect(
        &scanner, &bulk::BulkScanner::pageWritten, &scanner, [&](qint64 pages, qint64 users) {
            const QString line = bulk::BulkProgress::line(
                users, users - usersAtStart, clock.elapsed(), scanner.total());
            if (tty)
                err << u'\r' << line << QStringLiteral("\x1b[K") << Qt::flush;
            else if (pages % kPagesPerLogLine == 0)
                err << line << Qt::endl;
        });
    BulkInterrupt interrupt;
    QObject::connect(&interrupt, &BulkInterrupt::interrupted, &scanner, [&] {
        err << (tty ? QStringLiteral("\n") : QString())
            << Text::tr("Interrupted: stopping after the current page...") << Qt::endl;
        scanner.requestStop();
    });

    QEventLoop loop;
    QObject::connect(&scanner, &bulk::BulkScanner::finished, &loop, &QEventLoop::quit);
    scanner.start(ctx);
    loop.exec();
    if (tty)
        err << Qt::endl;

    const bulk::BulkResumeState &state = scanner.state();
    const QString csv = QDir::toNativeSeparators(options.csvPath);
    switch (scanner.outcome()) {
    case bulk::BulkScanner::Outcome::Refused:
        err << scanner.message() << Qt::endl;
        return kExitUsage;
    case bulk::BulkScanner::Outcome::Failed:
    case bulk::BulkScanner::Outcome::Interrupted:
        if (!scanner.message().isEmpty())
            err << scanner.message() << Qt::endl;
        err << Text::tr("Stopped after %1 users (%2 rows in %3). Continue with:\n  %4")
                   .arg(state.usersScanned)
                   .arg(state.rowsWritten)
                   .arg(csv, resumeCommand(options))
            << Qt::endl;
        return kExitError;
    case bulk::BulkScanner::Outcome::Running:
    case bulk::BulkScanner::Outcome::Finished:
        break;
    }
    out << Text::tr("Scanned %1 users: %2 would fail self-service password reset. %3 rows "
                    "written to %4.")
               .arg(state.usersScanned)
               .arg(state.failing)
               .arg(state.rowsWritten)
               .arg(csv)
        << Qt::endl;
    return state.failing > 0 ? kExitFail : 0;
}

} // namespace sspr::runtime
