#include "core/auth/TokenProvider.h"
#include "core/graph/BatchCodec.h"
#include "core/graph/ExchangeLine.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphClientPrivate.h"
#include "core/graph/GraphErrorMapping.h"
#include "core/graph/GraphLogging.h"
#include "core/graph/GraphTraceRecorder.h"
#include "core/graph/PageCollector.h"
#include "core/graph/ReplyGuard.h"
#include "core/graph/RetryDecision.h"
#include "core/graph/RetryDelay.h"
#include "core/graph/TransportErrorText.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <climits>
#include <functional>

namespace sspr::graph {

namespace {

// One request's progress through sends, retries and pages.
struct ItemState {
    GraphRequest request;
    GraphResponse response;
    bool direct = false; // sent on its own, not inside a $batch
    bool done = false;
    QUrl pageUrl; // absolute @odata.nextLink to GET next; empty for the first page
    AttemptState attempt; // reset for every page
    bool reauthorized = false; // once per request, across pages
    PageCollector pages;
};

// One HTTP request on the wire: a $batch POST for several items, or one item's own request.
struct Exchange {
    QPointer<QNetworkReply> reply;
    QStringList keys;
    bool batch = false;
    QString token; // only to name it to TokenProvider::invalidate(); never logged
    bool tokenInvalidated = false;
    QString clientRequestId;
    QHash<QString, QString> itemClientRequestIds;
    QElapsedTimer clock;
    QString method;
    QUrl url;
    QDateTime startedAt; // for the trace
    QByteArray requestBody; // for the trace: the $batch body
};

// Decisions taken while reading one reply; items that wait equally share one timer (and so
// travel together in the next $batch).
struct RetryPlan {
    QMap<qint64, QStringList> keysByDelay;
    QHash<int, qint64> backoffByAttempts;
};

QString newClientRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString normalisedRelativeUrl(const QString &relativeUrl)
{
    return relativeUrl.startsWith(u'/') ? relativeUrl : u'/' + relativeUrl;
}

QUrl resolve(const QUrl &base, const QString &relativeUrl)
{
    const QString relative = normalisedRelativeUrl(relativeUrl);
    const qsizetype question = relative.indexOf(u'?');
    QUrl url = base;
    url.setPath(base.path() + relative.left(question), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(relative.mid(question + 1), QUrl::TolerantMode);
    return url;
}

QHash<QString, QString> lowerCaseHeaders(const QNetworkReply *reply)
{
    QHash<QString, QString> headers;
    for (const auto &pair : reply->rawHeaderPairs())
        headers.insert(QString::fromLatin1(pair.first).toLower(), QString::fromLatin1(pair.second));
    return headers;
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt numbers connection (1-99) and proxy (101-199) failures below the HTTP-derived ones.
    return error != QNetworkReply::NoError && int(error) < 200;
}

} // namespace

struct GraphBatchJob::Private {
    GraphBatchJob *q = nullptr;
    QPointer<GraphClient> client;
    QNetworkAccessManager *network = nullptr;
    auth::TokenProvider *tokens = nullptr;
    QUrl baseUrl;
    RetryPolicy policy;
    std::chrono::milliseconds timeout { 30000 };
    std::chrono::milliseconds queueLimit { 120000 };
    qint64 maxReplyBytes = GraphClient::kDefaultMaxReplyBytes;
    int maxInFlight = GraphClient::kDefaultMaxConcurrentRequests;

    QStringList order; // request keys, first-seen order
    QHash<QString, ItemState> items;
    QStringList queued; // ready to send at the next pump(), as slots allow
    int inFlight = 0; // HTTP requests sent or waiting for their token
    bool pumpScheduled = false;
    QHash<QNetworkReply *, Exchange> exchanges;
    QList<QTimer *> retryTimers;
    QHash<QString, GraphResponse> results;
    bool finished = false;

    void pump();
    void schedulePump();
    void withToken(const QStringList &keys, std::function<void(const QString &)> send);
    void postBatch(const QStringList &keys, const QString &token);
    void sendDirect(const QString &key, const QString &token);
    QNetworkRequest makeRequest(
        const QUrl &url, const QString &token, const QString &clientRequestId) const;
    void track(QNetworkReply *reply, Exchange exchange);
    void onReplyFinished(QNetworkReply *reply);
    void handleBatchReply(Exchange &exchange, const ReplyOutcome &outcome, RetryPlan &plan);
    void handleOutcome(const QString &key, ReplyOutcome outcome, Exchange &exchange,
        bool wholeReply, RetryPlan &plan);
    void handleSuccess(const QString &key, const ReplyOutcome &outcome);
    void scheduleRetries(const RetryPlan &plan);
    void complete(
        const QString &key, const std::optional<GraphError> &error, const QJsonObject &body = {});
    void cancelInFlight();
    void maybeFinish();
    void log(const QString &line) const;
};

GraphBatchJob::GraphBatchJob(GraphClient *client)
    : QObject(client)
    , d(new Private)
{
    d->q = this;
    d->client = client;
    d->network = client->d->network;
    d->tokens = client->d->tokens;
    d->baseUrl = client->d->baseUrl;
    d->policy = client->d->policy;
    d->timeout = client->d->timeout;
    d->queueLimit = client->queueLimit();
    d->maxInFlight = client->d->maxConcurrentRequests;
    d->maxReplyBytes = client->d->maxReplyBytes;
}

GraphBatchJob::~GraphBatchJob()
{
    d->cancelInFlight();
    delete d;
}

void GraphBatchJob::setRequests(const QList<GraphRequest> &requests, bool direct)
{
    for (GraphRequest request : requests) {
        if (request.key.isEmpty())
            request.key = request.method + u' ' + request.relativeUrl;
        if (d->items.contains(request.key)) {
            if (!(d->items.value(request.key).request == request))
                qCWarning(lcGraph) << "two different requests share the key" << request.key
                                   << "- only the first is sent";
            continue;
        }
        ItemState item;
        item.request = request;
        item.direct = direct;
        item.response.key = request.key;
        item.pages
            = PageCollector(d->baseUrl, resolve(d->baseUrl, request.relativeUrl), request.maxPages);
        d->items.insert(request.key, item);
        d->order.append(request.key);
    }
}

void GraphBatchJob::start()
{
    if (d->finished)
        return;
    d->queued = d->order;
    d->pump();
    d->maybeFinish();
}

void GraphBatchJob::cancel()
{
    if (d->finished)
        return;
    d->cancelInFlight();
    d->queued.clear();
    d->inFlight = 0;
    for (const QString &key : std::as_const(d->order)) {
        if (!d->items.value(key).done)
            d->complete(key, GraphErrorMapping::cancelled());
    }
    d->maybeFinish();
}

bool GraphBatchJob::isFinished() const
{
    return d->finished;
}

QHash<QString, GraphResponse> GraphBatchJob::responses() const
{
    return d->results;
}

void GraphBatchJob::Private::schedulePump()
{
    if (pumpScheduled)
        return;
    pumpScheduled = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void GraphBatchJob::Private::pump()
{
    if (finished)
        return;
    // Group what is ready into HTTP requests (pages and direct requests alone, the rest in
    // $batch POSTs of up to 20), send as many as free slots allow, keep the others queued.
    QList<QStringList> sends;
    QStringList batchKeys;
    const QStringList ready = std::exchange(queued, {});
    for (const QString &key : ready) {
        const ItemState &item = items[key];
        if (item.done)
            continue;
        if (item.direct || item.pageUrl.isValid())
            sends.append({ key });
        else
            batchKeys.append(key);
    }
    const QList<QList<int>> batches = BatchCodec::split(batchKeys);
    for (const QList<int> &indexes : batches) {
        QStringList keys;
        for (int index : indexes)
            keys.append(batchKeys.at(index));
        sends.append(keys);
    }
    for (const QStringList &keys : std::as_const(sends)) {
        if (inFlight >= maxInFlight) {
            queued.append(keys);
            continue;
        }
        ++inFlight; // until its reply finishes or its token fails
        const bool batch = !(keys.size() == 1
            && (items[keys.first()].direct || items[keys.first()].pageUrl.isValid()));
        if (batch)
            withToken(keys, [this, keys](const QString &token) { postBatch(keys, token); });
        else
            withToken(
                keys, [this, keys](const QString &token) { sendDirect(keys.first(), token); });
    }
    maybeFinish(); // a token provider may have failed synchronously
}

void GraphBatchJob::Private::withToken(
    const QStringList &keys, std::function<void(const QString &)> send)
{
    if (!tokens || !network) {
        const GraphError error = !tokens
            ? GraphErrorMapping::tokenUnavailable(tr("not signed in"))
            : GraphErrorMapping::network(QNetworkReply::UnknownNetworkError, tr("no network"));
        for (const QString &key : keys)
            complete(key, error);
        --inFlight;
        return;
    }
    QStringList scopes;
    for (const QString &key : keys) {
        const QString scope = items.value(key).request.requiredScope;
        if (!scope.isEmpty() && !scopes.contains(scope))
            scopes.append(scope);
    }
    scopes.sort();
    QPointer<GraphBatchJob> job(q);
    tokens->acquireToken(scopes, [job, keys, send](const auth::TokenResult &result) {
        if (!job || job->d->finished)
            return;
        if (result.error || result.accessToken.isEmpty()) {
            const GraphError error
                = GraphErrorMapping::tokenUnavailable(result.error.value_or(QString()));
            for (const QString &key : keys)
                job->d->complete(key, error);
            --job->d->inFlight;
            job->d->maybeFinish();
            if (!job->d->queued.isEmpty())
                job->d->schedulePump();
            return;
        }
        send(result.accessToken);
    });
}

QNetworkRequest GraphBatchJob::Private::makeRequest(
    const QUrl &url, const QString &token, const QString &clientRequestId) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("client-request-id", clientRequestId.toLatin1());
    // No Qt transfer (silence) timeout: it would count time spent waiting for a connection.
    // The ReplyGuard bounds that wait and, once the request is sent, the whole exchange.
    // Never follow a redirect: it could carry the bearer token to another host.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void GraphBatchJob::Private::postBatch(const QStringList &keys, const QString &token)
{
    Exchange exchange;
    exchange.batch = true;
    exchange.keys = keys;
    exchange.token = token;
    exchange.clientRequestId = newClientRequestId();
    exchange.method = QStringLiteral("POST");
    exchange.url = resolve(baseUrl, QStringLiteral("/$batch"));

    QList<BatchItemRequest> entries;
    for (const QString &key : keys) {
        ItemState &item = items[key];
        ++item.attempt.attempts;
        ++item.response.attempts;
        const QString itemId = newClientRequestId();
        exchange.itemClientRequestIds.insert(key, itemId);
        BatchItemRequest entry { key, item.request.method,
            normalisedRelativeUrl(item.request.relativeUrl), item.request.headers };
        entry.headers.append({ QStringLiteral("client-request-id"), itemId });
        entries.append(entry);
    }
    QNetworkRequest request = makeRequest(exchange.url, token, exchange.clientRequestId);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    exchange.requestBody = BatchCodec::encodeBytes(entries);
    track(network->post(request, exchange.requestBody), exchange);
}

void GraphBatchJob::Private::sendDirect(const QString &key, const QString &token)
{
    ItemState &item = items[key];
    ++item.attempt.attempts;
    ++item.response.attempts;
    Exchange exchange;
    exchange.keys = { key };
    exchange.token = token;
    exchange.clientRequestId = newClientRequestId();
    // A nextLink page is always a GET, whatever the first request was.
    const bool page = item.pageUrl.isValid();
    const QByteArray verb = page ? QByteArray("GET") : item.request.method.toLatin1();
    exchange.method = QString::fromLatin1(verb);
    exchange.url = page ? item.pageUrl : resolve(baseUrl, item.request.relativeUrl);

    QNetworkRequest request = makeRequest(exchange.url, token, exchange.clientRequestId);
    for (const auto &header : std::as_const(item.request.headers))
        request.setRawHeader(header.first.toLatin1(), header.second.toUtf8());
    QNetworkReply *reply
        = verb == "GET" ? network->get(request) : network->sendCustomRequest(request, verb);
    track(reply, exchange);
}

void GraphBatchJob::Private::track(QNetworkReply *reply, Exchange exchange)
{
    exchange.reply = reply;
    ReplyGuard::attach(reply, maxReplyBytes, timeout, queueLimit);
    exchange.clock.start();
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchanges.insert(reply, exchange);
    if (client)
        ++client->d->roundTrips;
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply] { onReplyFinished(reply); });
}

void GraphBatchJob::Private::onReplyFinished(QNetworkReply *reply)
{
    Exchange exchange = exchanges.take(reply);
    reply->deleteLater();
    if (finished || exchange.keys.isEmpty())
        return;
    --inFlight; // its slot goes to what is queued (retries and pages included)
    if (!queued.isEmpty())
        schedulePump();
    const qint64 elapsed = exchange.clock.elapsed();
    const int items = exchange.batch ? int(exchange.keys.size()) : -1;
    const QNetworkReply::NetworkError networkError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    RetryPlan plan;
    const ReplyGuard *guard = ReplyGuard::of(reply);
    const ReplyGuard::Reason aborted = guard ? guard->reason() : ReplyGuard::Reason::None;

    if (aborted == ReplyGuard::Reason::TooLarge) {
        // Never parsed and never retried: the same request would bring the same reply.
        GraphError error
            = GraphErrorMapping::malformed(status, TransportErrorText::tooLarge(*guard));
        const QString requestId = QString::fromLatin1(reply->rawHeader("request-id"));
        error.requestId = requestId;
        log(ExchangeLine::format(
            exchange.method, exchange.url, tr("reply too large"), items, elapsed, requestId));
        if (client)
            GraphTraceRecorder::record(client->d->trace, reply, exchange.startedAt, elapsed,
                exchange.requestBody, QByteArray(), error.message);
        for (const QString &key : std::as_const(exchange.keys))
            handleOutcome(
                key, ReplyOutcome { status, {}, error, requestId, -1 }, exchange, false, plan);
    } else if (status == 0 || isTransportError(networkError)) {
        // We abort only on cancel() (disconnected first) and from the ReplyGuard, so any other
        // abort here is a transfer timeout the caller set on the QNetworkAccessManager.
        const bool timedOut = aborted == ReplyGuard::Reason::Deadline
            || aborted == ReplyGuard::Reason::QueuedTooLong
            || networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError;
        const GraphError error = timedOut
            ? GraphErrorMapping::timeout(
                aborted == ReplyGuard::Reason::QueuedTooLong ? queueLimit : timeout)
            : GraphErrorMapping::network(networkError, TransportErrorText::describe(reply, guard));
        log(ExchangeLine::format(exchange.method, exchange.url,
            timedOut ? tr("timeout") : tr("network error: %1").arg(error.message), items, elapsed,
            QString()));
        if (client)
            GraphTraceRecorder::record(client->d->trace, reply, exchange.startedAt, elapsed,
                exchange.requestBody, reply->isOpen() ? reply->readAll() : QByteArray(),
                error.message);
        for (const QString &key : std::as_const(exchange.keys))
            handleOutcome(key, ReplyOutcome { 0, {}, error, {}, -1 }, exchange, true, plan);
    } else {
        const QByteArray body = reply->readAll();
        if (client)
            GraphTraceRecorder::record(client->d->trace, reply, exchange.startedAt, elapsed,
                exchange.requestBody, body, QString());
        const ReplyOutcome outcome
            = GraphErrorMapping::fromHttp(status, lowerCaseHeaders(reply), body);
        log(ExchangeLine::format(exchange.method, exchange.url, QString::number(status), items,
            elapsed, outcome.requestId));
        if (exchange.batch)
            handleBatchReply(exchange, outcome, plan);
        else
            handleOutcome(exchange.keys.constFirst(), outcome, exchange, true, plan);
    }
    scheduleRetries(plan);
    maybeFinish();
}

void GraphBatchJob::Private::handleBatchReply(
    Exchange &exchange, const ReplyOutcome &outcome, RetryPlan &plan)
{
    BatchCodec::Decoded decoded;
    if (!outcome.error)
        decoded = BatchCodec::decode(outcome.body);
    if (outcome.error || decoded.error) {
        ReplyOutcome failure = outcome;
        if (!failure.error) // handleOutcome() adds the request-id
            failure.error = GraphErrorMapping::malformed(outcome.httpStatus, *decoded.error);
        for (const QString &key : std::as_const(exchange.keys))
            handleOutcome(key, failure, exchange, true, plan);
        return;
    }
    for (const QString &key : std::as_const(exchange.keys)) {
        const BatchItemReply *itemReply = BatchCodec::find(decoded.items, key);
        if (!itemReply) {
            ReplyOutcome missing;
            missing.httpStatus = outcome.httpStatus;
            missing.requestId = outcome.requestId;
            missing.error = GraphErrorMapping::malformed(
                outcome.httpStatus, tr("the $batch reply has no response for id \"%1\"").arg(key));
            handleOutcome(key, missing, exchange, true, plan);
            continue;
        }
        ReplyOutcome itemOutcome = GraphErrorMapping::fromBatchItem(*itemReply);
        if (itemOutcome.requestId.isEmpty())
            itemOutcome.requestId = outcome.requestId;
        handleOutcome(key, itemOutcome, exchange, false, plan);
    }
}

void GraphBatchJob::Private::handleOutcome(
    const QString &key, ReplyOutcome outcome, Exchange &exchange, bool wholeReply, RetryPlan &plan)
{
    ItemState &item = items[key];
    if (item.done)
        return;
    item.response.clientRequestId
        = exchange.itemClientRequestIds.value(key, exchange.clientRequestId);
    item.response.requestId = outcome.requestId;
    item.response.httpStatus = outcome.httpStatus;
    if (!outcome.error) {
        handleSuccess(key, outcome);
        return;
    }
    GraphError &error = *outcome.error;
    if (error.clientRequestId.isEmpty()) // else Graph's echo of the id we sent
        error.clientRequestId = item.response.clientRequestId;
    if (error.requestId.isEmpty())
        error.requestId = outcome.requestId;
    if (error.kind == GraphErrorKind::Timeout)
        ++item.attempt.timeouts;

    AttemptState state = item.attempt;
    state.reauthorized = item.reauthorized;
    const RetryDecision decision = RetryDecision::decide(error, state, policy, wholeReply);
    switch (decision.action) {
    case RetryDecision::Action::GiveUp:
        complete(key, decision.error);
        qCDebug(lcGraph).noquote() << key << "failed:" << item.response.error->describe();
        return;
    case RetryDecision::Action::Reauthorize:
        item.reauthorized = true;
        if (!exchange.tokenInvalidated && tokens) {
            exchange.tokenInvalidated = true;
            tokens->invalidate(exchange.token);
        }
        plan.keysByDelay[0].append(key);
        qCDebug(lcGraph).noquote() << "401 for" << key << "- fetching a fresh token, retrying once";
        return;
    case RetryDecision::Action::Retry: {
        qint64 delay = decision.delayMs;
        if (delay < 0) {
            const int failed = item.attempt.attempts;
            if (!plan.backoffByAttempts.contains(failed))
                plan.backoffByAttempts.insert(failed, RetryDelay::backoff(policy, failed).count());
            delay = plan.backoffByAttempts.value(failed);
        }
        plan.keysByDelay[delay].append(key);
        const QString cause = error.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(error.httpStatus)
                                                   : GraphError::kindName(error.kind);
        qCDebug(lcGraph).noquote()
            << "retrying" << key << "in" << delay << "ms after" << cause << "- attempt"
            << item.attempt.attempts << "of" << policy.maxAttempts;
        return;
    }
    }
}

void GraphBatchJob::Private::handleSuccess(const QString &key, const ReplyOutcome &outcome)
{
    ItemState &item = items[key];
    if (!item.request.followNextLink) {
        complete(key, std::nullopt, outcome.body);
        return;
    }
    const PageCollector::Step step = item.pages.addPage(outcome.body);
    item.response.pages = item.pages.pages();
    switch (step.kind) {
    case PageCollector::Step::Kind::Done:
        complete(key, std::nullopt, item.pages.result());
        return;
    case PageCollector::Step::Kind::Failed: {
        GraphError error = GraphErrorMapping::malformed(outcome.httpStatus, step.problem);
        error.requestId = outcome.requestId;
        error.clientRequestId = item.response.clientRequestId;
        complete(key, error);
        return;
    }
    case PageCollector::Step::Kind::FetchNext:
        item.pageUrl = step.next;
        item.attempt = AttemptState();
        queued.append(key);
        schedulePump();
        return;
    }
}

void GraphBatchJob::Private::scheduleRetries(const RetryPlan &plan)
{
    if (finished)
        return;
    for (auto it = plan.keysByDelay.begin(); it != plan.keysByDelay.end(); ++it) {
        const QStringList keys = it.value();
        if (it.key() <= 0) {
            queued.append(keys);
            schedulePump();
            continue;
        }
        auto *timer = new QTimer(q);
        timer->setSingleShot(true);
        // A coarse timer may fire up to 5 % early: never retry before Retry-After has passed.
        timer->setTimerType(Qt::PreciseTimer);
        retryTimers.append(timer);
        QObject::connect(timer, &QTimer::timeout, q, [this, timer, keys] {
            retryTimers.removeOne(timer);
            timer->deleteLater();
            queued.append(keys);
            pump();
        });
        timer->start(int(std::min<qint64>(it.key(), INT_MAX)));
    }
}

void GraphBatchJob::Private::complete(
    const QString &key, const std::optional<GraphError> &error, const QJsonObject &body)
{
    ItemState &item = items[key];
    if (item.done)
        return;
    item.done = true;
    item.response.error = error;
    // However it failed (401, 403, or no token at all), the response names the scope it needed.
    if (error
        && (error->kind == GraphErrorKind::Forbidden
            || error->kind == GraphErrorKind::Unauthorized))
        item.response.error->requiredScope = item.request.requiredScope;
    item.response.body = error ? QJsonObject() : body;
    results.insert(key, item.response);
    Q_EMIT q->responseReady(item.response);
}

void GraphBatchJob::Private::cancelInFlight()
{
    for (QTimer *timer : std::as_const(retryTimers))
        delete timer;
    retryTimers.clear();
    const QHash<QNetworkReply *, Exchange> aborted = std::exchange(exchanges, {});
    for (const Exchange &exchange : aborted) {
        if (!exchange.reply)
            continue;
        QObject::disconnect(exchange.reply, nullptr, q, nullptr);
        exchange.reply->abort();
        exchange.reply->deleteLater();
        log(ExchangeLine::format(exchange.method, exchange.url, tr("cancelled"),
            exchange.batch ? int(exchange.keys.size()) : -1, exchange.clock.elapsed(), QString()));
        if (client)
            GraphTraceRecorder::record(client->d->trace, exchange.reply, exchange.startedAt,
                exchange.clock.elapsed(), exchange.requestBody, {}, tr("cancelled"));
    }
}

void GraphBatchJob::Private::maybeFinish()
{
    if (finished)
        return;
    for (const ItemState &item : std::as_const(items)) {
        if (!item.done)
            return;
    }
    finished = true;
    QPointer<GraphBatchJob> self(q); // a slot may delete the job despite the contract
    Q_EMIT q->finished(results);
    if (self)
        q->deleteLater();
}

void GraphBatchJob::Private::log(const QString &line) const
{
    qCDebug(lcGraph).noquote() << line;
    if (client)
        Q_EMIT client->exchangeLogged(line);
}

} // namespace sspr::graph
