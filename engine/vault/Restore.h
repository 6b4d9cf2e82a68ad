#pragma once

#include "core/Error.h"

#include <QStringList>

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

class Vault;

struct RestoreRequest {
    QString snapshot = QStringLiteral("latest"); // id, unique prefix or "latest"
    QString target; // a folder; created when missing
    // Paths inside the snapshot ("docs" or "docs/a.txt", the first part being a backed-up
    // path's name); empty: everything.
    QStringList include;
    // Symlinks whose target lies outside the restored tree (absolute, or climbing out with "..")
    // are skipped with a warning unless this is set.
    bool allowLinksOutside = false;
};

struct RestoreSummary {
    QString snapshotId;
    qint64 files = 0;
    qint64 directories = 0;
    qint64 symlinks = 0;
    qint64 bytes = 0;
    qint64 damagedFiles = 0; // not restored: a chunk failed verification or is missing
    qint64 refusedEntries = 0; // entries that would have escaped the target
};

// Restores a snapshot (or chosen paths of it) into `request.target`: contents byte-identical,
// every chunk verified against its id; modes, mtimes and (as root) owners applied; symlinks and
// hard links recreated. Entries are created relative to open folder descriptors with
// O_NOFOLLOW, so nothing is ever written through a link or outside the target. Damaged files are
// warnings; the rest still restores.
Result<RestoreSummary> restore(Vault &vault, const RestoreRequest &request, JobContext &context);

} // namespace Semina::Vault
