#include "core/graph/GraphError.h"

#include <QCoreApplication>
#include <QStringList>

namespace sspr::graph {

namespace {

// GraphError is a plain struct in a shared header: its texts get a translation context here.
class GraphErrorText {
    Q_DECLARE_TR_FUNCTIONS(GraphError)
};

QString kindInWords(GraphErrorKind kind)
{
    switch (kind) {
    case GraphErrorKind::Network:
        return GraphErrorText::tr("Network failure");
    case GraphErrorKind::Timeout:
        return GraphErrorText::tr("Timed out");
    case GraphErrorKind::Unauthorized:
        return GraphErrorText::tr("Not signed in or token rejected");
    case GraphErrorKind::Forbidden:
        return GraphErrorText::tr("Access denied");
    case GraphErrorKind::NotFound:
        return GraphErrorText::tr("Not found");
    case GraphErrorKind::Throttled:
        return GraphErrorText::tr("Throttled by Microsoft Graph");
    case GraphErrorKind::Server:
        return GraphErrorText::tr("Microsoft Graph server error");
    case GraphErrorKind::BadRequest:
        return GraphErrorText::tr("Request rejected");
    case GraphErrorKind::MalformedReply:
        return GraphErrorText::tr("Malformed reply");
    case GraphErrorKind::Cancelled:
        return GraphErrorText::tr("Cancelled");
    }
    return GraphErrorText::tr("Unknown error");
}

} // namespace

// Stable identifiers for reports and logs; never translated.
QString GraphError::kindName(GraphErrorKind kind)
{
    switch (kind) {
    case GraphErrorKind::Network:
        return QStringLiteral("network");
    case GraphErrorKind::Timeout:
        return QStringLiteral("timeout");
    case GraphErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case GraphErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case GraphErrorKind::NotFound:
        return QStringLiteral("notFound");
    case GraphErrorKind::Throttled:
        return QStringLiteral("throttled");
    case GraphErrorKind::Server:
        return QStringLiteral("server");
    case GraphErrorKind::BadRequest:
        return QStringLiteral("badRequest");
    case GraphErrorKind::MalformedReply:
        return QStringLiteral("malformedReply");
    case GraphErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

// "Access denied (HTTP 403, Authorization_RequestDenied): Insufficient privileges ...; needs
// AuditLog.Read.All; request-id ...". Holds only what Graph or the transport said: no token.
QString GraphError::describe() const
{
    QString head = kindInWords(kind);
    QStringList status;
    if (httpStatus > 0)
        status << GraphErrorText::tr("HTTP %1").arg(httpStatus);
    if (!code.isEmpty())
        status << code;
    if (!status.isEmpty())
        head += QStringLiteral(" (") + status.join(QStringLiteral(", ")) + u')';

    QStringList parts;
    if (!message.isEmpty())
        parts << message;
    if (!requiredScope.isEmpty())
        parts << GraphErrorText::tr("needs %1").arg(requiredScope);
    if (retryAfterSeconds >= 0)
        parts << GraphErrorText::tr("Retry-After %1 s").arg(retryAfterSeconds);
    if (!requestId.isEmpty())
        parts << GraphErrorText::tr("request-id %1").arg(requestId);
    if (!clientRequestId.isEmpty())
        parts << GraphErrorText::tr("client-request-id %1").arg(clientRequestId);
    if (date.isValid())
        parts << GraphErrorText::tr("date %1").arg(date.toUTC().toString(Qt::ISODate));
    return parts.isEmpty() ? head : head + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

} // namespace sspr::graph
