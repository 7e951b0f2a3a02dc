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
#include <QRegularExpression>
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

// One argument for a POSIX shell: as is when it holds only safe characters, else in single
// quotes with each ' written as '\''.
QString shellQuoted(const QString &arg)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(arg).hasMatch())
        return arg;
    QString quoted = arg;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// The command that continues this scan, with every option that shapes it (the fingerprint's
// and the sign-in's); the token is never part of it. argv[0] as run, so it works as printed.
QString resumeCommand(const AppOptions &options)
{
    const QStringList argv = QCoreApplication::arguments();
    QStringList args { argv.isEmpty() ? QStringLiteral("sspr-doctor") : argv.first(),
        QStringLiteral("--bulk"), QStringLiteral("--csv"), options.csvPath,
        QStringLiteral("--resume") };
    const auto add = [&args](const char *name, const QString &value) {
        if (!value.isEmpty())
            args << QLatin1String(name) << value;
    };
    if (options.demo)
        args << QStringLiteral("--demo") << options.scenario;
    add("--graph", options.graphUrl.toString(QUrl::FullyEncoded));
    add("--cloud", options.cloudKey);
    add("--authority", options.authorityUrl.toString(QUrl::FullyEncoded));
    add("--tenant", options.tenant);
    add("--client-id", options.clientId);
    if (options.deviceCode)
        args << QStringLiteral("--device-code");
    if (options.noRemember)
        args << QStringLiteral("--no-remember");
    add("--group", options.groupId);
    add("--user-type", options.userType);
    if (options.onlyFailures)
        args << QStringLiteral("--only-failures");
    args << QStringLiteral("--page-size") << QString::number(options.pageSize);
    QStringList keys = options.answers.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys))
        args << QStringLiteral("--answer") << key + u'=' + options.answers.value(key);
    for (QString &arg : args)
        arg = shellQuoted(arg);
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
    if (options.demo)
        b.source = QStringLiteral("demo=") + options.scenario;
    else
        b.source = QStringLiteral("graph=%1|authority=%2|tenant=%3|client=%4")
                       .arg(options.graphUrl.toString(QUrl::FullyEncoded),
                           options.authorityUrl.toString(QUrl::FullyEncoded),
                           options.tenant.toLower(), options.clientId.toLower());
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
    if (!options.resume && QFile::exists(bulkOpts.resumePath())) {
        // Before the sign-in: a fresh scan would overwrite a resumable one.
        err << Text::tr("A resumable scan exists: add --resume, or delete %1.")
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
            << Text::tr("Interrupted: stopping after the current page; press Ctrl+C again to quit "
                        "now (the scan can still be resumed).")
            << Qt::endl;
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
    out << Text::tr("Scanned %1 users: %2 would fail self-service password reset, %3 could "
                    "not be decided. %4 rows written to %5.")
               .arg(state.usersScanned)
               .arg(state.failing)
               .arg(state.undetermined)
               .arg(state.rowsWritten)
               .arg(csv)
        << Qt::endl;
    const QStringList incomplete = scanner.tenant().incompleteFacts();
    if (!incomplete.isEmpty())
        out << Text::tr("Tenant checks that could not be judged (their rules were not applied "
                        "to any user): %1.")
                   .arg(incomplete.join(QStringLiteral(", ")))
            << Qt::endl;
    // Exit 0 is an all-clear: only when every user and every tenant fact was decided.
    if (state.failing > 0)
        return kExitFail;
    if (state.undetermined > 0 || !incomplete.isEmpty())
        return kExitError;
    return 0;
}

} // namespace sspr::runtime
