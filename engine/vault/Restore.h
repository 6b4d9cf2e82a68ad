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
    // Symlinks are restored exactly as backed up, wherever they point (as tar, restic and borg
    // do): the restore itself never follows one. With this set, links whose target leaves the
    // restored tree (absolute, climbing out with "..", or out through other links) are skipped
    // with a warning instead.
    bool refuseLinksOutside = false;
};

struct RestoreSummary {
    QString snapshotId;
    qint64 files = 0;
    qint64 directories = 0;
    qint64 symlinks = 0;
    qint64 bytes = 0;
    qint64 damagedFiles = 0; // not restored: a chunk failed verification or is missing
    qint64 refusedEntries = 0; // entries of a tampered tree whose names would escape the target
    // Entries not restored, with a warning, because --no-outside-links refused them or something
    // not of this restore stands in their way (a symlink on their path, a folder at their name).
    qint64 skippedEntries = 0;
};

// Restores a snapshot (or chosen paths of it) into `request.target`: contents byte-identical,
// every chunk verified against its id; modes, mtimes and (as root) owners applied; symlinks and
// hard links recreated. Entries are created relative to open folder descriptors with
// O_NOFOLLOW, and symlinks last, so nothing is ever written, created, chmod-ed or re-timed
// through a link, whether from the snapshot or already in the target. Damaged and skipped files
// are warnings; the rest still restores.
Result<RestoreSummary> restore(Vault &vault, const RestoreRequest &request, JobContext &context);

} // namespace Semina::Vault
