#pragma once

#include <chrono>

namespace sspr::graph {

// How hard GraphClient tries before a failure becomes final. Tests shrink the delays.
struct RetryPolicy {
    int maxAttempts = 4; // per request, including the first
    std::chrono::milliseconds baseBackoff { 500 }; // doubled per attempt, with jitter
    std::chrono::milliseconds maxBackoff { 8000 };
    std::chrono::seconds maxRetryAfter { 30 }; // a longer Retry-After gives up as Throttled
};

} // namespace sspr::graph
