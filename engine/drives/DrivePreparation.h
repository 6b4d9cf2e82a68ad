#pragma once

#include "core/Error.h"
#include "crypto/Kdf.h"
#include "drives/PreparedDrives.h"
#include "offline/SeedVerification.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Semina {
class JobContext;
class SecretStore;
} // namespace Semina

namespace Semina::Offline {
class ImportJobStore;
class OfflineIdentity;
} // namespace Semina::Offline

namespace Semina::Drives {

// A drive as the preparation sees it: a root folder (a mounted volume, or any folder) and who
// it is. For a block device the caller formats and mounts it (engine/devices) and hands in the
// mount point.
struct DriveTarget {
    QString root;
    QString name; // what the technician calls it and types to confirm: "sdb", or the folder's name
    QString driveId; // the disk's hardware serial; empty for a folder (one is generated)
    QString serial;
    qint64 sizeLimit = -1; // use at most this many bytes of it (--drive-size); -1: all of it
};

// What the preparation asks for when it needs a drive.
struct DriveRequest {
    int sequence = 0; // the drive about to be written, 1-based
    QString reconnectName; // an unfinished drive the copy would continue on, when there is one
    QString reconnectDriveId;
    qint64 objectsLeft = 0;
    qint64 bytesLeft = 0;
    bool previousFull = false; // asked because the drive before is full
    // Asked again because the drive offered last was refused (its erase not confirmed, another
    // job's drive, the staging location's own folder): why. A supplier that cannot ask anyone
    // returns this error, which ends the run; one that can shows it and offers another drive.
    std::optional<Error> refused;
};
// Returns the next drive; an error (NotFound: none left, Cancelled) ends the run, journal intact.
using DriveSupplier = std::function<Result<DriveTarget>(const DriveRequest &)>;

// Why a drive's contents need the technician's consent before they are removed.
struct FormatQuestion {
    DriveTarget drive;
    QStringList foreign; // entries Semina did not write
    QString otherJob; // when the drive is a Semina drive of another job
    int otherSequence = 0;
};
// True when the technician confirmed, by typing the drive's name (or --confirm-format NAME).
using FormatConfirmation = std::function<bool(const FormatQuestion &)>;

// A drive finished in this run, reported once: the only time its recovery password exists
// outside the technician's notes.
struct FinishedDrive {
    PreparedDrive drive;
    QString name;
    QString root;
    QString recoveryPassword; // 48 digits in groups; never stored by Semina
};

// How far the drive being written is, reported before each object is copied onto it.
struct DriveProgress {
    int sequence = 0;
    QString name;
    qint64 written = 0; // what the objects on it take
    qint64 toGo = 0; // what still fits and is still to copy, whichever is less
};

struct PreparationRequest {
    QString jobFolder; // <staging>/<job>
    Offline::SignedSeedManifest seed; // checked by the caller (listStagedSeeds)
    QString seedManifestSha256; // hex
    DriveSupplier nextDrive;
    FormatConfirmation confirmFormat; // empty: never confirmed
    std::function<void(const FinishedDrive &)> driveFinished; // optional
    std::function<void(const DriveProgress &)> driveProgress; // optional; on the job's thread
    Crypto::ScryptParameters scrypt; // the recovery password's; tests pass forTestsOnly()
    int readBackAttempts = 3;
    // Objects copied and read back are journalled in batches, after one sync of the whole drive:
    // a kill loses at most one batch of work. Tests use small batches.
    int journalBatchObjects = 16;
    qint64 journalBatchBytes = qint64(256) << 20;
    std::function<void(const QString &path)> afterWrite; // tests only: see DriveCopier
};

struct PreparationServices {
    SecretStore *secrets = nullptr; // holds each drive key (required)
    Offline::OfflineIdentity *identity = nullptr; // signs drive manifests; null: unsigned, with a warning
    Offline::ImportJobStore *jobs = nullptr; // this server's job record, moved to DrivesPrepared when present
};

struct PreparationResult {
    QString job;
    QString journalPath;
    QString preparedPath; // the record preparedDrives() reads
    QList<PreparedDrive> drives; // every finished drive of the job, in order
    QList<FinishedDrive> finishedNow; // those finished in this run, with their recovery passwords
    bool resumed = false; // the journal already had progress
    qint64 journalBytes = 0;
};

// Copies the seed onto drives, spanning them in manifest order (docs/FORMAT.md, "Drives"):
// formats each drive's root (only a previous Semina layout is removed without asking), makes
// its key (keychain) and header, copies and reads back every object, writes the sealed and
// signed drive manifest, asks for the next drive when one is full, and records the prepared
// drives for the import job. Every step is journalled in <job>/drives/journal, so a run that
// was killed, lost its drive or ran out of drives continues where it stopped when run again.
Result<PreparationResult> prepareDrives(const PreparationRequest &request, const PreparationServices &services,
                                        JobContext &context);

} // namespace Semina::Drives
