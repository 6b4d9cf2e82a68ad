#pragma once

#include "core/Error.h"
#include "core/Progress.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>

#include <atomic>
#include <functional>

namespace Semina {

// What a synchronous engine job receives to report progress, warnings and to notice
// cancellation. The job may call it from several of its own threads at once.
// Reports are throttled: listeners hear at most one progress report per interval, plus the
// final one from finish().
class JobContext {
public:
    using ProgressListener = std::function<void(const Progress &)>;
    using WarningListener = std::function<void(const Warning &)>;

    JobContext() = default;
    JobContext(const JobContext &) = delete;
    JobContext &operator=(const JobContext &) = delete;

    // Listeners are set before the job starts and called on the job's threads.
    void setProgressListener(ProgressListener listener, int intervalMs = 100);
    void setWarningListener(WarningListener listener);

    // Cancellation: cheap to poll in inner loops.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    // Returns the Cancelled error when cancellation was asked for, for `if (auto c = ...; !c)`.
    [[nodiscard]] Result<> checkCancelled() const;

    void setPhase(const QString &phase);
    void setTotals(qint64 items, qint64 bytes);
    void setCurrentItem(const QString &item);
    void addDone(qint64 items, qint64 bytes);
    void setDone(qint64 items, qint64 bytes);
    // Measures the rate afresh from now: after a pause in the bytes (a drive formatted or
    // mounted), which would otherwise show as a crawl and a time left of days. Rate and time left
    // are unknown until the next sample.
    void restartRate();
    void warn(const QString &item, const QString &message);
    // Something worth saying that left nothing undone (Warning::notice).
    void notify(const QString &item, const QString &message);
    // Sends the last progress report regardless of throttling.
    void finish();

    [[nodiscard]] Progress progress() const;
    [[nodiscard]] QList<Warning> warnings() const;
    // Whether some item was left undone: any warning that is not a notice.
    [[nodiscard]] bool hasItemWarnings() const;

private:
    void reportLocked(bool force);
    void record(const Warning &warning);

    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    Progress m_progress;
    QList<Warning> m_warnings;
    ProgressListener m_progressListener;
    WarningListener m_warningListener;
    int m_intervalMs = 100;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1;
    // The rate is an exponential moving average of samples taken at each report.
    qint64 m_rateSampleMs = 0;
    qint64 m_rateSampleBytes = 0;
};

} // namespace Semina
