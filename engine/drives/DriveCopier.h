#pragma once

#include "core/Error.h"
#include "drives/SealedFile.h"
#include "drives/SeedBlocks.h"
#include "offline/SeedManifest.h"

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace Semina {
class JobContext;
}

namespace Semina::Drives {

// What copying one object found.
struct CopiedObject {
    quint64 crc64 = 0; // of the sealed bytes on the disk (computed as written: the read-back proved them the same)
    qint64 sealedBytes = 0;
    int attempts = 1; // writes it took until the read-back matched
};

// Why a copy stopped short of an error the caller must report.
enum class CopyOutcome { Copied, DriveFull, DriveFaulty };

// An object handed to the copier: its place in the seed manifest and its file on the drive.
struct CopyItem {
    qint64 index = 0;
    Offline::SeedObject object;
    QByteArray fileId;
};

// An object written and read back right: what the journal records.
struct SettledCopy {
    CopyItem item;
    CopiedObject copied;
};

// Copies seed objects from the staging location onto one drive: each is sealed into its file,
// written out, read back from the disk (not the page cache) and checked against the seed
// manifest's SHA-256; a mismatch writes the object again, up to `attempts` times, and then the
// drive is named as faulty (Corruption).
//
// push() is a pipeline: an object's read-back runs on the copier's own thread while the next
// object is read from the staging location (a block ahead, SeedBlocks), sealed and written (a
// block behind, SealedFileWriter), so the disk and both cores stay busy. Objects are settled (reported to `settled`) in
// the order they were pushed.
class DriveCopier {
public:
    // Called on the caller's thread with each object once it read back right; an error stops the copy.
    using SettledSink = std::function<Result<>(const SettledCopy &)>;

    DriveCopier(Store::ObjectStore &seed, QString container, QString root, QString driveName, QByteArray sealingKey,
                QByteArray driveId, int attempts);
    ~DriveCopier(); // waits for the read-back in flight
    DriveCopier(const DriveCopier &) = delete;
    DriveCopier &operator=(const DriveCopier &) = delete;

    // Called with each file's path once it is written, before its read-back: the tests' seam
    // for damaging a byte on the drive.
    void setAfterWrite(std::function<void(const QString &path)> afterWrite) { m_afterWrite = std::move(afterWrite); }

    // Writes `item`, settles the object pushed before it, and starts `item`'s read-back.
    // `upcoming` is the object to be pushed next, if known: its first block is read ahead.
    // `outcome` says DriveFull (nothing is left of `item`'s file; the object before it is settled)
    // when the drive ran out of space, DriveFaulty with the error when an object kept reading back
    // wrong. After an error nothing is in flight; objects not settled are simply not journalled.
    Result<> push(const CopyItem &item, const std::optional<Offline::SeedObject> &upcoming, CopyOutcome &outcome,
                  JobContext &context, const SettledSink &settled);
    // Settles the object in flight, if any: at the end of a drive, or before stopping.
    Result<> settle(CopyOutcome &outcome, JobContext &context, const SettledSink &settled);

    // Copies one object without the pipeline: write, read back, and again on a mismatch. The
    // attempts already spent on it count against `attempts`.
    Result<CopiedObject> copy(const Offline::SeedObject &object, const QByteArray &fileId, CopyOutcome &outcome,
                              JobContext &context, int attemptsSpent = 0);

private:
    struct ReadBackCheck {
        bool matches = false;
        QString problem; // why it did not match
    };
    struct InFlight {
        CopyItem item;
        qint64 sealedBytes = 0;
        quint64 crc64 = 0; // of the sealed bytes, as written
        QFuture<Result<ReadBackCheck>> check;
    };

    // `checkSource`: hash what is read from the staging location against the seed manifest.
    // The first write skips it (the read-back is checked against the same SHA-256); a write
    // again after a mismatch does it, so that a changed seed is named instead of the drive.
    // `upcoming`: the object to be written next, whose first block is read ahead (or none).
    Result<qint64> writeObject(const Offline::SeedObject &object, const QByteArray &fileId, CopyOutcome &outcome,
                               JobContext &context, bool checkSource, const Offline::SeedObject *upcoming);
    Result<ReadBackCheck> readBack(const Offline::SeedObject &object, const QByteArray &fileId,
                                   qint64 sealedBytes) const;
    Result<CopiedObject> faulty(const Offline::SeedObject &object, const QString &problem, CopyOutcome &outcome) const;
    void abandonInFlight();
    Result<qint64> write(const Offline::SeedObject &object, const QString &path, const SealedFileIdentity &identity,
                         JobContext &context, bool checkSource, const Offline::SeedObject *upcoming);
    Error driveError(const Error &error) const;

    SeedBlocks m_source;
    QString m_root;
    QString m_driveName;
    QByteArray m_key;
    QByteArray m_driveId;
    int m_attempts;
    std::function<void(const QString &path)> m_afterWrite;
    quint64 m_writtenCrc64 = 0; // of the file write() wrote last
    QThreadPool m_readers; // one thread: the read-back stage
    std::optional<InFlight> m_inFlight;
};

} // namespace Semina::Drives
