#include "core/runtime/AppOptions.h"

#include "core/report/ReportWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

namespace sspr::runtime {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
};

bool isLoopbackHost(const QUrl &url)
{
    return QHostAddress(url.host()).isLoopback()
        || url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

// What a URL option holds: a usable https URL, plain http to this machine or elsewhere,
// or not an http(s) URL at all. Options that carry secrets refuse plain http off-machine.
enum class UrlShape { Https, LoopbackHttp, RemoteHttp, NotHttp };

UrlShape urlShape(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return UrlShape::NotHttp;
    if (url.scheme() == QLatin1String("https"))
        return UrlShape::Https;
    if (url.scheme() != QLatin1String("http"))
        return UrlShape::NotHttp;
    return isLoopbackHost(url) ? UrlShape::LoopbackHttp : UrlShape::RemoteHttp;
}
} // namespace

// The bulk scan's options, in the order of `opts`: bulk, csv, resume, group, user-type,
// only-failures, page-size. False and *error on a usage error.
static bool parseBulk(const QCommandLineParser &p, const QList<QCommandLineOption> &opts,
    AppOptions &o, QString *error)
{
    o.bulk = p.isSet(opts[0]);
    o.csvPath = p.value(opts[1]);
    o.resume = p.isSet(opts[2]);
    o.groupId = p.value(opts[3]).trimmed();
    o.userType = p.value(opts[4]).trimmed().toLower();
    o.onlyFailures = p.isSet(opts[5]);
    const bool anyBulkOption = p.isSet(opts[1]) || o.resume || p.isSet(opts[3]) || p.isSet(opts[4])
        || o.onlyFailures || p.isSet(opts[6]);
    if (!o.bulk) {
        if (anyBulkOption)
            *error = Text::tr("--csv, --resume, --group, --user-type, --only-failures and "
                              "--page-size are for --bulk.");
        return !anyBulkOption;
    }
    if (o.csvPath.trimmed().isEmpty()) {
        *error = Text::tr("--bulk needs --csv PATH.");
        return false;
    }
    if (o.headless || !o.userKey.isEmpty() || o.selfMode || !o.reports.isEmpty()) {
        *error = Text::tr("--bulk scans every user: leave out --headless, --user, --self and "
                          "--report.");
        return false;
    }
    if (p.isSet(opts[4]) && o.userType != QLatin1String("member")
        && o.userType != QLatin1String("guest")) {
        *error = Text::tr("--user-type is member or guest, not \"%1\".").arg(p.value(opts[4]));
        return false;
    }
    static const QRegularExpression groupShape(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    if (p.isSet(opts[3]) && !groupShape.match(o.groupId).hasMatch()) {
        *error = Text::tr("--group needs a group object id, not \"%1\".").arg(p.value(opts[3]));
        return false;
    }
    if (p.isSet(opts[6])) {
        bool ok = false;
        o.pageSize = p.value(opts[6]).toInt(&ok);
        if (!ok || o.pageSize < 1 || o.pageSize > 999) {
            *error = Text::tr("--page-size needs a number from 1 to 999.");
            return false;
        }
    }
    return true;
}

AppOptionsResult AppOptionsParser::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("Diagnoses Microsoft Entra self-service password reset and password change "
                 "failures (AADSTS120021 and the AADSTS 1200xx family).")
        + QStringLiteral("\n\n")
        + Text::tr("Headless: sspr-doctor --headless --user UPN [--error-file FILE] --report "
                   "FORMAT:PATH\n"
                   "  signs in (the remembered sign-in, else a device code shown on standard\n"
                   "  error), runs the wizard's checks, writes the reports and prints a summary.\n"
                   "Exit codes: 0 every check passed, 1 a check failed, 2 an error (a check\n"
                   "  could not run, sign-in failed, a file could not be read or written),\n"
                   "  3 a usage error in the command line."));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, Text::tr("Show this help and exit."));
    const QCommandLineOption version(
        { QStringLiteral("v"), QStringLiteral("version") }, Text::tr("Show the version and exit."));
    const QCommandLineOption demo(QStringLiteral("demo"),
        Text::tr("Run against the built-in demo tenant. An optional SCENARIO (a built-in name "
                 "or a scenario file) may follow; default: healthy."));
    const QCommandLineOption list(
        QStringLiteral("list-scenarios"), Text::tr("List the built-in demo scenarios and exit."));
    const QCommandLineOption headless(
        QStringLiteral("headless"), Text::tr("Run without a window and write a report."));
    const QCommandLineOption json(QStringLiteral("json"),
        Text::tr("Write the session as JSON to FILE (headless)."), QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"),
        Text::tr("The affected user: user principal name or object id."), QStringLiteral("UPN"));
    const QCommandLineOption error(QStringLiteral("error"),
        Text::tr("The error text as the user saw it."), QStringLiteral("TEXT"));
    const QCommandLineOption errorFile(QStringLiteral("error-file"),
        Text::tr("Read the error text from FILE."), QStringLiteral("FILE"));
    const QCommandLineOption self(QStringLiteral("self"),
        Text::tr("Check your own account (end user) instead of "
                 "another user's (IT)."));
    const QCommandLineOption graph(QStringLiteral("graph"),
        Text::tr("Use URL as the versioned Microsoft Graph root "
                 "(default https://graph.microsoft.com/v1.0)."),
        QStringLiteral("URL"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        Text::tr("Seconds to wait for each Graph request "
                 "(default 30)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
        Text::tr("Log what the app does to standard error (never a "
                 "token or password)."));
    const QCommandLineOption cloud(QStringLiteral("cloud"),
        Text::tr("The Microsoft cloud: global, usgov-gcch, usgov-dod or china (default global)."),
        QStringLiteral("CLOUD"));
    const QCommandLineOption authority(QStringLiteral("authority"),
        Text::tr("Sign in at URL instead of the cloud's authority (any OpenID Connect server "
                 "with Microsoft identity platform v2.0 endpoints)."),
        QStringLiteral("URL"));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
        Text::tr("The tenant to sign in to: organizations, common, a domain or a tenant id "
                 "(default organizations)."),
        QStringLiteral("TENANT"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
        Text::tr("Sign in with your organisation's own app registration (application id)."),
        QStringLiteral("ID"));
    const QCommandLineOption deviceCode(QStringLiteral("device-code"),
        Text::tr("Sign in with a code entered on another device instead of this PC's browser."));
    const QCommandLineOption noRemember(QStringLiteral("no-remember"),
        Text::tr("Do not keep the sign-in in the system keychain (shared PCs)."));
    const QCommandLineOption probeTarget(QStringLiteral("probe-target"),
        Text::tr("Probe HOST[:PORT] instead of the cloud's hosts (repeatable)."),
        QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption clockUrl(QStringLiteral("clock-url"),
        Text::tr("Compare this PC's clock with the Date header of URL."), QStringLiteral("URL"));
    const QCommandLineOption noProbes(
        QStringLiteral("no-probes"), Text::tr("Skip the local network and clock checks."));
    const QCommandLineOption answer(QStringLiteral("answer"),
        Text::tr("Answer a guided question, e.g. other-network=no (repeatable)."),
        QStringLiteral("ID=VALUE"));
    const QCommandLineOption days(QStringLiteral("days"),
        Text::tr("Look back N days in the audit and sign-in logs (1 to 30, default 7)."),
        QStringLiteral("N"));
    const QCommandLineOption report(QStringLiteral("report"),
        Text::tr("Write a report (headless, repeatable): FORMAT is %1 (summary: the support "
                 "summary; bundle: a zip of every report and the trace).")
            .arg(sspr::report::ReportWriter::formats().join(QStringLiteral(", "))),
        QStringLiteral("FORMAT:PATH"));
    const QCommandLineOption open(QStringLiteral("open"),
        Text::tr("Open a saved session (*.sspr-session.json) in the wizard."),
        QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        Text::tr("Use the language CODE (en, de, fr) instead of the setting or the system's."),
        QStringLiteral("CODE"));
    // Bulk scan options (issue 7); the exit codes are in --bulk's own text.
    const QCommandLineOption bulk(QStringLiteral("bulk"),
        Text::tr("Scan every user of the tenant (userRegistrationDetails, one page at a time) "
                 "and write one CSV row per user with the SSPR verdict; needs --csv. Exit "
                 "codes: 0 every user and tenant check was decided and no user would fail, 1 at "
                 "least one would, 2 no user would fail but some could not be decided (an "
                 "error or warning verdict, or a tenant check that could not be read), or an "
                 "error or interruption (continue with --resume), 3 a usage error or a refused "
                 "--resume."));
    const QCommandLineOption csv(QStringLiteral("csv"),
        Text::tr("Bulk scan: the CSV file to write (UTF-8, RFC 4180; a PATH.resume.json "
                 "sidecar is kept until the scan finishes)."),
        QStringLiteral("PATH"));
    const QCommandLineOption resume(QStringLiteral("resume"),
        Text::tr("Bulk scan: continue an interrupted or failed scan from its last complete "
                 "page (same --csv and filters)."));
    const QCommandLineOption group(QStringLiteral("group"),
        Text::tr("Bulk scan: only the users in this group (transitive members; object id)."),
        QStringLiteral("ID"));
    const QCommandLineOption userType(QStringLiteral("user-type"),
        Text::tr("Bulk scan: only members or only guests."), QStringLiteral("member|guest"));
    const QCommandLineOption onlyFailures(QStringLiteral("only-failures"),
        Text::tr("Bulk scan: write only users whose verdict is not ok (all are counted)."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
        Text::tr("Bulk scan: users per Graph page, 1 to 999 (default 100)."), QStringLiteral("N"));
    p.addOptions({ help, version, demo, list, headless, json, user, error, errorFile, self, graph,
        timeout, verbose, cloud, authority, tenant, clientId, deviceCode, noRemember, probeTarget,
        clockUrl, noProbes, answer, days, report, open, lang });
    p.addOptions({ bulk, csv, resume, group, userType, onlyFailures, pageSize });
    p.addPositionalArgument(QStringLiteral("scenario"),
        Text::tr("With --demo: the scenario name or file."), QStringLiteral("[SCENARIO|FILE]"));

    AppOptionsResult result;
    if (!p.parse(arguments)) {
        result.error = p.errorText();
        return result;
    }
    if (p.isSet(help)) {
        // Parsed before QCoreApplication exists, so Qt cannot know the program's name.
        result.output = p.helpText().replace(
            QLatin1String("<executable_name>"), QLatin1String("sspr-doctor"));
        return result;
    }
    if (p.isSet(version)) {
        result.output = QStringLiteral("sspr-doctor %1\n").arg(QStringLiteral(SSPR_VERSION));
        return result;
    }

    AppOptions o;
    o.headless = p.isSet(headless);
    o.demo = p.isSet(demo);
    o.listScenarios = p.isSet(list);
    o.jsonPath = p.value(json);
    o.userKey = p.value(user).trimmed();
    o.errorText = p.value(error);
    o.errorFile = p.value(errorFile);
    o.selfMode = p.isSet(self);
    o.verbose = p.isSet(verbose);

    const QStringList positional = p.positionalArguments();
    if (positional.size() > 1) {
        result.error = Text::tr("Too many arguments: %1").arg(positional.join(QLatin1Char(' ')));
        return result;
    }
    if (!positional.isEmpty() && !o.demo) {
        result.error = Text::tr("A scenario (%1) needs --demo.").arg(positional.first());
        return result;
    }
    o.scenario = positional.isEmpty() ? QStringLiteral("healthy") : positional.first();
    if (p.isSet(graph)) {
        o.graphUrl = QUrl(p.value(graph), QUrl::StrictMode);
        const UrlShape shape = urlShape(o.graphUrl);
        if (shape == UrlShape::NotHttp) {
            result.error
                = Text::tr("--graph needs an http(s) URL, not \"%1\".").arg(p.value(graph));
            return result;
        }
        // The bearer token travels with every request: plain http only to this machine (a
        // local test server), never across the network.
        if (shape == UrlShape::RemoteHttp) {
            result.error = Text::tr("--graph needs an https URL (http only for 127.0.0.1 or "
                                    "localhost), not \"%1\".")
                               .arg(p.value(graph));
            return result;
        }
    }
    if (p.isSet(timeout)) {
        bool ok = false;
        o.timeoutSeconds = p.value(timeout).toInt(&ok);
        if (!ok || o.timeoutSeconds < 1 || o.timeoutSeconds > 600) {
            result.error = Text::tr("--timeout needs a number of seconds from 1 to 600.");
            return result;
        }
    }
    if (p.isSet(cloud)) {
        o.cloudKey = p.value(cloud).trimmed().toLower();
        static const QStringList known { QStringLiteral("global"), QStringLiteral("usgov-gcch"),
            QStringLiteral("usgov-dod"), QStringLiteral("china") };
        if (!known.contains(o.cloudKey)) {
            result.error = Text::tr("--cloud is one of %1, not \"%2\".")
                               .arg(known.join(QStringLiteral(", ")), p.value(cloud));
            return result;
        }
    }
    if (p.isSet(authority)) {
        o.authorityUrl = QUrl(p.value(authority), QUrl::StrictMode);
        const UrlShape shape = urlShape(o.authorityUrl);
        if (shape == UrlShape::NotHttp || shape == UrlShape::RemoteHttp) {
            result.error = Text::tr("--authority needs an https URL (http only for 127.0.0.1 "
                                    "or localhost), not \"%1\".")
                               .arg(p.value(authority));
            return result;
        }
    }
    if (p.isSet(tenant)) {
        o.tenant = p.value(tenant).trimmed();
        static const QRegularExpression tenantShape(
            QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$"));
        if (!tenantShape.match(o.tenant).hasMatch()) {
            result.error = Text::tr("--tenant needs organizations, common, a domain or a tenant "
                                    "id, not \"%1\".")
                               .arg(p.value(tenant));
            return result;
        }
    }
    if (p.isSet(clientId)) {
        o.clientId = p.value(clientId).trimmed();
        static const QRegularExpression guid(QStringLiteral(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        if (!guid.match(o.clientId).hasMatch()) {
            result.error = Text::tr("--client-id needs an application id (a GUID), not \"%1\".")
                               .arg(p.value(clientId));
            return result;
        }
    }
    o.deviceCode = p.isSet(deviceCode);
    o.noRemember = p.isSet(noRemember);
    o.noProbes = p.isSet(noProbes);
    for (const QString &target : p.values(probeTarget)) {
        static const QRegularExpression hostPort(
            QStringLiteral("^([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:([0-9]{1,5}))?$"));
        const QRegularExpressionMatch m = hostPort.match(target.trimmed());
        const int port = m.hasMatch() && m.hasCaptured(3) ? m.captured(3).toInt() : 443;
        if (!m.hasMatch() || port < 1 || port > 65535) {
            result.error
                = Text::tr("--probe-target needs HOST or HOST:PORT, not \"%1\".").arg(target);
            return result;
        }
        o.probeTargets << target.trimmed();
    }
    if (p.isSet(clockUrl)) {
        o.clockUrl = QUrl(p.value(clockUrl), QUrl::StrictMode);
        if (urlShape(o.clockUrl) == UrlShape::NotHttp) {
            result.error
                = Text::tr("--clock-url needs an http(s) URL, not \"%1\".").arg(p.value(clockUrl));
            return result;
        }
    }
    for (const QString &pair : p.values(answer)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString id = eq > 0 ? pair.left(eq).trimmed() : QString();
        if (id.isEmpty() || eq == pair.size() - 1) {
            result.error = Text::tr("--answer needs ID=VALUE, not \"%1\".").arg(pair);
            return result;
        }
        o.answers.insert(id, pair.mid(eq + 1).trimmed());
    }
    if (p.isSet(days)) {
        bool ok = false;
        o.lookbackDays = p.value(days).toInt(&ok);
        if (!ok || o.lookbackDays < 1 || o.lookbackDays > 30) {
            result.error = Text::tr("--days needs a number from 1 to 30.");
            return result;
        }
    }
    for (const QString &spec : p.values(report)) {
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        const QString format = colon > 0 ? spec.left(colon).trimmed().toLower() : QString();
        const QString path = colon > 0 ? spec.mid(colon + 1) : QString();
        const QStringList formats = sspr::report::ReportWriter::formats();
        if (!formats.contains(format) || path.trimmed().isEmpty()) {
            result.error = Text::tr("--report needs FORMAT:PATH with FORMAT one of %1, not "
                                    "\"%2\".")
                               .arg(formats.join(QStringLiteral(", ")), spec);
            return result;
        }
        o.reports.append({ format, path });
    }
    if (!o.reports.isEmpty() && !o.headless) {
        result.error = Text::tr("--report is for --headless runs; the wizard saves reports "
                                "from its last page.");
        return result;
    }
    o.openSession = p.value(open);
    if (p.isSet(open) && (o.openSession.trimmed().isEmpty() || o.headless)) {
        result.error = Text::tr("--open needs a session FILE and the wizard (not --headless).");
        return result;
    }
    if (p.isSet(lang)) {
        o.language = p.value(lang).trimmed();
        static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z]{2})?$"));
        if (!code.match(o.language).hasMatch()) {
            result.error = Text::tr("--lang needs a language code such as en, de or fr, not "
                                    "\"%1\".")
                               .arg(p.value(lang));
            return result;
        }
        o.language.replace(QLatin1Char('-'), QLatin1Char('_'));
    }
    if (!o.errorText.isEmpty() && !o.errorFile.isEmpty()) {
        result.error = Text::tr("Give either --error or --error-file, not both.");
        return result;
    }
    if (!o.jsonPath.isEmpty() && !o.headless) {
        result.error = Text::tr("--json is for --headless runs.");
        return result;
    }
    if (o.selfMode && !o.userKey.isEmpty()) {
        result.error = Text::tr("--self checks your own account: leave out --user.");
        return result;
    }
    if (!parseBulk(
            p, { bulk, csv, resume, group, userType, onlyFailures, pageSize }, o, &result.error))
        return result;
    result.options = o;
    return result;
}

std::optional<QString> readErrorText(const AppOptions &options, QString *problem)
{
    if (options.errorFile.isEmpty())
        return options.errorText;
    QFile file(options.errorFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = Text::tr("Cannot read the error file %1: %2")
                       .arg(options.errorFile, file.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(file.read(4 * 1024 * 1024));
}

} // namespace sspr::runtime
