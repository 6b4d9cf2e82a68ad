#pragma once

#include "core/Error.h"

#include <QThread>

#include <chrono>
#include <optional>

namespace Semina {
class JobContext;
}

namespace Semina::Store {

// When and how long to wait before trying a remote call again: exponential back-off with
// "equal jitter" (half the delay fixed, half random) so that many clients failing together
// do not come back together; a server's Retry-After wins when it asks for longer.
// The default rides out about a minute of trouble (1, 2, 4, 8, 16, 30, 30 s, each half
// random), which a network blip or a burst of Azure's 503 ServerBusy without Retry-After can
// last; a job hours long must not fail on it.
struct RetryPolicy {
    int maxAttempts = 8;
    std::chrono::milliseconds firstDelay{1'000};
    std::chrono::milliseconds maxDelay{30'000};

    // For a person waiting on a check (`account test`): a few seconds, then the diagnosis.
    [[nodiscard]] static RetryPolicy forInteractiveChecks()
    {
        return {3, std::chrono::milliseconds(250), std::chrono::milliseconds(2'000)};
    }

    // The pause after failed attempt `attempt` (1-based).
    [[nodiscard]] std::chrono::milliseconds delayAfter(int attempt,
                                                       std::optional<std::chrono::milliseconds> retryAfter = {}) const;
    // Sleeps that long in short slices; Cancelled if `context` is cancelled meanwhile.
    Result<> pause(int attempt, JobContext *context, std::optional<std::chrono::milliseconds> retryAfter = {}) const;

    // HTTP statuses worth another try: 408, 429 and the 5xx family.
    [[nodiscard]] static bool isTransientStatus(int status) { return status == 408 || status == 429 || status >= 500; }
    // Errors of a whole store call worth another try: only Network (never a 4xx mistake,
    // never corruption).
    [[nodiscard]] static bool isTransient(const Error &error) { return error.code == ErrorCode::Network; }
};

// Runs `call` (returning a Result) until it succeeds, fails for good, or the attempts run out.
template <typename Call> auto retrying(const RetryPolicy &policy, JobContext *context, Call call) -> decltype(call())
{
    for (int attempt = 1;; ++attempt) {
        auto result = call();
        if (result || !RetryPolicy::isTransient(result.error()) || attempt >= policy.maxAttempts)
            return result;
        if (auto waited = policy.pause(attempt, context); !waited)
            return fail(waited.error());
    }
}

} // namespace Semina::Store
