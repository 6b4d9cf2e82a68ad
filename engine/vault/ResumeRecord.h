#pragma once

#include "core/Error.h"
#include "vault/Tree.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

class Vault;

// What interrupted backups had read, so that the next run skips it (docs/FORMAT.md, "resume/"):
// each file read in full, by its path, with the size, modification time and inode it had and
// the chunks it became. Written as sealed objects every few seconds and when a backup stops, so
// a kill costs at most those seconds; removed once a snapshot holds everything. The backup takes
// a file from the record only when it is unchanged and every chunk is in the index (after the
// interrupted run's packs were adopted); otherwise it reads the file again.
class ResumeRecord {
public:
    explicit ResumeRecord(Vault &vault);

    // Loads what earlier runs recorded; a damaged part is a notice (its files are read again).
    Result<> load(JobContext &context);
    [[nodiscard]] qsizetype size() const { return m_recorded.size(); }
    // What an earlier run recorded for `path`, or nullptr.
    [[nodiscard]] const TreeNode *find(const QByteArray &path) const;

    // A file read in full; written out with the next batch.
    void add(const QByteArray &path, const TreeNode &node);
    // Writes the batch when it is due (some seconds or many files since the last).
    Result<> writeIfDue();
    // Writes what is not written yet: the backup stops.
    Result<> write();
    // Removes the record's objects once a snapshot holds what they listed.
    Result<> remove();

private:
    Vault &m_vault;
    QHash<QByteArray, TreeNode> m_recorded;
    Tree m_batch; // node names are whole paths
    QStringList m_objects;
    QElapsedTimer m_sinceWrite;
};

} // namespace Semina::Vault
