#include "core/graph/GraphErrorMapping.h"

#include "core/auth/SecretRedaction.h"
#include "core/graph/RetryDelay.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace sspr::graph {

namespace {

QJsonValue valueIgnoringCase(const QJsonObject &object, const QString &key)
{
    const QJsonValue exact = object.value(key);
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

bool looksLikeHtml(const QString &contentType, QStringView text)
{
    return contentType.contains(QLatin1String("html"), Qt::CaseInsensitive)
        || text.trimmed().startsWith(u'<');
}

QString shownContentType(const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed();
    return type.isEmpty() ? QStringLiteral("text/html") : type;
}

// Graph never echoes a token, but a proxy or a debug page in front of it might. Error texts
// reach logs, evidence and the report, so bearer tokens and JWTs never survive in them.
QString withoutSecrets(const QString &text)
{
    return auth::SecretRedaction::redact(text);
}

QDateTime parseErrorDate(const QString &text)
{
    QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (date.isValid() && date.timeSpec() == Qt::LocalTime)
        date.setTimeSpec(Qt::UTC); // Graph writes innerError.date in UTC without a zone
    return date;
}

} // namespace

bool GraphErrorMapping::isThrottleStatus(int status)
{
    return status == 429 || status == 503 || status == 504;
}

GraphErrorKind GraphErrorMapping::kindForStatus(int status)
{
    if (status == 401)
        return GraphErrorKind::Unauthorized;
    if (status == 403)
        return GraphErrorKind::Forbidden;
    if (status == 404)
        return GraphErrorKind::NotFound;
    if (isThrottleStatus(status))
        return GraphErrorKind::Throttled;
    if (status >= 500)
        return GraphErrorKind::Server;
    return GraphErrorKind::BadRequest;
}

GraphErrorMapping::ParsedBody GraphErrorMapping::parseBytes(
    const QByteArray &body, const QString &contentType, int status)
{
    ParsedBody parsed;
    if (body.trimmed().isEmpty()) {
        parsed.empty = true;
        parsed.problem = tr("empty reply body (HTTP %1)").arg(status);
        return parsed;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString text = QString::fromUtf8(body.left(256));
        parsed.problem = looksLikeHtml(contentType, text)
            ? tr("HTML page instead of JSON (%1)").arg(shownContentType(contentType))
            : tr("reply is not JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset);
        return parsed;
    }
    if (!document.isObject()) {
        parsed.problem = tr("reply JSON is not an object");
        return parsed;
    }
    parsed.object = document.object();
    return parsed;
}

GraphErrorMapping::ParsedBody GraphErrorMapping::parseValue(
    const QJsonValue &body, const QString &contentType, int status)
{
    ParsedBody parsed;
    if (body.isObject()) {
        parsed.object = body.toObject();
    } else if (body.isUndefined() || body.isNull()
        || (body.isString() && body.toString().trimmed().isEmpty())) {
        parsed.empty = true;
        parsed.problem = tr("empty reply body (HTTP %1)").arg(status);
    } else if (body.isString() && looksLikeHtml(contentType, body.toString())) {
        parsed.problem = tr("HTML page instead of JSON (%1)").arg(shownContentType(contentType));
    } else if (body.isString()) {
        // Graph base64-encodes non-JSON item bodies; none of ours should have one.
        parsed.problem = tr("reply body is not JSON (%1)").arg(shownContentType(contentType));
    } else {
        parsed.problem = tr("reply JSON is not an object");
    }
    return parsed;
}

ReplyOutcome GraphErrorMapping::classify(
    int status, const QHash<QString, QString> &headers, const ParsedBody &body)
{
    ReplyOutcome outcome;
    outcome.httpStatus = status;
    outcome.retryAfterSeconds
        = RetryDelay::parseRetryAfter(headers.value(QStringLiteral("retry-after")));
    outcome.requestId = headers.value(QStringLiteral("request-id"));

    const QJsonObject errorObject = body.object
        ? valueIgnoringCase(*body.object, QStringLiteral("error")).toObject()
        : QJsonObject();
    const QJsonObject inner
        = valueIgnoringCase(errorObject, QStringLiteral("innerError")).toObject();
    if (outcome.requestId.isEmpty())
        outcome.requestId = inner.value(QStringLiteral("request-id")).toString();

    if (status >= 200 && status < 300) {
        if (body.object) {
            outcome.body = *body.object;
        } else if (status == 204 && body.empty) {
            outcome.body = QJsonObject();
        } else {
            outcome.error = malformed(status, body.problem);
            outcome.error->requestId = outcome.requestId;
        }
        return outcome;
    }

    GraphError error;
    error.httpStatus = status;
    error.kind = kindForStatus(status);
    error.code = withoutSecrets(errorObject.value(QStringLiteral("code")).toString());
    error.message = withoutSecrets(errorObject.value(QStringLiteral("message")).toString());
    error.date = parseErrorDate(inner.value(QStringLiteral("date")).toString());
    error.clientRequestId = inner.value(QStringLiteral("client-request-id")).toString();
    error.requestId = outcome.requestId;
    error.retryAfterSeconds = outcome.retryAfterSeconds;
    // A 5xx page that is not JSON (a proxy's HTML page) says nothing Graph-shaped.
    if (error.kind == GraphErrorKind::Server && !body.object && !body.empty)
        error.kind = GraphErrorKind::MalformedReply;
    if (error.message.isEmpty()) {
        if (status == 424)
            error.message = tr("a request this one depends on failed (HTTP 424)");
        else if (body.object)
            error.message = tr("HTTP %1 without an error message").arg(status);
        else if (body.empty)
            error.message = tr("HTTP %1 with an empty body").arg(status);
        else
            error.message = tr("HTTP %1; %2").arg(status).arg(body.problem);
    }
    outcome.error = error;
    return outcome;
}

ReplyOutcome GraphErrorMapping::fromHttp(
    int status, const QHash<QString, QString> &headers, const QByteArray &body)
{
    const QString contentType = headers.value(QStringLiteral("content-type"));
    return classify(status, headers, parseBytes(body, contentType, status));
}

ReplyOutcome GraphErrorMapping::fromBatchItem(const BatchItemReply &item)
{
    const QString contentType = item.headers.value(QStringLiteral("content-type"));
    return classify(item.status, item.headers, parseValue(item.body, contentType, item.status));
}

GraphError GraphErrorMapping::network(QNetworkReply::NetworkError error, const QString &errorString)
{
    GraphError graphError;
    graphError.kind = GraphErrorKind::Network;
    graphError.message = errorString.isEmpty() ? tr("network error %1").arg(int(error))
                                               : withoutSecrets(errorString);
    return graphError;
}

GraphError GraphErrorMapping::timeout(std::chrono::milliseconds limit)
{
    GraphError error;
    error.kind = GraphErrorKind::Timeout;
    error.message = tr("no complete reply within %1 ms").arg(limit.count());
    return error;
}

GraphError GraphErrorMapping::cancelled()
{
    GraphError error;
    error.kind = GraphErrorKind::Cancelled;
    error.message = tr("cancelled");
    return error;
}

GraphError GraphErrorMapping::tokenUnavailable(const QString &reason)
{
    GraphError error;
    error.kind = GraphErrorKind::Unauthorized;
    error.message = reason.isEmpty() ? tr("no access token") : withoutSecrets(reason);
    return error;
}

GraphError GraphErrorMapping::malformed(int httpStatus, const QString &what)
{
    GraphError error;
    error.kind = GraphErrorKind::MalformedReply;
    error.httpStatus = httpStatus;
    error.message = what;
    return error;
}

} // namespace sspr::graph
