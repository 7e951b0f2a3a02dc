#pragma once

// GraphBatchJob's private state, shared by its two halves: GraphBatchJob.cpp (queueing,
// tokens, sending) and GraphBatchReplies.cpp (reading replies, retries, paging, results).
// Not installed, not for use outside core/graph.

#include "core/graph/GraphClient.h"
#include "core/graph/GraphErrorMapping.h"
#include "core/graph/PageCollector.h"
#include "core/graph/RetryDecision.h"
#include "core/graph/RetryPolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QNetworkRequest>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace sspr::auth {
class TokenProvider;
}

namespace sspr::graph {

// One request's progress through sends, retries and pages.
struct BatchItemState {
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
struct BatchExchange {
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
struct BatchRetryPlan {
    QMap<qint64, QStringList> keysByDelay;
    QHash<int, qint64> backoffByAttempts;
};

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
    QHash<QString, BatchItemState> items;
    QStringList queued; // ready to send at the next pump(), as slots allow
    int inFlight = 0; // HTTP requests sent or waiting for their token
    bool pumpScheduled = false;
    QHash<QNetworkReply *, BatchExchange> exchanges;
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
    void track(QNetworkReply *reply, BatchExchange exchange);
    void onReplyFinished(QNetworkReply *reply);
    void handleBatchReply(
        BatchExchange &exchange, const ReplyOutcome &outcome, BatchRetryPlan &plan);
    void handleOutcome(const QString &key, ReplyOutcome outcome, BatchExchange &exchange,
        bool wholeReply, BatchRetryPlan &plan);
    void handleSuccess(const QString &key, const ReplyOutcome &outcome);
    void scheduleRetries(const BatchRetryPlan &plan);
    void complete(
        const QString &key, const std::optional<GraphError> &error, const QJsonObject &body = {});
    void cancelInFlight();
    void maybeFinish();
    void log(const QString &line) const;
};

} // namespace sspr::graph
