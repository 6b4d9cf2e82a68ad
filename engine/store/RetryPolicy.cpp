#include "store/RetryPolicy.h"

#include "core/JobContext.h"

#include <QRandomGenerator>

namespace Semina::Store {

std::chrono::milliseconds RetryPolicy::delayAfter(int attempt,
                                                  std::optional<std::chrono::milliseconds> retryAfter) const
{
    qint64 delay = firstDelay.count();
    for (int i = 1; i < attempt && delay < maxDelay.count(); ++i)
        delay *= 2;
    delay = qMin(delay, qint64(maxDelay.count()));
    const qint64 half = delay / 2;
    delay = half + (half > 0 ? qint64(QRandomGenerator::global()->bounded(quint64(half) + 1)) : 0);
    if (retryAfter && retryAfter->count() > delay)
        delay = qMin(retryAfter->count(), qint64(120'000)); // a server asking for more than 2 min is ignored
    return std::chrono::milliseconds(delay);
}

Result<> RetryPolicy::pause(int attempt, JobContext *context, std::optional<std::chrono::milliseconds> retryAfter) const
{
    auto left = delayAfter(attempt, retryAfter);
    constexpr std::chrono::milliseconds slice{50};
    while (left.count() > 0) {
        if (context) {
            if (auto go = context->checkCancelled(); !go)
                return go;
        }
        const auto step = std::min(left, slice);
        QThread::msleep(quint64(step.count()));
        left -= step;
    }
    return {};
}

} // namespace Semina::Store
