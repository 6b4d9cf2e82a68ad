#include "store/local/LocalFolderStore.h"

#include "core/AtomicFile.h"
#include "core/JobContext.h"
#include "core/Logging.h"
#include "crypto/Digest.h"
#include "store/ObjectNames.h"
#include "store/local/FolderLayout.h"
#include "store/local/FolderLock.h"
#include "store/local/ObjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

namespace Semina::Store::Local {

namespace {
constexpr qint64 kCopyBlock = 4 * 1024 * 1024;

// A write that failed because `folder` may not be written at all (a read-only drive or mount, no
// write permission) is AccessDenied, as Azure answers a read-only SAS, so that callers can tell
// "may only read" (a restore goes on without a lock) from a failing disk (Io).
template <typename T> Result<T> deniedWhenReadOnly(Result<T> result, const QString &folder)
{
    if (result || result.error().code != ErrorCode::Io)
        return result;
    if (::access(QFile::encodeName(folder).constData(), W_OK) == 0
        || (errno != EROFS && errno != EACCES && errno != EPERM))
        return result;
    Error error = result.error();
    error.code = ErrorCode::AccessDenied;
    return fail(std::move(error));
}

// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Store::Local)
};

QString objectLabel(const QString &container, const QString &name)
{
    return Text::tr("\"%1\" in container \"%2\"").arg(name, container);
}

// mkdir -p that keeps the errno QDir::mkpath drops: 0, or why `path` could not be made.
int makeFolders(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    for (qsizetype slash = native.indexOf('/', 1);; slash = native.indexOf('/', slash + 1)) {
        const QByteArray prefix = slash < 0 ? native : native.left(slash);
        if (::mkdir(prefix.constData(), 0777) != 0 && errno != EEXIST)
            return errno;
        if (slash < 0)
            return QFileInfo(path).isDir() ? 0 : ENOTDIR;
    }
}

Error containerMissing(const QString &container, const QString &root)
{
    return {
        ErrorCode::NotFound,
        Text::tr("The container \"%1\" does not exist in the folder account %2: create it first (semina-cli creates "
                 "the containers it needs when a vault or job is set up).")
            .arg(container, root)};
}

ObjectInfo infoOf(const QString &name, const StoredObject &stored)
{
    return {name,
            stored.header.size,
            stored.header.md5,
            stored.header.etagText(),
            stored.lastModified,
            QDateTime::currentDateTimeUtc()};
}

// Walks a container folder, collecting the names under `base` (already decoded, ending with
// '/' or empty) whose first part starts with `partial`.
void collectNames(const QString &folder, const QString &base, const QString &partial, QList<QByteArray> &names)
{
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    const QByteArray suffix(FolderLayout::kFolderSuffix);
    while (it.hasNext()) {
        it.next();
        const QByteArray component = QFile::encodeName(it.fileName());
        if (component.startsWith('.'))
            continue; // temporary files, the lock
        const bool isFolder = it.fileInfo().isDir();
        if (isFolder != component.endsWith(suffix))
            continue; // not one of ours
        const QString part
            = FolderLayout::decodePart(isFolder ? component.chopped(suffix.size()) : QByteArrayView(component));
        if (part.isEmpty() || !part.startsWith(partial))
            continue;
        if (isFolder)
            collectNames(it.filePath(), base + part + u'/', {}, names);
        else
            names.append((base + part).toUtf8());
    }
}
} // namespace

LocalFolderStore::LocalFolderStore(QString accountFolder)
    : m_root(QDir::cleanPath(QDir(accountFolder).absolutePath()))
{
}

QString LocalFolderStore::describe() const
{
    return Text::tr("folder %1").arg(m_root);
}

Result<QString> LocalFolderStore::containerFolder(const QString &container, bool mustExist) const
{
    if (auto valid = checkContainerName(container); !valid)
        return fail(valid.error());
    if (!QFileInfo(m_root).isDir())
        return fail(
            ErrorCode::NotFound,
            Text::tr("The storage folder %1 does not exist: plug in its drive, or create the folder and try again.")
                .arg(m_root));
    const QString folder = m_root + u'/' + container;
    if (mustExist && !QFileInfo(folder).isDir())
        return fail(containerMissing(container, m_root));
    return folder;
}

Result<QString> LocalFolderStore::objectFile(const QString &container, const QString &name) const
{
    auto folder = containerFolder(container, true);
    if (!folder)
        return folder;
    if (auto valid = checkObjectName(name); !valid)
        return fail(valid.error());
    auto relative = FolderLayout::relativePath(name);
    if (!relative)
        return relative;
    return *folder + u'/' + *relative;
}

Result<> LocalFolderStore::createContainer(const QString &container)
{
    auto folder = containerFolder(container, false);
    if (!folder)
        return fail(folder.error());
    if (QFileInfo(*folder).isDir())
        return {};
    if (!QDir(m_root).mkdir(container) && !QFileInfo(*folder).isDir())
        return deniedWhenReadOnly<void>(
            fail(ErrorCode::Io,
                 Text::tr("Could not create the container folder %1: check that %2 is writable.").arg(*folder, m_root)),
            m_root);
    return syncFolder(m_root);
}

Result<> LocalFolderStore::deleteContainer(const QString &container)
{
    auto folder = containerFolder(container, false);
    if (!folder)
        return fail(folder.error());
    if (!QFileInfo(*folder).isDir())
        return {};
    // Renamed away first, so the container vanishes at once even if removing its files is slow
    // or interrupted; leftovers start with '.' and are never mistaken for a container.
    const QString doomed = m_root + QStringLiteral("/.deleted-") + container + u'-'
        + QString::number(QRandomGenerator::global()->generate64(), 36);
    if (::rename(QFile::encodeName(*folder).constData(), QFile::encodeName(doomed).constData()) != 0)
        return deniedWhenReadOnly<void>(
            fail(ErrorCode::Io,
                 Text::tr("Could not delete the container folder %1: check that it is writable.").arg(*folder)),
            m_root);
    if (auto synced = syncFolder(m_root); !synced)
        return synced;
    QDir(doomed).removeRecursively();
    return {};
}

Result<bool> LocalFolderStore::containerExists(const QString &container)
{
    auto folder = containerFolder(container, false);
    if (!folder)
        return fail(folder.error());
    return QFileInfo(*folder).isDir();
}

Result<ObjectInfo> LocalFolderStore::store(const QString &container, const QString &name, const PutCondition &condition,
                                           qint64 size,
                                           const std::function<Result<QByteArray>(AtomicFile &)> &writeData)
{
    return deniedWhenReadOnly(writeObject(container, name, condition, size, writeData), m_root + u'/' + container);
}

Result<ObjectInfo> LocalFolderStore::writeObject(const QString &container, const QString &name,
                                                 const PutCondition &condition, qint64 size,
                                                 const std::function<Result<QByteArray>(AtomicFile &)> &writeData)
{
    auto path = objectFile(container, name);
    if (!path)
        return fail(path.error());
    const QString parent = QFileInfo(*path).absolutePath();
    AtomicFile file(*path);
    // remove() prunes empty folders under the lock, so a folder made here may vanish before the
    // temporary file is created in it: make it again then.
    for (int attempt = 1;; ++attempt) {
        if (const int error = makeFolders(parent); error != 0)
            return fail(ErrorCode::Io,
                        error == ENOSPC || error == EDQUOT
                            ? Text::tr("Could not create the folder %1 for the object %2: %3. Free some space on "
                                       "that disk and try again.")
                                  .arg(parent, objectLabel(container, name), systemErrorText(error))
                            : Text::tr("Could not create the folder %1 for the object %2: %3. Check that %4 is "
                                       "writable.")
                                  .arg(parent, objectLabel(container, name), systemErrorText(error), m_root));
        auto opened = file.open(ObjectHeader::kSize + size);
        if (opened)
            break;
        if (attempt >= 5 || QFileInfo(parent).isDir())
            return fail(opened.error());
    }
    if (auto reserved = file.write(QByteArray(ObjectHeader::kSize, '\0')); !reserved)
        return fail(reserved.error());
    auto md5 = writeData(file);
    if (!md5)
        return fail(md5.error());
    const ObjectHeader header = ObjectHeader::fresh(*md5, size);
    if (auto written = file.writeAt(0, header.encode()); !written)
        return fail(written.error());

    // The data is flushed before the lock and the folder after it: only the check and the
    // rename are serialised, so the fsyncs of writers in one container overlap (the file
    // system then commits them together) and each put is still durable when it returns.
    if (auto synced = file.syncData(); !synced)
        return fail(synced.error());
    auto lock = std::make_optional<FolderLock>();
    if (auto locked = lock->lock(m_root + u'/' + container); !locked)
        return fail(locked.error());
    auto allowed = [&]() -> Result<> {
        if (condition.kind == PutCondition::Kind::None)
            return {};
        auto current = readObjectFile(*path, objectLabel(container, name));
        const bool exists = current || current.error().code != ErrorCode::NotFound;
        if (condition.kind == PutCondition::Kind::IfAbsent && exists)
            return fail(ErrorCode::Conflict,
                        Text::tr("The object %1 already exists: someone else wrote it first.")
                            .arg(objectLabel(container, name)));
        if (condition.kind == PutCondition::Kind::IfMatch && (!current || current->header.etagText() != condition.etag))
            return fail(
                ErrorCode::Conflict,
                Text::tr("The object %1 was changed or removed by someone else since it was read: read it again "
                         "and retry.")
                    .arg(objectLabel(container, name)));
        return {};
    }();
    if (!allowed)
        return fail(allowed.error()); // the temporary file goes with `file`
    if (auto replaced = file.replaceTarget(); !replaced)
        return fail(replaced.error());
    lock.reset();
    if (auto synced = file.syncTargetFolder(); !synced)
        return fail(synced.error());
    auto stored = readObjectFile(*path, objectLabel(container, name));
    if (!stored)
        return fail(stored.error());
    // Another writer may have replaced it already; report what this put wrote.
    return ObjectInfo{name, size, header.md5, header.etagText(), stored->lastModified, QDateTime::currentDateTimeUtc()};
}

Result<ObjectInfo> LocalFolderStore::put(const QString &container, const QString &name, const QByteArray &data,
                                         const PutCondition &condition, JobContext *context)
{
    if (context) {
        if (auto go = context->checkCancelled(); !go)
            return fail(go.error());
    }
    return store(container, name, condition, data.size(), [&](AtomicFile &file) -> Result<QByteArray> {
        if (auto written = file.write(data); !written)
            return fail(written.error());
        if (context)
            context->addDone(0, data.size());
        return Crypto::md5(data);
    });
}

Result<ObjectInfo> LocalFolderStore::putFrom(const QString &container, const QString &name, QIODevice &source,
                                             qint64 size, JobContext *context)
{
    if (size < 0)
        return fail(ErrorCode::InvalidInput, Text::tr("The size of the object %1 is negative.").arg(name));
    return store(container, name, {}, size, [&](AtomicFile &file) -> Result<QByteArray> {
        Crypto::Md5 md5;
        QByteArray block;
        for (qint64 done = 0; done < size;) {
            if (context) {
                if (auto go = context->checkCancelled(); !go)
                    return fail(go.error());
            }
            block.resize(qMin(kCopyBlock, size - done));
            const qint64 n = source.read(block.data(), block.size());
            if (n <= 0)
                return fail(ErrorCode::Io,
                            Text::tr("Could not read the data for the object %1: the source ended after "
                                     "%2 of %3 bytes (%4).")
                                .arg(objectLabel(container, name))
                                .arg(done)
                                .arg(size)
                                .arg(source.errorString()));
            const QByteArrayView chunk(block.constData(), n);
            if (auto added = md5.add(chunk); !added)
                return fail(added.error());
            if (auto written = file.write(chunk); !written)
                return fail(written.error());
            done += n;
            if (context)
                context->addDone(0, n);
        }
        return md5.finish();
    });
}

Result<QByteArray> LocalFolderStore::get(const QString &container, const QString &name, qint64 offset, qint64 length,
                                         JobContext *context, const ReadOptions &options)
{
    QByteArray data;
    if (auto read = getInto(container, name, offset, length, data, context, options); !read)
        return fail(read.error());
    return data;
}

Result<> LocalFolderStore::getInto(const QString &container, const QString &name, qint64 offset, qint64 length,
                                   QByteArray &into, JobContext *context, const ReadOptions &options)
{
    auto path = objectFile(container, name);
    if (!path)
        return fail(path.error());
    // Header and bytes come from one open file: a replacement renamed in meanwhile is another
    // file and cannot pass for damage to this one.
    QFile file(*path);
    if (auto opened = openObjectFile(file, objectLabel(container, name)); !opened)
        return fail(opened.error());
    auto stored = readObjectFile(file, objectLabel(container, name));
    if (!stored)
        return fail(stored.error());
    const qint64 size = stored->header.size;
    if (offset < 0 || length < -1 || offset > size || (length >= 0 && offset + length > size))
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The range %1+%2 is outside the object %3, which has %4 bytes.")
                        .arg(offset)
                        .arg(length)
                        .arg(objectLabel(container, name))
                        .arg(size));
    const qint64 count = length < 0 ? size - offset : length;
    if (!file.seek(ObjectHeader::kSize + offset))
        return fail(
            ErrorCode::Io,
            Text::tr("Could not read the object %1: %2.").arg(objectLabel(container, name), file.errorString()));
    into.resize(count);
    if (file.read(into.data(), count) != count)
        return fail(ErrorCode::Corruption,
                    Text::tr("The object %1 is damaged: it ended early.").arg(objectLabel(container, name)));
    if (context)
        context->addDone(0, count);
    // A whole read is checked against the MD5 recorded when it was written (the header of this
    // same file).
    if (options.checkContentMd5 && offset == 0 && count == size
        && Crypto::md5(into).value_or(QByteArray()) != stored->header.md5)
        return fail(ErrorCode::Corruption,
                    Text::tr("The object %1 is damaged: its bytes do not match the MD5 recorded when it was written. "
                             "Restore it from another copy.")
                        .arg(objectLabel(container, name)),
                    *path);
    return {};
}

Result<qint64> LocalFolderStore::getTo(const QString &container, const QString &name, QIODevice &target,
                                       JobContext *context, const ReadOptions &options)
{
    auto path = objectFile(container, name);
    if (!path)
        return fail(path.error());
    // Header and bytes come from one open file: a replacement renamed in meanwhile does not
    // affect the file this read holds open.
    QFile file(*path);
    if (auto opened = openObjectFile(file, objectLabel(container, name)); !opened)
        return fail(opened.error());
    auto stored = readObjectFile(file, objectLabel(container, name));
    if (!stored)
        return fail(stored.error());
    const qint64 size = stored->header.size;
    Crypto::Md5 md5;
    QByteArray block;
    for (qint64 done = 0; done < size;) {
        if (context) {
            if (auto go = context->checkCancelled(); !go)
                return fail(go.error());
        }
        block.resize(qMin(kCopyBlock, size - done));
        const qint64 n = file.read(block.data(), block.size());
        if (n <= 0)
            return fail(ErrorCode::Corruption,
                        Text::tr("The object %1 is damaged: it ended early.").arg(objectLabel(container, name)));
        const QByteArrayView chunk(block.constData(), n);
        if (options.checkContentMd5) {
            if (auto added = md5.add(chunk); !added)
                return fail(added.error());
        }
        if (target.write(chunk.data(), n) != n)
            return fail(ErrorCode::Io,
                        Text::tr("Could not write the object %1 to its destination: %2.")
                            .arg(objectLabel(container, name), target.errorString()));
        done += n;
        if (context)
            context->addDone(0, n);
    }
    if (!options.checkContentMd5)
        return size;
    auto digest = md5.finish();
    if (!digest)
        return fail(digest.error());
    if (*digest != stored->header.md5)
        return fail(ErrorCode::Corruption,
                    Text::tr("The object %1 is damaged: its bytes do not match the MD5 recorded when it was written. "
                             "Restore it from another copy.")
                        .arg(objectLabel(container, name)),
                    *path);
    return size;
}

Result<ObjectInfo> LocalFolderStore::head(const QString &container, const QString &name)
{
    auto path = objectFile(container, name);
    if (!path)
        return fail(path.error());
    auto stored = readObjectFile(*path, objectLabel(container, name));
    if (!stored)
        return fail(stored.error());
    return infoOf(name, *stored);
}

Result<ListPage> LocalFolderStore::list(const QString &container, const QString &prefix, const QString &marker,
                                        int maxResults)
{
    auto folder = containerFolder(container, true);
    if (!folder)
        return fail(folder.error());
    if (maxResults < 1)
        return fail(ErrorCode::InvalidInput, Text::tr("A listing page must hold at least one object."));
    // Descend straight to the folder the prefix's complete parts name.
    QString base;
    QString start = *folder;
    QList<QStringView> parts = QStringView(prefix).split(u'/');
    const QString partial = parts.takeLast().toString();
    for (const QStringView part : parts) {
        start += u'/' + QFile::decodeName(FolderLayout::encodePart(part) + FolderLayout::kFolderSuffix);
        base += part + u'/';
    }
    QList<QByteArray> names;
    if (QFileInfo(start).isDir())
        collectNames(start, base, partial, names);
    std::sort(names.begin(), names.end()); // byte order of UTF-8, as Azure lists
    const QByteArray after = marker.toUtf8();
    auto first = marker.isEmpty() ? names.cbegin() : std::upper_bound(names.cbegin(), names.cend(), after);
    ListPage page;
    for (auto it = first; it != names.cend() && page.objects.size() < maxResults; ++it) {
        const QString name = QString::fromUtf8(*it);
        auto stored = readObjectFile(*folder + u'/' + *FolderLayout::relativePath(name), objectLabel(container, name));
        if (!stored) {
            if (stored.error().code == ErrorCode::NotFound)
                continue; // removed while listing
            // A damaged or unreadable object is still listed, so the others stay reachable
            // and the damage is reported where the object is read (get, getTo, head).
            qCWarning(lcStore) << "listing" << container << "holds a damaged object:" << stored.error().message;
            stored = inspectDamagedObjectFile(*folder + u'/' + *FolderLayout::relativePath(name));
        }
        page.objects.append(infoOf(name, *stored));
        if (page.objects.size() == maxResults && std::next(it) != names.cend())
            page.nextMarker = name;
    }
    return page;
}

Result<> LocalFolderStore::remove(const QString &container, const QString &name)
{
    auto path = objectFile(container, name);
    if (!path)
        return fail(path.error());
    const QString containerPath = m_root + u'/' + container;
    FolderLock lock;
    if (auto locked = lock.lock(containerPath); !locked)
        return deniedWhenReadOnly(locked, containerPath);
    if (::unlink(QFile::encodeName(*path).constData()) != 0) {
        if (errno == ENOENT)
            return {};
        return deniedWhenReadOnly<void>(fail(ErrorCode::Io,
                                             Text::tr("Could not remove the object %1: check that %2 is writable.")
                                                 .arg(objectLabel(container, name), QFileInfo(*path).absolutePath())),
                                        QFileInfo(*path).absolutePath());
    }
    // Folders left empty go too, as "folders" vanish in Azure with their last object; rmdir
    // refuses a folder that is not empty, which ends the climb.
    QString folder = QFileInfo(*path).absolutePath();
    if (auto synced = syncFolder(folder); !synced)
        return synced;
    while (folder != containerPath && folder.startsWith(containerPath)
           && ::rmdir(QFile::encodeName(folder).constData()) == 0)
        folder = QFileInfo(folder).absolutePath();
    return syncFolder(folder);
}

Result<ObjectInfo> LocalFolderStore::copy(const QString &sourceContainer, const QString &sourceName,
                                          const QString &targetContainer, const QString &targetName)
{
    auto sourcePath = objectFile(sourceContainer, sourceName);
    if (!sourcePath)
        return fail(sourcePath.error());
    QFile source(*sourcePath);
    if (auto opened = openObjectFile(source, objectLabel(sourceContainer, sourceName)); !opened)
        return fail(opened.error());
    auto stored = readObjectFile(source, objectLabel(sourceContainer, sourceName)); // leaves it at the bytes
    if (!stored)
        return fail(stored.error());
    // The copy is checked against the source's MD5 as it streams, so damage is not spread.
    return store(targetContainer, targetName, {}, stored->header.size, [&](AtomicFile &file) -> Result<QByteArray> {
        Crypto::Md5 md5;
        QByteArray block;
        for (qint64 done = 0; done < stored->header.size;) {
            block.resize(qMin(kCopyBlock, stored->header.size - done));
            const qint64 n = source.read(block.data(), block.size());
            if (n <= 0)
                break;
            if (auto added = md5.add(QByteArrayView(block.constData(), n)); !added)
                return fail(added.error());
            if (auto written = file.write(QByteArrayView(block.constData(), n)); !written)
                return fail(written.error());
            done += n;
        }
        auto digest = md5.finish();
        if (!digest)
            return fail(digest.error());
        if (*digest != stored->header.md5)
            return fail(ErrorCode::Corruption,
                        Text::tr("The object %1 is damaged, so it was not copied: its bytes do not match its MD5.")
                            .arg(objectLabel(sourceContainer, sourceName)));
        return stored->header.md5;
    });
}

} // namespace Semina::Store::Local
