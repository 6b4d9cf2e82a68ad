#include "drives/SealedFile.h"

#include "core/DirectIo.h"
#include "crypto/Aead.h"
#include "drives/Crc64.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::SealedFile)
};

constexpr qint64 kReadBlock = qint64(4) << 20;

// Reused per thread: fresh memory is slow to touch here (STACK.md).
DirectIo::AlignedBuffer &readBuffer()
{
    thread_local DirectIo::AlignedBuffer buffer(kReadBlock);
    return buffer;
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {
    }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    [[nodiscard]] int get() const { return m_fd; }

private:
    int m_fd;
};

Error writeError(const QString &path, int error)
{
    return {ErrorCode::Io,
            Text::tr("The drive file %1 cannot be written: %2.")
                .arg(QDir::toNativeSeparators(path), systemErrorText(error))};
}

Error readError(const QString &path, int error)
{
    return {ErrorCode::Io,
            Text::tr("The drive file %1 cannot be read (%2): check that the drive is still connected, then run "
                     "the same command again to continue.")
                .arg(QDir::toNativeSeparators(path), systemErrorText(error))};
}

} // namespace

namespace SealedFormat {

qint64 sealedSize(qint64 plainSize)
{
    const qint64 segments = plainSize == 0 ? 1 : (plainSize + kSegment - 1) / kSegment;
    return plainSize + segments * kOverhead;
}

QByteArray associatedData(const QByteArray &driveId, QByteArrayView fileId, quint64 index, bool last)
{
    QByteArray data = QByteArrayLiteral("semina-drive-v1 segment ");
    char length[2];
    qToBigEndian(quint16(driveId.size()), length);
    data.append(length, 2).append(driveId).append(fileId);
    char position[8];
    qToBigEndian(index, position);
    data.append(position, 8).append(last ? '\1' : '\0');
    return data;
}

} // namespace SealedFormat

// The file is written in place, not through a temporary and a rename: until the journal
// records it (after its read-back and a sync of the drive), a file is never trusted, so a torn
// one is simply written again. Aligned blocks go by direct I/O from a reused stage, the short
// tail through the page cache (the O_DIRECT read-back writes it out first).
struct SealedFileWriter::State {
    State(QString target, SealedFileIdentity id)
        : path(std::move(target))
        , identity(std::move(id))
    {
    }
    ~State()
    {
        if (fd >= 0)
            ::close(fd);
    }

    // Writes the staged bytes: with direct I/O only whole blocks, unless `last`, when the short
    // tail goes through the page cache. Returns 0 or an errno.
    int flushStage(bool last)
    {
        const qint64 length = direct ? DirectIo::alignDown(staged) : staged;
        if (length > 0) {
            if (const int error = DirectIo::writeAll(fd, QByteArrayView(stage().data(), length), offset))
                return error;
            offset += length;
            staged -= length;
            std::memmove(stage().data(), stage().data() + length, size_t(staged));
        }
        if (last && staged > 0) {
            if (const int error = DirectIo::setDirect(fd, false))
                return error;
            direct = false;
            if (const int error = DirectIo::writeAll(fd, QByteArrayView(stage().data(), staged), offset))
                return error;
            offset += staged;
            staged = 0;
        }
        return 0;
    }

    static DirectIo::AlignedBuffer &stage()
    {
        thread_local DirectIo::AlignedBuffer buffer(kStage + SealedFormat::kSealedSegment);
        return buffer;
    }

    static constexpr qint64 kStage = qint64(8) << 20;
    QString path;
    SealedFileIdentity identity;
    int fd = -1;
    bool direct = false;
    qint64 staged = 0; // bytes waiting in the stage
    qint64 offset = 0; // of the stage's first byte in the file
    QByteArray pending; // plaintext not yet sealed, less than a segment
    QByteArray sealed; // reused output of one segment
    qint64 announced = 0;
    qint64 received = 0;
    qint64 written = 0;
    quint64 index = 0;
    Crc64 crc;
};

SealedFileWriter::SealedFileWriter(QString path, SealedFileIdentity identity)
    : m_state(new State(std::move(path), std::move(identity)))
{
}

SealedFileWriter::~SealedFileWriter()
{
    delete m_state;
}

Result<> SealedFileWriter::open(qint64 plainSize)
{
    State &s = *m_state;
    s.announced = plainSize;
    s.pending.reserve(SealedFormat::kSegment);
    if (State::stage().isNull())
        return fail(ErrorCode::Io, Text::tr("Out of memory while writing %1.").arg(QDir::toNativeSeparators(s.path)));
    s.fd = ::open(QFile::encodeName(s.path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (s.fd < 0)
        return fail(writeError(s.path, errno));
    s.direct = plainSize >= SealedFormat::kSegment && DirectIo::setDirect(s.fd, true) == 0;
    return {};
}

Result<> SealedFileWriter::sealPending(bool last)
{
    State &s = *m_state;
    s.sealed.clear();
    const QByteArray data = SealedFormat::associatedData(s.identity.driveId, s.identity.fileId, s.index, last);
    if (auto sealed = Crypto::Aead::sealAppend(s.identity.key, s.pending, data, s.sealed); !sealed)
        return sealed;
    std::memcpy(State::stage().data() + s.staged, s.sealed.constData(), size_t(s.sealed.size()));
    s.crc.add(s.sealed);
    s.staged += s.sealed.size();
    s.written += s.sealed.size();
    if (s.staged >= State::kStage)
        if (const int error = s.flushStage(false))
            return fail(writeError(s.path, error));
    s.pending.clear();
    ++s.index;
    return {};
}

Result<> SealedFileWriter::write(QByteArrayView plain)
{
    State &s = *m_state;
    while (!plain.isEmpty()) {
        // A full segment is sealed only once more bytes follow, so the last one knows it is last.
        if (s.pending.size() == SealedFormat::kSegment)
            if (auto sealed = sealPending(false); !sealed)
                return sealed;
        const qsizetype take = qMin(plain.size(), qsizetype(SealedFormat::kSegment - s.pending.size()));
        s.pending.append(plain.first(take));
        s.received += take;
        plain = plain.sliced(take);
    }
    return {};
}

quint64 SealedFileWriter::crc64() const
{
    return m_state->crc.value();
}

Result<qint64> SealedFileWriter::commit()
{
    State &s = *m_state;
    if (s.received != s.announced)
        return fail(ErrorCode::Internal,
                    QStringLiteral("sealed file %1: %2 bytes announced, %3 written")
                        .arg(s.path)
                        .arg(s.announced)
                        .arg(s.received));
    if (auto sealed = sealPending(true); !sealed)
        return fail(sealed.error());
    if (const int error = s.flushStage(true))
        return fail(writeError(s.path, error));
    const int fd = s.fd;
    s.fd = -1;
    if (::close(fd) != 0)
        return fail(writeError(s.path, errno));
    return s.written;
}

Result<> syncDrive(const QString &root)
{
    const FileDescriptor fd(::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0 || ::syncfs(fd.get()) != 0)
        return fail(ErrorCode::Io,
                    Text::tr("The drive %1 cannot be synced (%2): check that it is still connected, then "
                             "run the same command again to continue.")
                        .arg(QDir::toNativeSeparators(root), systemErrorText(errno)));
    return {};
}

void dropCachedPages(const QString &path)
{
    const FileDescriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() >= 0)
        ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_DONTNEED);
}

Result<ReadBack> readSealedFile(const QString &path, const SealedFileIdentity &identity, const PlainSink &sink,
                                bool withCrc)
{
    const QByteArray encoded = QFile::encodeName(path);
    int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC | O_DIRECT);
    if (fd < 0 && errno == EINVAL) {
        // No direct I/O here (FUSE, tmpfs): drop the clean cached pages so the reads below come
        // from the disk.
        fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            // Dirty pages cannot be dropped: write them out first.
            ::fdatasync(fd);
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        }
    }
    if (fd < 0)
        return fail(errno == ENOENT
                        ? Error{ErrorCode::Corruption,
                                Text::tr("The drive file %1 is missing.").arg(QDir::toNativeSeparators(path))}
                        : readError(path, errno));
    const FileDescriptor file(fd);
    struct stat status { };
    if (::fstat(fd, &status) != 0)
        return fail(readError(path, errno));
    const qint64 size = status.st_size;

    DirectIo::AlignedBuffer &buffer = readBuffer();
    if (buffer.isNull())
        return fail(ErrorCode::Io, Text::tr("Out of memory while reading %1.").arg(QDir::toNativeSeparators(path)));
    thread_local QByteArray carry;
    thread_local QByteArray plain;
    carry.clear();
    ReadBack result;
    result.sealedBytes = size;
    Crc64 crc;
    quint64 index = 0;
    qint64 offset = 0;
    auto openSegment = [&](QByteArrayView sealed, bool last) -> Result<> {
        const QByteArray data = SealedFormat::associatedData(identity.driveId, identity.fileId, index, last);
        if (!Crypto::Aead::openInto(identity.key, sealed, data, plain))
            return fail(ErrorCode::Corruption,
                        Text::tr("The drive file %1 is damaged: segment %2 does not open (changed, cut short or "
                                 "moved bytes).")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(index));
        result.plainBytes += plain.size();
        ++index;
        return sink(plain);
    };
    while (offset < size) {
        const ssize_t n = ::pread(fd, buffer.data(), size_t(kReadBlock), off_t(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(readError(path, errno));
        }
        if (n == 0)
            break;
        const QByteArrayView got(buffer.data(), n);
        if (withCrc)
            crc.add(got);
        offset += n;
        carry.append(got);
        // Whole segments that are not the file's last are opened as they arrive.
        qsizetype used = 0;
        while (carry.size() - used >= SealedFormat::kSealedSegment
               && offset - (carry.size() - used) + SealedFormat::kSealedSegment < size) {
            if (auto opened = openSegment(QByteArrayView(carry).sliced(used, SealedFormat::kSealedSegment), false);
                !opened)
                return fail(opened.error());
            used += SealedFormat::kSealedSegment;
        }
        carry.remove(0, used);
    }
    if (offset != size || carry.size() < SealedFormat::kOverhead || carry.size() > SealedFormat::kSealedSegment)
        return fail(ErrorCode::Corruption,
                    Text::tr("The drive file %1 is damaged: it is cut short.").arg(QDir::toNativeSeparators(path)));
    if (auto opened = openSegment(carry, true); !opened)
        return fail(opened.error());
    result.crc64 = withCrc ? crc.value() : 0;
    return result;
}

} // namespace Semina::Drives
