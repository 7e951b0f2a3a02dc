#include "core/graph/RetryDecision.h"

#include "core/graph/GraphErrorMapping.h"

namespace sspr::graph {

namespace {

bool isTransient(const GraphError &error, bool wholeReply)
{
    switch (error.kind) {
    case GraphErrorKind::Network:
    case GraphErrorKind::Server:
        return true;
    case GraphErrorKind::MalformedReply:
        return wholeReply || error.httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace

RetryDecision RetryDecision::decide(
    const GraphError &error, const AttemptState &state, const RetryPolicy &policy, bool wholeReply)
{
    RetryDecision decision;
    decision.error = error;
    const bool budgetLeft = state.attempts < policy.maxAttempts;

    if (error.kind == GraphErrorKind::Unauthorized && error.httpStatus == 401) {
        if (!state.reauthorized)
            decision.action = Action::Reauthorize;
        return decision;
    }
    if (error.kind == GraphErrorKind::Timeout) {
        // A hung server rarely answers the second time: one retry, then report it.
        if (state.timeouts <= 1 && budgetLeft)
            decision.action = Action::Retry;
        return decision;
    }
    if (GraphErrorMapping::isThrottleStatus(error.httpStatus)) {
        const qint64 maxWait = policy.maxRetryAfter.count();
        if (error.retryAfterSeconds > maxWait) {
            decision.error.kind = GraphErrorKind::Throttled;
            decision.error.message
                = tr("%1 (Graph asked to wait %2 s, longer than the %3 s this app waits)")
                      .arg(error.message)
                      .arg(error.retryAfterSeconds)
                      .arg(maxWait);
            return decision;
        }
        if (budgetLeft) {
            decision.action = Action::Retry;
            decision.delayMs = error.retryAfterSeconds >= 0 ? error.retryAfterSeconds * 1000 : -1;
            return decision;
        }
    } else if (isTransient(error, wholeReply) && budgetLeft) {
        decision.action = Action::Retry;
        return decision;
    }
    if (state.attempts > 1)
        decision.error.message
            = tr("%1 (gave up after %2 attempts)").arg(error.message).arg(state.attempts);
    return decision;
}

} // namespace sspr::graph
