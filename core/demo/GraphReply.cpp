#include "core/demo/GraphReply.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace sspr::demo {

GraphReply GraphReply::ok(const QJsonValue &body, int status)
{
    GraphReply reply;
    reply.status = status;
    reply.json = body;
    return reply;
}

QString GraphReply::defaultErrorCode(int status)
{
    // Codes as Graph sends them for these statuses (directory workloads use the
    // Request_*/Authorization_* forms; throttling uses TooManyRequests).
    switch (status) {
    case 400:
        return QStringLiteral("BadRequest");
    case 401:
        return QStringLiteral("InvalidAuthenticationToken");
    case 403:
        return QStringLiteral("Authorization_RequestDenied");
    case 404:
        return QStringLiteral("Request_ResourceNotFound");
    case 405:
        return QStringLiteral("Request_BadRequest");
    case 424:
        return QStringLiteral("FailedDependency");
    case 429:
        return QStringLiteral("TooManyRequests");
    case 500:
        return QStringLiteral("generalException");
    case 503:
        return QStringLiteral("serviceNotAvailable");
    case 504:
        return QStringLiteral("UnknownError");
    default:
        return status >= 500 ? QStringLiteral("UnknownError") : QStringLiteral("BadRequest");
    }
}

QString GraphReply::defaultErrorMessage(int status)
{
    switch (status) {
    case 401:
        return QStringLiteral("Access token is empty.");
    case 403:
        return QStringLiteral("Insufficient privileges to complete the operation.");
    case 404:
        return QStringLiteral("The requested resource does not exist.");
    case 429:
        return QStringLiteral("Too many requests, retry after some time.");
    case 500:
        return QStringLiteral("General exception while processing.");
    case 503:
        return QStringLiteral("The service is temporarily unavailable. Please retry later.");
    default:
        return status >= 500 ? QStringLiteral("An unknown error occurred on the server.")
                             : QStringLiteral("The request could not be processed.");
    }
}

GraphReply GraphReply::error(
    int status, const QString &code, const QString &message, const QString &clientRequestId)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject inner {
        { QStringLiteral("date"),
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) },
        { QStringLiteral("request-id"), requestId },
        { QStringLiteral("client-request-id"),
            clientRequestId.isEmpty() ? requestId : clientRequestId },
    };
    const QJsonObject error {
        { QStringLiteral("code"), code.isEmpty() ? defaultErrorCode(status) : code },
        { QStringLiteral("message"), message.isEmpty() ? defaultErrorMessage(status) : message },
        { QStringLiteral("innerError"), inner },
    };
    GraphReply reply = ok(QJsonObject { { QStringLiteral("error"), error } }, status);
    reply.setHeader("request-id", requestId.toLatin1());
    return reply;
}

QByteArray GraphReply::bodyBytes() const
{
    if (isRaw)
        return raw;
    if (json.isObject())
        return QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    if (json.isArray())
        return QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    return QByteArray();
}

void GraphReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            pair.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray GraphReply::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

} // namespace sspr::demo
