#pragma once

#include "core/Error.h"
#include "vault/Snapshot.h"

#include <QStringList>

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

class Vault;

struct BackupRequest {
    QStringList paths; // absolute files or folders; their names must differ
    QStringList excludes; // absolute paths left out, with everything under them
    QStringList tags;
    QString host; // empty: this machine's name
    // The snapshot whose unchanged files are not read again; empty: the latest one with the same
    // host and paths. "none" reads everything.
    QString parent;
    int workers = 2; // compressing and sealing threads
    int readers = 2; // threads reading the files of a folder (small files wait on the disk one by one)
};

// Backs up `request.paths` into the vault and writes a snapshot (packs, then index, then
// snapshot). Files that cannot be read, sockets and devices are warnings on `context`, never
// fatal. Cancellation (or a crash) leaves durable packs that the next backup adopts instead of
// uploading again.
Result<Snapshot> backup(Vault &vault, const BackupRequest &request, JobContext &context);

} // namespace Semina::Vault
