#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Semina::Drives {

// One drive as the journal knows it.
struct JournalDrive {
    int sequence = 0; // 1-based
    QString driveId;
    QString serial;
    QString name; // how the technician named it (a device or a folder)
    qint64 first = 0; // index of its first seed object (manifest order)
    qint64 end = 0; // one past the last object copied, read back and verified
    QList<quint64> crc64; // of each finished object, in order (dropped once the drive is finished)
    bool finished = false;
    bool abandoned = false; // given up (faulty or lost); its objects go to the next drive
    qint64 bytes = 0; // seed bytes on the drive, when finished
    QString manifestSha256; // hex, when finished

    [[nodiscard]] bool isOpen() const { return !finished && !abandoned; }
};

// What replaying the journal found.
struct JournalState {
    QString job;
    QString seedManifestSha256; // hex: the seed the journal belongs to
    QList<JournalDrive> drives;
    bool complete = false; // every object is on a finished drive
    qint64 validBytes = 0; // the journal's intact prefix

    // The drive still being written, or nullptr.
    [[nodiscard]] const JournalDrive *openDrive() const;
    // The first object no finished or open drive holds.
    [[nodiscard]] qint64 nextObject() const;
};

// The crash-safe journal of a job's drive preparation, in the job's folder in the staging
// location (so another copy computer can resume too). Append-only records, each
// `u32 LE length | payload | u64 LE CRC64 of both`, written with fdatasync: a record torn by a
// kill, a power cut or a full disk fails its check and is cut off on the next open, with
// everything after it, so the journal always says no more than what is on the drives. When a
// drive is finished the journal is compacted (rewritten atomically without that drive's
// object records, which its manifest now holds): it grows with the objects of one drive only,
// by about 8 bytes an object (runs of objects in one record, folded together now and then).
// One process at a time: the file is locked while open (Locked otherwise).
class DriveJournal {
public:
    explicit DriveJournal(QString path);
    ~DriveJournal();
    DriveJournal(const DriveJournal &) = delete;
    DriveJournal &operator=(const DriveJournal &) = delete;

    // Opens (creating it when missing), locks and replays the journal.
    Result<JournalState> open();
    [[nodiscard]] const JournalState &state() const { return m_state; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] qint64 size() const;

    Result<> startJob(const QString &job, const QString &seedManifestSha256);
    Result<> startDrive(const JournalDrive &drive);
    Result<> objectDone(qint64 index, quint64 crc64);
    // Several objects in one write and one fdatasync (the copy journals in batches).
    Result<> objectsDone(const QList<QPair<qint64, quint64>> &objects);
    Result<> finishDrive(qint64 bytes, const QString &manifestSha256);
    Result<> abandonDrive(const QString &reason);
    Result<> finishJob();

    // Reads a journal without locking it (for `preparedDrives` and reports).
    static Result<JournalState> read(const QString &path);

private:
    Result<> append(quint8 type, const QByteArray &payload);
    Result<> compact();
    void apply(quint8 type, const QByteArray &payload);

    QString m_path;
    int m_fd = -1;
    JournalState m_state;
    int m_recordsSinceCompaction = 0;
};

} // namespace Semina::Drives
