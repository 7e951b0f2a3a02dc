#include "core/graph/BatchCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace sspr::graph {

QJsonObject BatchCodec::encode(const QList<BatchItemRequest> &requests)
{
    QJsonArray array;
    for (const BatchItemRequest &request : requests) {
        QJsonObject item { { QStringLiteral("id"), request.id },
            { QStringLiteral("method"), request.method }, { QStringLiteral("url"), request.url } };
        if (!request.headers.isEmpty()) {
            QJsonObject headers;
            for (const auto &header : request.headers)
                headers.insert(header.first, header.second);
            item.insert(QStringLiteral("headers"), headers);
        }
        array.append(item);
    }
    return QJsonObject { { QStringLiteral("requests"), array } };
}

QByteArray BatchCodec::encodeBytes(const QList<BatchItemRequest> &requests)
{
    return QJsonDocument(encode(requests)).toJson(QJsonDocument::Compact);
}

BatchCodec::Decoded BatchCodec::decode(const QJsonObject &reply)
{
    Decoded decoded;
    const QJsonValue responses = reply.value(QStringLiteral("responses"));
    if (!responses.isArray()) {
        decoded.error = tr("the $batch reply has no \"responses\" array");
        return decoded;
    }
    const QJsonArray array = responses.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        const QJsonValue id = entry.toObject().value(QStringLiteral("id"));
        const QJsonValue status = entry.toObject().value(QStringLiteral("status"));
        if (!entry.isObject() || !id.isString() || !status.isDouble()) {
            decoded.error
                = tr("$batch response %1 lacks an \"id\" string or a \"status\" number").arg(i);
            decoded.items.clear();
            return decoded;
        }
        BatchItemReply item;
        item.id = id.toString();
        item.status = status.toInt();
        const QJsonObject headers = entry.toObject().value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            item.headers.insert(it.key().toLower(), it.value().toVariant().toString());
        item.body = entry.toObject().value(QStringLiteral("body"));
        decoded.items.append(item);
    }
    return decoded;
}

QList<QList<int>> BatchCodec::split(const QStringList &ids, int maxPerBatch)
{
    maxPerBatch = std::max(1, maxPerBatch);
    QList<QList<int>> batches;
    QList<QSet<QString>> idsPerBatch;
    for (int index = 0; index < ids.size(); ++index) {
        const QString folded = ids.at(index).toCaseFolded();
        qsizetype target = 0;
        while (target < batches.size()
            && (batches.at(target).size() >= maxPerBatch
                || idsPerBatch.at(target).contains(folded)))
            ++target;
        if (target == batches.size()) {
            batches.append(QList<int>());
            idsPerBatch.append(QSet<QString>());
        }
        batches[target].append(index);
        idsPerBatch[target].insert(folded);
    }
    return batches;
}

const BatchItemReply *BatchCodec::find(const QList<BatchItemReply> &items, const QString &id)
{
    for (const BatchItemReply &item : items) {
        if (item.id.compare(id, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}

} // namespace sspr::graph
