#include "core/checks/CheckRunner.h"

#include "core/checks/RequestTemplate.h"
#include "core/checks/ScopeCoverage.h"
#include "core/checks/UserAccountCheck.h"
#include "core/graph/GraphClient.h"
#include "core/probes/ProbeRunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>
#include <optional>

namespace sspr::checks {

Q_LOGGING_CATEGORY(lcChecks, "sspr.checks")

namespace {

// Strings of the runner's synthetic replies; the runner is a QObject but these are built in
// free functions.
class RunnerText {
    Q_DECLARE_TR_FUNCTIONS(CheckRunner)

public:
    static QString cancelled() { return tr("cancelled by you"); }
    static QString unresolved() { return tr("the user could not be resolved"); }
    static QString noUser() { return tr("no affected user was given"); }
    static QString noReply() { return tr("the batch reply had no answer for this request"); }
    static QString noObjectId() { return tr("the user's reply carried no object id"); }
    static QString noProbes() { return tr("the local probes are turned off"); }
    static QString notConsented(const QString &scope, const QStringList &granted)
    {
        return tr("not consented: this sign-in was granted %1 but not %2, so the request was "
                  "not sent")
            .arg(granted.join(QStringLiteral(", ")), scope);
    }
};

graph::GraphResponse syntheticResponse(
    const QString &key, graph::GraphErrorKind kind, const QString &message)
{
    graph::GraphResponse response;
    response.key = key;
    graph::GraphError error;
    error.kind = kind;
    error.message = message;
    response.error = error;
    return response;
}

} // namespace

struct CheckRunner::Private {
    CheckRunner *q = nullptr;
    graph::GraphClient *graph = nullptr;

    std::vector<std::unique_ptr<Check>> checks;
    CheckContext ctx;
    Evidence evidence;
    std::vector<std::optional<Finding>> findings;
    std::vector<QSet<QString>> needs; // the evidence keys each check waits for
    std::vector<bool> started;

    QStringList order; // request keys in first-seen order
    QHash<QString, graph::GraphRequest> templates; // by key, placeholders unexpanded
    QStringList wave1, wave2;
    bool wave2Started = false;
    QList<QPointer<graph::GraphBatchJob>> jobs;
    QPointer<probes::ProbeRunner> probeRunner;
    QMetaObject::Connection probeConnection;
    bool probesPending = false; // a check waits for the probes, which have not reported
    bool running = false;
    int waves = 0;
    quint64 generation = 0;

    void reset();
    void collect();
    void gateScopes();
    void dispatch();
    void startProbes();
    void stopProbes();
    bool waitsForProbes(size_t i) const;
    void send(const QStringList &keys);
    void startWave2();
    void onResponse(const graph::GraphResponse &response);
    void onJobFinished(graph::GraphBatchJob *job, const QHash<QString, graph::GraphResponse> &all,
        const QStringList &sent);
    void evaluateReady();
    void finishIfDone();
    void stopJobs();
    bool isPending(const QString &key) const;
};

void CheckRunner::Private::reset()
{
    stopJobs();
    stopProbes();
    checks.clear();
    findings.clear();
    needs.clear();
    started.clear();
    order.clear();
    templates.clear();
    wave1.clear();
    wave2.clear();
    wave2Started = false;
    waves = 0;
    evidence = {};
}

// Pure bookkeeping (no I/O): every check's requests, de-duplicated by key, split in waves.
void CheckRunner::Private::collect()
{
    if (!graph)
        ctx.signedIn = false;
    const QString knownId = RequestTemplate::knownObjectId(ctx);
    if (!knownId.isEmpty())
        ctx.userObjectId = knownId;

    needs.assign(checks.size(), {});
    started.assign(checks.size(), false);
    findings.assign(checks.size(), std::nullopt);
    QSet<QString> usesUserId; // keys whose template needs the object id
    for (size_t i = 0; i < checks.size(); ++i) {
        for (const graph::GraphRequest &request : checks[i]->requests(ctx)) {
            const auto existing = templates.constFind(request.key);
            if (existing == templates.constEnd()) {
                templates.insert(request.key, request);
                order << request.key;
            } else if (!(existing.value() == request)) {
                // Same key, different request: a bug in a check. Keep the first so the run
                // stays consistent, and say so.
                qCWarning(lcChecks)
                    << "checks disagree on request" << request.key << ":" << existing->relativeUrl
                    << "vs" << request.relativeUrl << "- keeping the first";
            }
            needs[i].insert(request.key);
            if (RequestTemplate::needsUserId(request))
                usesUserId.insert(request.key);
        }
    }
    if (!graph)
        return;

    const QString userKey = UserAccountCheck::key();
    const bool noUserGiven
        = !ctx.selfMode && ctx.userKey.trimmed().isEmpty() && ctx.userObjectId.isEmpty();
    for (const QString &key : std::as_const(order)) {
        if (evidence.graph.contains(key))
            continue; // given (a resumed session): not asked again
        if (noUserGiven && RequestTemplate::needsUser(templates.value(key))) {
            evidence.graph.insert(key,
                syntheticResponse(key, graph::GraphErrorKind::BadRequest, RunnerText::noUser()));
            continue;
        }
        const graph::GraphRequest expanded = RequestTemplate::expand(templates.value(key), ctx);
        (RequestTemplate::needsUserId(expanded) ? wave2 : wave1) << key;
    }
    // The object id comes from the "user" reply: make sure wave 1 asks for it.
    if (!wave2.isEmpty() && !templates.contains(userKey)) {
        templates.insert(userKey, UserAccountCheck::request(ctx));
        order << userKey;
        if (!evidence.graph.contains(userKey))
            wave1 << userKey;
    }
    // A check reading the user's object id waits for the user's record too, so it can say
    // "the account is disabled" even when both replies come in the same batch.
    if (templates.contains(userKey)) {
        for (QSet<QString> &keys : needs) {
            if (keys.intersects(usesUserId))
                keys.insert(userKey);
        }
    }
    gateScopes();
}

// Requests whose scope the sign-in lacks are answered here, unsent, as Forbidden naming the
// scope; the check then comes out skipped saying what is missing.
void CheckRunner::Private::gateScopes()
{
    if (!ctx.signedIn || ctx.grantedScopes.isEmpty())
        return;
    for (QStringList *wave : { &wave1, &wave2 }) {
        for (auto it = wave->begin(); it != wave->end();) {
            const QString scope = templates.value(*it).requiredScope;
            if (ScopeCoverage::covers(ctx.grantedScopes, scope)) {
                ++it;
                continue;
            }
            graph::GraphResponse response = syntheticResponse(*it, graph::GraphErrorKind::Forbidden,
                RunnerText::notConsented(scope, ctx.grantedScopes));
            response.error->requiredScope = scope;
            response.error->code = QStringLiteral("NotConsented");
            evidence.graph.insert(*it, response);
            qCDebug(lcChecks) << "not sent, scope not granted:" << *it << scope;
            it = wave->erase(it);
        }
    }
}

bool CheckRunner::Private::waitsForProbes(size_t i) const
{
    return probesPending && checks[i]->needsProbes();
}

void CheckRunner::Private::startProbes()
{
    if (!probesPending || !probeRunner)
        return;
    QObject::disconnect(probeConnection);
    if (probeRunner->isRunning())
        probeRunner->cancel(); // another run's probes: their report must not reach this run
    probes::ProbeConfig config = probeRunner->config();
    config.cloudKey = ctx.cloudKey;
    config.eventLookbackDays = ctx.lookbackDays;
    probeRunner->setConfig(config);
    const quint64 run = generation;
    probeConnection = QObject::connect(probeRunner, &probes::ProbeRunner::finished, q,
        [this, run](const probes::ProbeEvidence &result) {
            if (!running || generation != run || !probesPending)
                return;
            QObject::disconnect(probeConnection);
            probesPending = false;
            evidence.probes = result;
            evaluateReady();
        });
    probeRunner->start();
    for (size_t i = 0; i < checks.size(); ++i) {
        if (started[i] || findings[i] || !checks[i]->needsProbes())
            continue;
        started[i] = true;
        Q_EMIT q->checkStarted(checks[i]->id());
        if (!running || generation != run)
            return; // a slot cancelled or restarted the run
    }
}

// Stops probes this run started; their unfinished steps end as cancelled.
void CheckRunner::Private::stopProbes()
{
    QObject::disconnect(probeConnection);
    if (probesPending && probeRunner && probeRunner->isRunning())
        probeRunner->cancel();
    probesPending = false;
}

void CheckRunner::Private::dispatch()
{
    const quint64 run = generation;
    startProbes(); // in parallel with wave 1: neither waits for the other
    if (!running || generation != run)
        return;
    evaluateReady(); // checks needing no Graph (or not signed in) finish at once
    if (!running || generation != run)
        return;
    if (!wave1.isEmpty())
        send(wave1);
    if (!running || generation != run)
        return;
    if (!wave2.isEmpty() && !isPending(UserAccountCheck::key()))
        startWave2(); // the user's record was given: no need to wait
    evaluateReady();
}

bool CheckRunner::Private::isPending(const QString &key) const
{
    return templates.contains(key) && !evidence.graph.contains(key);
}

void CheckRunner::Private::send(const QStringList &keys)
{
    QList<graph::GraphRequest> requests;
    for (const QString &key : keys)
        requests << RequestTemplate::expand(templates.value(key), ctx);
    const quint64 run = generation;
    for (size_t i = 0; i < checks.size(); ++i) {
        if (started[i] || findings[i])
            continue;
        for (const QString &key : keys) {
            if (needs[i].contains(key)) {
                started[i] = true;
                Q_EMIT q->checkStarted(checks[i]->id());
                if (!running || generation != run)
                    return; // a slot cancelled or restarted the run: this wave is not sent
                break;
            }
        }
    }
    ++waves;
    qCDebug(lcChecks) << "wave" << waves << "sends" << keys;
    graph::GraphBatchJob *job = graph->sendBatch(requests);
    jobs << job;
    QObject::connect(job, &graph::GraphBatchJob::responseReady, q,
        [this](const graph::GraphResponse &response) { onResponse(response); });
    QObject::connect(job, &graph::GraphBatchJob::finished, q,
        [this, job, keys](
            const QHash<QString, graph::GraphResponse> &all) { onJobFinished(job, all, keys); });
    if (job->isFinished()) // answered synchronously (e.g. no token): take what it has
        onJobFinished(job, job->responses(), keys);
}

void CheckRunner::Private::startWave2()
{
    if (wave2Started || wave2.isEmpty())
        return;
    wave2Started = true;
    const graph::GraphResponse *user = evidence.response(UserAccountCheck::key());
    QString id;
    if (user && user->ok()) {
        const QString read = user->body.value(QLatin1String("id")).toString();
        if (RequestTemplate::isObjectId(read))
            id = read;
    }
    if (!id.isEmpty()) {
        ctx.userObjectId = id;
        send(wave2);
        return;
    }
    // Without an object id the wave-2 requests cannot be built: answer them with the lookup's
    // failure so each check reports it rather than waiting forever.
    for (const QString &key : std::as_const(wave2)) {
        graph::GraphResponse response;
        if (user && user->error) {
            // Same kind (a 404 stays "not found", a 403 still names the scope the lookup
            // needed) but no HTTP status or request-id: this request was never sent.
            response.key = key;
            response.error = user->error;
            response.error->httpStatus = 0;
            response.error->requestId.clear();
            response.error->clientRequestId.clear();
            response.error->message
                = RunnerText::unresolved() + QStringLiteral(": ") + user->error->message;
        } else {
            response = syntheticResponse(
                key, graph::GraphErrorKind::MalformedReply, RunnerText::noObjectId());
        }
        evidence.graph.insert(key, response);
    }
    qCDebug(lcChecks) << "wave 2 not sent: the user could not be resolved";
}

void CheckRunner::Private::onResponse(const graph::GraphResponse &response)
{
    if (!running || !templates.contains(response.key))
        return;
    evidence.graph.insert(response.key, response);
    if (response.key == UserAccountCheck::key())
        startWave2();
    evaluateReady();
}

void CheckRunner::Private::onJobFinished(graph::GraphBatchJob *job,
    const QHash<QString, graph::GraphResponse> &all, const QStringList &sent)
{
    jobs.removeAll(QPointer<graph::GraphBatchJob>(job));
    if (!running)
        return;
    for (const QString &key : sent) {
        if (evidence.graph.contains(key))
            continue;
        const auto it = all.constFind(key);
        evidence.graph.insert(key,
            it != all.constEnd() ? it.value()
                                 : syntheticResponse(key, graph::GraphErrorKind::MalformedReply,
                                     RunnerText::noReply()));
    }
    if (sent.contains(UserAccountCheck::key()))
        startWave2();
    evaluateReady();
}

// Evaluates every check whose evidence is complete, as soon as it is.
void CheckRunner::Private::evaluateReady()
{
    if (!running)
        return;
    const quint64 run = generation;
    for (size_t i = 0; i < checks.size(); ++i) {
        if (findings[i] || waitsForProbes(i))
            continue;
        bool ready = true;
        for (const QString &key : std::as_const(needs[i])) {
            if (graph && !evidence.graph.contains(key)) {
                ready = false;
                break;
            }
        }
        if (!ready)
            continue;
        if (!started[i]) {
            started[i] = true;
            Q_EMIT q->checkStarted(checks[i]->id());
        }
        findings[i] = checks[i]->evaluate(evidence, ctx);
        Q_EMIT q->checkFinished(*findings[i]);
        if (!running || generation != run)
            return; // a slot cancelled or restarted the run
    }
    finishIfDone();
}

void CheckRunner::Private::finishIfDone()
{
    if (!running)
        return;
    for (const auto &finding : findings) {
        if (!finding)
            return;
    }
    running = false;
    stopJobs();
    qCDebug(lcChecks) << "run finished after" << waves << "wave(s)";
    Q_EMIT q->finished(q->findings());
}

void CheckRunner::Private::stopJobs()
{
    const auto pending = jobs;
    jobs.clear();
    for (const QPointer<graph::GraphBatchJob> &job : pending) {
        if (!job)
            continue;
        QObject::disconnect(job, nullptr, q, nullptr);
        if (!job->isFinished())
            job->cancel();
    }
}

CheckRunner::CheckRunner(graph::GraphClient *graph, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->graph = graph;
}

CheckRunner::~CheckRunner()
{
    d->stopProbes();
    d->running = false;
    d->stopJobs();
}

void CheckRunner::setProbeRunner(probes::ProbeRunner *probes)
{
    d->probeRunner = probes;
}

void CheckRunner::start(
    std::vector<std::unique_ptr<Check>> checks, const CheckContext &context, const Evidence &given)
{
    if (d->running) {
        qCWarning(lcChecks) << "start() while running: cancelling the previous run";
        cancel();
    }
    d->reset();
    d->checks = std::move(checks);
    d->ctx = context;
    d->evidence = given;
    d->running = true;
    d->collect();
    bool wantsProbes = false;
    for (const auto &check : d->checks)
        wantsProbes = wantsProbes || check->needsProbes();
    if (wantsProbes && !d->evidence.probes.ran) { // given probes (a resumed session) are kept
        if (d->probeRunner) {
            d->probesPending = true;
        } else {
            d->evidence.probes = {};
            d->evidence.probes.notRunReason = RunnerText::noProbes();
        }
    }
    const quint64 generation = ++d->generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (d->generation == generation && d->running)
                d->dispatch();
        },
        Qt::QueuedConnection);
}

void CheckRunner::cancel()
{
    if (!d->running)
        return;
    ++d->generation; // a dispatch still queued must not send anything
    d->stopJobs();
    if (d->probesPending) {
        // Probes still out end as "cancelled"; not yet started (dispatch still queued), the
        // checks waiting for them end as cancelled all the same.
        QObject::disconnect(d->probeConnection);
        const bool wasRunning = d->probeRunner && d->probeRunner->isRunning();
        if (wasRunning)
            d->probeRunner->cancel();
        d->probesPending = false;
        if (wasRunning) {
            d->evidence.probes = d->probeRunner->evidence();
        } else {
            d->evidence.probes = {};
            d->evidence.probes.ran = true;
        }
        d->evidence.probes.cancelled = true;
    }
    // Every missing reply becomes "cancelled", so unfinished checks end as Error through
    // their own error path; checks that need no Graph evaluate normally.
    for (size_t i = 0; i < d->checks.size(); ++i) {
        if (d->findings[i])
            continue;
        for (const QString &key : std::as_const(d->needs[i])) {
            if (!d->evidence.graph.contains(key))
                d->evidence.graph.insert(key,
                    syntheticResponse(
                        key, graph::GraphErrorKind::Cancelled, RunnerText::cancelled()));
        }
    }
    d->evaluateReady();
}

bool CheckRunner::isRunning() const
{
    return d->running;
}

QList<Finding> CheckRunner::findings() const
{
    QList<Finding> list;
    for (const auto &finding : d->findings) {
        if (finding)
            list << *finding;
    }
    return list;
}

CheckContext CheckRunner::context() const
{
    return d->ctx;
}

int CheckRunner::waves() const
{
    return d->waves;
}

} // namespace sspr::checks
