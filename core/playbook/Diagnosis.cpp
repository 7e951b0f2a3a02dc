#include "core/playbook/Diagnosis.h"

#include "core/auth/TokenProvider.h"
#include "core/checks/CheckRegistry.h"
#include "core/checks/CheckRunner.h"
#include "core/graph/GraphClient.h"
#include "core/playbook/ErrorCatalog.h"
#include "core/playbook/ErrorTextParser.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDiagnosis, "sspr.diagnosis")

namespace sspr::playbook {

namespace {
constexpr int kDefaultCode = 120021;

Playbook playbookFor(const ParsedError &parsed)
{
    // No code pasted: the tool exists for AADSTS120021, so its playbook is the default
    // (DESIGN.md). The parsed error keeps its empty code list: nothing is invented.
    const int code = parsed.primaryCode() ? parsed.primaryCode() : kDefaultCode;
    return ErrorCatalog::builtIn().playbookFor(code, checks::CheckRegistry::allIds());
}
} // namespace

struct Diagnosis::Private {
    graph::GraphClient *graph = nullptr;
    auth::TokenProvider *tokens = nullptr;
    checks::CheckRunner *runner = nullptr;
    report::Session session;
    int roundTripsAtStart = 0;
};

Diagnosis::Diagnosis(graph::GraphClient *graph, auth::TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->graph = graph;
    d->tokens = tokens;
    d->runner = new checks::CheckRunner(graph, this);
    connect(d->runner, &checks::CheckRunner::checkStarted, this, &Diagnosis::checkStarted);
    connect(d->runner, &checks::CheckRunner::checkFinished, this, &Diagnosis::checkFinished);
    connect(d->runner, &checks::CheckRunner::finished, this,
        [this](const QList<checks::Finding> &findings) {
            d->session.findings = findings;
            d->session.userObjectId = d->runner->context().userObjectId;
            d->session.finishedAt = QDateTime::currentDateTimeUtc();
            if (d->graph)
                d->session.graphRoundTrips = d->graph->roundTrips() - d->roundTripsAtStart;
            qCInfo(lcDiagnosis) << "finished:" << report::verdictKey(d->session.verdict())
                                << findings.size() << "findings," << d->session.graphRoundTrips
                                << "Graph round trips";
            Q_EMIT finished(d->session);
        });
}

Diagnosis::~Diagnosis() = default;

QList<QPair<QString, QString>> Diagnosis::plannedChecks(const QString &errorText)
{
    return plannedChecks(ErrorTextParser::parse(errorText));
}

QList<QPair<QString, QString>> Diagnosis::plannedChecks(const ParsedError &parsed)
{
    QList<QPair<QString, QString>> planned;
    for (const auto &check : checks::CheckRegistry::create(playbookFor(parsed).checkIds))
        planned.append({ check->id(), check->title() });
    return planned;
}

void Diagnosis::start(const DiagnosisInput &input)
{
    if (d->runner->isRunning()) {
        qCWarning(lcDiagnosis) << "start() while a run is in progress: ignored";
        return;
    }
    report::Session s;
    s.appVersion = QStringLiteral(SSPR_VERSION);
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.mode = input.selfMode ? QStringLiteral("self") : QStringLiteral("it");
    s.source = input.source;
    s.error = ErrorTextParser::parse(input.errorText);
    const Playbook playbook = playbookFor(s.error);
    s.playbookCode = playbook.code;
    s.playbookKnown = playbook.known;
    s.playbookTitle = playbook.title;
    // Self mode reads /me: a typed (or demo-default) user is not who the checks look at, and
    // the report must not name it as such.
    s.userKey = input.selfMode ? QString() : input.userKey.trimmed();
    s.answers = input.answers;
    const bool signedIn = d->tokens && d->tokens->isSignedIn();
    if (signedIn)
        s.signedInAs = d->tokens->account();
    d->session = s;
    d->roundTripsAtStart = d->graph ? d->graph->roundTrips() : 0;

    checks::CheckContext ctx;
    ctx.userKey = s.userKey;
    ctx.selfMode = input.selfMode;
    ctx.signedIn = signedIn;
    ctx.grantedScopes = signedIn ? d->tokens->grantedScopes() : QStringList();
    ctx.now = s.startedAt;

    checks::Evidence given;
    given.answers = input.answers;
    qCInfo(lcDiagnosis) << "playbook" << playbook.code << playbook.checkIds;
    d->runner->start(checks::CheckRegistry::create(playbook.checkIds), ctx, given);
}

void Diagnosis::cancel()
{
    d->runner->cancel();
}

bool Diagnosis::isRunning() const
{
    return d->runner->isRunning();
}

report::Session Diagnosis::session() const
{
    return d->session;
}

} // namespace sspr::playbook
