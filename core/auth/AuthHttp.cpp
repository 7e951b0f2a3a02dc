#include "core/auth/AuthHttp.h"

#include "core/auth/AuthLogging.h"
#include "core/trace/HttpTrace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sspr::auth {

AuthHttp::AuthHttp(QNetworkAccessManager *network, trace::HttpTrace *trace)
    : m_network(network)
    , m_trace(trace)
{
}

void AuthHttp::setTrace(trace::HttpTrace *trace)
{
    m_trace = trace;
}

void AuthHttp::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

QByteArray AuthHttp::encodeForm(const Form &form)
{
    QByteArray body;
    for (const auto &[name, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QNetworkReply *AuthHttp::get(const QUrl &url, QObject *context, Done done)
{
    return send("GET", url, {}, context, std::move(done));
}

QNetworkReply *AuthHttp::postForm(const QUrl &url, const Form &form, QObject *context, Done done)
{
    return send("POST", url, encodeForm(form), context, std::move(done));
}

QNetworkReply *AuthHttp::send(
    const QByteArray &method, const QUrl &url, const QByteArray &body, QObject *context, Done done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));

    trace::HttpExchange exchange;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.method = QString::fromLatin1(method);
    exchange.url = url;
    exchange.requestBody = body;
    const auto rawHeaders = request.rawHeaderList();
    for (const QByteArray &name : rawHeaders)
        exchange.requestHeaders.append({ name, request.rawHeader(name) });
    if (method == "POST")
        exchange.requestHeaders.append({ QByteArrayLiteral("Content-Type"),
            QByteArrayLiteral("application/x-www-form-urlencoded") });

    QNetworkReply *reply
        = method == "POST" ? m_network->post(request, body) : m_network->get(request);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QPointer<trace::HttpTrace> traceSink = m_trace;
    QObject::connect(reply, &QNetworkReply::finished, context,
        [reply, timer, traceSink, exchange, done = std::move(done)]() mutable {
            reply->deleteLater();
            Result result;
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            if (result.status == 0)
                result.networkError = reply->errorString();
            qCDebug(lcAuth) << exchange.method << exchange.url.toString(QUrl::RemoveQuery) << "->"
                            << result.status;
            if (traceSink) {
                exchange.durationMs = timer->elapsed();
                exchange.status = result.status;
                exchange.statusText
                    = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
                for (const auto &pair : reply->rawHeaderPairs())
                    exchange.responseHeaders.append(pair);
                exchange.responseBody = result.body;
                exchange.error = result.networkError;
                traceSink->record(std::move(exchange));
            }
            done(result);
        });
    // A reply whose context died must not leak.
    QObject::connect(context, &QObject::destroyed, reply, [reply, context] {
        QObject::disconnect(reply, nullptr, context, nullptr); // no callback into a dying owner
        reply->abort();
        reply->deleteLater();
    });
    return reply;
}

} // namespace sspr::auth
