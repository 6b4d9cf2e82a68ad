#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>

namespace Semina::Drives {

// One drive ready to ship, as the import job (#9) records it.
struct PreparedDrive {
    int sequence = 0; // 1-based: "drive 2 of 3"
    int count = 0; // drives in the job
    QString driveId; // the disk's hardware serial, or generated for a folder
    QString serial; // the hardware serial; empty for a folder
    qint64 bytes = 0; // seed bytes on the drive
    qint64 objects = 0;
    QString manifestSha256; // hex, of the sealed drive manifest on the drive
    QString manifestFile; // a copy of that sealed manifest in the staging location
    // The drive key lives only in the OS keychain: SecretStore::read(keychainEntry) returns it.
    QString keychainEntry;
};

// The drives of the job whose folder is `stagingJobFolder` (<staging>/<job>), as the last
// successful diskprep recorded them in <job>/drives/prepared-drives.json. NotFound when the
// job's drives are not all prepared yet (with the command that prepares them).
Result<QList<PreparedDrive>> preparedDrives(const QString &stagingJobFolder);

// Records `drives` (written atomically); used by the preparation when its last drive is done.
Result<> recordPreparedDrives(const QString &stagingJobFolder, const QString &job, const QList<PreparedDrive> &drives);

} // namespace Semina::Drives
