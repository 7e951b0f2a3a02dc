#pragma once

#include "core/graph/BatchCodec.h"
#include "core/graph/GraphError.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QNetworkReply>
#include <chrono>
#include <optional>

namespace sspr::graph {

// What one HTTP reply (or one $batch item) amounts to: a JSON object, or a GraphError.
struct ReplyOutcome {
    int httpStatus = 0;
    QJsonObject body; // the parsed object when `error` is empty
    std::optional<GraphError> error;
    QString requestId; // request-id header, else error.innerError.request-id
    int retryAfterSeconds = -1; // Retry-After in seconds, -1 when none was sent
};

// The one place where replies become GraphError values (status, body shape, transport).
// Error body shape, per https://learn.microsoft.com/graph/errors:
// {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.
class GraphErrorMapping {
    Q_DECLARE_TR_FUNCTIONS(GraphErrorMapping)

public:
    // A complete HTTP reply. `headers` names must be lower-case.
    static ReplyOutcome fromHttp(
        int status, const QHash<QString, QString> &headers, const QByteArray &body);
    // One item of a $batch reply.
    static ReplyOutcome fromBatchItem(const BatchItemReply &item);

    // No HTTP reply at all: refused, reset, DNS, TLS ...
    static GraphError network(QNetworkReply::NetworkError error, const QString &errorString);
    static GraphError timeout(std::chrono::milliseconds limit);
    static GraphError cancelled();
    static GraphError tokenUnavailable(const QString &reason);
    static GraphError malformed(int httpStatus, const QString &what);

    // 429, 503, 504: the service asks to come back later (Retry-After when it knows when).
    static bool isThrottleStatus(int status);

private:
    struct ParsedBody {
        std::optional<QJsonObject> object;
        QString problem; // why `object` is empty; empty when there was no body at all
        bool empty = false;
    };
    static ParsedBody parseBytes(const QByteArray &body, const QString &contentType, int status);
    static ParsedBody parseValue(const QJsonValue &body, const QString &contentType, int status);
    static ReplyOutcome classify(
        int status, const QHash<QString, QString> &headers, const ParsedBody &body);
    static GraphErrorKind kindForStatus(int status);
};

} // namespace sspr::graph
