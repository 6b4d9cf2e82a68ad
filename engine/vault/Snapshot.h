#pragma once

#include "core/Error.h"
#include "vault/ChunkId.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace Semina::Vault {

// What a backup stored and found.
struct SnapshotTotals {
    qint64 files = 0;
    qint64 directories = 0;
    qint64 symlinks = 0;
    qint64 bytes = 0; // of all files
    qint64 unchangedFiles = 0; // taken from the parent without reading
    qint64 resumedFiles = 0; // taken from an interrupted run's resume record without reading
    qint64 readBytes = 0; // read from the sources by this run
    qint64 newBlobs = 0;
    qint64 newBytes = 0; // plaintext of the new blobs
    qint64 storedBytes = 0; // what the new blobs take in packs
    qint64 warnings = 0;
};

// One backup: an encrypted JSON object "snapshots/<id>", written last, after the packs and the
// index it relies on are durable.
struct Snapshot {
    QString id; // 64 hex digits
    QDateTime time;
    QString host;
    QString user;
    QStringList paths; // absolute source paths; the root tree has one entry per path
    QStringList tags;
    ChunkId tree;
    QString parent;
    SnapshotTotals totals;

    [[nodiscard]] QString shortId() const { return id.left(8); }
    [[nodiscard]] QByteArray toJson() const;
    static Result<Snapshot> fromJson(const QByteArray &json, const QString &id);
};

} // namespace Semina::Vault
