#include "core/runtime/AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

namespace sspr::runtime {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
};
} // namespace

AppOptionsResult AppOptionsParser::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("Diagnoses Microsoft Entra self-service password reset and password change "
                 "failures (AADSTS120021 and the AADSTS 1200xx family)."));
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
    p.addOptions({ help, version, demo, list, headless, json, user, error, errorFile, self, graph,
        timeout, verbose });
    p.addPositionalArgument(QStringLiteral("scenario"),
        Text::tr("With --demo: the scenario name or file."), QStringLiteral("[SCENARIO|FILE]"));

    AppOptionsResult result;
    if (!p.parse(arguments)) {
        result.error = p.errorText();
        return result;
    }
    if (p.isSet(help)) {
        result.output = p.helpText();
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
        const QString scheme = o.graphUrl.scheme();
        if (!o.graphUrl.isValid() || o.graphUrl.host().isEmpty()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            result.error
                = Text::tr("--graph needs an http(s) URL, not \"%1\".").arg(p.value(graph));
            return result;
        }
        // The bearer token travels with every request: plain http only to this machine (a
        // local test server), never across the network.
        const QHostAddress host(o.graphUrl.host());
        const bool loopback = host.isLoopback()
            || o.graphUrl.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
        if (scheme != QLatin1String("https") && !loopback) {
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
