#pragma once

#include "core/graph/GraphClient.h"
#include "core/trace/HttpTrace.h"

#include <QList>
#include <QPointer>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;

namespace sspr::graph {

// The client's state, shared with its jobs (they count round trips and report exchanges).
struct GraphClient::Private {
    QNetworkAccessManager *network = nullptr;
    auth::TokenProvider *tokens = nullptr;
    QUrl baseUrl { QStringLiteral("https://graph.microsoft.com/v1.0") };
    RetryPolicy policy;
    std::chrono::milliseconds timeout { 30000 };
    int maxConcurrentRequests = GraphClient::kDefaultMaxConcurrentRequests;
    qint64 maxReplyBytes = GraphClient::kDefaultMaxReplyBytes;
    int roundTrips = 0;
    QList<QPointer<GraphBatchJob>> jobs;
    QPointer<trace::HttpTrace> trace;
};

} // namespace sspr::graph
