#pragma once

#include "core/Error.h"
#include "offline/OfflineBackupForm.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Semina {
class JobContext;
} // namespace Semina

namespace Semina::Offline {

class ImportJobStore;
class OfflineIdentity;

// What "Back up now" of the offline-backup form needs: the validated form, what to protect,
// and the vault's passphrase (needed when the seed's vault is created; on a resume the key
// kept in the keychain serves, or the same passphrase).
struct SeedRequest {
    OfflineBackupForm form;
    QStringList sources; // absolute folders or files
    QStringList excludes; // absolute paths inside the sources left out (from the wizard's tree)
    QByteArray passphrase;
    bool storeKeyInKeychain = true;
    bool force = false; // replace a finished seed of the same job
    // How the seed's vault is made when this run creates it. The defaults are the vault's own;
    // tests pass small packs and Crypto::ScryptParameters::forTestsOnly(). `storeInKeychain`
    // is taken from storeKeyInKeychain above.
    Vault::CreateOptions vaultOptions = {};
};

// The services the seed uses, owned by the caller (the CLI command or the wizard). The vault
// reaches the OS keychain itself.
struct SeedServices {
    ImportJobStore *jobs = nullptr;
    OfflineIdentity *identity = nullptr;
};

// What was written, for the "Done" page and the CLI's summary.
struct SeedResult {
    QString jobFolder; // <staging>/<job>
    QString manifestPath; // the signed seed manifest
    QString vaultId;
    QString snapshotId;
    // The vault's recovery key, made by this run as it completes the seed (whatever stopped
    // earlier runs): to be shown once, never stored.
    QString recoveryKey;
    qint64 protectedBytes = 0;
    qint64 seedBytes = 0; // the objects written into the staging location
    qint64 files = 0;
    qint64 objects = 0;
    bool resumed = false; // an interrupted seed was continued
};

// Writes the first backup of `request.sources` as a vault under <staging>/<job>/, then the
// job's signed seed manifest beside it, and records the job in the server's job store
// (Seeding while it runs, Seeded when done). Run again after a cancel or crash, it continues
// where it stopped; a finished seed is never overwritten without `force` (Conflict).
Result<SeedResult> writeSeed(const SeedRequest &request, const SeedServices &services, JobContext &context);

// The bytes the seed of `form`'s job already holds in its staging location (an interrupted run's
// packs): a rerun needs room only for the rest, so the staging rule's estimate is reduced by them.
qint64 seedBytesWritten(const OfflineBackupForm &form);

// The job names the form's import job name must differ from (the validator's
// setExistingJobNames()): every job of this server except the one the form continues or
// replaces, i.e. the job of the same name and staging location whose seed is still Seeding or
// Seeded.
Result<QStringList> jobNamesTakenFor(const OfflineBackupForm &form, const ImportJobStore &jobs);

} // namespace Semina::Offline
