#pragma once

#include "core/Error.h"
#include "importjob/ImportJob.h"
#include "importjob/ServiceRecords.h"
#include "importjob/StagedJob.h"

#include <QList>
#include <QString>

#include <optional>

namespace Semina {
class SecretStore;
}

namespace Semina::Offline {

class ImportJobStore;

// Where one import job stands, as `semina-cli status` and the "Import status" wizard show it:
// this computer's record (on the source computer), the service's record (once the job was
// created there), and why the service's record is missing when it should be there.
struct JobStatus {
    JobTarget target;
    std::optional<ImportJob> local;
    std::optional<ServiceJob> service;
    std::optional<Error> problem; // the service could not be asked (or holds no such job yet)

    [[nodiscard]] const QString &name() const { return target.job; }
    // The service's state when known, else this computer's.
    [[nodiscard]] ImportJobState state() const;
};

// Every job of this computer's store, oldest first; the service is asked about those whose seed
// is written (the job may have been created at the copy computer) and its state mirrored into
// the local record; only a job created from here (Creating and later) is a problem when the
// service cannot tell. A job this computer
// already knows as ended (Completed, Closed, Canceled) is asked about only with
// `askAboutEndedJobs`: nothing more happens to it. Slow (the service may be Azure): never on the
// GUI thread.
Result<QList<JobStatus>> statusOfLocalJobs(ImportJobStore &localJobs, SecretStore &secrets,
                                           bool askAboutEndedJobs = true);

// The jobs whose seeds lie in `staging` (another computer), each asked of its service; a job
// not created yet in the service has NotFound as its problem. NotFound when `staging` holds no
// seed at all. `publishSettingsFile`, when given, stands in for the file each seed names (a path
// on the source computer that this computer may not have).
Result<QList<JobStatus>> statusOfStagedJobs(const QString &staging, SecretStore &secrets,
                                            const QString &publishSettingsFile = {});

// Why the job cannot be canceled now, for a person; empty when it can (a job in the service
// while Creating or Shipping: its drives are not at the station yet).
QString cancelRefusal(const JobStatus &status);

// Cancels the job in its service (ImportService::cancel) and mirrors the new state into this
// computer's record when there is one. InvalidInput naming the state when it is too late.
Result<ServiceJob> cancelImportJob(const JobTarget &target, SecretStore &secrets, ImportJobStore &localJobs);

} // namespace Semina::Offline
