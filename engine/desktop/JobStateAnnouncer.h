#pragma once

#include "importjob/ImportJob.h"

#include <QList>
#include <QString>

namespace Semina::Offline {
class ImportJobStore;
}

namespace Semina::Desktop {

class DesktopNotifier;

// Tells the desktop once about each state an import job reaches, whoever notices it first: the
// wizard after writing the seed, or a scheduled `semina-cli backup` that finds its vault still
// waiting for the import. The states already told are remembered in a small settings file, so a
// backup run every hour says nothing while the job keeps its state. A job still Seeding is not
// announced (the person who started it is watching). A notice that no server took is not
// remembered: the next run tries again.
class JobStateAnnouncer {
public:
    // `memoryFile`: where the told states are kept; by default in the application data folder.
    explicit JobStateAnnouncer(QString memoryFile = defaultMemoryFile());

    static QString defaultMemoryFile();

    // Announces every job whose state was not told yet; returns how many notices were taken.
    int announce(const QList<Offline::ImportJob> &jobs, DesktopNotifier &notifier) const;
    // The same for every readable job of `store`; a store that cannot be read announces nothing.
    int announce(const Offline::ImportJobStore &store, DesktopNotifier &notifier) const;

private:
    QString m_memoryFile;
};

} // namespace Semina::Desktop
