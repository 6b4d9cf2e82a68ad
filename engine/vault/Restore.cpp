#include "vault/Restore.h"

#include "core/JobContext.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Semina::Vault {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Semina::Vault::Restore", text);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

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

class RestoreRun {
public:
    RestoreRun(Vault &vault, const RestoreRequest &request, JobContext &context)
        : m_vault(vault)
        , m_request(request)
        , m_context(context)
    {
        m_asRoot = ::geteuid() == 0;
        for (const QString &path : request.include)
            m_include << QFile::encodeName(QDir::cleanPath(path)).split('/');
    }

    Result<> restoreTree(const ChunkId &treeId, int folder, const QByteArray &relative, int depth);
    RestoreSummary summary;

private:
    enum class Selection { Skip, Descend, Whole };
    Selection select(const QByteArray &relative) const;
    Result<> restoreNode(const TreeNode &node, int folder, const QByteArray &relative, int depth, bool whole);
    Result<> restoreFile(const TreeNode &node, int folder, const QByteArray &relative);
    void applyMetadata(int fd, const TreeNode &node, const QByteArray &relative);
    void warn(const QByteArray &relative, const QString &message)
    {
        m_context.warn(QFile::decodeName(relative), message);
    }

    Vault &m_vault;
    const RestoreRequest &m_request;
    JobContext &m_context;
    QList<QList<QByteArray>> m_include;
    bool m_asRoot = false;
    QByteArray m_buffer;
    // Hard links: the first restored path (relative to the target) of each device and inode.
    QHash<QPair<quint64, quint64>, QByteArray> m_linked;
    bool m_wholeSelected = false;
    int m_targetFd = -1;

    friend Result<RestoreSummary> Semina::Vault::restore(Vault &, const RestoreRequest &, JobContext &);
};

RestoreRun::Selection RestoreRun::select(const QByteArray &relative) const
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

Result<> RestoreRun::restoreTree(const ChunkId &treeId, int folder, const QByteArray &relative, int depth)
{
    auto tree = m_vault.readTree(treeId);
    if (!tree) {
        if (tree.error().code != ErrorCode::Corruption)
            return fail(tree.error());
        warn(relative,
             tr("The folder's listing is damaged; its contents cannot be restored: %1").arg(tree.error().message));
        ++summary.damagedFiles;
        return {};
    }
    for (const TreeNode &node : tree->nodes) {
        if (auto ok = m_context.checkCancelled(); !ok)
            return ok;
        if (!node.hasSafeName()) {
            warn(relative + '/' + node.name,
                 tr("Refused: the snapshot holds an entry named \"%1\" that would leave the target folder. The "
                    "vault may have been tampered with; run semina-cli check.")
                     .arg(QFile::decodeName(node.name)));
            ++summary.refusedEntries;
            continue;
        }
        const QByteArray path = relative.isEmpty() ? node.name : relative + '/' + node.name;
        const Selection selection = select(path);
        if (selection == Selection::Skip)
            continue;
        if (auto ok = restoreNode(node, folder, path, depth, selection == Selection::Whole); !ok)
            return ok;
    }
    return {};
}

Result<> RestoreRun::restoreNode(const TreeNode &node, int folder, const QByteArray &relative, int depth, bool whole)
{
    const char *name = node.name.constData();
    switch (node.type) {
    case TreeNode::Type::Directory: {
        if (::mkdirat(folder, name, 0700) != 0 && errno != EEXIST)
            return fail(
                ErrorCode::Io,
                tr("The folder \"%1\" cannot be created: %2.").arg(QFile::decodeName(relative), errnoText(errno)));
        const int child = ::openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (child < 0)
            return fail(ErrorCode::Io,
                        tr("The folder \"%1\" cannot be opened (is something else in its place?): "
                           "%2.")
                            .arg(QFile::decodeName(relative), errnoText(errno)));
        auto ok = restoreTree(node.subtree, child, relative, depth + 1);
        if (ok && whole) {
            applyMetadata(child, node, relative);
            ++summary.directories;
        }
        ::close(child);
        return ok;
    }
    case TreeNode::Type::Symlink:
        if (!whole)
            return {};
        if (!m_request.allowLinksOutside && !linkStaysInside(node.linkTarget, depth)) {
            warn(relative,
                 tr("Skipped: the link points outside the restored folder (\"%1\"); restore with "
                    "--allow-outside-links to recreate it.")
                     .arg(QFile::decodeName(node.linkTarget)));
            ++summary.refusedEntries;
            return {};
        }
        ::unlinkat(folder, name, 0);
        if (::symlinkat(node.linkTarget.constData(), folder, name) != 0) {
            warn(relative, tr("The link cannot be created: %1.").arg(errnoText(errno)));
            return {};
        }
        if (m_asRoot)
            ::fchownat(folder, name, uid_t(node.uid), gid_t(node.gid), AT_SYMLINK_NOFOLLOW);
        {
            const timespec times[2] = {{0, UTIME_OMIT}, {node.mtimeNs / 1'000'000'000, node.mtimeNs % 1'000'000'000}};
            ::utimensat(folder, name, times, AT_SYMLINK_NOFOLLOW);
        }
        ++summary.symlinks;
        return {};
    case TreeNode::Type::File:
        if (!whole)
            return {};
        return restoreFile(node, folder, relative);
    }
    return {};
}

Result<> RestoreRun::restoreFile(const TreeNode &node, int folder, const QByteArray &relative)
{
    const char *name = node.name.constData();
    m_context.setCurrentItem(QFile::decodeName(relative));
    const auto linkKey = qMakePair(node.device, node.inode);
    if (node.links > 1) {
        if (auto it = m_linked.constFind(linkKey); it != m_linked.constEnd()) {
            ::unlinkat(folder, name, 0);
            if (::linkat(m_targetFd, it->constData(), folder, name, 0) == 0) {
                ++summary.files;
                m_context.addDone(1, 0);
                return {};
            }
        }
    }
    // Replace whatever is there, never write through it (it could be a link planted earlier).
    ::unlinkat(folder, name, 0);
    const int fd = ::openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::Io,
                    tr("The file \"%1\" cannot be created: %2.").arg(QFile::decodeName(relative), errnoText(errno)));
    qint64 written = 0;
    for (const ChunkId &id : node.chunks) {
        if (auto ok = m_context.checkCancelled(); !ok) {
            ::close(fd);
            return ok;
        }
        auto read = m_vault.readBlob(id, BlobType::Data, m_buffer);
        if (!read) {
            ::close(fd);
            ::unlinkat(folder, name, 0);
            if (read.error().code != ErrorCode::Corruption)
                return fail(read.error());
            warn(relative, tr("Not restored: %1").arg(read.error().message));
            ++summary.damagedFiles;
            return {};
        }
        const char *data = m_buffer.constData();
        qsizetype left = m_buffer.size();
        while (left > 0) {
            const ssize_t n = ::write(fd, data, size_t(left));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                const int error = errno;
                ::close(fd);
                return fail(ErrorCode::Io,
                            tr("Writing \"%1\" failed: %2.").arg(QFile::decodeName(relative), errnoText(error)));
            }
            data += n;
            left -= n;
        }
        written += m_buffer.size();
        m_context.addDone(0, m_buffer.size());
    }
    applyMetadata(fd, node, relative);
    ::close(fd);
    if (node.links > 1)
        m_linked.insert(linkKey, relative);
    ++summary.files;
    summary.bytes += written;
    m_context.addDone(1, 0);
    return {};
}

void RestoreRun::applyMetadata(int fd, const TreeNode &node, const QByteArray &relative)
{
    if (m_asRoot && ::fchown(fd, uid_t(node.uid), gid_t(node.gid)) != 0)
        warn(relative, tr("The owner cannot be set: %1.").arg(errnoText(errno)));
    if (::fchmod(fd, mode_t(node.mode)) != 0)
        warn(relative, tr("The permissions cannot be set: %1.").arg(errnoText(errno)));
    const timespec times[2] = {{0, UTIME_OMIT}, {node.mtimeNs / 1'000'000'000, node.mtimeNs % 1'000'000'000}};
    if (::futimens(fd, times) != 0)
        warn(relative, tr("The modification time cannot be set: %1.").arg(errnoText(errno)));
}
} // namespace

Result<RestoreSummary> restore(Vault &vault, const RestoreRequest &request, JobContext &context)
{
    if (request.target.isEmpty())
        return fail(ErrorCode::Usage, tr("Name the folder to restore into."));
    auto snapshot = vault.findSnapshot(request.snapshot);
    if (!snapshot)
        return fail(snapshot.error());
    if (!QDir().mkpath(request.target))
        return fail(ErrorCode::Io,
                    tr("The folder \"%1\" cannot be created: check the path and permissions.").arg(request.target));
    const int target = ::open(QFile::encodeName(request.target).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (target < 0)
        return fail(ErrorCode::Io, tr("The folder \"%1\" cannot be opened: %2.").arg(request.target, errnoText(errno)));
    // Packs of an interrupted backup, or whose index was lost, are still readable.
    if (auto adopted = vault.adoptUnindexedPacks(context); !adopted) {
        ::close(target);
        return fail(adopted.error());
    }
    context.setPhase(tr("Restoring"));
    context.setTotals(snapshot->totals.files, snapshot->totals.bytes);
    RestoreRun run(vault, request, context);
    run.m_targetFd = target;
    run.summary.snapshotId = snapshot->id;
    auto ok = run.restoreTree(snapshot->tree, target, {}, 0);
    ::close(target);
    context.finish();
    if (!ok)
        return fail(ok.error());
    return run.summary;
}

} // namespace Semina::Vault
