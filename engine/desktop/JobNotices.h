#pragma once

#include "desktop/DesktopNotifier.h"
#include "importjob/ImportJob.h"

#include <QDateTime>

namespace Semina::Desktop {

// What the desktop is told about an import job that reached `job.state`: the job and its new
// state, and what to do next.
Notice jobStateNotice(const Offline::ImportJob &job);

// The deadlines of an import job that are counted down (DOMAIN.md: drives must arrive within
// two weeks of the job's creation).
enum class Deadline {
    DrivesArrive, // the drives must reach the data center
    ShippingDetails, // the carrier and tracking number must be entered
};

// "Drives must arrive within 2 days": the deadline `due` of the job `jobName`, counted in whole
// days from `now` (rounded up). Critical once less than a day is left or the deadline passed.
Notice deadlineNotice(const QString &jobName, Deadline deadline, const QDateTime &due, const QDateTime &now);

} // namespace Semina::Desktop
