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
// The bytes of a drive imported so far and where the station put its logs.
Result<ServiceJob> reportDriveProgress(ServiceStorage &storage, const QString &subscriptionId, const QString &job,
                                       const QString &driveId, qint64 bytesSucceeded, const QString &errorLog = {},
                                       const QString &verboseLog = {});

} // namespace Semina::Offline
