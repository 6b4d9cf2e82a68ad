#pragma once

#include "core/Error.h"
#include "importjob/ImportService.h"

#include <QString>

#include <optional>

namespace Semina::Offline {

class ImportJobStore;

// Committing the shipping details (step 4's end), as `importjob ship` and the "Shipping details"
// wizard both do it: the service moves the job to Shipping with one conditional write, then this
// computer keeps a copy of what was committed (the original says where it stored them) and
// its own job record follows the service's state.

// Where the committed details of `job` are kept on this computer (the application data folder).
QString shippingDetailsPath(const QString &job);

// The message for a tracking number another job of the service already uses, naming the fix;
// nothing when it is free. For a form checking the field, and for telling a Conflict from ship()
// that came from the tracking number from one that came from a job changed meanwhile.
Result<std::optional<QString>> trackingNumberProblem(ImportService &service, const QString &job,
                                                     const QString &trackingNumber);

struct CommittedShipping {
    ServiceJob job; // in state Shipping
    QString detailsPath; // shippingDetailsPath()
};

// ship(), then the local copy (written atomically) and the local job record mirrored. Conflict
// (tracking number taken, job changed) and InvalidInput (a broken rule) leave the job Creating.
Result<CommittedShipping> commitShipping(ImportService &service, const QString &job, const ShippingDetails &details,
                                         ImportJobStore &localJobs);

} // namespace Semina::Offline
