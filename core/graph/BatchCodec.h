#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace sspr::graph {

// One entry of a $batch "requests" array (https://learn.microsoft.com/graph/json-batching).
struct BatchItemRequest {
    QString id; // unique in the batch, compared case-insensitively by Graph
    QString method;
    QString url; // relative to the versioned root: "/users/x?$select=id"
    QList<QPair<QString, QString>> headers; // ConsistencyLevel, client-request-id, ...
};

// One entry of a $batch "responses" array.
struct BatchItemReply {
    QString id;
    int status = 0;
    QHash<QString, QString> headers; // names lower-cased: HTTP header names are case-insensitive
    QJsonValue body; // usually an object; a string for non-JSON bodies; undefined when absent
};

// Pure JSON building and parsing of Microsoft Graph JSON batching, no I/O.
class BatchCodec {
    Q_DECLARE_TR_FUNCTIONS(BatchCodec)

public:
    static constexpr int MaxRequestsPerBatch = 20; // Graph's documented limit

    static QJsonObject encode(const QList<BatchItemRequest> &requests);
    static QByteArray encodeBytes(const QList<BatchItemRequest> &requests);

    // Reads the "responses" array of a parsed $batch reply. Replies may come in any order.
    // Returns an error message when the envelope is not of the documented shape.
    struct Decoded {
        QList<BatchItemReply> items;
        std::optional<QString> error;
    };
    static Decoded decode(const QJsonObject &reply);

    // Splits ids into batches of at most MaxRequestsPerBatch, never putting two ids that are
    // equal ignoring case into one batch (Graph would reject it with 400). Returns indexes.
    static QList<QList<int>> split(const QStringList &ids, int maxPerBatch = MaxRequestsPerBatch);

    // The reply to `id` among `items` (ids compare case-insensitively, as Graph says).
    static const BatchItemReply *find(const QList<BatchItemReply> &items, const QString &id);
};

} // namespace sspr::graph
