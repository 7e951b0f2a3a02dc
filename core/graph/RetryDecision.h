#pragma once

#include "core/graph/GraphError.h"
#include "core/graph/RetryPolicy.h"

#include <QCoreApplication>

namespace sspr::graph {

// Where one request stands in its retry budget (reset for each page of a paged request).
struct AttemptState {
    int attempts = 0; // sent so far, including the one that just failed
    int timeouts = 0; // of those, how many timed out
    bool reauthorized = false; // a 401 already made us fetch a fresh token
};

// What to do after a failed attempt. Pure: the caller owns timers and the backoff's jitter.
struct RetryDecision {
    Q_DECLARE_TR_FUNCTIONS(RetryDecision)

public:
    enum class Action {
        GiveUp, // `error` is final
        Retry, // after `delayMs`, or after a backoff when delayMs < 0
        Reauthorize, // invalidate the token, fetch another and retry at once
    };
    Action action = Action::GiveUp;
    qint64 delayMs = -1;
    GraphError error; // the final error for GiveUp (annotated), else the one retried

    // `wholeReply` is true when the HTTP exchange itself failed (transport, top-level status,
    // unreadable body): then a malformed reply is worth another try, as a proxy glitch may be.
    static RetryDecision decide(const GraphError &error, const AttemptState &state,
        const RetryPolicy &policy, bool wholeReply);
};

} // namespace sspr::graph
