#include "vault/PlannedFileWriter.h"

#include "vault/RestoreMetadata.h"
#include "vault/TargetFolder.h"

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::Restore)
};

// The most a direct write copies at once into the aligned stage.
constexpr qint64 kStageSize = 4 * 1024 * 1024;

// Something not of this restore stands in the way: a symlink on the path (ELOOP from
// RESOLVE_NO_SYMLINKS or O_NOFOLLOW, EXDEV from RESOLVE_BENEATH), a file where a folder should
// be, a folder at the file's name, or the file removed meanwhile.
bool standsInTheWay(int error)
{
    return error == ELOOP || error == EXDEV || error == ENOTDIR || error == EEXIST || error == EISDIR
        || error == ENOENT;
}

// The file is not restored, with a warning; the first reason is kept.
void skipFile(PlannedFile &planned, const QString &reason)
{
    if (!planned.skipped.exchange(true))
        planned.skip = reason;
}
} // namespace

PlannedFileWriter::PlannedFileWriter(const TargetFolder &target, RestorePlan &plan, JobContext &context)
    : m_target(target)
    , m_plan(plan)
    , m_context(context)
{
    m_open.reserve(kOpenFiles);
}

PlannedFileWriter::~PlannedFileWriter()
{
    for (const OpenFile &open : m_open)
        ::close(open.fd);
    if (m_folderFd >= 0)
        ::close(m_folderFd);
}

Result<PlannedFileWriter::OpenFile *> PlannedFileWriter::openFile(quint32 file)
{
    for (size_t i = 0; i < m_open.size(); ++i) {
        if (m_open[i].file == file) {
            std::rotate(m_open.begin(), m_open.begin() + qsizetype(i), m_open.begin() + qsizetype(i) + 1);
            return &m_open.front();
        }
    }
    PlannedFile &planned = m_plan.files[file];
    int expected = PlannedFile::NotCreated;
    const bool creating = planned.state.compare_exchange_strong(expected, PlannedFile::Creating);
    auto fd = creating ? create(planned) : reopen(planned);
    if (!fd)
        return fail(fd.error());
    if (*fd < 0)
        return nullptr; // skipped
    if (m_open.size() == kOpenFiles) {
        ::close(m_open.back().fd);
        m_open.pop_back();
    }
    m_open.insert(m_open.begin(), {file, *fd});
    return &m_open.front();
}

Result<int> PlannedFileWriter::create(PlannedFile &planned)
{
    const qsizetype slash = planned.path.lastIndexOf('/');
    const QByteArray folder = slash < 0 ? QByteArray() : planned.path.left(slash);
    const char *name = planned.path.constData() + slash + 1;
    // Files of one folder come together: its descriptor is kept for the next one.
    if (m_folderFd < 0 || folder != m_folder) {
        if (m_folderFd >= 0)
            ::close(m_folderFd);
        m_folder = folder;
        m_folderFd = folder.isEmpty() ? ::dup(m_target.fd()) : m_target.openBeneath(folder, O_RDONLY | O_DIRECTORY);
    }
    int fd = -1;
    if (m_folderFd >= 0) {
        // Replace whatever is there, never write through it (it could be a link planted earlier);
        // in a folder this restore made, O_EXCL alone keeps that promise.
        const int flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC;
        if (!planned.inNewFolder)
            ::unlinkat(m_folderFd, name, 0);
        fd = ::openat(m_folderFd, name, flags, 0600);
        if (fd < 0 && errno == EEXIST && planned.inNewFolder) { // a tree naming an entry twice
            ::unlinkat(m_folderFd, name, 0);
            fd = ::openat(m_folderFd, name, flags, 0600);
        }
    }
    struct stat info { };
    // At its final size from the start: chunks land at their offsets in any order, and chunks
    // of zeros need not be written at all (the file keeps a hole there). A file of one chunk
    // gets its size from that write (truncating first costs ext4 more).
    const bool presize = planned.chunkCount > 1;
    if (fd < 0 || (presize && ::ftruncate(fd, planned.size) != 0) || ::fstat(fd, &info) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        if (fd < 0 && standsInTheWay(error)) {
            skipFile(planned,
                     Text::tr("Skipped: something else stands on its path or in its place, and the restore "
                              "neither follows nor removes it (%1).")
                         .arg(systemErrorText(error)));
            planned.state.store(PlannedFile::Failed, std::memory_order_release);
            return -1;
        }
        planned.state.store(PlannedFile::Failed, std::memory_order_release);
        return fail(ErrorCode::Io,
                    Text::tr("The file \"%1\" cannot be created: %2.")
                        .arg(QFile::decodeName(planned.path), systemErrorText(error)));
    }
    planned.inode.store(quint64(info.st_ino), std::memory_order_relaxed);
    planned.state.store(PlannedFile::Created, std::memory_order_release);
    return fd;
}

Result<int> PlannedFileWriter::reopen(PlannedFile &planned)
{
    // Another worker is creating it: that takes a few system calls.
    int state = PlannedFile::Creating;
    while ((state = planned.state.load(std::memory_order_acquire)) == PlannedFile::Creating)
        std::this_thread::yield();
    if (state == PlannedFile::Failed && planned.skipped.load(std::memory_order_acquire))
        return -1;
    if (state == PlannedFile::Failed)
        return fail(ErrorCode::Io, Text::tr("The file \"%1\" cannot be created.").arg(QFile::decodeName(planned.path)));
    const int fd = m_target.openBeneath(planned.path, O_WRONLY);
    struct stat info { };
    if (fd < 0 || ::fstat(fd, &info) != 0 || quint64(info.st_ino) != planned.inode.load(std::memory_order_relaxed)) {
        const int error = fd < 0 ? errno : 0;
        if (fd >= 0)
            ::close(fd);
        if (error != 0 && !standsInTheWay(error))
            return fail(ErrorCode::Io,
                        Text::tr("The file \"%1\" cannot be opened for writing: %2.")
                            .arg(QFile::decodeName(planned.path), systemErrorText(error)));
        // Replaced or moved meanwhile, or a link now on its path: never written through.
        skipFile(planned,
                 Text::tr("Skipped: it was replaced or moved while it was being restored, and the restore "
                          "does not write through what took its place. Restore into a folder nothing else "
                          "changes."));
        return -1;
    }
    return fd;
}

void PlannedFileWriter::forget(quint32 file)
{
    for (size_t i = 0; i < m_open.size(); ++i) {
        if (m_open[i].file == file) {
            ::close(m_open[i].fd);
            m_open.erase(m_open.begin() + qsizetype(i));
            return;
        }
    }
}

Error PlannedFileWriter::writeError(quint32 file, int error)
{
    forget(file);
    return {
        ErrorCode::Io,
        Text::tr("Writing \"%1\" failed: %2.").arg(QFile::decodeName(m_plan.files[file].path), systemErrorText(error))};
}

Result<> PlannedFileWriter::writeBuffered(OpenFile &open, qint64 offset, QByteArrayView data)
{
    if (data.isEmpty())
        return {};
    if (open.direct) {
        if (const int error = DirectIo::setDirect(open.fd, false); error != 0)
            return fail(writeError(open.file, error));
        open.direct = false;
    }
    if (const int error = DirectIo::writeAll(open.fd, data, offset); error != 0)
        return fail(writeError(open.file, error));
    return {};
}

Result<bool> PlannedFileWriter::writeDirect(OpenFile &open, qint64 offset, QByteArrayView data)
{
    if (!open.direct) {
        if (const int error = DirectIo::setDirect(open.fd, true); error == EINVAL) {
            m_directUsable = false; // tmpfs and a few others
            return false;
        } else if (error != 0) {
            return fail(writeError(open.file, error));
        }
        open.direct = true;
    }
    if (m_stage.isNull())
        m_stage = DirectIo::AlignedBuffer(kStageSize);
    if (m_stage.isNull()) {
        m_directUsable = false;
        return false;
    }
    for (qsizetype done = 0; done < data.size();) {
        const qsizetype piece = qsizetype(qMin<qint64>(m_stage.size(), data.size() - done));
        std::memcpy(m_stage.data(), data.data() + done, size_t(piece));
        if (const int error = DirectIo::writeAll(open.fd, QByteArrayView(m_stage.data(), piece), offset + done);
            error == EINVAL && done == 0) {
            m_directUsable = false; // the file system took the flag but not the write
            return false;
        } else if (error != 0) {
            return fail(writeError(open.file, error));
        }
        done += piece;
    }
    return true;
}

Result<> PlannedFileWriter::write(quint32 file, qint64 offset, QByteArrayView data)
{
    auto opened = openFile(file);
    if (!opened)
        return fail(opened.error());
    if (!*opened)
        return {}; // skipped
    OpenFile &open = **opened;
    const qint64 end = offset + data.size();
    const qint64 first = DirectIo::alignUp(offset);
    const qint64 last = DirectIo::alignDown(end);
    if (!m_directUsable || last - first < kDirectMinimum)
        return writeBuffered(open, offset, data);
    // The ends first: the file then already reaches its size, and the direct write fills in
    // (extending a file by direct I/O serializes on ext4).
    if (auto ok = writeBuffered(open, offset, data.first(first - offset)); !ok)
        return ok;
    if (auto ok = writeBuffered(open, last, data.sliced(last - offset)); !ok)
        return ok;
    auto direct = writeDirect(open, first, data.sliced(first - offset, last - first));
    if (!direct)
        return fail(direct.error());
    if (!*direct)
        return writeBuffered(open, first, data.sliced(first - offset, last - first));
    return {};
}

Result<> PlannedFileWriter::finish(quint32 file)
{
    auto opened = openFile(file);
    if (!opened)
        return fail(opened.error());
    if (!*opened)
        return {}; // skipped
    const PlannedFile &planned = m_plan.files[file];
    applyMetadata((*opened)->fd, planned.metadata, planned.path, m_context);
    forget(file);
    return {};
}

} // namespace Semina::Vault
