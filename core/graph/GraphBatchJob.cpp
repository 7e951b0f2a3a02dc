// GraphBatchJob, first half: the queue, tokens and sending ($batch POSTs and direct GETs),
// within the per-job limit of requests in flight. Replies: GraphBatchReplies.cpp.
#include "core/auth/TokenProvider.h"
#include "core/graph/BatchCodec.h"
#include "core/graph/ExchangeLine.h"
#include "core/graph/GraphBatchJobPrivate.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphClientPrivate.h"
#include "core/graph/GraphErrorMapping.h"
#include "core/graph/GraphLogging.h"
#include "core/graph/GraphTraceRecorder.h"
#include "core/graph/PageCollector.h"
#include "core/graph/ReplyGuard.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <functional>

namespace sspr::graph {

namespace {

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

} // namespace

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
        BatchItemState item;
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
        const BatchItemState &item = items[key];
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
    BatchExchange exchange;
    exchange.batch = true;
    exchange.keys = keys;
    exchange.token = token;
    exchange.clientRequestId = newClientRequestId();
    exchange.method = QStringLiteral("POST");
    exchange.url = resolve(baseUrl, QStringLiteral("/$batch"));

    QList<BatchItemRequest> entries;
    for (const QString &key : keys) {
        BatchItemState &item = items[key];
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
    BatchItemState &item = items[key];
    ++item.attempt.attempts;
    ++item.response.attempts;
    BatchExchange exchange;
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

void GraphBatchJob::Private::track(QNetworkReply *reply, BatchExchange exchange)
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

void GraphBatchJob::Private::cancelInFlight()
{
    for (QTimer *timer : std::as_const(retryTimers))
        delete timer;
    retryTimers.clear();
    const QHash<QNetworkReply *, BatchExchange> aborted = std::exchange(exchanges, {});
    for (const BatchExchange &exchange : aborted) {
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
    for (const BatchItemState &item : std::as_const(items)) {
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
