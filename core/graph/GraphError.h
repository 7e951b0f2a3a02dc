#pragma once

#include <QDateTime>
#include <QString>

namespace sspr::graph {

// Every way a Graph call can fail, as a value. Nothing throws across the event loop.
enum class GraphErrorKind {
    Network, // connection refused, DNS, TLS, dropped connection
    Timeout, // no complete reply within the per-request timeout
    Unauthorized, // 401: token missing, expired or rejected
    Forbidden, // 403: scope not consented or directory role / licence missing
    NotFound, // 404: the object does not exist
    Throttled, // 429 / 503 / 504 still failing after the retry budget
    Server, // other 5xx after retries
    BadRequest, // other 4xx (400 invalid filter, 424 failed dependency, ...)
    MalformedReply, // not JSON, HTML error page, JSON of the wrong shape, empty 200
    Cancelled, // the caller cancelled
};

struct GraphError {
    GraphErrorKind kind = GraphErrorKind::Network;
    int httpStatus = 0; // 0 when no HTTP reply was received
    QString code; // Graph's error.code, e.g. "Authorization_RequestDenied"
    QString message; // Graph's error.message or a description of the transport failure
    QString requiredScope; // for Forbidden/Unauthorized: what the request needed
    QString requestId; // request-id header or error.innerError.request-id
    QString clientRequestId; // client-request-id we sent / Graph echoed
    QDateTime date; // error.innerError.date when Graph gave one
    int retryAfterSeconds = -1; // last Retry-After seen, -1 if none

    static QString kindName(GraphErrorKind kind);
    QString describe() const; // one line for logs and evidence, never a token
};

} // namespace sspr::graph
