#include "core/JobContext.h"

#include <algorithm>

#include <QCoreApplication>

namespace Semina {

namespace {
// Weight of the newest rate sample; 0.3 follows a change within a few seconds without
// making the ETA jump at every report.
constexpr double kRateSmoothing = 0.3;
constexpr qint64 kMinSampleMs = 250;
} // namespace

void JobContext::setProgressListener(ProgressListener listener, int intervalMs)
{
    QMutexLocker lock(&m_mutex);
    m_progressListener = std::move(listener);
    m_intervalMs = intervalMs;
}

void JobContext::setWarningListener(WarningListener listener)
{
    QMutexLocker lock(&m_mutex);
    m_warningListener = std::move(listener);
}

Result<> JobContext::checkCancelled() const
{
    if (isCancelled())
        return fail(ErrorCode::Cancelled,
                    QCoreApplication::translate("Semina::JobContext",
                                                "Cancelled. Run the same job again to continue where it stopped."));
    return {};
}

void JobContext::setPhase(const QString &phase)
{
    QMutexLocker lock(&m_mutex);
    m_progress.phase = phase;
    reportLocked(true);
}

void JobContext::setTotals(qint64 items, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_progress.itemsTotal = items;
    m_progress.bytesTotal = bytes;
    reportLocked(false);
}

void JobContext::setCurrentItem(const QString &item)
{
    QMutexLocker lock(&m_mutex);
    m_progress.currentItem = item;
    reportLocked(false);
}

void JobContext::addDone(qint64 items, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_progress.itemsDone += items;
    m_progress.bytesDone += bytes;
    reportLocked(false);
}

void JobContext::setDone(qint64 items, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_progress.itemsDone = items;
    m_progress.bytesDone = bytes;
    reportLocked(false);
}

void JobContext::warn(const QString &item, const QString &message)
{
    record(Warning{item, message, false});
}

void JobContext::notify(const QString &item, const QString &message)
{
    record(Warning{item, message, true});
}

void JobContext::record(const Warning &warning)
{
    WarningListener listener;
    {
        QMutexLocker lock(&m_mutex);
        m_warnings.append(warning);
        listener = m_warningListener;
    }
    if (listener)
        listener(warning);
}

void JobContext::finish()
{
    QMutexLocker lock(&m_mutex);
    reportLocked(true);
}

Progress JobContext::progress() const
{
    QMutexLocker lock(&m_mutex);
    return m_progress;
}

bool JobContext::hasItemWarnings() const
{
    QMutexLocker lock(&m_mutex);
    return std::any_of(m_warnings.cbegin(), m_warnings.cend(), [](const Warning &warning) { return !warning.notice; });
}

QList<Warning> JobContext::warnings() const
{
    QMutexLocker lock(&m_mutex);
    return m_warnings;
}

void JobContext::restartRate()
{
    QMutexLocker lock(&m_mutex);
    if (!m_clock.isValid())
        m_clock.start();
    m_rateSampleMs = m_clock.elapsed();
    m_rateSampleBytes = m_progress.bytesDone;
    m_progress.bytesPerSecond = 0.0;
    m_progress.secondsLeft = -1;
}

void JobContext::reportLocked(bool force)
{
    if (!m_clock.isValid()) {
        m_clock.start();
        m_rateSampleMs = 0;
        m_rateSampleBytes = m_progress.bytesDone;
    }
    const qint64 now = m_clock.elapsed();

    const qint64 sampleMs = now - m_rateSampleMs;
    if (sampleMs >= kMinSampleMs) {
        const double sampleRate = double(m_progress.bytesDone - m_rateSampleBytes) * 1000.0 / double(sampleMs);
        m_progress.bytesPerSecond = m_progress.bytesPerSecond <= 0.0
            ? sampleRate
            : kRateSmoothing * sampleRate + (1.0 - kRateSmoothing) * m_progress.bytesPerSecond;
        m_rateSampleMs = now;
        m_rateSampleBytes = m_progress.bytesDone;
        if (m_progress.bytesTotal >= 0 && m_progress.bytesPerSecond > 1.0) {
            const qint64 left = qMax<qint64>(0, m_progress.bytesTotal - m_progress.bytesDone);
            m_progress.secondsLeft = qint64(double(left) / m_progress.bytesPerSecond);
        } else {
            m_progress.secondsLeft = -1;
        }
    }

    if (!m_progressListener)
        return;
    if (!force && m_lastReportMs >= 0 && now - m_lastReportMs < m_intervalMs)
        return;
    m_lastReportMs = now;
    // Called under the lock so reports reach the listener in order; listeners only copy.
    m_progressListener(m_progress);
}

} // namespace Semina
