#include "vault/Backup.h"

#include "core/JobContext.h"
#include "core/Logging.h"
#include "vault/BlobWriter.h"
#include "vault/Chunker.h"
#include "vault/FileNode.h"
#include "vault/FileReader.h"
#include "vault/ResumeRecord.h"
#include "vault/TreePrefetcher.h"
#include "vault/UnfinishedWrites.h"
#include "vault/Vault.h"
#include "vault/VaultLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <memory>
#include <thread>
#include <vector>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::Backup)
};

QString display(const QByteArray &path)
{
    return QFile::decodeName(path);
}

// An open folder: its entries are looked at relative to it (fstatat, openat), so the kernel does
// not walk the whole path again for each of them (with 50,000 files that walk was a tenth of a
// backup with nothing changed).
class OpenFolder {
public:
    explicit OpenFolder(const QByteArray &path)
        : m_fd(::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
        , m_error(m_fd < 0 ? errno : 0)
    {
    }
    ~OpenFolder()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    OpenFolder(const OpenFolder &) = delete;
    OpenFolder &operator=(const OpenFolder &) = delete;

    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] int error() const { return m_error; }

private:
    int m_fd;
    int m_error;
};

// The entries of a folder, sorted by name; `.` and `..` left out.
Result<QList<QByteArray>> listFolder(const OpenFolder &folder)
{
    if (folder.fd() < 0)
        return fail(ErrorCode::Io, systemErrorText(folder.error()));
    const int fd = ::dup(folder.fd()); // closedir() closes the descriptor it was given
    DIR *dir = fd >= 0 ? ::fdopendir(fd) : nullptr;
    if (!dir) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        return fail(ErrorCode::Io, systemErrorText(error));
    }
    QList<QByteArray> names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

void scanFolder(const QByteArray &path, const QSet<QByteArray> &excluded, qint64 &files, qint64 &bytes,
                const std::atomic<bool> &stop)
{
    const OpenFolder folder(path);
    auto names = listFolder(folder);
    if (!names)
        return;
    for (const QByteArray &name : *names) {
        if (stop.load(std::memory_order_relaxed))
            return;
        const QByteArray child = path + '/' + name;
        struct stat info { };
        if (excluded.contains(child) || ::fstatat(folder.fd(), name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISDIR(info.st_mode)) {
            scanFolder(child, excluded, files, bytes, stop);
        } else if (S_ISREG(info.st_mode)) {
            ++files;
            bytes += info.st_size;
        }
    }
}

// Counts files and bytes beside the backup, so progress has totals and an ETA early.
void scanTotals(QList<QByteArray> paths, const QSet<QByteArray> &excluded, JobContext &context, std::atomic<bool> &stop)
{
    qint64 files = 0;
    qint64 bytes = 0;
    for (const QByteArray &path : paths) {
        struct stat info { };
        if (excluded.contains(path) || ::lstat(path.constData(), &info) != 0)
            continue;
        if (S_ISDIR(info.st_mode)) {
            scanFolder(path, excluded, files, bytes, stop);
        } else if (S_ISREG(info.st_mode)) {
            ++files;
            bytes += info.st_size;
        }
    }
    if (!stop.load())
        context.setTotals(files, bytes);
}

// Files of one folder that need reading, read together on several threads once the folder's
// entries are known.
struct PendingFile {
    qsizetype node; // index into the folder's nodes
    QByteArray path;
    QByteArray name; // in the open folder
};

class BackupRun {
public:
    BackupRun(Vault &vault, JobContext &context, BlobWriter &writer, int readers)
        : m_vault(vault)
        , m_context(context)
        , m_writer(writer)
        , m_chunker(vault.keys().gearTable(), vault.config().chunker)
    {
        for (int i = 0; i < qMax(1, readers); ++i)
            m_readers.push_back(std::make_unique<FileReader>(vault.keys(), m_chunker, writer, context));
    }

    // The tree of a folder; `parent` is the same folder's tree in the parent snapshot.
    Result<ChunkId> backupFolder(const QByteArray &path, const Tree *parent);
    // A node for one path (file, folder or symlink); nullopt when skipped with a warning. A file
    // that must be read is read at once unless `pending` takes it for later.
    Result<std::optional<TreeNode>> backupEntry(const QByteArray &path, const QByteArray &name,
                                                const TreeNode *previous, bool *pending = nullptr,
                                                int folderFd = AT_FDCWD);
    Result<ChunkId> storeTree(const Tree &tree);

    SnapshotTotals totals;
    QSet<QByteArray> excluded; // absolute, cleaned, in the file system's encoding
    ResumeRecord *resume = nullptr; // what interrupted runs read, and what this one reads

private:
    // Whether the file needs reading; if not, its chunks come from the parent snapshot, from an
    // interrupted run's resume record, or from another name of the same file.
    bool needsReading(const QByteArray &path, TreeNode &node, const TreeNode *previous);
    // Reads the pending files on all readers; those that cannot be read become warnings and
    // are dropped from `nodes`' folder (marked by an empty name).
    Result<> readPending(QList<TreeNode> &nodes, const QList<PendingFile> &pending, int folderFd);
    // Counts a file read (or a warning for one that could not be).
    Result<bool> finishRead(const QByteArray &path, TreeNode &node, const Result<> &read);
    bool unchanged(const TreeNode &node, const TreeNode *previous) const;

    Vault &m_vault;
    JobContext &m_context;
    BlobWriter &m_writer;
    Chunker m_chunker;
    FileNodeFactory m_nodes;
    TreePrefetcher m_parentTrees{m_vault};
    std::vector<std::unique_ptr<FileReader>> m_readers;
    // Hard links: files seen before under another name, by device and inode.
    QHash<QPair<quint64, quint64>, QList<ChunkId>> m_linkedChunks;
};

Result<ChunkId> BackupRun::storeTree(const Tree &tree)
{
    const QByteArray encoded = tree.encode();
    auto id = m_vault.keys().chunkId(encoded);
    if (!id)
        return fail(id.error());
    if (auto ok = m_writer.store(BlobType::Tree, *id, encoded); !ok)
        return fail(ok.error());
    return *id;
}

Result<ChunkId> BackupRun::backupFolder(const QByteArray &path, const Tree *parent)
{
    Tree tree;
    const OpenFolder folder(path);
    auto names = listFolder(folder);
    if (!names) {
        m_context.warn(display(path),
                       Text::tr("The folder cannot be listed (%1); it is stored empty.").arg(names.error().message));
        ++totals.warnings;
        return storeTree(tree);
    }
    QHash<QByteArray, const TreeNode *> previous;
    QList<const TreeNode *> announced; // the parent's folders still here, in walk order
    if (parent) {
        for (const TreeNode &node : parent->nodes)
            previous.insert(node.name, &node);
        QList<ChunkId> subtrees;
        for (const QByteArray &name : *names) {
            const TreeNode *before = previous.value(name);
            if (before && before->type == TreeNode::Type::Directory && !excluded.contains(path + '/' + name)) {
                announced.append(before);
                subtrees.append(before->subtree);
            }
        }
        m_parentTrees.announce(subtrees);
    }
    QList<PendingFile> pending;
    for (const QByteArray &name : *names) {
        if (auto ok = m_context.checkCancelled(); !ok)
            return fail(ok.error());
        const QByteArray entryPath = path + '/' + name;
        bool mustRead = false;
        auto node = backupEntry(entryPath, name, previous.value(name), &mustRead, folder.fd());
        if (!node)
            return fail(node.error());
        if (!*node)
            continue;
        if (mustRead)
            pending.append(PendingFile{tree.nodes.size(), entryPath, name});
        tree.nodes.append(**node);
    }
    if (!pending.isEmpty()) {
        if (auto ok = readPending(tree.nodes, pending, folder.fd()); !ok)
            return fail(ok.error());
        tree.nodes.removeIf([](const TreeNode &node) { return node.name.isEmpty(); });
    }
    if (!announced.isEmpty()) {
        // Those the walk did not ask for (no longer folders, or unreadable) are not read ahead.
        QSet<QByteArray> folders;
        for (const TreeNode &node : tree.nodes) {
            if (node.type == TreeNode::Type::Directory)
                folders.insert(node.name);
        }
        for (const TreeNode *before : std::as_const(announced)) {
            if (!folders.contains(before->name))
                m_parentTrees.forget(before->subtree);
        }
    }
    return storeTree(tree);
}

Result<> BackupRun::readPending(QList<TreeNode> &nodes, const QList<PendingFile> &pending, int folderFd)
{
    // Empty for the files a stop left unread.
    std::vector<std::optional<Result<>>> results(size_t(pending.size()));
    std::atomic<qsizetype> next{0};
    std::atomic<bool> stop{false};
    const auto readSome = [&](FileReader &reader) {
        for (qsizetype i; !stop.load(std::memory_order_relaxed) && (i = next.fetch_add(1)) < pending.size();) {
            m_context.setCurrentItem(display(pending[i].path));
            const auto &read
                = results[size_t(i)].emplace(reader.read(folderFd, pending[i].name, nodes[pending[i].node]));
            if (read)
                m_context.addDone(1, 0); // each file as it is read, not the folder's at once
            else if (read.error().code != ErrorCode::Io)
                stop = true;
        }
    };
    // This thread reads too; the others only join when there is more than one file.
    const size_t helpers = std::min(m_readers.size(), size_t(pending.size())) - 1;
    std::vector<std::thread> threads;
    for (size_t r = 1; r <= helpers; ++r)
        threads.emplace_back(readSome, std::ref(*m_readers[r]));
    readSome(*m_readers[0]);
    for (auto &thread : threads)
        thread.join();
    // After a stop, the files read in full still go into the resume record.
    std::optional<Error> stopped;
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const std::optional<Result<>> &read = results[size_t(i)];
        if (!read || (!*read && read->error().code != ErrorCode::Io)) {
            if (read && !stopped)
                stopped = read->error();
            continue;
        }
        TreeNode &node = nodes[pending[i].node];
        auto kept = finishRead(pending[i].path, node, *read);
        if (!kept)
            return fail(kept.error());
        if (!*kept)
            node.name.clear();
    }
    if (stopped)
        return fail(*stopped);
    return {};
}

Result<bool> BackupRun::finishRead(const QByteArray &path, TreeNode &node, const Result<> &read)
{
    if (!read) {
        if (read.error().code != ErrorCode::Io)
            return fail(read.error());
        m_context.warn(display(path), Text::tr("Skipped: %1.").arg(read.error().message));
        ++totals.warnings;
        return false;
    }
    if (node.links > 1)
        m_linkedChunks.insert(qMakePair(node.device, node.inode), node.chunks);
    ++totals.files;
    totals.bytes += node.size;
    totals.readBytes += node.size;
    if (resume) {
        resume->add(path, node);
        if (auto ok = resume->writeIfDue(); !ok)
            return fail(ok.error());
    }
    return true;
}

Result<std::optional<TreeNode>> BackupRun::backupEntry(const QByteArray &path, const QByteArray &name,
                                                       const TreeNode *previous, bool *pending, int folderFd)
{
    // Relative to the open folder when there is one; the root paths are looked up whole.
    const QByteArray &lookup = folderFd == AT_FDCWD ? path : name;
    if (excluded.contains(path))
        return std::optional<TreeNode>();
    struct stat info { };
    if (::fstatat(folderFd, lookup.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
        m_context.warn(display(path), Text::tr("Skipped: %1.").arg(systemErrorText(errno)));
        ++totals.warnings;
        return std::optional<TreeNode>();
    }
    if (!S_ISDIR(info.st_mode) && !S_ISREG(info.st_mode) && !S_ISLNK(info.st_mode)) {
        m_context.warn(display(path), Text::tr("Skipped: sockets, pipes and devices are not backed up."));
        ++totals.warnings;
        return std::optional<TreeNode>();
    }
    TreeNode node = m_nodes.nodeFor(name, info);
    switch (node.type) {
    case TreeNode::Type::Directory: {
        std::optional<Tree> parentTree;
        if (previous && previous->type == TreeNode::Type::Directory) {
            // A damaged or missing parent tree only costs re-reading this folder.
            if (auto tree = m_parentTrees.read(previous->subtree))
                parentTree = std::move(*tree);
        }
        auto subtree = backupFolder(path, parentTree ? &*parentTree : nullptr);
        if (!subtree)
            return fail(subtree.error());
        node.subtree = *subtree;
        ++totals.directories;
        break;
    }
    case TreeNode::Type::Symlink: {
        QByteArray target(qMax<qsizetype>(info.st_size, 255) + 1, Qt::Uninitialized);
        const ssize_t length = ::readlinkat(folderFd, lookup.constData(), target.data(), size_t(target.size()));
        if (length < 0) {
            m_context.warn(display(path),
                           Text::tr("Skipped: the link cannot be read (%1).").arg(systemErrorText(errno)));
            ++totals.warnings;
            return std::optional<TreeNode>();
        }
        target.truncate(length);
        node.linkTarget = target;
        ++totals.symlinks;
        break;
    }
    case TreeNode::Type::File:
        if (!needsReading(path, node, previous)) {
            ++totals.files;
            totals.bytes += node.size;
            m_context.addDone(1, node.size);
        } else if (pending) {
            *pending = true;
        } else {
            m_context.setCurrentItem(display(path));
            auto kept = finishRead(path, node, m_readers[0]->read(folderFd, lookup, node));
            if (!kept)
                return fail(kept.error());
            if (!*kept)
                return std::optional<TreeNode>();
            m_context.addDone(1, 0);
        }
        break;
    }
    return std::optional<TreeNode>(node);
}

bool BackupRun::unchanged(const TreeNode &node, const TreeNode *previous) const
{
    if (!previous || previous->type != TreeNode::Type::File || previous->size != node.size
        || previous->mtimeNs != node.mtimeNs || previous->inode != node.inode)
        return false;
    // Only when every chunk is still in the vault (an index may have been lost).
    return std::all_of(previous->chunks.begin(), previous->chunks.end(),
                       [&](const ChunkId &id) { return m_vault.index().contains(id); });
}

bool BackupRun::needsReading(const QByteArray &path, TreeNode &node, const TreeNode *previous)
{
    if (unchanged(node, previous)) {
        node.chunks = previous->chunks;
        ++totals.unchangedFiles;
        return false;
    }
    if (const TreeNode *recorded = resume ? resume->find(path) : nullptr; recorded && unchanged(node, recorded)) {
        node.chunks = recorded->chunks;
        ++totals.resumedFiles;
        return false;
    }
    if (node.links > 1) {
        if (auto it = m_linkedChunks.constFind(qMakePair(node.device, node.inode)); it != m_linkedChunks.constEnd()) {
            node.chunks = *it;
            return false;
        }
    }
    return true;
}

// The latest snapshot of the same host and paths, whose unchanged files need no reading.
std::optional<Snapshot> findParent(Vault &vault, const BackupRequest &request, const QString &host,
                                   const QStringList &paths)
{
    if (request.parent == QLatin1String("none"))
        return std::nullopt;
    if (!request.parent.isEmpty()) {
        auto snapshot = vault.findSnapshot(request.parent);
        return snapshot ? std::optional<Snapshot>(*snapshot) : std::nullopt;
    }
    auto snapshots = vault.listSnapshots();
    if (!snapshots)
        return std::nullopt;
    for (auto it = snapshots->crbegin(); it != snapshots->crend(); ++it) {
        if (it->host == host && it->paths == paths)
            return *it;
    }
    return std::nullopt;
}
} // namespace

static Result<Snapshot> backupHoldingLock(Vault &vault, const BackupRequest &request, JobContext &context)
{
    if (request.paths.isEmpty())
        return fail(ErrorCode::Usage, Text::tr("Name at least one file or folder to back up."));
    QStringList paths;
    QSet<QString> names;
    for (const QString &given : request.paths) {
        const QString path = QDir::cleanPath(QFileInfo(given).absoluteFilePath());
        if (!QFileInfo(path).exists() && !QFileInfo(path).isSymLink())
            return fail(ErrorCode::NotFound, Text::tr("\"%1\" does not exist: check the path.").arg(given));
        const QString name = path == QLatin1String("/") ? QStringLiteral("root") : QFileInfo(path).fileName();
        if (names.contains(name))
            return fail(ErrorCode::InvalidInput,
                        Text::tr("Two of the paths are named \"%1\": back them up in separate snapshots, or name their "
                                 "common folder instead.")
                            .arg(name));
        names.insert(name);
        paths << path;
    }
    std::sort(paths.begin(), paths.end());
    QSet<QByteArray> excluded;
    for (const QString &given : request.excludes)
        excluded.insert(QFile::encodeName(QDir::cleanPath(QFileInfo(given).absoluteFilePath())));
    const QString host = request.host.isEmpty() ? QSysInfo::machineHostName() : request.host;

    context.setPhase(Text::tr("Preparing the backup"));
    if (auto removed = removeUnfinishedWrites(vault); !removed)
        return fail(removed.error());
    auto adopted = vault.adoptUnindexedPacks(context);
    if (!adopted)
        return fail(adopted.error());
    ResumeRecord resume(vault);
    if (auto loaded = resume.load(context); !loaded)
        return fail(loaded.error());
    const std::optional<Snapshot> parent = findParent(vault, request, host, paths);
    std::optional<Tree> parentRoot;
    if (parent) {
        if (auto tree = vault.readTree(parent->tree))
            parentRoot = std::move(*tree);
    }

    std::atomic<bool> stopScan{false};
    QList<QByteArray> scanPaths;
    for (const QString &path : paths)
        scanPaths << QFile::encodeName(path);
    std::thread scanner(scanTotals, scanPaths, std::cref(excluded), std::ref(context), std::ref(stopScan));

    BlobWriter writer(vault, context, request.workers);
    writer.addUnindexedPacks(*adopted);
    BackupRun run(vault, context, writer, request.readers);
    run.excluded = excluded;
    run.resume = &resume;
    context.setPhase(Text::tr("Backing up"));

    Tree root;
    Result<> walked;
    for (const QString &path : paths) {
        const QString name = path == QLatin1String("/") ? QStringLiteral("root") : QFileInfo(path).fileName();
        const TreeNode *previous = nullptr;
        if (parentRoot) {
            for (const TreeNode &node : parentRoot->nodes) {
                if (node.name == QFile::encodeName(name))
                    previous = &node;
            }
        }
        auto node = run.backupEntry(QFile::encodeName(path), QFile::encodeName(name), previous);
        if (!node) {
            walked = fail(node.error());
            break;
        }
        if (*node)
            root.nodes.append(**node);
    }
    ChunkId rootId;
    if (walked) {
        auto id = run.storeTree(root);
        if (id)
            rootId = *id;
        else
            walked = fail(id.error());
    }
    stopScan = true;
    scanner.join();
    // Even after a failure or cancellation: upload what is packed and index it, so the next run
    // starts from there.
    context.setPhase(Text::tr("Writing the last packs and the index"));
    auto finished = writer.finish();
    if (!walked || !finished) {
        // After the packs: what the record lists is then durable, so the next run skips it.
        if (auto recorded = resume.write(); !recorded)
            qCWarning(lcVault) << "the resume record was not written:" << recorded.error().message;
        return fail(!walked ? walked.error() : finished.error());
    }

    Snapshot snapshot;
    snapshot.time = QDateTime::currentDateTimeUtc();
    snapshot.host = host;
    snapshot.user = qEnvironmentVariable("USER");
    snapshot.paths = paths;
    snapshot.tags = request.tags;
    snapshot.tree = rootId;
    snapshot.parent = parent ? parent->id : QString();
    snapshot.totals = run.totals;
    snapshot.totals.newBlobs = writer.newBlobs();
    snapshot.totals.newBytes = writer.newBytes();
    snapshot.totals.storedBytes = writer.storedBytes();
    if (auto ok = vault.writeSnapshot(snapshot); !ok)
        return fail(ok.error());
    vault.index().compact();
    if (auto removed = resume.remove(); !removed)
        context.notify(QStringLiteral("resume/"), removed.error().message);
    context.finish();
    qCInfo(lcVault) << "snapshot" << snapshot.shortId() << "files" << snapshot.totals.files << "new bytes"
                    << snapshot.totals.newBytes;
    return snapshot;
}

// Backups write and adopt packs: one at a time, and nothing else beside them.
Result<Snapshot> backup(Vault &vault, const BackupRequest &request, JobContext &context)
{
    return withVaultLock(vault, LockMode::Exclusive, QStringLiteral("backup"), context,
                         [&] { return backupHoldingLock(vault, request, context); });
}

} // namespace Semina::Vault
