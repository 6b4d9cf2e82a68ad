#pragma once

#include "core/DirectIo.h"
#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace Semina::Drives {

// How a file lies on a drive (docs/FORMAT.md, "Drives"): its plaintext cut into segments of
// kSegment bytes (the last one shorter, possibly empty), each sealed on its own with
// AES-256-GCM: `nonce (12) | ciphertext | tag (16)`. The associated data binds the drive id,
// the file id, the segment's index and whether it is the last one, so truncating a file,
// reordering or swapping segments or files, or moving a file to another drive all fail to open.
namespace SealedFormat {
inline constexpr qint64 kSegment = qint64(1) << 20;
inline constexpr qint64 kOverhead = 28;
inline constexpr qint64 kSealedSegment = kSegment + kOverhead;

[[nodiscard]] qint64 sealedSize(qint64 plainSize);
[[nodiscard]] QByteArray associatedData(const QByteArray &driveId, QByteArrayView fileId, quint64 index, bool last);
} // namespace SealedFormat

// Who a sealed file belongs to: the key and the two ids its segments are bound to.
struct SealedFileIdentity {
    QByteArray key; // the drive's sealing key (DriveKey::sealingKey)
    QByteArray driveId; // UTF-8
    QByteArray fileId; // DriveKey::fileId
};

// Writes one sealed file in place (direct I/O where the file system allows it), without an
// fsync of its own: the copy syncs the whole drive once per batch of files (syncDrive) before
// its journal records them. Plaintext may come in pieces of any size. Its buffers are reused per
// thread: a thread writes one sealed file at a time.
class SealedFileWriter {
public:
    SealedFileWriter(QString path, SealedFileIdentity identity);
    ~SealedFileWriter();
    SealedFileWriter(const SealedFileWriter &) = delete;
    SealedFileWriter &operator=(const SealedFileWriter &) = delete;

    // `plainSize` is the whole plaintext's size, known in advance (a seed object's size).
    Result<> open(qint64 plainSize);
    Result<> write(QByteArrayView plain);
    // Seals the rest and closes the file; returns the sealed size. Internal when fewer or more
    // bytes than announced were written (a bug).
    Result<qint64> commit();
    // Azure's CRC64 of the sealed bytes written so far (the whole file after commit()).
    [[nodiscard]] quint64 crc64() const;

private:
    Result<> sealSegment(QByteArrayView plain, bool last);

    struct State;
    State *m_state;
};

// What reading a sealed file back from the disk found.
struct ReadBack {
    qint64 sealedBytes = 0;
    qint64 plainBytes = 0;
    quint64 crc64 = 0; // Azure's CRC64 of the sealed bytes as the disk returned them
};

// Reads a sealed file from the disk itself, not from the page cache (O_DIRECT where the file
// system allows it; otherwise its cached pages are dropped first: it was fsync'ed, so they are
// clean), opens every segment and hands the plaintext to `sink` in order. Corruption naming the
// file and the segment when a segment fails to open or the file is cut short; Io when it cannot
// be read (the drive was pulled out).
using PlainSink = std::function<Result<>(QByteArrayView plain)>;
// `withCrc` false leaves ReadBack::crc64 at 0 (the copy takes it from the writer: bytes that
// open and check right are the bytes it wrote).
Result<ReadBack> readSealedFile(const QString &path, const SealedFileIdentity &identity, const PlainSink &sink,
                                bool withCrc = true);

// syncfs of the drive holding `root`: every file written there is on the disk when it returns.
Result<> syncDrive(const QString &root);

// syncDrive on an I/O thread, so that the copy goes on meanwhile: once wait() succeeds, every
// file closed before start() is on the disk.
class DriveSync {
public:
    DriveSync() = default;
    ~DriveSync(); // waits
    DriveSync(const DriveSync &) = delete;
    DriveSync &operator=(const DriveSync &) = delete;

    Result<> start(const QString &root);
    // Whether a sync was started and not yet waited for.
    [[nodiscard]] bool running() const { return m_fd >= 0; }
    Result<> wait();

private:
    QString m_root;
    int m_fd = -1;
    DirectIo::Transfer m_sync;
};

// Drops the file's pages from the page cache (it must have been fsync'ed), so the next read
// comes from the disk. Best effort.
void dropCachedPages(const QString &path);

} // namespace Semina::Drives
