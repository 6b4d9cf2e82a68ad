#include "desktop/DeadlineAnnouncer.h"

#include "desktop/DesktopNotifier.h"
#include "desktop/JobNotices.h"
#include "importjob/Deadlines.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Semina::Desktop {

DeadlineAnnouncer::DeadlineAnnouncer(QString memoryFile)
    : m_memoryFile(std::move(memoryFile))
{
}

QString DeadlineAnnouncer::defaultMemoryFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("announced-deadlines.ini"));
}

int DeadlineAnnouncer::announce(const QList<Offline::JobStatus> &jobs, DesktopNotifier &notifier,
                                const QDateTime &now) const
{
    constexpr qint64 kDay = 24 * 60 * 60;
    QSettings memory(m_memoryFile, QSettings::IniFormat);
    memory.beginGroup(QStringLiteral("announced"));
    int announced = 0;
    for (const Offline::JobStatus &status : jobs) {
        if (!status.service)
            continue;
        const Offline::JobDeadline deadline = Offline::deadlineFor(*status.service);
        Deadline kind = Deadline::ShippingDetails;
        if (deadline.kind == Offline::JobDeadline::Kind::Arrival)
            kind = Deadline::DrivesArrive;
        else if (deadline.kind != Offline::JobDeadline::Kind::ShippingDetails)
            continue;
        // Whole days left, rounded up as the notice counts them; 0 once passed.
        const qint64 seconds = deadline.secondsLeft(now);
        const qint64 days = seconds <= 0 ? 0 : (seconds + kDay - 1) / kDay;
        if (days > kNearDays)
            continue;
        // Keys: the job's name in lower case (unique ignoring case) and the deadline's kind.
        const QString key = status.name().toLower() + QLatin1Char('-')
            + (kind == Deadline::DrivesArrive ? QStringLiteral("arrival") : QStringLiteral("shipping-details"));
        if (memory.contains(key) && memory.value(key).toLongLong() <= days)
            continue;
        if (!notifier.notify(deadlineNotice(status.name(), kind, deadline.due, now)))
            break; // no server: the others would fail alike
        memory.setValue(key, days);
        ++announced;
    }
    memory.endGroup();
    memory.sync();
    return announced;
}

} // namespace Semina::Desktop
