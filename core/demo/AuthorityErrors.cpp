#include "core/demo/AuthorityErrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace sspr::demo {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Microsoft writes "2024-06-25 17:22:59Z" in the JSON and the description.
QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
}

HeaderPairs noStore(const QByteArray &contentType)
{
    return { { "Content-Type", contentType }, { "Cache-Control", "no-store, no-cache" },
        { "Pragma", "no-cache" } };
}

} // namespace

HttpReply AuthorityErrors::json(
    const AuthorityError &error, const QString &correlationId, const QUrl &baseUrl)
{
    const QString traceId = newUuid();
    const QString correlation = correlationId.isEmpty() ? newUuid() : correlationId;
    const QString time = timestamp();
    QUrl errorUri = baseUrl;
    errorUri.setPath(QStringLiteral("/error"));
    errorUri.setQuery(QStringLiteral("code=%1").arg(error.code));
    const QJsonObject body {
        { QStringLiteral("error"), error.error },
        { QStringLiteral("error_description"),
            QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                .arg(QString::number(error.code), error.description, traceId, correlation, time) },
        { QStringLiteral("error_codes"), QJsonArray { error.code } },
        { QStringLiteral("timestamp"), time },
        { QStringLiteral("trace_id"), traceId },
        { QStringLiteral("correlation_id"), correlation },
        { QStringLiteral("error_uri"), errorUri.toString() },
    };
    HttpReply reply;
    reply.status = error.status;
    reply.headers = noStore("application/json; charset=utf-8");
    reply.headers.append({ "x-ms-request-id", traceId.toLatin1() });
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply AuthorityErrors::page(const AuthorityError &error, const QString &correlationId)
{
    const QString correlation = correlationId.isEmpty() ? newUuid() : correlationId;
    const QString message
        = QStringLiteral("AADSTS%1: %2").arg(QString::number(error.code), error.description);
    const QString body = QStringLiteral("<h1>Sign in</h1>\n<p>Sorry, but we're having trouble "
                                        "signing you in.</p>\n<p id=\"error\">%1</p>\n"
                                        "<p>Request Id: %2<br>Correlation Id: %3<br>"
                                        "Timestamp: %4<br>Message: %5</p>")
                             .arg(message.toHtmlEscaped(), newUuid(), correlation.toHtmlEscaped(),
                                 timestamp(), message.toHtmlEscaped());
    return html(error.status, QStringLiteral("Sign in to your account"), body);
}

HttpReply AuthorityErrors::ok(const QJsonObject &body)
{
    HttpReply reply;
    reply.headers = noStore("application/json; charset=utf-8");
    reply.headers.append({ "x-ms-request-id", newUuid().toLatin1() });
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply AuthorityErrors::html(int status, const QString &title, const QString &bodyHtml)
{
    HttpReply reply;
    reply.status = status;
    reply.headers = noStore("text/html; charset=utf-8");
    reply.body = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1"
                                "</title></head>\n<body>\n%2\n</body></html>\n")
                     .arg(title.toHtmlEscaped(), bodyHtml)
                     .toUtf8();
    return reply;
}

} // namespace sspr::demo
