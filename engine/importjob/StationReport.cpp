#include "importjob/StationReport.h"

#include <QCoreApplication>

#include <functional>

namespace Semina::Offline {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::StationReport)
};

// Reads the job, lets `change` edit its drive `driveId` and writes it back if unchanged meanwhile.
Result<ServiceJob> changeDrive(ServiceStorage &storage, const QString &subscriptionId, const QString &job,
                               const QString &driveId, const std::function<Result<>(ServiceDrive &)> &change)
{
    auto record = storage.readJob(subscriptionId, job);
    if (!record)
        return record;
    for (ServiceDrive &drive : record->request.drives) {
        if (drive.driveId != driveId)
            continue;
        if (auto changed = change(drive); !changed)
            return fail(changed.error());
        return storage.putJob(*record, Store::PutCondition::ifMatch(record->etag));
    }
    return fail(ErrorCode::NotFound, Text::tr("The job \"%1\" has no drive %2.").arg(job, driveId));
}
} // namespace

Result<ServiceJob> reportJobState(ServiceStorage &storage, const QString &subscriptionId, const QString &job,
                                  ImportJobState state, const QDateTime &now)
{
    auto record = storage.readJob(subscriptionId, job);
    if (!record)
        return record;
    if (!canMove(record->state, state))
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The job \"%1\" is %2 and cannot become %3.")
                        .arg(job, stateLabel(record->state), stateLabel(state)));
    const QByteArray etag = record->etag;
    record->state = state;
    record->stateChanged = now;
    if (state == ImportJobState::Received)
        record->received = now;
    return storage.putJob(*record, Store::PutCondition::ifMatch(etag));
}

Result<ServiceJob> reportDriveState(ServiceStorage &storage, const QString &subscriptionId, const QString &job,
                                    const QString &driveId, DriveState state)
{
    return changeDrive(storage, subscriptionId, job, driveId, [&](ServiceDrive &drive) -> Result<> {
        if (!canMove(drive.state, state))
            return fail(ErrorCode::InvalidInput,
                        Text::tr("The drive %1 of job \"%2\" is %3 and cannot become %4.")
                            .arg(driveId, job, driveStateLabel(drive.state), driveStateLabel(state)));
        drive.state = state;
        return {};
    });
}

Result<ServiceJob> reportDriveProgress(ServiceStorage &storage, const QString &subscriptionId, const QString &job,
                                       const QString &driveId, qint64 bytesSucceeded, const QString &errorLog,
                                       const QString &verboseLog)
{
    return changeDrive(storage, subscriptionId, job, driveId, [&](ServiceDrive &drive) -> Result<> {
        drive.bytesSucceeded = qBound<qint64>(0, bytesSucceeded, drive.bytes);
        if (!errorLog.isEmpty())
            drive.errorLog = errorLog;
        if (!verboseLog.isEmpty())
            drive.verboseLog = verboseLog;
        return {};
    });
}

} // namespace Semina::Offline
