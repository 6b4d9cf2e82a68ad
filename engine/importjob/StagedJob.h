#pragma once

#include "core/Error.h"
#include "importjob/ImportService.h"
#include "importjob/JobCreation.h"

#include <QList>
#include <QString>

#include <memory>

namespace Semina {
class JobContext;
class SecretStore;
} // namespace Semina

namespace Semina::Offline {

// Where an import job's service is: the job's name, its publish settings file and subscription.
// The CLI and the technician's wizards find it in the same places: this computer's job list
// (the source computer) or the seed manifests of a staging location (another computer).
struct JobTarget {
    QString job;
    QString publishSettingsFile;
    QString subscriptionId;
};

// The jobs whose seeds lie in `staging`, from their manifests, by folder name.
QList<JobTarget> jobsInStaging(const QString &staging);

// Checks that the publish settings file can be read and holds the job's subscription (another
// computer than the seed's source names them); InvalidInput naming what it holds and the fix.
Result<> checkJobPublishSettings(const QString &publishSettingsFile, const QString &subscriptionId);

// The service of the target's publish settings, authenticated with its certificate.
// InvalidInput when the target names no publish settings file.
Result<std::unique_ptr<ImportService>> openJobService(const JobTarget &target, SecretStore &secrets);

// A prepared drive's key from this computer's keychain; NotFound names the drive and says to
// create the job on the computer that prepared the drives.
Result<QByteArray> driveKeyFromKeychain(const QString &driveId, const QString &entry, SecretStore &secrets);

// The drives recorded in <staging>/<job>/ by drive preparation, with their keys from the keychain.
Result<QList<DriveForImport>> preparedDrivesForImport(const QString &jobFolder, SecretStore &secrets);

// Everything creating the job needs that the staging location holds: the names from the seed
// manifest, the write credential for the station and the seed manifest's hash (the caller adds
// the drives: preparedDrivesForImport).
struct StagedCreation {
    ImportJobCreation creation;
    JobTarget target; // the publish settings and subscription the seed's form names
};
Result<StagedCreation> stagedCreation(const QString &jobFolder, SecretStore &secrets);

class ImportJobStore;
class OfflineIdentity;

// The import job created in its service from a staging location, as `importjob create` and the
// "Prepare drives" wizard both do it: the creation's inputs (stagedCreation), the service of
// `target` (a field left empty takes the seed form's own), the drives (`drives`, or when empty
// those preparedDrivesForImport reads), then createImportJob signed by `identity`; the drive
// keys are zeroed whatever happens. A failure leaves the drives prepared: run it again.
struct CreatedJob {
    ServiceJob job;
    ServiceDescription service; // the ship-to address and carriers
    QString serviceName; // ImportService::describe()
};
Result<CreatedJob> createStagedJob(const QString &jobFolder, JobTarget target, QList<DriveForImport> drives,
                                   SecretStore &secrets, OfflineIdentity &identity, ImportJobStore *localJobs,
                                   JobContext &context);

} // namespace Semina::Offline
