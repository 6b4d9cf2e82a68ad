#pragma once

#include "core/Error.h"
#include "importjob/ImportService.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Semina {
class SecretStore;
}

namespace Semina::Offline {

class ImportJobStore;
class OfflineIdentity;

// One prepared drive, as drive preparation (engine/drives) hands it over. `driveKey` is the
// drive's encryption key: it is wrapped to the station before it leaves this process.
struct DriveForImport {
    QString driveId;
    QString serial;
    int sequence = 0; // 1-based
    int count = 0; // drives in the job
    qint64 bytes = 0;
    QByteArray manifestSha256; // raw 32 bytes: the drive manifest's SHA-256
    QByteArray driveKey;
};

// What creating the job needs: the names from the seed (no re-typing), the write credential
// for the station (a SAS for an Azure container, or the folder of a folder account), the
// seed manifest's hash and the drives.
struct ImportJobCreation {
    QString jobName;
    QString storageAccount;
    QString container;
    QByteArray writeCredential;
    QByteArray seedManifestSha256; // raw 32 bytes
    QList<DriveForImport> drives;
};

// Creates the job in the service (step 3's end): every drive key and the write credential are
// wrapped to the station's public key (KeyWrap), the request is signed by this server's offline
// identity, and the service records it in state Creating. When `localJobs` holds a job of that
// name (the source computer), it moves to Creating too. Run again after a failure, it finds the
// job it created (ImportService::createJob).
Result<ServiceJob> createImportJob(ImportService &service, OfflineIdentity &identity, const ImportJobCreation &creation,
                                   ImportJobStore *localJobs = nullptr);

// What the station needs to write into the seed's container (ImportJobCreation::writeCredential):
// the folder of a folder account, or the SAS (or key) of an Azure account from the keychain.
Result<QByteArray> writeCredentialFor(const QString &storageAccount, SecretStore &secrets);

// The keychain entry that holds a prepared drive's key (what `importjob create` reads).
QString driveKeyName(const QString &driveId);

// The associated data that binds a wrapped key to its job and drive, or the credential to its job.
QByteArray driveKeyBinding(const QString &job, const QString &driveId);
QByteArray writeCredentialBinding(const QString &job);

// The SHA-256 of the seed manifest in <staging>/<job>/ (what the job registers).
Result<QByteArray> seedManifestHash(const QString &jobFolder);

// The lines printed after the job is created, as the original prints them: the ship-to address
// and the supported carriers.
QStringList shipToLines(const ServiceDescription &description);

// Mirrors the service's state into this computer's job record, when it has one; the service's
// record is the truth, so no move is refused here.
Result<> mirrorLocalState(ImportJobStore &localJobs, const ServiceJob &job);

} // namespace Semina::Offline
