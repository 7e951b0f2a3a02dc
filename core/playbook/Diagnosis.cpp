#include "core/playbook/Diagnosis.h"

#include "core/auth/TokenProvider.h"
#include "core/checks/CheckRegistry.h"
#include "core/checks/CheckRunner.h"
#include "core/checks/QuestionCheck.h"
#include "core/graph/GraphClient.h"
#include "core/playbook/ErrorCatalog.h"
#include "core/playbook/ErrorTextParser.h"
#include "core/playbook/RootCauseRanker.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDiagnosis, "sspr.diagnosis")

namespace sspr::playbook {

namespace {
constexpr int kDefaultCode = 120021;

Playbook playbookFor(const ParsedError &parsed, const QHash<QString, QString> &answers = {})
{
    // No code pasted: the tool exists for AADSTS120021, so its playbook is the default
    // (DESIGN.md). The parsed error keeps its empty code list: nothing is invented.
    const int code = parsed.primaryCode() ? parsed.primaryCode() : kDefaultCode;
    return ErrorCatalog::builtIn().playbookFor(code, checks::CheckRegistry::allIds(), answers);
}

bool anyAnswered(const checks::Check &check, const QHash<QString, QString> &answers)
{
    for (const QString &id : check.questionIds()) {
        if (checks::QuestionCheck::isAnswered(answers.value(id)))
            return true;
    }
    return false;
}

// The playbook's checks, minus the guided-question checks nobody answered (their question
// ids go to *notAnswered): an unanswered question is no evidence, so no finding at all.
std::vector<std::unique_ptr<checks::Check>> checksToRun(const QStringList &ids,
    const checks::CheckContext &ctx, const QHash<QString, QString> &answers,
    QStringList *notAnswered)
{
    std::vector<std::unique_ptr<checks::Check>> run;
    for (auto &check : checks::CheckRegistry::create(ids)) {
        if (checks::QuestionCheck::isQuestionOnly(*check, ctx) && !anyAnswered(*check, answers)) {
            if (notAnswered)
                *notAnswered << check->questionIds();
            continue;
        }
        run.push_back(std::move(check));
    }
    return run;
}
} // namespace

struct Diagnosis::Private {
    graph::GraphClient *graph = nullptr;
    auth::TokenProvider *tokens = nullptr;
    checks::CheckRunner *runner = nullptr;
    report::Session session;
    int roundTripsAtStart = 0;
    bool started = false; // a start() happened: rerun() has inputs
    checks::CheckContext ctx; // of the last start(), for rerun()
    QString rerunId; // the check being run again, empty for a full run

    void finish(const QList<checks::Finding> &findings);
    void rank();
};

void Diagnosis::Private::rank()
{
    session.rootCause = RootCauseRanker::rank(session.findings, session.answers,
        session.playbookCode ? session.playbookCode : kDefaultCode);
}

void Diagnosis::Private::finish(const QList<checks::Finding> &findings)
{
    if (rerunId.isEmpty()) {
        session.findings = findings;
    } else {
        // Replace the earlier finding in place (keeping the playbook's order), else append.
        for (const checks::Finding &f : findings) {
            bool replaced = false;
            for (checks::Finding &old : session.findings) {
                if (old.checkId == f.checkId) {
                    old = f;
                    replaced = true;
                }
            }
            if (!replaced)
                session.findings << f;
        }
        rerunId.clear();
    }
    if (session.userObjectId.isEmpty())
        session.userObjectId = runner->context().userObjectId;
    session.finishedAt = QDateTime::currentDateTimeUtc();
    rank();
}

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
            d->finish(findings);
            if (d->graph)
                d->session.graphRoundTrips = d->graph->roundTrips() - d->roundTripsAtStart;
            qCInfo(lcDiagnosis) << "finished:" << report::verdictKey(d->session.verdict())
                                << findings.size() << "findings," << d->session.graphRoundTrips
                                << "Graph round trips";
            Q_EMIT finished(d->session);
        });
}

Diagnosis::~Diagnosis() = default;

void Diagnosis::setProbeRunner(probes::ProbeRunner *probes)
{
    d->runner->setProbeRunner(probes);
}

QList<QPair<QString, QString>> Diagnosis::plannedChecks(const QString &errorText)
{
    return plannedChecks(ErrorTextParser::parse(errorText));
}

QList<QPair<QString, QString>> Diagnosis::plannedChecks(const ParsedError &parsed)
{
    return plannedChecks(parsed, {});
}

QList<QPair<QString, QString>> Diagnosis::plannedChecks(
    const ParsedError &parsed, const QHash<QString, QString> &answers)
{
    QList<QPair<QString, QString>> planned;
    for (const auto &check :
        checksToRun(playbookFor(parsed, answers).checkIds, {}, answers, nullptr))
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
    const Playbook playbook = playbookFor(s.error, input.answers);
    s.playbookCode = playbook.code;
    s.playbookKnown = playbook.known;
    s.playbookTitle = playbook.title;
    // Self mode reads /me: a typed (or demo-default) user is not who the checks look at, and
    // the report must not name it as such.
    s.userKey = input.selfMode ? QString() : input.userKey.trimmed();
    s.answers = input.answers;
    s.cloudKey = input.cloudKey.isEmpty() ? QStringLiteral("global") : input.cloudKey;
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
    ctx.cloudKey = s.cloudKey;
    ctx.lookbackDays = input.lookbackDays;
    ctx.errorCode = s.error.primaryCode();
    ctx.correlationId = s.error.correlationId;
    ctx.errorTime = s.error.timestampUtc;

    auto toRun = checksToRun(playbook.checkIds, ctx, input.answers, &d->session.notAnswered);
    d->ctx = ctx;
    d->started = true;
    d->rerunId.clear();

    checks::Evidence given;
    given.answers = input.answers;
    qCInfo(lcDiagnosis) << "playbook" << playbook.code << playbook.checkIds << "promoted"
                        << playbook.promoted << "not answered" << d->session.notAnswered;
    d->runner->start(std::move(toRun), ctx, given);
}

void Diagnosis::rerun(const QString &checkId)
{
    if (!d->started || d->runner->isRunning()) {
        qCWarning(lcDiagnosis) << "rerun() with no finished run to update: ignored";
        return;
    }
    auto check = checks::CheckRegistry::create(checkId);
    if (!check) {
        qCWarning(lcDiagnosis) << "rerun() of an unknown check ignored:" << checkId;
        return;
    }
    if (checks::QuestionCheck::isQuestionOnly(*check, d->ctx)
        && !anyAnswered(*check, d->session.answers)) {
        qCWarning(lcDiagnosis) << "rerun() of an unanswered question ignored:" << checkId;
        return; // still no evidence: it stays "not answered", never a skipped finding
    }
    checks::CheckContext ctx = d->ctx;
    ctx.now = QDateTime::currentDateTimeUtc();
    if (!d->session.userObjectId.isEmpty())
        ctx.userObjectId = d->session.userObjectId;
    checks::Evidence given;
    given.answers = d->session.answers;
    std::vector<std::unique_ptr<checks::Check>> one;
    one.push_back(std::move(check));
    d->rerunId = checkId;
    d->roundTripsAtStart = d->graph ? d->graph->roundTrips() - d->session.graphRoundTrips : 0;
    qCInfo(lcDiagnosis) << "re-running" << checkId;
    d->runner->start(std::move(one), ctx, given);
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
