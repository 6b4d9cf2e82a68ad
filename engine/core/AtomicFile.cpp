#include "core/AtomicFile.h"

#include "core/DirectIo.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Semina {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::AtomicFile)
};

using DirectIo::kBlock;
using DirectIo::writeAll;
constexpr qint64 kStageSize = 4 * 1024 * 1024;
constexpr qint64 kDirectThreshold = 8 * 1024 * 1024;

// ".<name>.tmp-<random>" for a target named <name>, cut so that it stays a valid file name:
// a target may use all of NAME_MAX (255 bytes on every file system Semina writes to), and its
// temporary file must not need more. The cut keeps whole characters, so the name stays UTF-8.
QString temporaryName(const QString &targetName)
{
    constexpr qsizetype kNameMax = 255;
    const QString suffix = QStringLiteral(".tmp-")
        + QString::number(QRandomGenerator::global()->generate64(), 36).rightJustified(13, u'0');
    const qsizetype room = kNameMax - 1 - suffix.size();
    QString kept = targetName;
    while (QFile::encodeName(kept).size() > room) {
        kept.chop(1);
        if (!kept.isEmpty() && kept.back().isHighSurrogate())
            kept.chop(1);
    }
    return u'.' + kept + suffix;
}

// One stage per thread, reused by every large file that thread writes (fresh memory is slow
// to touch here, warm memory is not). A second large file open at the same time in the same
// thread gets none and is written through the page cache.
thread_local bool t_stageInUse = false;

char *threadStage()
{
    thread_local DirectIo::AlignedBuffer stage;
    if (t_stageInUse)
        return nullptr;
    if (stage.isNull())
        stage = DirectIo::AlignedBuffer(kStageSize);
    return stage.data();
}
} // namespace

AtomicFile::AtomicFile(QString targetPath, FileAccess access)
    : m_target(std::move(targetPath))
    , m_access(access)
{
}

AtomicFile::~AtomicFile()
{
    discard();
}

Error AtomicFile::ioError(const QString &what, int error) const
{
    // ENOSPC and EROFS are the ones a person can fix; say so.
    QString fix;
    if (error == ENOSPC || error == EDQUOT)
        fix = Text::tr(" Free some space on that disk and try again.");
    else if (error == EROFS || error == EACCES || error == EPERM)
        fix = Text::tr(" Check that the folder is writable.");
    return {ErrorCode::Io, Text::tr("Could not %1 \"%2\": %3.").arg(what, m_target, systemErrorText(error)) + fix,
            m_temporary};
}

Result<> AtomicFile::open(qint64 expectedSize)
{
    discard();
    char *stage = expectedSize >= kDirectThreshold ? threadStage() : nullptr;
    const QFileInfo target(m_target);
    const mode_t mode = m_access == FileAccess::OwnerOnly ? 0600 : 0644;
    for (int attempt = 0; attempt < 16; ++attempt) {
        m_temporary = target.absolutePath() + u'/' + temporaryName(target.fileName());
        const QByteArray path = QFile::encodeName(m_temporary);
        m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | (stage ? O_DIRECT : 0), mode);
        if (m_fd < 0 && stage && errno == EINVAL) { // the file system has no direct I/O (tmpfs)
            stage = nullptr;
            m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        }
        if (m_fd >= 0) {
            m_size = 0;
            m_synced = false;
            m_direct = stage != nullptr;
            m_stage = stage;
            t_stageInUse = m_direct;
            m_stageOffset = 0;
            return {};
        }
        if (errno != EEXIST)
            break;
    }
    const int error = errno;
    m_temporary.clear();
    return fail(ioError(Text::tr("create a temporary file for"), error));
}

Result<> AtomicFile::write(QByteArrayView data)
{
    if (!m_direct)
        return writeAt(m_size, data);
    if (m_fd < 0)
        return fail(ErrorCode::Internal, Text::tr("The file \"%1\" was written before it was opened.").arg(m_target));
    while (!data.isEmpty()) {
        const qint64 filled = m_size - m_stageOffset;
        const qsizetype taken = qsizetype(qMin<qint64>(kStageSize - filled, data.size()));
        std::memcpy(m_stage + filled, data.data(), size_t(taken));
        m_size += taken;
        data = data.sliced(taken);
        if (m_size - m_stageOffset == kStageSize) {
            if (const int error = flushStage(false); error != 0)
                return fail(ioError(Text::tr("write"), error));
        }
    }
    return {};
}

int AtomicFile::flushStage(bool last)
{
    const qint64 filled = m_size - m_stageOffset;
    // The last block is padded to a whole block; syncData() truncates the file to its size.
    const qint64 length = DirectIo::alignUp(filled);
    if (length == 0)
        return 0;
    std::memset(m_stage + filled, 0, size_t(length - filled));
    if (const int error = writeAll(m_fd, QByteArrayView(m_stage, length), m_stageOffset); error != 0)
        return error;
    if (!last)
        m_stageOffset += length;
    return 0;
}

int AtomicFile::patchWritten(qint64 offset, QByteArrayView data)
{
    // Bytes still in the stage are patched there; flushed ones block by block on the disk.
    const qint64 end = offset + data.size();
    if (end > m_stageOffset) {
        const qint64 from = qMax(offset, m_stageOffset);
        std::memcpy(m_stage + (from - m_stageOffset), data.data() + (from - offset), size_t(end - from));
    }
    DirectIo::AlignedBuffer block;
    for (qint64 at = offset; at < qMin(end, m_stageOffset);) {
        const qint64 blockStart = DirectIo::alignDown(at);
        if (block.isNull() && (block = DirectIo::AlignedBuffer(kBlock)).isNull())
            return ENOMEM;
        if (const ssize_t got = ::pread(m_fd, block.data(), size_t(kBlock), off_t(blockStart)); got != kBlock)
            return got < 0 ? errno : EIO;
        const qint64 upto = std::min({end, blockStart + kBlock, m_stageOffset});
        std::memcpy(block.data() + (at - blockStart), data.data() + (at - offset), size_t(upto - at));
        if (const int error = writeAll(m_fd, QByteArrayView(block.data(), kBlock), blockStart); error != 0)
            return error;
        at = upto;
    }
    return 0;
}

Result<> AtomicFile::writeAt(qint64 offset, QByteArrayView data)
{
    if (m_fd < 0)
        return fail(ErrorCode::Internal, Text::tr("The file \"%1\" was written before it was opened.").arg(m_target));
    if (m_direct) {
        if (offset < 0 || offset + data.size() > m_size)
            return fail(ErrorCode::Internal,
                        Text::tr("The file \"%1\" was patched beyond what was written.").arg(m_target));
        if (const int error = patchWritten(offset, data); error != 0)
            return fail(ioError(Text::tr("write"), error));
        return {};
    }
    if (const int error = writeAll(m_fd, data, offset); error != 0)
        return fail(ioError(Text::tr("write"), error));
    m_size = qMax(m_size, offset + data.size());
    return {};
}

Result<> AtomicFile::syncData()
{
    if (m_synced)
        return {};
    if (m_fd < 0)
        return fail(ErrorCode::Internal, Text::tr("The file \"%1\" was committed before it was opened.").arg(m_target));
    if (m_direct) {
        if (int error = flushStage(true); error != 0 || ::ftruncate(m_fd, off_t(m_size)) != 0) {
            error = error ? error : errno;
            discard();
            return fail(ioError(Text::tr("write"), error));
        }
    }
    if (::fsync(m_fd) != 0) {
        const int error = errno;
        discard();
        return fail(ioError(Text::tr("flush to disk"), error));
    }
    ::close(m_fd);
    m_fd = -1;
    m_synced = true;
    if (m_direct)
        t_stageInUse = false;
    m_direct = false;
    m_stage = nullptr;
    return {};
}

Result<> AtomicFile::replaceTarget()
{
    if (!m_synced || m_temporary.isEmpty())
        return fail(ErrorCode::Internal,
                    Text::tr("The file \"%1\" was renamed into place before it was flushed to disk.").arg(m_target));
    if (::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) != 0) {
        const int error = errno;
        discard();
        return fail(ioError(Text::tr("replace"), error));
    }
    m_temporary.clear();
    return {};
}

Result<> AtomicFile::syncTargetFolder()
{
    return syncFolder(QFileInfo(m_target).absolutePath());
}

Result<> AtomicFile::commit()
{
    return commit([]() -> Result<> { return {}; });
}

void AtomicFile::discard()
{
    m_synced = false;
    if (m_direct)
        t_stageInUse = false;
    m_direct = false;
    m_stage = nullptr;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
    }
}

Result<> writeFileAtomically(const QString &path, QByteArrayView data, FileAccess access)
{
    AtomicFile file(path, access);
    if (auto opened = file.open(); !opened)
        return opened;
    if (auto written = file.write(data); !written)
        return written;
    return file.commit();
}

Result<> syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        return fail(ErrorCode::Io,
                    Text::tr("Could not flush the folder \"%1\" to disk: %2.").arg(folder, systemErrorText(error)));
    }
    ::close(fd);
    return {};
}

} // namespace Semina
