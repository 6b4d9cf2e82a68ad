#pragma once

#include "core/Error.h"
#include "importjob/JobStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Semina {
class SecretStore;
}

namespace Semina::Offline {

class ImportJobStore;

// The workflow in which a job's next step lies (the main window's six, less "Prepare this
// server", which no job waits on).
enum class NextStep { InitiateBackup, PrepareDrives, ShippingDetails, ImportStatus, FinishRestore };

// Where a job stands, in one translated line a person reads under the workflow of its next
// step: "files-2026: 3 drives prepared, waiting for shipping details; 9 days left".
struct JobStanding {
    QString job;
    ImportJobState state = ImportJobState::Seeding;
    NextStep step = NextStep::InitiateBackup;
    QString text;
};

// The standing of one job: its state (the service's when known), the drives prepared for it
// (`preparedDrives`, from the prepared-drives record before the job is in the service) and
// the deadline counted down from `now`.
JobStanding standingOf(const JobStatus &status, int preparedDrives, const QDateTime &now);

// The standings of `statuses`, the prepared-drives record read from each job's staging location
// for the jobs not in the service yet (file reads, maybe on a network path: not on the GUI thread).
QList<JobStanding> standingsOf(const QList<JobStatus> &statuses, const QDateTime &now);

// Every job of this computer's store, the service asked for those created there (and not ended:
// the local record of an ended job is final) and the
// prepared-drives record read from the staging location: slow, never on the GUI thread. A job
// whose service cannot be reached stands by its local record.
Result<QList<JobStanding>> standingsOfLocalJobs(ImportJobStore &localJobs, SecretStore &secrets,
                                                const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Semina::Offline
