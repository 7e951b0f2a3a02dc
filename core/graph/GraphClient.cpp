#include "core/graph/GraphClient.h"

#include "core/auth/TokenProvider.h"
#include "core/graph/GraphClientPrivate.h"
#include "core/graph/GraphLogging.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>

namespace sspr::graph {

namespace {

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace

GraphClient::GraphClient(
    QNetworkAccessManager *network, auth::TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->network = network;
    d->tokens = tokens;
}

GraphClient::~GraphClient()
{
    // Whoever waits on a job still hears finished() exactly once, with Cancelled.
    cancelAll();
    delete d;
}

void GraphClient::setBaseUrl(const QUrl &url)
{
    d->baseUrl = withoutTrailingSlash(url);
}

void GraphClient::setTrace(trace::HttpTrace *trace)
{
    d->trace = trace;
}

trace::HttpTrace *GraphClient::trace() const
{
    return d->trace;
}

QUrl GraphClient::baseUrl() const
{
    return d->baseUrl;
}

void GraphClient::setRetryPolicy(const RetryPolicy &policy)
{
    d->policy = policy;
    d->policy.maxAttempts = std::max(1, policy.maxAttempts);
}

RetryPolicy GraphClient::retryPolicy() const
{
    return d->policy;
}

void GraphClient::setTimeout(std::chrono::milliseconds timeout)
{
    d->timeout = timeout.count() > 0 ? timeout : std::chrono::milliseconds(30000);
}

std::chrono::milliseconds GraphClient::timeout() const
{
    return d->timeout;
}

std::chrono::milliseconds GraphClient::queueLimit() const
{
    return std::max<std::chrono::milliseconds>(d->timeout * 4, std::chrono::minutes(2));
}

void GraphClient::setMaxConcurrentRequests(int count)
{
    d->maxConcurrentRequests = count > 0 ? count : kDefaultMaxConcurrentRequests;
}

int GraphClient::maxConcurrentRequests() const
{
    return d->maxConcurrentRequests;
}

void GraphClient::setMaxReplyBytes(qint64 bytes)
{
    d->maxReplyBytes = bytes > 0 ? bytes : kDefaultMaxReplyBytes;
}

qint64 GraphClient::maxReplyBytes() const
{
    return d->maxReplyBytes;
}

GraphBatchJob *GraphClient::sendBatch(const QList<GraphRequest> &requests)
{
    return startJob(requests, /*direct=*/false);
}

GraphBatchJob *GraphClient::send(const GraphRequest &request)
{
    return startJob({ request }, /*direct=*/true);
}

GraphBatchJob *GraphClient::startJob(const QList<GraphRequest> &requests, bool direct)
{
    auto *job = new GraphBatchJob(this);
    job->setRequests(requests, direct);
    d->jobs.removeIf([](const QPointer<GraphBatchJob> &old) { return old.isNull(); });
    d->jobs.append(job);
    // Start from the event loop so that the caller can connect to finished() first.
    QTimer::singleShot(0, job, [job] { job->start(); });
    return job;
}

void GraphClient::cancelAll()
{
    const QList<QPointer<GraphBatchJob>> jobs = d->jobs;
    d->jobs.clear();
    for (const QPointer<GraphBatchJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}

int GraphClient::roundTrips() const
{
    return d->roundTrips;
}

void GraphClient::resetRoundTrips()
{
    d->roundTrips = 0;
}

} // namespace sspr::graph
