#include "core/graph/GraphTraceRecorder.h"

#include "core/trace/HttpTrace.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace sspr::graph {

namespace {
QString verb(const QNetworkReply *reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation:
        return QStringLiteral("GET");
    case QNetworkAccessManager::PostOperation:
        return QStringLiteral("POST");
    case QNetworkAccessManager::PutOperation:
        return QStringLiteral("PUT");
    case QNetworkAccessManager::DeleteOperation:
        return QStringLiteral("DELETE");
    case QNetworkAccessManager::HeadOperation:
        return QStringLiteral("HEAD");
    default:
        return QString::fromLatin1(
            reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    }
}
} // namespace

void GraphTraceRecorder::record(trace::HttpTrace *trace, const QNetworkReply *reply,
    const QDateTime &startedAt, qint64 elapsedMs, const QByteArray &requestBody,
    const QByteArray &responseBody, const QString &error)
{
    if (!trace || !reply)
        return;
    trace::HttpExchange exchange;
    exchange.startedAt = startedAt.toUTC();
    exchange.durationMs = elapsedMs;
    exchange.method = verb(reply);
    exchange.url = reply->url();
    const QNetworkRequest request = reply->request();
    for (const QByteArray &name : request.rawHeaderList())
        exchange.requestHeaders.append({ name, request.rawHeader(name) });
    exchange.requestBody = requestBody;
    exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    exchange.statusText = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    exchange.responseHeaders = reply->rawHeaderPairs();
    exchange.responseBody = responseBody;
    exchange.error = exchange.status ? QString() : error;
    trace->record(std::move(exchange)); // redacts before it stores
}

} // namespace sspr::graph
