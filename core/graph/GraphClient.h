#pragma once

#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResponse.h"
#include "core/graph/RetryPolicy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;

namespace sspr::auth {
class TokenProvider;
}
namespace sspr::trace {
class HttpTrace;
}

namespace sspr::graph {

class GraphBatchJob;

// Microsoft Graph over one shared QNetworkAccessManager: JSON $batch (at most 20 requests a
// batch, larger sets split), @odata.nextLink paging with a loop guard, retry of 429/503/504
// honouring Retry-After (also inside a batch), bounded exponential backoff with jitter for
// other 5xx, a per-request timeout, a reply size limit and cancellation. Failures become GraphError
// values.
class GraphClient : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(GraphClient)

public:
    GraphClient(
        QNetworkAccessManager *network, auth::TokenProvider *tokens, QObject *parent = nullptr);
    ~GraphClient() override;

    // Versioned Graph root, e.g. https://graph.microsoft.com/v1.0 (per cloud, or --graph).
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    // Per HTTP request, default 30 s: the whole exchange, not only a silence (a reply that
    // trickles in is cut off too). It starts when the request leaves QNetworkAccessManager's
    // queue (6 connections per host); waiting there is bounded separately by queueLimit().
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;
    // How long a request may wait inside QNetworkAccessManager before it is sent: 4 × timeout(),
    // at least 2 minutes, so that a busy connection pool delays a request but never fails it.
    std::chrono::milliseconds queueLimit() const;
    // HTTP requests (a $batch POST, a direct GET or a page) one job has on the wire at once;
    // the rest wait in the job and go as earlier ones finish. 4 keeps a bulk scan of 999 users
    // (50 POSTs) from flooding Graph into 429s and stays under QNAM's 6 connections per host.
    static constexpr int kDefaultMaxConcurrentRequests = 4;
    void setMaxConcurrentRequests(int count); // <= 0 restores the default; applies to new jobs
    int maxConcurrentRequests() const;
    // Largest reply read, default 32 MB (a $batch of 20 full pages fits): a larger one is
    // abandoned as soon as it says or shows its size and fails as MalformedReply, unretried.
    static constexpr qint64 kDefaultMaxReplyBytes = 32LL * 1024 * 1024;
    void setMaxReplyBytes(qint64 bytes); // <= 0 restores the default
    qint64 maxReplyBytes() const;
    // Optional: every HTTP exchange (a $batch POST with its inner requests as the body) is
    // recorded there, redacted. Not owned; nullptr stops recording.
    void setTrace(trace::HttpTrace *trace);
    trace::HttpTrace *trace() const;

    // Sends `requests` as one or more $batch POSTs (≤ 20 each, maxConcurrentRequests() at once) and
    // follows paging / retries for each. The job emits finished() exactly once; it is
    // owned by the client and deletes itself after finished(). Work starts from the event
    // loop, so connecting to the returned job right away never misses a signal. Requests
    // with the same key are sent once; an empty key becomes "METHOD relativeUrl".
    GraphBatchJob *sendBatch(const QList<GraphRequest> &requests);
    // One request without $batch (paging and retry as above).
    GraphBatchJob *send(const GraphRequest &request);

    // Cancels every unfinished job (each emits finished() with Cancelled responses before
    // this returns). The destructor does the same.
    void cancelAll();
    // HTTP round trips made so far (each POST $batch, GET page or retry counts once).
    int roundTrips() const;
    void resetRoundTrips();

Q_SIGNALS:
    // Redacted, one line per HTTP exchange, for the trace and the debug log.
    void exchangeLogged(const QString &line);

private:
    friend class GraphBatchJob;
    GraphBatchJob *startJob(const QList<GraphRequest> &requests, bool direct);
    struct Private;
    Private *d;
};

// One logical call (a set of requests). Emits finished() once with a response per request
// key, in any order; cancel() ends every in-flight HTTP request and answers Cancelled.
class GraphBatchJob : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(GraphBatchJob)

public:
    ~GraphBatchJob() override;
    // Aborts in-flight HTTP requests and pending retries; unfinished requests answer
    // Cancelled and finished() is emitted before cancel() returns. No-op once finished.
    void cancel();
    bool isFinished() const;
    QHash<QString, GraphResponse> responses() const;

Q_SIGNALS:
    void finished(const QHash<QString, sspr::graph::GraphResponse> &responses);
    // A request's final response is known (before the whole job finishes).
    void responseReady(const sspr::graph::GraphResponse &response);

private:
    friend class GraphClient;
    explicit GraphBatchJob(GraphClient *client);
    void setRequests(const QList<GraphRequest> &requests, bool direct);
    void start();
    struct Private;
    Private *d;
};

} // namespace sspr::graph
