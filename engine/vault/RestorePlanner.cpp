#include "vault/RestorePlanner.h"

#include "core/JobContext.h"
#include "vault/RestoreMetadata.h"
#include "vault/TargetFolder.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <numeric>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::Restore)
};

// Whether a link stays inside the restored tree, judged on its text: `depth` is how many
// folders below the target the link itself sits.
bool linkStaysInside(const QByteArray &target, int depth)
{
    if (target.isEmpty() || target.startsWith('/'))
        return false;
    int level = depth;
    for (const QByteArray &part : target.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        level += part == ".." ? -1 : 1;
        if (level < 0)
            return false;
    }
    return true;
}

EntryMetadata metadataOf(const TreeNode &node)
{
    return {node.mode, node.uid, node.gid, node.mtimeNs};
}
} // namespace

RestorePlanner::RestorePlanner(Vault &vault, const RestoreRequest &request, const TargetFolder &target,
                               JobContext &context, RestorePlan &plan, RestoreSummary &summary)
    : m_vault(vault)
    , m_request(request)
    , m_target(target)
    , m_context(context)
    , m_plan(plan)
    , m_summary(summary)
{
    for (const QString &path : request.include)
        m_include << QFile::encodeName(QDir::cleanPath(path)).split('/');
}

Result<> RestorePlanner::plan(const ChunkId &rootTree)
{
    if (auto ok = planTree(rootTree, m_target.fd(), {}, 0, false); !ok)
        return ok;
    sortNeeds();
    return {};
}

void RestorePlanner::warn(const QByteArray &relative, const QString &message)
{
    m_context.warn(QFile::decodeName(relative), message);
}

RestorePlanner::Selection RestorePlanner::select(const QByteArray &relative) const
{
    if (m_include.isEmpty())
        return Selection::Whole;
    const QList<QByteArray> parts = relative.split('/');
    Selection best = Selection::Skip;
    for (const auto &include : m_include) {
        const qsizetype common = qMin(include.size(), parts.size());
        if (!std::equal(include.begin(), include.begin() + common, parts.begin()))
            continue;
        if (parts.size() >= include.size())
            return Selection::Whole;
        best = Selection::Descend;
    }
    return best;
}

Result<> RestorePlanner::planTree(const ChunkId &treeId, int folder, const QByteArray &relative, int depth,
                                  bool newFolder)
{
    auto tree = m_trees.read(treeId);
    if (!tree) {
        if (tree.error().code != ErrorCode::Corruption)
            return fail(tree.error());
        warn(
            relative,
            Text::tr("The folder's listing is damaged; its contents cannot be restored: %1").arg(tree.error().message));
        ++m_summary.damagedFiles;
        return {};
    }
    QList<ChunkId> subtrees; // in the order planNode descends into them
    for (const TreeNode &node : tree->nodes) {
        if (node.type == TreeNode::Type::Directory && node.hasSafeName()
            && select(relative.isEmpty() ? node.name : relative + '/' + node.name) != Selection::Skip)
            subtrees.append(node.subtree);
    }
    m_trees.announce(subtrees);
    for (const TreeNode &node : tree->nodes) {
        if (auto ok = m_context.checkCancelled(); !ok)
            return ok;
        if (!node.hasSafeName()) {
            warn(relative + '/' + node.name,
                 Text::tr("Refused: the snapshot holds an entry named \"%1\" that would leave the target folder. The "
                          "vault may have been tampered with; run semina-cli check.")
                     .arg(QFile::decodeName(node.name)));
            ++m_summary.refusedEntries;
            continue;
        }
        const QByteArray path = relative.isEmpty() ? node.name : relative + '/' + node.name;
        const Selection selection = select(path);
        if (selection == Selection::Skip)
            continue;
        if (auto ok = planNode(node, folder, path, depth, selection == Selection::Whole, newFolder); !ok)
            return ok;
    }
    return {};
}

Result<> RestorePlanner::planNode(const TreeNode &node, int folder, const QByteArray &relative, int depth, bool whole,
                                  bool newFolder)
{
    const char *name = node.name.constData();
    switch (node.type) {
    case TreeNode::Type::Directory: {
        bool made = false;
        const int child = openFolder(folder, name, made);
        if (child < 0) {
            if (errno != ELOOP && errno != ENOTDIR && errno != EEXIST && errno != ENOTEMPTY && errno != EISDIR)
                return fail(ErrorCode::Io,
                            Text::tr("The folder \"%1\" cannot be created: %2.")
                                .arg(QFile::decodeName(relative), systemErrorText(errno)));
            warn(relative,
                 Text::tr("Skipped with its contents: something else stands in the folder's place and "
                          "cannot be replaced (%1).")
                     .arg(systemErrorText(errno)));
            ++m_summary.skippedEntries;
            return {};
        }
        auto ok = planTree(node.subtree, child, relative, depth + 1, made);
        ::close(child);
        // Folders are finished last, children first: their mtimes change as entries appear.
        if (ok && whole) {
            m_plan.folders.push_back({relative, metadataOf(node)});
            ++m_summary.directories;
        }
        return ok;
    }
    case TreeNode::Type::Symlink:
        if (whole)
            planSymlink(node, relative, depth);
        return {};
    case TreeNode::Type::File:
        if (!whole)
            return {};
        return planFile(node, folder, relative, newFolder);
    }
    return {};
}

int RestorePlanner::openFolder(int folder, const char *name, bool &made)
{
    // A symlink or a file in the folder's place (already in the target, or planted meanwhile) is
    // replaced, never followed; a folder is used as it is; one moved away between the steps
    // (ENOENT) is made again. Twice at most: a race goes on losing, and the entry is skipped.
    for (int attempt = 0; attempt < 2; ++attempt) {
        made = ::mkdirat(folder, name, 0700) == 0;
        if (!made && errno != EEXIST)
            return -1;
        const int child = ::openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (child >= 0 || (errno != ELOOP && errno != ENOTDIR && errno != ENOENT))
            return child;
        if (errno != ENOENT && ::unlinkat(folder, name, 0) != 0 && errno != ENOENT)
            return -1;
    }
    errno = EEXIST;
    return -1;
}

void RestorePlanner::planSymlink(const TreeNode &node, const QByteArray &relative, int depth)
{
    // Judged on the text here; links that leave through other links are found once all exist.
    if (m_request.refuseLinksOutside && !linkStaysInside(node.linkTarget, depth)) {
        warn(relative,
             Text::tr("Skipped: the link points outside the restored folder (\"%1\"), and "
                      "--no-outside-links refuses such links.")
                 .arg(QFile::decodeName(node.linkTarget)));
        ++m_summary.skippedEntries;
        return;
    }
    m_plan.links.push_back({relative, node.linkTarget, metadataOf(node)});
}

Result<> RestorePlanner::planFile(const TreeNode &node, int folder, const QByteArray &relative, bool newFolder)
{
    const char *name = node.name.constData();
    const auto linkKey = qMakePair(node.device, node.inode);
    if (node.links > 1) {
        if (auto it = m_linked.constFind(linkKey); it != m_linked.constEnd()) {
            // Linked once the first path has its contents (and not at all if that is damaged).
            m_plan.files[*it].links.append(relative);
            ++m_plan.fileEntries;
            return {};
        }
    }
    // Locate every chunk first: a file whose data the vault lacks is not created at all.
    std::vector<BlobLocation> locations;
    locations.reserve(size_t(node.chunks.size()));
    qint64 size = 0;
    for (const ChunkId &id : node.chunks) {
        auto location = m_vault.index().find(id);
        QString problem;
        if (!location)
            problem = Text::tr("The blob %1 is in no index: the vault misses data (run semina-cli check).")
                          .arg(id.shortHex());
        else if (location->entry.type != BlobType::Data)
            problem = Text::tr("The blob %1 has the wrong type.").arg(id.shortHex());
        if (!problem.isEmpty()) {
            warn(relative, Text::tr("Not restored: %1").arg(problem));
            ++m_summary.damagedFiles;
            return {};
        }
        size += location->entry.rawLength;
        locations.push_back(*location);
    }
    const auto fileNumber = quint32(m_plan.files.size());
    PlannedFile &file = m_plan.files.emplace_back();
    file.path = relative;
    file.metadata = metadataOf(node);
    file.size = size;
    file.inNewFolder = newFolder;
    file.chunkCount = qint32(node.chunks.size());
    file.pendingChunks.store(qint32(node.chunks.size()), std::memory_order_relaxed);
    ++m_plan.fileEntries;
    m_plan.bytes += size;
    if (node.links > 1)
        m_linked.insert(linkKey, fileNumber);
    if (!node.chunks.isEmpty())
        return planChunks(fileNumber, locations); // the workers create it
    // Replace whatever is there, never write through it (it could be a link planted earlier).
    ::unlinkat(folder, name, 0);
    const int fd = ::openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && (errno == EEXIST || errno == EISDIR)) {
        warn(relative, Text::tr("Skipped: a folder stands in the file's place and is not replaced."));
        file.skipped.store(true);
        file.state.store(PlannedFile::Failed, std::memory_order_relaxed);
        ++m_summary.skippedEntries;
        return {};
    }
    if (fd < 0)
        return fail(ErrorCode::Io,
                    Text::tr("The file \"%1\" cannot be created: %2.")
                        .arg(QFile::decodeName(relative), systemErrorText(errno)));
    file.state.store(PlannedFile::Created, std::memory_order_relaxed);
    applyMetadata(fd, file.metadata, relative, m_context);
    m_context.addDone(1, 0);
    ::close(fd);
    return {};
}

Result<> RestorePlanner::planChunks(quint32 fileNumber, const std::vector<BlobLocation> &locations)
{
    qint64 offset = 0;
    for (size_t i = 0; i < locations.size(); ++i) {
        const BlobLocation &location = locations[i];
        auto [need, added] = m_needNumbers.try_emplace(location.entry.id, quint32(m_plan.needs.size()));
        if (added) {
            // Packs are numbered as first needed, which follows the order the backup wrote them.
            quint32 packNumber = quint32(m_plan.packs.size());
            if (auto pack = m_packNumbers.constFind(location.packId); pack != m_packNumbers.constEnd()) {
                packNumber = *pack;
            } else {
                m_plan.packs.append(location.packId);
                m_packNumbers.insert(location.packId, packNumber);
            }
            ChunkNeed chunk;
            chunk.id = location.entry.id;
            chunk.pack = packNumber;
            chunk.offset = location.entry.offset;
            chunk.length = location.entry.length;
            chunk.rawLength = location.entry.rawLength;
            m_plan.needs.push_back(chunk);
        }
        m_pendingUses.push_back({need->second, fileNumber, offset});
        offset += location.entry.rawLength;
    }
    return {};
}

void RestorePlanner::sortNeeds()
{
    std::vector<quint32> order(m_plan.needs.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const ChunkNeed &x = m_plan.needs[a];
        const ChunkNeed &y = m_plan.needs[b];
        return x.pack != y.pack ? x.pack < y.pack : x.offset < y.offset;
    });
    std::vector<quint32> rank(order.size());
    std::vector<ChunkNeed> sorted(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        rank[order[i]] = quint32(i);
        sorted[i] = m_plan.needs[order[i]];
    }
    for (const PendingUse &use : m_pendingUses)
        ++sorted[rank[use.need]].useCount;
    quint32 next = 0;
    for (ChunkNeed &need : sorted) {
        need.firstUse = next;
        next += need.useCount;
        need.useCount = 0; // counted again while placing
    }
    m_plan.uses.resize(m_pendingUses.size());
    for (const PendingUse &use : m_pendingUses) {
        ChunkNeed &need = sorted[rank[use.need]];
        m_plan.uses[need.firstUse + need.useCount++] = {use.file, use.offset};
    }
    m_plan.needs = std::move(sorted);
    m_pendingUses = {};
    m_needNumbers = {};
}

} // namespace Semina::Vault
