#include "desktop/JobStateAnnouncer.h"

#include "desktop/DesktopNotifier.h"
#include "desktop/JobNotices.h"
#include "importjob/ImportJobStore.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Semina::Desktop {

JobStateAnnouncer::JobStateAnnouncer(QString memoryFile)
    : m_memoryFile(std::move(memoryFile))
{
}

QString JobStateAnnouncer::defaultMemoryFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("announced-job-states.ini"));
}

int JobStateAnnouncer::announce(const QList<Offline::ImportJob> &jobs, DesktopNotifier &notifier) const
{
    // Keys are the jobs' names in lower case: job names are unique ignoring case.
    QSettings memory(m_memoryFile, QSettings::IniFormat);
    memory.beginGroup(QStringLiteral("announced"));
    int announced = 0;
    for (const Offline::ImportJob &job : jobs) {
        if (job.state == Offline::ImportJobState::Seeding)
            continue;
        const QString key = job.name.toLower();
        const QString state = Offline::stateName(job.state);
        if (memory.value(key).toString() == state)
            continue;
        if (!notifier.notify(jobStateNotice(job)))
            break; // no server: the others would fail alike
        memory.setValue(key, state);
        ++announced;
    }
    memory.endGroup();
    memory.sync();
    return announced;
}

int JobStateAnnouncer::announce(const Offline::ImportJobStore &store, DesktopNotifier &notifier) const
{
    const auto jobs = store.list();
    return jobs ? announce(*jobs, notifier) : 0;
}

} // namespace Semina::Desktop
