#include "drives/SealedFile.h"

#include "core/DirectIo.h"
#include "crypto/Aead.h"
#include "drives/Crc64.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtEndian>

#include <array>
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

// Two per thread, reused: one being read from the disk while the other is opened and hashed.
// Fresh memory is slow to touch here (STACK.md).
DirectIo::AlignedBuffer &readBuffer(int which)
{
    thread_local std::array<DirectIo::AlignedBuffer, 2> buffers{DirectIo::AlignedBuffer(kReadBlock),
                                                                DirectIo::AlignedBuffer(kReadBlock)};
    return buffers.at(size_t(which));
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
// one is simply written again. Sealed segments gather in one of two reused stages; when it holds
// kStage bytes its aligned blocks go to the disk by direct I/O on an I/O thread while sealing
// goes on into the other stage. The short tail goes through the page cache (the O_DIRECT
// read-back writes it out first).
struct SealedFileWriter::State {
    State(QString target, SealedFileIdentity id)
        : path(std::move(target))
        , identity(std::move(id))
    {
    }
    ~State()
    {
        // The stage being written and the file stay in use until the write is done.
        (void)writing.wait();
        if (fd >= 0)
            ::close(fd);
    }

    // The write of the other stage: 0 once it has succeeded, or its errno.
    int finishWriting()
    {
        const qint64 result = writing.wait();
        return result < 0 ? int(-result) : 0;
    }

    // Starts writing the staged bytes: with direct I/O only whole blocks, the rest moving to the
    // other stage, which becomes the current one. With `last`, waits for that write and writes
    // the short tail through the page cache. Returns 0 or an errno.
    int flushStage(bool last)
    {
        const qint64 length = direct ? DirectIo::alignDown(staged) : staged;
        if (length > 0) {
            if (const int error = finishWriting())
                return error;
            char *full = stage(current).data();
            current = 1 - current;
            staged -= length;
            std::memcpy(stage(current).data(), full + length, size_t(staged));
            writing = DirectIo::Transfer::write(fd, QByteArrayView(full, length), offset);
            offset += length;
        }
        if (!last)
            return 0;
        if (const int error = finishWriting())
            return error;
        if (staged > 0) {
            if (const int error = DirectIo::setDirect(fd, false))
                return error;
            direct = false;
            if (const int error = DirectIo::writeAll(fd, QByteArrayView(stage(current).data(), staged), offset))
                return error;
            offset += staged;
            staged = 0;
        }
        return 0;
    }

    static DirectIo::AlignedBuffer &stage(int which)
    {
        thread_local std::array<DirectIo::AlignedBuffer, 2> buffers{
            DirectIo::AlignedBuffer(kStage + SealedFormat::kSealedSegment),
            DirectIo::AlignedBuffer(kStage + SealedFormat::kSealedSegment)};
        return buffers.at(size_t(which));
    }
    static QByteArray &pendingPlain()
    {
        thread_local QByteArray plain;
        return plain;
    }
    [[nodiscard]] char *stagedEnd() const { return stage(current).data() + staged; }

    static constexpr qint64 kStage = qint64(8) << 20;
    QString path;
    SealedFileIdentity identity;
    int fd = -1;
    bool direct = false;
    int current = 0; // the stage being filled
    DirectIo::Transfer writing; // of the other stage
    qint64 staged = 0; // bytes waiting in the current stage
    qint64 offset = 0; // of the stage's first byte in the file
    QByteArray &pending = pendingPlain(); // plaintext not yet sealed, up to a segment
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
    // resize(0), not clear(): clear() would give the reused memory back.
    s.pending.resize(0);
    s.pending.reserve(SealedFormat::kSegment);
    if (State::stage(0).isNull() || State::stage(1).isNull())
        return fail(ErrorCode::Io, Text::tr("Out of memory while writing %1.").arg(QDir::toNativeSeparators(s.path)));
    s.fd = ::open(QFile::encodeName(s.path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (s.fd < 0)
        return fail(writeError(s.path, errno));
    s.direct = plainSize >= SealedFormat::kSegment && DirectIo::setDirect(s.fd, true) == 0;
    return {};
}

// Seals one segment straight into the stage, and writes the stage out once it is full.
Result<> SealedFileWriter::sealSegment(QByteArrayView plain, bool last)
{
    State &s = *m_state;
    const QByteArray data = SealedFormat::associatedData(s.identity.driveId, s.identity.fileId, s.index, last);
    char *at = s.stagedEnd();
    if (auto sealed = Crypto::Aead::sealInto(s.identity.key, plain, data, at); !sealed)
        return sealed;
    const qint64 length = plain.size() + SealedFormat::kOverhead;
    s.crc.add(QByteArrayView(at, length));
    s.staged += length;
    s.written += length;
    ++s.index;
    if (s.staged >= State::kStage)
        if (const int error = s.flushStage(false))
            return fail(writeError(s.path, error));
    return {};
}

Result<> SealedFileWriter::write(QByteArrayView plain)
{
    State &s = *m_state;
    while (!plain.isEmpty()) {
        // A full segment is sealed only once more bytes follow, so the last one knows it is last.
        if (s.pending.size() == SealedFormat::kSegment) {
            if (auto sealed = sealSegment(s.pending, false); !sealed)
                return sealed;
            s.pending.resize(0);
        }
        // Whole segments that are not the file's last are sealed where they are, without a copy.
        while (s.pending.isEmpty() && plain.size() >= SealedFormat::kSegment
               && s.received + SealedFormat::kSegment < s.announced) {
            if (auto sealed = sealSegment(plain.first(SealedFormat::kSegment), false); !sealed)
                return sealed;
            s.received += SealedFormat::kSegment;
            plain = plain.sliced(SealedFormat::kSegment);
        }
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
    if (auto sealed = sealSegment(s.pending, true); !sealed)
        return fail(sealed.error());
    s.pending.resize(0);
    if (const int error = s.flushStage(true))
        return fail(writeError(s.path, error));
    const int fd = s.fd;
    s.fd = -1;
    if (::close(fd) != 0)
        return fail(writeError(s.path, errno));
    return s.written;
}

namespace {

Error syncError(const QString &root, int error)
{
    return {ErrorCode::Io,
            Text::tr("The drive %1 cannot be synced (%2): check that it is still connected, then run the same "
                     "command again to continue.")
                .arg(QDir::toNativeSeparators(root), systemErrorText(error))};
}

} // namespace

Result<> syncDrive(const QString &root)
{
    DriveSync sync;
    if (auto started = sync.start(root); !started)
        return started;
    return sync.wait();
}

DriveSync::~DriveSync()
{
    (void)wait();
}

Result<> DriveSync::start(const QString &root)
{
    if (auto done = wait(); !done)
        return done;
    m_root = root;
    m_fd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_fd < 0)
        return fail(syncError(root, errno));
    m_sync = DirectIo::Transfer::syncFileSystem(m_fd);
    return {};
}

Result<> DriveSync::wait()
{
    if (m_fd < 0)
        return {};
    const qint64 result = m_sync.wait();
    ::close(m_fd);
    m_fd = -1;
    if (result < 0)
        return fail(syncError(m_root, int(-result)));
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

    if (readBuffer(0).isNull() || readBuffer(1).isNull())
        return fail(ErrorCode::Io, Text::tr("Out of memory while reading %1.").arg(QDir::toNativeSeparators(path)));
    thread_local QByteArray carry; // a segment split between two blocks
    thread_local QByteArray plain;
    carry.resize(0); // keeps the reused memory, as clear() would not
    ReadBack result;
    result.sealedBytes = size;
    Crc64 crc;
    quint64 index = 0;
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
    // Every whole segment but the file's last is opened as it arrives; the last is opened at the
    // end, as the last. `opened` is the file offset up to which segments were opened.
    qint64 opened = 0;
    auto openWhole = [&](QByteArrayView &got) -> Result<> {
        if (!carry.isEmpty()) {
            const qsizetype take = qMin(got.size(), qsizetype(SealedFormat::kSealedSegment - carry.size()));
            carry.append(got.first(take));
            got = got.sliced(take);
            if (carry.size() < SealedFormat::kSealedSegment || opened + SealedFormat::kSealedSegment >= size)
                return {};
            if (auto ok = openSegment(carry, false); !ok)
                return ok;
            carry.resize(0);
            opened += SealedFormat::kSealedSegment;
        }
        while (got.size() >= SealedFormat::kSealedSegment && opened + SealedFormat::kSealedSegment < size) {
            if (auto ok = openSegment(got.first(SealedFormat::kSealedSegment), false); !ok)
                return ok;
            got = got.sliced(SealedFormat::kSealedSegment);
            opened += SealedFormat::kSealedSegment;
        }
        carry.append(got);
        return {};
    };
    // The next block is read from the disk while this one is opened.
    int slot = 0;
    qint64 offset = 0;
    DirectIo::Transfer reading = DirectIo::Transfer::read(fd, readBuffer(slot).data(), kReadBlock, 0);
    while (offset < size) {
        const qint64 n = reading.wait();
        if (n < 0)
            return fail(readError(path, int(-n)));
        if (n == 0)
            break;
        offset += n;
        if (offset < size)
            reading = DirectIo::Transfer::read(fd, readBuffer(1 - slot).data(), kReadBlock, offset);
        QByteArrayView got(readBuffer(slot).data(), n);
        if (withCrc)
            crc.add(got);
        if (auto ok = openWhole(got); !ok)
            return fail(ok.error());
        slot = 1 - slot;
    }
    if (offset != size || carry.size() < SealedFormat::kOverhead || carry.size() > SealedFormat::kSealedSegment)
        return fail(ErrorCode::Corruption,
                    Text::tr("The drive file %1 is damaged: it is cut short.").arg(QDir::toNativeSeparators(path)));
    if (auto ok = openSegment(carry, true); !ok)
        return fail(ok.error());
    result.crc64 = withCrc ? crc.value() : 0;
    return result;
}

} // namespace Semina::Drives
