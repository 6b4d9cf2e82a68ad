#include "drives/DriveJournal.h"

#include "core/AtomicFile.h"
#include "core/DirectIo.h"
#include "drives/Crc64.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QtEndian>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::DriveJournal)
};

enum RecordType : quint8 {
    JobStarted = 1,
    DriveStarted = 2,
    ObjectDone = 3,
    DriveFinished = 4,
    DriveAbandoned = 5,
    JobFinished = 6,
    ObjectsDone = 7, // a run of consecutive objects: what the copy writes (3 is still read)
};

constexpr qsizetype kFrame = 4 + 8;
constexpr quint32 kMaxPayload = 1 << 20;
// Objects in one ObjectsDone record at most, and the records appended between two compactions
// of the drive being written (each then rewritten as 8 bytes an object).
constexpr qsizetype kRunObjects = (kMaxPayload - 1 - 4) / 8;
constexpr int kCompactAfterRecords = 1024;

// ObjectsDone payloads for `crcs`, the CRC64s of the objects from `first` on.
QList<QByteArray> objectRuns(qint64 first, const QList<quint64> &crcs)
{
    QList<QByteArray> runs;
    for (qsizetype at = 0; at < crcs.size(); at += kRunObjects) {
        const qsizetype count = qMin(kRunObjects, crcs.size() - at);
        QByteArray payload(4 + 8 * count, Qt::Uninitialized);
        qToLittleEndian(quint32(first + at), payload.data());
        for (qsizetype i = 0; i < count; ++i)
            qToLittleEndian(crcs.at(at + i), payload.data() + 4 + 8 * i);
        runs << payload;
    }
    return runs;
}

QByteArray frame(quint8 type, const QByteArray &payload)
{
    QByteArray record(4, Qt::Uninitialized);
    qToLittleEndian(quint32(payload.size() + 1), record.data());
    record.append(char(type)).append(payload);
    Crc64 crc;
    crc.add(record);
    char check[8];
    qToLittleEndian(crc.value(), check);
    return record.append(check, 8);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject driveJson(const JournalDrive &drive)
{
    return {{QStringLiteral("sequence"), drive.sequence},
            {QStringLiteral("driveId"), drive.driveId},
            {QStringLiteral("serial"), drive.serial},
            {QStringLiteral("name"), drive.name},
            {QStringLiteral("first"), double(drive.first)}};
}

Error journalError(const QString &path, int error)
{
    return {ErrorCode::Io,
            Text::tr("The journal %1 cannot be written (%2): free space in the staging location or fix its "
                     "permissions, then run again; nothing copied so far is lost.")
                .arg(QDir::toNativeSeparators(path), systemErrorText(error))};
}

// Replays `bytes` into `state`; returns the length of the intact prefix.
qint64 replay(const QByteArray &bytes, const std::function<void(quint8, const QByteArray &)> &apply)
{
    qint64 offset = 0;
    while (bytes.size() - offset >= kFrame + 1) {
        const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + offset);
        if (length == 0 || length > kMaxPayload || bytes.size() - offset < kFrame + qint64(length))
            break;
        const QByteArrayView record(bytes.constData() + offset, 4 + length);
        const quint64 check = qFromLittleEndian<quint64>(bytes.constData() + offset + 4 + length);
        if (Crc64::of(record) != check)
            break;
        apply(quint8(record[4]), QByteArray(record.data() + 5, length - 1));
        offset += kFrame + length;
    }
    return offset;
}

} // namespace

const JournalDrive *JournalState::openDrive() const
{
    for (const JournalDrive &drive : drives)
        if (drive.isOpen())
            return &drive;
    return nullptr;
}

qint64 JournalState::nextObject() const
{
    qint64 next = 0;
    for (const JournalDrive &drive : drives)
        if (drive.finished)
            next = qMax(next, drive.end);
    return next;
}

DriveJournal::DriveJournal(QString path)
    : m_path(std::move(path))
{
}

DriveJournal::~DriveJournal()
{
    if (m_fd >= 0)
        ::close(m_fd); // also releases the lock
}

qint64 DriveJournal::size() const
{
    return QFileInfo(m_path).size();
}

void DriveJournal::apply(quint8 type, const QByteArray &payload)
{
    const QJsonObject object
        = type == ObjectDone || type == ObjectsDone ? QJsonObject() : QJsonDocument::fromJson(payload).object();
    JournalDrive *open = m_state.drives.isEmpty() || !m_state.drives.last().isOpen() ? nullptr : &m_state.drives.last();
    switch (type) {
    case JobStarted:
        m_state.job = object.value(QStringLiteral("job")).toString();
        m_state.seedManifestSha256 = object.value(QStringLiteral("seed")).toString();
        break;
    case DriveStarted: {
        JournalDrive drive;
        drive.sequence = object.value(QStringLiteral("sequence")).toInt();
        drive.driveId = object.value(QStringLiteral("driveId")).toString();
        drive.serial = object.value(QStringLiteral("serial")).toString();
        drive.name = object.value(QStringLiteral("name")).toString();
        drive.first = qint64(object.value(QStringLiteral("first")).toDouble());
        drive.end = drive.first;
        m_state.drives << drive;
        break;
    }
    case ObjectDone: // one object, as journals written before the runs of ObjectsDone hold them
        if (open && payload.size() == 12 && qFromLittleEndian<quint32>(payload.constData()) == open->end) {
            open->crc64 << qFromLittleEndian<quint64>(payload.constData() + 4);
            ++open->end;
        }
        break;
    case ObjectsDone:
        if (open && payload.size() >= 12 && (payload.size() - 4) % 8 == 0
            && qFromLittleEndian<quint32>(payload.constData()) == open->end) {
            for (qsizetype at = 4; at < payload.size(); at += 8)
                open->crc64 << qFromLittleEndian<quint64>(payload.constData() + at);
            open->end += (payload.size() - 4) / 8;
        }
        break;
    case DriveFinished:
        for (JournalDrive &drive : m_state.drives)
            if (drive.sequence == object.value(QStringLiteral("sequence")).toInt() && !drive.abandoned) {
                drive.finished = true;
                drive.end = qint64(object.value(QStringLiteral("end")).toDouble());
                drive.bytes = qint64(object.value(QStringLiteral("bytes")).toDouble());
                drive.manifestSha256 = object.value(QStringLiteral("manifest")).toString();
                drive.crc64.clear();
            }
        break;
    case DriveAbandoned:
        if (open)
            open->abandoned = true;
        break;
    case JobFinished:
        m_state.complete = true;
        break;
    default:
        break; // a record of a newer Semina: skipped
    }
}

Result<JournalState> DriveJournal::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(
            ErrorCode::NotFound,
            Text::tr("No drive of this job was prepared yet (%1 does not exist).").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::Io,
            Text::tr("The journal %1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    DriveJournal reader(path);
    reader.m_state.validBytes
        = replay(file.readAll(), [&reader](quint8 type, const QByteArray &payload) { reader.apply(type, payload); });
    return reader.m_state;
}

Result<JournalState> DriveJournal::open()
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(journalError(m_path, EACCES));
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        return fail(journalError(m_path, errno));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0)
        return fail(ErrorCode::Locked,
                    Text::tr("Another drive preparation of this job is running (it holds %1): wait for it to end, "
                             "or stop it, then run again.")
                        .arg(QDir::toNativeSeparators(m_path)));
    QFile file;
    if (!file.open(m_fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return fail(journalError(m_path, EIO));
    const QByteArray bytes = file.readAll();
    m_state = {};
    m_state.validBytes = replay(bytes, [this](quint8 type, const QByteArray &payload) { apply(type, payload); });
    if (m_state.validBytes < bytes.size()) {
        // A torn or damaged tail: cut it off so new records follow intact ones.
        if (::ftruncate(m_fd, off_t(m_state.validBytes)) != 0 || ::fdatasync(m_fd) != 0)
            return fail(journalError(m_path, errno));
    }
    return m_state;
}

Result<> DriveJournal::append(quint8 type, const QByteArray &payload)
{
    const QByteArray record = frame(type, payload);
    if (const int error = DirectIo::writeAll(m_fd, record, m_state.validBytes); error != 0) {
        (void)::ftruncate(m_fd, off_t(m_state.validBytes));
        return fail(journalError(m_path, error));
    }
    if (::fdatasync(m_fd) != 0)
        return fail(journalError(m_path, errno));
    m_state.validBytes += record.size();
    apply(type, payload);
    return {};
}

Result<> DriveJournal::startJob(const QString &job, const QString &seedManifestSha256)
{
    return append(JobStarted, json({{QStringLiteral("job"), job}, {QStringLiteral("seed"), seedManifestSha256}}));
}

Result<> DriveJournal::startDrive(const JournalDrive &drive)
{
    return append(DriveStarted, json(driveJson(drive)));
}

Result<> DriveJournal::objectDone(qint64 index, quint64 crc64)
{
    return objectsDone({qMakePair(index, crc64)});
}

Result<> DriveJournal::objectsDone(const QList<QPair<qint64, quint64>> &objects)
{
    // One record per run of consecutive objects (the copy's batches are one run): 8 bytes an object.
    QList<QByteArray> payloads;
    for (qsizetype at = 0; at < objects.size();) {
        qsizetype end = at + 1;
        while (end < objects.size() && objects.at(end).first == objects.at(end - 1).first + 1)
            ++end;
        QList<quint64> crcs;
        for (qsizetype i = at; i < end; ++i)
            crcs << objects.at(i).second;
        payloads += objectRuns(objects.at(at).first, crcs);
        at = end;
    }
    QByteArray records;
    for (const QByteArray &payload : payloads)
        records += frame(ObjectsDone, payload);
    if (const int error = DirectIo::writeAll(m_fd, records, m_state.validBytes); error != 0) {
        (void)::ftruncate(m_fd, off_t(m_state.validBytes));
        return fail(journalError(m_path, error));
    }
    if (::fdatasync(m_fd) != 0)
        return fail(journalError(m_path, errno));
    m_state.validBytes += records.size();
    for (const QByteArray &payload : payloads)
        apply(ObjectsDone, payload);
    // A drive of many small objects: its records are folded into one run now and then, so the
    // journal stays near 8 bytes an object of the drive being written.
    m_recordsSinceCompaction += int(payloads.size());
    if (m_recordsSinceCompaction >= kCompactAfterRecords)
        return compact();
    return {};
}

Result<> DriveJournal::finishDrive(qint64 bytes, const QString &manifestSha256)
{
    const JournalDrive *open = m_state.openDrive();
    if (!open)
        return fail(ErrorCode::Internal, QStringLiteral("journal: no drive to finish"));
    if (auto appended = append(DriveFinished,
                               json({{QStringLiteral("sequence"), open->sequence},
                                     {QStringLiteral("end"), double(open->end)},
                                     {QStringLiteral("bytes"), double(bytes)},
                                     {QStringLiteral("manifest"), manifestSha256}}));
        !appended)
        return appended;
    return compact();
}

Result<> DriveJournal::abandonDrive(const QString &reason)
{
    return append(DriveAbandoned, json({{QStringLiteral("reason"), reason}}));
}

Result<> DriveJournal::finishJob()
{
    return append(JobFinished, json({{QStringLiteral("drives"), int(m_state.drives.size())}}));
}

// Rewrites the journal as the records that still matter: the job, and each drive's start and
// end. A crash during the rewrite leaves the old journal (the new one replaces it by rename).
Result<> DriveJournal::compact()
{
    QByteArray bytes = frame(
        JobStarted, json({{QStringLiteral("job"), m_state.job}, {QStringLiteral("seed"), m_state.seedManifestSha256}}));
    for (const JournalDrive &drive : m_state.drives) {
        bytes += frame(DriveStarted, json(driveJson(drive)));
        if (drive.abandoned)
            bytes += frame(DriveAbandoned, json({}));
        else if (drive.finished)
            bytes += frame(DriveFinished,
                           json({{QStringLiteral("sequence"), drive.sequence},
                                 {QStringLiteral("end"), double(drive.end)},
                                 {QStringLiteral("bytes"), double(drive.bytes)},
                                 {QStringLiteral("manifest"), drive.manifestSha256}}));
        else
            for (const QByteArray &run : objectRuns(drive.first, drive.crc64))
                bytes += frame(ObjectsDone, run);
    }
    if (m_state.complete)
        bytes += frame(JobFinished, json({{QStringLiteral("drives"), int(m_state.drives.size())}}));
    if (auto written = writeFileAtomically(m_path, bytes); !written)
        return written;
    // The lock stays on the old inode; take it on the new file before dropping the old one.
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return fail(journalError(m_path, errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return fail(ErrorCode::Locked,
                    Text::tr("Another drive preparation of this job took over its journal %1.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    ::close(m_fd);
    m_fd = fd;
    m_state.validBytes = bytes.size();
    m_recordsSinceCompaction = 0;
    return {};
}

} // namespace Semina::Drives
