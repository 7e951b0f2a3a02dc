// $batch replies: the whole POST reply through GraphErrorMapping, its "responses" through
// BatchCodec::decode, each item through GraphErrorMapping::fromBatchItem and RetryDecision,
// as GraphBatchJob does. Checks the documented shapes, a decode -> encode -> decode round
// trip, and BatchCodec::split's promises on the ids found.
#include "FuzzSupport.h"

#include "core/graph/BatchCodec.h"
#include "core/graph/GraphErrorMapping.h"
#include "core/graph/RetryDecision.h"

#include <QJsonArray>
#include <QSet>

using namespace sspr::graph;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sspr::fuzz::initialize();
    return 0;
}

namespace {

QJsonObject reencode(const QList<BatchItemReply> &items)
{
    QJsonArray responses;
    for (const BatchItemReply &item : items) {
        QJsonObject headers;
        for (auto it = item.headers.cbegin(); it != item.headers.cend(); ++it)
            headers.insert(it.key(), it.value());
        QJsonObject entry { { QStringLiteral("id"), item.id },
            { QStringLiteral("status"), item.status }, { QStringLiteral("headers"), headers } };
        if (!item.body.isUndefined())
            entry.insert(QStringLiteral("body"), item.body);
        responses.append(entry);
    }
    return QJsonObject { { QStringLiteral("responses"), responses } };
}

void checkItem(const BatchItemReply &item)
{
    const ReplyOutcome outcome = GraphErrorMapping::fromBatchItem(item);
    SSPR_FUZZ_CHECK(outcome.httpStatus == item.status, QString::number(outcome.httpStatus));
    const bool success = item.status >= 200 && item.status < 300;
    if (!success)
        SSPR_FUZZ_CHECK(outcome.error.has_value(), QString::number(item.status));
    if (success && item.body.isObject())
        SSPR_FUZZ_CHECK(!outcome.error && outcome.body == item.body.toObject(), item.id);
    SSPR_FUZZ_CHECK(outcome.retryAfterSeconds >= -1 && outcome.retryAfterSeconds <= 24 * 3600,
        QString::number(outcome.retryAfterSeconds));
    if (!outcome.error)
        return;
    SSPR_FUZZ_CHECK(!outcome.error->message.isEmpty(), outcome.error->describe());
    const RetryPolicy policy;
    for (int attempts = 1; attempts <= policy.maxAttempts; ++attempts) {
        AttemptState state;
        state.attempts = attempts;
        const RetryDecision decision = RetryDecision::decide(*outcome.error, state, policy, false);
        if (decision.action == RetryDecision::Action::Retry) {
            // A retry inside the budget, never longer than the longest wait we accept.
            SSPR_FUZZ_CHECK(attempts < policy.maxAttempts, QString::number(attempts));
            SSPR_FUZZ_CHECK(decision.delayMs <= qint64(policy.maxRetryAfter.count()) * 1000,
                QString::number(decision.delayMs));
        }
        if (decision.action == RetryDecision::Action::GiveUp)
            break;
    }
}

void checkSplit(const QList<BatchItemReply> &items)
{
    QStringList ids;
    for (const BatchItemReply &item : items)
        ids << item.id;
    const QList<QList<int>> batches = BatchCodec::split(ids);
    QList<int> seen(ids.size(), 0);
    for (const QList<int> &batch : batches) {
        SSPR_FUZZ_CHECK(!batch.isEmpty() && batch.size() <= BatchCodec::MaxRequestsPerBatch,
            QString::number(batch.size()));
        QSet<QString> folded;
        for (int index : batch) {
            SSPR_FUZZ_CHECK(index >= 0 && index < ids.size(), QString::number(index));
            ++seen[index];
            folded.insert(ids.at(index).toCaseFolded());
        }
        SSPR_FUZZ_CHECK(folded.size() == batch.size(), QStringLiteral("case-equal ids in a batch"));
    }
    SSPR_FUZZ_CHECK(
        !seen.contains(0) && !seen.contains(2), QStringLiteral("an id lost or doubled"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QHash<QString, QString> headers {
        { QStringLiteral("content-type"), QStringLiteral("application/json") },
    };
    const ReplyOutcome outcome = GraphErrorMapping::fromHttp(200, headers, body);
    if (outcome.error)
        return 0;
    const BatchCodec::Decoded decoded = BatchCodec::decode(outcome.body);
    if (decoded.error) {
        SSPR_FUZZ_CHECK(decoded.items.isEmpty(), *decoded.error);
        return 0;
    }
    for (const BatchItemReply &item : decoded.items) {
        checkItem(item);
        const BatchItemReply *found = BatchCodec::find(decoded.items, item.id);
        SSPR_FUZZ_CHECK(found && found->id.compare(item.id, Qt::CaseInsensitive) == 0, item.id);
    }
    const BatchCodec::Decoded again = BatchCodec::decode(reencode(decoded.items));
    SSPR_FUZZ_CHECK(!again.error && again.items.size() == decoded.items.size(),
        QStringLiteral("round trip lost items"));
    for (qsizetype i = 0; i < decoded.items.size(); ++i) {
        const BatchItemReply &a = decoded.items.at(i);
        const BatchItemReply &b = again.items.at(i);
        SSPR_FUZZ_CHECK(
            a.id == b.id && a.status == b.status && a.headers == b.headers && a.body == b.body,
            a.id);
    }
    checkSplit(decoded.items);
    return 0;
}
