// GraphBatchJob, second half: what happens when a reply arrives (success, paging, $batch
// items, errors, retries) and how each request's result is completed.
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
#include "core/graph/RetryDecision.h"
#include "core/graph/RetryDelay.h"
#include "core/graph/TransportErrorText.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <algorithm>
#include <climits>

namespace sspr::graph {

namespace {

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

void GraphBatchJob::Private::onReplyFinished(QNetworkReply *reply)
{
    BatchExchange exchange = exchanges.take(reply);
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
    BatchRetryPlan plan;
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
    BatchExchange &exchange, const ReplyOutcome &outcome, BatchRetryPlan &plan)
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

void GraphBatchJob::Private::handleOutcome(const QString &key, ReplyOutcome outcome,
    BatchExchange &exchange, bool wholeReply, BatchRetryPlan &plan)
{
    BatchItemState &item = items[key];
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
    BatchItemState &item = items[key];
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

void GraphBatchJob::Private::scheduleRetries(const BatchRetryPlan &plan)
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
    BatchItemState &item = items[key];
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

} // namespace sspr::graph
