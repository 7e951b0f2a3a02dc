#pragma once

#include "core/graph/RetryPolicy.h"

#include <QDateTime>
#include <QString>
#include <chrono>

class QRandomGenerator;

namespace sspr::graph {

// How long to wait before the next attempt: the server's Retry-After, or bounded exponential
// backoff with jitter when it gave none.
class RetryDelay {
public:
    // Retry-After is delay-seconds or an HTTP-date (RFC 9110, 10.2.3). Returns the seconds to
    // wait (0 for a date in the past), or -1 when the value is absent or unreadable.
    static int parseRetryAfter(
        const QString &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Delay after `failedAttempts` (>= 1) failures: baseBackoff * 2^(failedAttempts - 1),
    // capped at maxBackoff, then "equal jitter" (a random point in [delay/2, delay]) so that
    // clients throttled together do not retry together.
    static std::chrono::milliseconds backoff(
        const RetryPolicy &policy, int failedAttempts, QRandomGenerator &random);
    static std::chrono::milliseconds backoff(const RetryPolicy &policy, int failedAttempts);
};

} // namespace sspr::graph
