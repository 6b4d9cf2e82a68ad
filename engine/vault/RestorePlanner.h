#pragma once

#include "core/Error.h"
#include "vault/Restore.h"
#include "vault/RestorePlan.h"
#include "vault/Tree.h"
#include "vault/TreePrefetcher.h"
#include "vault/VaultIndex.h"

#include <QHash>
#include <QPair>

#include <unordered_map>

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

class TargetFolder;
class Vault;

// Walks a snapshot's trees and lays the restore out in the target: folders and empty files
// made; the chunks the other files need are located in the index and collected into a
// RestorePlan (the workers create those files), and so are the symlinks (made last). No content
// is read here. Refused entries, skipped links, damaged listings and chunks missing from the
// index are counted in the summary and reported as warnings; the rest of the plan goes on.
class RestorePlanner {
public:
    RestorePlanner(Vault &vault, const RestoreRequest &request, const TargetFolder &target, JobContext &context,
                   RestorePlan &plan, RestoreSummary &summary);

    Result<> plan(const ChunkId &rootTree);

private:
    enum class Selection { Skip, Descend, Whole };
    [[nodiscard]] Selection select(const QByteArray &relative) const;
    Result<> planTree(const ChunkId &treeId, int folder, const QByteArray &relative, int depth, bool newFolder);
    Result<> planNode(const TreeNode &node, int folder, const QByteArray &relative, int depth, bool whole,
                      bool newFolder);
    // The folder `name` in `folder`, made when missing; -1 with errno when it cannot be had.
    int openFolder(int folder, const char *name, bool &made);
    void planSymlink(const TreeNode &node, const QByteArray &relative, int depth);
    Result<> planFile(const TreeNode &node, int folder, const QByteArray &relative, bool newFolder);
    Result<> planChunks(quint32 fileNumber, const std::vector<BlobLocation> &locations);
    // Sorts the needs by pack and offset and groups the uses by need.
    void sortNeeds();
    void warn(const QByteArray &relative, const QString &message);

    struct PendingUse {
        quint32 need = 0;
        quint32 file = 0;
        qint64 offset = 0;
    };

    Vault &m_vault;
    const RestoreRequest &m_request;
    const TargetFolder &m_target;
    JobContext &m_context;
    RestorePlan &m_plan;
    RestoreSummary &m_summary;
    TreePrefetcher m_trees{m_vault};
    QList<QList<QByteArray>> m_include;
    // Hard links: the planned file of each device and inode seen with more than one link.
    QHash<QPair<quint64, quint64>, quint32> m_linked;
    QHash<QByteArray, quint32> m_packNumbers;
    std::unordered_map<ChunkId, quint32> m_needNumbers;
    std::vector<PendingUse> m_pendingUses;
};

} // namespace Semina::Vault
