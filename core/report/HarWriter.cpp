#include "core/report/HarWriter.h"

#include "core/trace/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace sspr::report {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QJsonArray headersJson(Headers headers)
{
    trace::Redactor::headers(headers);
    QJsonArray out;
    for (const auto &[name, value] : headers)
        out.append(QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) },
            { QStringLiteral("value"), QString::fromUtf8(value) } });
    return out;
}

QString headerValue(const Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(value);
    }
    return {};
}

// "name: value\r\n" per header plus the request or status line and the blank line.
qint64 headersSize(const Headers &headers, qint64 firstLine)
{
    qint64 size = firstLine + 2;
    for (const auto &[name, value] : headers)
        size += name.size() + 2 + value.size() + 2;
    return size + 2;
}

QJsonObject request(const trace::HttpExchange &e, const QUrl &url)
{
    QJsonArray query;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        query.append(
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } });
    const QByteArray body = trace::Redactor::body(e.requestBody);
    QJsonObject out {
        { QStringLiteral("method"), e.method },
        { QStringLiteral("url"), url.toString(QUrl::FullyEncoded | QUrl::RemoveFragment) },
        { QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1") },
        { QStringLiteral("cookies"), QJsonArray() }, // cookie values are never exported
        { QStringLiteral("headers"), headersJson(e.requestHeaders) },
        { QStringLiteral("queryString"), query },
        { QStringLiteral("headersSize"),
            headersSize(e.requestHeaders, e.method.size() + url.toEncoded().size() + 10) },
        { QStringLiteral("bodySize"), body.size() },
    };
    if (!body.isEmpty()) {
        QString mime = headerValue(e.requestHeaders, "content-type");
        out.insert(QStringLiteral("postData"),
            QJsonObject { { QStringLiteral("mimeType"),
                              mime.isEmpty() ? QStringLiteral("application/octet-stream") : mime },
                { QStringLiteral("params"), QJsonArray() },
                { QStringLiteral("text"), QString::fromUtf8(body) } });
    }
    return out;
}

QJsonObject response(const trace::HttpExchange &e)
{
    const QByteArray body = trace::Redactor::body(e.responseBody);
    const QString mime = headerValue(e.responseHeaders, "content-type");
    QJsonObject content { { QStringLiteral("size"), body.size() },
        { QStringLiteral("mimeType"), mime.isEmpty() ? QStringLiteral("x-unknown") : mime },
        { QStringLiteral("text"), QString::fromUtf8(body) } };
    QJsonObject out {
        { QStringLiteral("status"), e.status },
        { QStringLiteral("statusText"), trace::Redactor::text(e.statusText) },
        { QStringLiteral("httpVersion"), e.status ? QStringLiteral("HTTP/1.1") : QString() },
        { QStringLiteral("cookies"), QJsonArray() },
        { QStringLiteral("headers"), headersJson(e.responseHeaders) },
        { QStringLiteral("content"), content },
        { QStringLiteral("redirectURL"),
            trace::Redactor::url(QUrl(headerValue(e.responseHeaders, "location")))
                .toString(QUrl::FullyEncoded) },
        { QStringLiteral("headersSize"), e.status ? headersSize(e.responseHeaders, 15) : -1 },
        { QStringLiteral("bodySize"), e.status ? qint64(body.size()) : qint64(-1) },
    };
    // HAR has no field for a transport failure; its "comment" (new in 1.2) carries it.
    if (!e.error.isEmpty())
        out.insert(QStringLiteral("comment"), trace::Redactor::text(e.error));
    return out;
}

} // namespace

QJsonObject HarWriter::toJson(const QList<trace::HttpExchange> &entries, const QString &appVersion)
{
    QJsonArray out;
    for (const auto &e : entries) {
        const QUrl url = trace::Redactor::url(e.url);
        const qint64 time = qMax<qint64>(0, e.durationMs);
        out.append(QJsonObject {
            { QStringLiteral("startedDateTime"), e.startedAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("time"), time },
            { QStringLiteral("request"), request(e, url) },
            { QStringLiteral("response"), response(e) },
            { QStringLiteral("cache"), QJsonObject() },
            // Only the total is measured: the phases HAR requires are -1 ("not available")
            // except send and receive, and wait carries the whole time.
            { QStringLiteral("timings"),
                QJsonObject { { QStringLiteral("blocked"), -1 }, { QStringLiteral("dns"), -1 },
                    { QStringLiteral("connect"), -1 }, { QStringLiteral("ssl"), -1 },
                    { QStringLiteral("send"), 0 }, { QStringLiteral("wait"), time },
                    { QStringLiteral("receive"), 0 } } },
        });
    }
    const QJsonObject log {
        { QStringLiteral("version"), QStringLiteral("1.2") },
        { QStringLiteral("creator"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("SSPR Doctor") },
                { QStringLiteral("version"), appVersion } } },
        { QStringLiteral("pages"), QJsonArray() },
        { QStringLiteral("entries"), out },
    };
    return QJsonObject { { QStringLiteral("log"), log } };
}

QByteArray HarWriter::render(const QList<trace::HttpExchange> &entries, const QString &appVersion)
{
    return QJsonDocument(toJson(entries, appVersion)).toJson(QJsonDocument::Indented);
}

} // namespace sspr::report
