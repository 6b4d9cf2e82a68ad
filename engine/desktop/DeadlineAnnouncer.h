#pragma once

#include "importjob/JobStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Semina::Desktop {

class DesktopNotifier;

// Tells the desktop when an import job's deadline is near (kNearDays or fewer days left to enter
// the shipping details, or for the drives to arrive), once for each day left and once when it has
// passed, whoever looks first: the main window refreshing where the jobs stand. What was told is
// remembered in a small settings file; a notice no server took is tried again next time.
class DeadlineAnnouncer {
public:
    static constexpr int kNearDays = 3;

    // `memoryFile`: where the told deadlines are kept; by default in the application data folder.
    explicit DeadlineAnnouncer(QString memoryFile = defaultMemoryFile());

    static QString defaultMemoryFile();

    // Announces the near deadlines of the jobs the service has in Creating or Shipping; returns
    // how many notices were taken.
    int announce(const QList<Offline::JobStatus> &jobs, DesktopNotifier &notifier,
                 const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    QString m_memoryFile;
};

} // namespace Semina::Desktop
