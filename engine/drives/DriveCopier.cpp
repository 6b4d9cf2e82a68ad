#include "drives/DriveCopier.h"

#include "core/JobContext.h"
#include "crypto/Digest.h"
#include "drives/DriveLayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::DriveCopier)
};

} // namespace

DriveCopier::DriveCopier(Store::ObjectStore &seed, QString container, QString root, QString driveName,
                         QByteArray sealingKey, QByteArray driveId, int attempts)
    : m_source(seed, std::move(container))
    , m_root(std::move(root))
    , m_driveName(std::move(driveName))
    , m_key(std::move(sealingKey))
    , m_driveId(std::move(driveId))
    , m_attempts(qMax(1, attempts))
{
    m_readers.setMaxThreadCount(1);
}

DriveCopier::~DriveCopier()
{
    abandonInFlight();
    m_readers.waitForDone();
}

// A failure on the drive: pulled out, or a file system error. The journal keeps what was done.
Error DriveCopier::driveError(const Error &error) const
{
    // Unplugged, the mount point stays behind empty (or the folder is gone with the drive).
    const QString layout = QDir(m_root).filePath(QLatin1String(DriveLayout::kFolder));
    if (!QDir(m_root).exists() || !QDir(layout).exists())
        return {ErrorCode::Io,
                Text::tr("The drive %1 is gone (%2 no longer exists): reconnect it and run the same command again; "
                         "the objects already copied are kept.")
                    .arg(m_driveName, QDir::toNativeSeparators(QDir(m_root).exists() ? layout : m_root)),
                error.message};
    return {error.code == ErrorCode::Internal ? ErrorCode::Internal : ErrorCode::Io,
            Text::tr("Writing to the drive %1 failed: %2 Check the drive and its cable, then run the same command "
                     "again to continue.")
                .arg(m_driveName, error.message),
            error.details};
}

Result<qint64> DriveCopier::write(const Offline::SeedObject &object, const QString &path,
                                  const SealedFileIdentity &identity, JobContext &context, bool checkSource,
                                  const Offline::SeedObject *upcoming)
{
    SealedFileWriter writer(path, identity);
    if (auto opened = writer.open(object.size); !opened)
        return fail(opened.error());
    Crypto::Sha256 hash;
    for (qint64 offset = 0; offset < object.size; offset += SeedBlocks::kBlock) {
        if (auto ok = context.checkCancelled(); !ok)
            return fail(ok.error());
        auto block = m_source.take(object, offset);
        if (!block)
            return fail(block.error());
        // The next block, or the next object's first, comes off the disk while this one is sealed.
        if (offset + SeedBlocks::kBlock < object.size)
            m_source.readAhead(object, offset + SeedBlocks::kBlock);
        else if (upcoming)
            m_source.readAhead(*upcoming, 0);
        if (checkSource)
            if (auto ok = hash.add(*block); !ok)
                return fail(ok.error());
        if (auto written = writer.write(*block); !written)
            return fail(written.error());
    }
    if (!checkSource) {
        auto committed = writer.commit();
        m_writtenCrc64 = writer.crc64();
        return committed;
    }
    auto sha = hash.finish();
    if (!sha)
        return fail(sha.error());
    if (*sha != object.sha256)
        return fail(ErrorCode::Corruption,
                    Text::tr("The seed object %1 in the staging location differs from the seed manifest: the seed "
                             "was changed or damaged; check it with semina-cli offline-backup verify.")
                        .arg(object.name));
    auto committed = writer.commit();
    m_writtenCrc64 = writer.crc64();
    return committed;
}

Result<qint64> DriveCopier::writeObject(const Offline::SeedObject &object, const QByteArray &fileId,
                                        CopyOutcome &outcome, JobContext &context, bool checkSource,
                                        const Offline::SeedObject *upcoming)
{
    const SealedFileIdentity identity{m_key, m_driveId, fileId};
    const QString path = DriveLayout::objectPath(m_root, fileId);
    // Only the object's own subfolder is made: were the drive gone, a recursive mkpath would
    // quietly write the rest of the copy into an empty mount point.
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir() && !QDir(folder.absolutePath()).mkdir(folder.fileName()))
        return fail(driveError(
            {ErrorCode::Io,
             Text::tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder.absoluteFilePath()))}));
    auto written = write(object, path, identity, context, checkSource, upcoming);
    if (!written) {
        const Error &error = written.error();
        if (error.code == ErrorCode::Cancelled || error.code == ErrorCode::Corruption
            || error.code == ErrorCode::NotFound)
            return fail(error);
        // A write that failed for want of space means the drive is full (the plan's estimate of
        // free space can be off by the file system's own bookkeeping).
        const QStorageInfo storage(m_root);
        if (QDir(m_root).exists() && storage.isValid()
            && storage.bytesAvailable() < SealedFormat::sealedSize(object.size) + (qint64(1) << 20)) {
            QFile::remove(path);
            outcome = CopyOutcome::DriveFull;
            return qint64(0);
        }
        return fail(driveError(error));
    }
    if (m_afterWrite)
        m_afterWrite(path);
    return written;
}

Result<DriveCopier::ReadBackCheck> DriveCopier::readBack(const Offline::SeedObject &object, const QByteArray &fileId,
                                                         qint64 sealedBytes) const
{
    const SealedFileIdentity identity{m_key, m_driveId, fileId};
    Crypto::Sha256 hash;
    // No CRC64 of what is read: bytes whose every segment opens, in order and in full, are the
    // bytes written, whose CRC64 the writer computed.
    auto read = readSealedFile(
        DriveLayout::objectPath(m_root, fileId), identity, [&hash](QByteArrayView plain) { return hash.add(plain); },
        false);
    if (!read) {
        // A file missing because the whole drive is gone is the drive's failure, not the file's.
        if (read.error().code != ErrorCode::Corruption
            || !QDir(QDir(m_root).filePath(QLatin1String(DriveLayout::kFolder))).exists())
            return fail(driveError(read.error()));
        return ReadBackCheck{false, read.error().message};
    }
    auto sha = hash.finish();
    if (!sha)
        return fail(sha.error());
    if (*sha == object.sha256 && read->sealedBytes == sealedBytes)
        return ReadBackCheck{true, {}};
    return ReadBackCheck{false, Text::tr("the bytes read back differ from the seed object")};
}

Result<CopiedObject> DriveCopier::faulty(const Offline::SeedObject &object, const QString &problem,
                                         CopyOutcome &outcome) const
{
    outcome = CopyOutcome::DriveFaulty;
    return fail(ErrorCode::Corruption,
                Text::tr("The drive %1 is faulty: the object %2 read back wrong %3 times (%4). Use another drive: run "
                         "the command again with another drive in its place.")
                    .arg(m_driveName, object.name)
                    .arg(m_attempts)
                    .arg(problem));
}

Result<CopiedObject> DriveCopier::copy(const Offline::SeedObject &object, const QByteArray &fileId,
                                       CopyOutcome &outcome, JobContext &context, int attemptsSpent)
{
    outcome = CopyOutcome::Copied;
    CopiedObject copied;
    QString lastProblem = Text::tr("the bytes read back differ from the seed object");
    for (copied.attempts = attemptsSpent + 1; copied.attempts <= m_attempts; ++copied.attempts) {
        auto written = writeObject(object, fileId, outcome, context, copied.attempts > 1, nullptr);
        if (!written)
            return fail(written.error());
        if (outcome == CopyOutcome::DriveFull)
            return copied;
        copied.sealedBytes = *written;
        auto check = readBack(object, fileId, copied.sealedBytes);
        if (!check)
            return fail(check.error());
        if (check->matches) {
            copied.crc64 = m_writtenCrc64;
            return copied;
        }
        lastProblem = check->problem;
    }
    return faulty(object, lastProblem, outcome);
}

Result<> DriveCopier::push(const CopyItem &item, const std::optional<Offline::SeedObject> &upcoming,
                           CopyOutcome &outcome, JobContext &context, const SettledSink &settled)
{
    outcome = CopyOutcome::Copied;
    // The object before this one is read back on the copier's thread while this one is written.
    auto written = writeObject(item.object, item.fileId, outcome, context, false, upcoming ? &*upcoming : nullptr);
    if (!written) {
        // Keep what the object in flight achieved (a Stop lands here); the write's error is the one
        // to report.
        CopyOutcome ignored = CopyOutcome::Copied;
        (void)settle(ignored, context, settled);
        return fail(written.error());
    }
    if (outcome == CopyOutcome::DriveFull)
        return settle(outcome, context, settled);
    // Taken now: writing the object before this one again (below) replaces it.
    const quint64 crc64 = m_writtenCrc64;
    auto before = settle(outcome, context, settled);
    if (!before || outcome == CopyOutcome::DriveFull) {
        // The object before this one ended the drive: this one's file must not stay behind.
        QFile::remove(DriveLayout::objectPath(m_root, item.fileId));
        return before;
    }
    const qint64 sealedBytes = *written;
    m_inFlight = InFlight{item, sealedBytes, crc64, QtConcurrent::run(&m_readers, [this, item, sealedBytes]() {
                              return readBack(item.object, item.fileId, sealedBytes);
                          })};
    return {};
}

Result<> DriveCopier::settle(CopyOutcome &outcome, JobContext &context, const SettledSink &settled)
{
    if (!m_inFlight)
        return {};
    InFlight flight = std::move(*m_inFlight);
    m_inFlight.reset();
    Result<ReadBackCheck> check = flight.check.result();
    if (!check)
        return fail(check.error());
    CopiedObject copied{flight.crc64, flight.sealedBytes, 1};
    if (!check->matches) {
        auto again = m_attempts > 1 ? copy(flight.item.object, flight.item.fileId, outcome, context, 1)
                                    : faulty(flight.item.object, check->problem, outcome);
        if (!again)
            return fail(again.error());
        if (outcome == CopyOutcome::DriveFull)
            return {};
        copied = *again;
    }
    return settled(SettledCopy{flight.item, copied});
}

void DriveCopier::abandonInFlight()
{
    if (m_inFlight) {
        m_inFlight->check.waitForFinished();
        m_inFlight.reset();
    }
}

} // namespace Semina::Drives
