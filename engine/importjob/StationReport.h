#pragma once

#include "core/Error.h"
#include "importjob/ServiceStorage.h"

#include <QDateTime>

namespace Semina::Offline {

// What the receiving station records in the service as it works (its own program comes in a
// later issue; tests use these to move a job on). Each move must be in StateTable's tables,
// else InvalidInput naming both states; the write is conditional on the record read.
Result<ServiceJob> reportJobState(ServiceStorage &storage, const QString &subscriptionId, const QString &job,
                                  ImportJobState state, const QDateTime &now = QDateTime::currentDateTimeUtc());
Result<ServiceJob> reportDriveState(ServiceStorage &storage, const QString &subscriptionId, const QString &job,
                                    const QString &driveId, DriveState state);

} // namespace Semina::Offline
