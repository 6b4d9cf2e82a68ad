#pragma once

#include "vault/ChunkId.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <deque>
#include <vector>

namespace Semina::Vault {

// What a restored entry becomes once its contents are in place.
struct EntryMetadata {
    quint32 mode = 0;
    quint32 uid = 0;
    quint32 gid = 0;
    qint64 mtimeNs = 0;
};

// A file the restore fills. The worker that first has a chunk for it creates it, at its final
// size; the others wait for that and reopen it.
struct PlannedFile {
    enum State : int { NotCreated, Creating, Created, Failed };

    QByteArray path; // relative to the target
    EntryMetadata metadata;
    qint64 size = 0; // the sum of its chunks
    qint32 chunkCount = 0;
    QList<QByteArray> links; // further hard links to it, made once its contents are in place
    bool inNewFolder = false; // its folder was made by this restore: nothing can be in its place
    std::atomic<int> state{NotCreated};
    std::atomic<quint64> inode{0}; // of the file created: a reopened path must still be it
    std::atomic<qint32> pendingChunks{0}; // chunk uses not yet written; at 0 the file is done
    std::atomic<bool> damaged{false};
    QString damage; // why, when damaged (written under the pipeline's lock)
    // Not restored because something not of this restore stands in its way (a symlink on its
    // path, a folder at its name, a file replaced meanwhile): a warning, not damage.
    std::atomic<bool> skipped{false};
    QString skip; // why; written only by the worker that set `skipped`
};

struct PlannedFolder {
    QByteArray path;
    EntryMetadata metadata;
};

// A symlink to make once everything beside it is in place: nothing the restore writes can then
// pass through it, whatever it points to.
struct PlannedLink {
    QByteArray path;
    QByteArray target; // exactly as backed up
    EntryMetadata metadata; // owner and mtime (a link has no permissions of its own)
};

// A chunk the restore needs, where it lies, and where its uses start in RestorePlan::uses.
struct ChunkNeed {
    ChunkId id;
    quint32 pack = 0; // into RestorePlan::packs
    quint32 offset = 0; // of the sealed blob in its pack
    quint32 length = 0; // sealed
    quint32 rawLength = 0;
    quint32 firstUse = 0;
    quint32 useCount = 0;
};

// One place a chunk goes: a file and the offset in it.
struct ChunkUse {
    quint32 file = 0;
    qint64 offset = 0;
};

// The restore worked out from the trees before any content is read: the files and folders
// to fill and finish, and every chunk they need, sorted by pack and offset so each pack is read
// once, front to back. A chunk used in several places is read once and written to each.
struct RestorePlan {
    std::deque<PlannedFile> files; // a deque: its elements (with atomics) never move
    std::vector<PlannedFolder> folders; // children before their parents
    std::vector<PlannedLink> links;
    QList<QByteArray> packs; // pack ids
    std::vector<ChunkNeed> needs;
    std::vector<ChunkUse> uses;
    qint64 fileEntries = 0; // files and hard links to restore, empty files included
    qint64 bytes = 0; // the sum of the planned files' sizes
};

} // namespace Semina::Vault
