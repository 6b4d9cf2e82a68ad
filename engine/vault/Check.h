#pragma once

#include "core/Error.h"

#include <QList>
#include <QStringList>

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

class Vault;

struct CheckOptions {
    bool readData = false; // download every pack and verify every blob
};

struct DamagedObject {
    QString object; // "data/ab/ab12...", "index/...", "snapshots/...", "tree 3f2a..."
    QString problem;
};

struct AffectedFile {
    QString snapshot; // short id
    QString path; // inside the snapshot
};

struct CheckReport {
    qint64 keyFiles = 0;
    qint64 snapshots = 0;
    qint64 trees = 0;
    qint64 packs = 0;
    qint64 indexObjects = 0;
    qint64 blobsRead = 0; // with readData
    QList<DamagedObject> damaged;
    QStringList affectedSnapshots;
    QList<AffectedFile> affectedFiles;
    // Packs in no index, left by an interrupted backup: not damage, the next backup adopts them.
    QStringList unindexedPacks;
    // Key files written before key files were sealed: intact, but whether they still wrap the
    // master key cannot be told.
    QStringList unverifiedKeys;
    // Temporary files of writes a killed job left (folder accounts): not damage, they only take
    // space; the next backup removes them.
    QStringList unfinishedWrites;

    [[nodiscard]] bool isClean() const { return damaged.isEmpty(); }
};

// Checks the vault's structure: every key file is intact and wraps the master key, every index
// and snapshot decrypts, every pack an index names
// exists with its recorded size, every tree of every snapshot decrypts and lists only safe
// names and indexed chunks. With readData, every pack is downloaded and every blob decrypted
// and checked against its id. Damage is reported (the report is not an error); an error means
// the check itself could not run.
Result<CheckReport> check(Vault &vault, const CheckOptions &options, JobContext &context);

} // namespace Semina::Vault
