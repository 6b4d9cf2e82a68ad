// One drive of a preparation run: objects copied through the pipeline and journalled in batches,
// then the drive's manifest, its recovery password and its header (see Preparer.h).
#include "core/AtomicFile.h"
#include "core/JobContext.h"
#include "drives/DriveCopier.h"
#include "drives/DriveLayout.h"
#include "drives/DriveManifest.h"
#include "drives/Preparer.h"
#include "drives/RecoveryPassword.h"
#include "drives/StagedSeeds.h"
#include "offline/OfflineIdentity.h"

#include <QDateTime>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace Semina::Drives::Preparation {

// Per drive in the phase (the console shows it with the overall bytes, rate and time left);
// the object in the current item.
void Preparer::showProgress(const ActiveDrive &drive, const QString &object)
{
    const double rate = m_context.progress().bytesPerSecond;
    const qint64 room = qMax<qint64>(
        0, drive.capacity.bytes - drive.capacity.reserve(drive.journal.end - drive.journal.first) - drive.used);
    const qint64 left = qMin(room, m_totalBytes - m_bytesDone);
    QString phase = Text::tr("Drive %1 (%2): %3 written, %4 to go")
                        .arg(drive.journal.sequence)
                        .arg(drive.target.name, size(drive.used), size(left));
    if (rate > 0)
        phase += Text::tr(" (about %1 s);").arg(qint64(double(left) / rate));
    else
        phase += QLatin1Char(';');
    m_context.setPhase(phase + Text::tr(" in all:"));
    m_context.setCurrentItem(object);
    if (m_request.driveProgress)
        m_request.driveProgress({drive.journal.sequence, drive.target.name, drive.used, left});
}

// Journals the objects copied since the last batch once the drive is synced. The sync of one
// batch runs while the next is copied (Commit::Behind): the journal then lags by a batch, and a
// run killed meanwhile copies that batch again.
Result<> Preparer::commitBatch(ActiveDrive &drive, Commit when)
{
    if (auto journalled = journalSynced(drive); !journalled)
        return journalled;
    if (!m_batch.isEmpty()) {
        m_syncing = std::exchange(m_batch, {});
        m_batchBytes = 0;
        if (auto started = m_sync.start(drive.target.root); !started)
            return started;
    }
    return when == Commit::Now ? journalSynced(drive) : Result<>();
}

// Waits for the running sync, if any, and journals the batch it covers.
Result<> Preparer::journalSynced(ActiveDrive &drive)
{
    if (!m_sync.running())
        return {};
    if (auto synced = m_sync.wait(); !synced)
        return synced;
    if (auto journalled = m_journal.objectsDone(m_syncing); !journalled)
        return journalled;
    m_syncing.clear();
    drive.journal = *m_journal.state().openDrive();
    return {};
}

namespace {

Result<RecoveryKey> wrapUnderNewPassword(const DriveKey &key, const QString &driveId,
                                         const Crypto::ScryptParameters &scrypt)
{
    auto password = RecoveryPassword::generate();
    if (!password)
        return fail(password.error());
    auto wrapped = key.wrap(*password, driveId, scrypt);
    if (!wrapped)
        return fail(wrapped.error());
    return RecoveryKey{*password, *wrapped};
}

} // namespace

// Copies objects onto the drive until it is full or the seed is done; true when full.
Result<bool> Preparer::fill(ActiveDrive &drive)
{
    auto sealingKey = drive.key->sealingKey(drive.journal.driveId);
    if (!sealingKey)
        return fail(sealingKey.error());
    // Formatting, mounting or taking over the drive moved no bytes: the rate starts from its copy.
    m_context.restartRate();
    // The recovery password's KDF runs beside the copy, which leaves a core idle now and then.
    drive.recovery = QtConcurrent::run(wrapUnderNewPassword, *drive.key, drive.journal.driveId, m_request.scrypt);
    DriveCopier copier(*m_seed, m_request.seed.manifest.container, drive.target.root, drive.target.name, *sealingKey,
                       drive.journal.driveId.toUtf8(), m_request.readBackAttempts);
    copier.setAfterWrite(m_request.afterWrite);
    // Objects read back right are journalled in batches; whatever ends the loop, the objects
    // already checked are journalled first.
    const DriveCopier::SettledSink record = [this, &drive](const SettledCopy &settled) -> Result<> {
        const Offline::SeedObject &object = settled.item.object;
        if (settled.copied.attempts > 1)
            m_context.warn(object.name,
                           Text::tr("read back wrong from drive %1 and written again (%2 writes)")
                               .arg(drive.target.name)
                               .arg(settled.copied.attempts));
        m_batch << qMakePair(settled.item.index, settled.copied.crc64);
        m_batchBytes += object.size;
        m_bytesDone += object.size;
        m_context.setDone(settled.item.index + 1, m_bytesDone);
        if (m_batch.size() >= m_request.journalBatchObjects || m_batchBytes >= m_request.journalBatchBytes)
            return commitBatch(drive, Commit::Behind);
        return {};
    };
    auto stop = [this, &drive](Result<bool> outcome) -> Result<bool> {
        if (auto committed = commitBatch(drive, Commit::Now); !committed)
            return fail(committed.error());
        return outcome;
    };
    // Settles the object still being read back, then stops with `outcome`.
    auto settleAndStop = [&](Result<bool> outcome) -> Result<bool> {
        CopyOutcome settled = CopyOutcome::Copied;
        if (auto last = copier.settle(settled, m_context, record); !last) {
            auto stopped = stop(fail(last.error()));
            if (settled == CopyOutcome::DriveFaulty)
                (void)m_journal.abandonDrive(last.error().message);
            return stopped;
        }
        return stop(settled == CopyOutcome::DriveFull ? Result<bool>(true) : std::move(outcome));
    };
    for (qint64 i = m_journal.state().openDrive()->end; i < m_objects.size(); ++i) {
        if (auto ok = m_context.checkCancelled(); !ok)
            return settleAndStop(fail(ok.error()));
        const Offline::SeedObject &object = m_objects.at(i);
        if (!drive.capacity.fits(drive.used, i - drive.journal.first, object.size))
            return settleAndStop(true);
        showProgress(drive, object.name);
        auto fileId = drive.key->fileId(drive.journal.driveId, object.name);
        if (!fileId)
            return settleAndStop(fail(fileId.error()));
        CopyOutcome outcome = CopyOutcome::Copied;
        const auto upcoming = i + 1 < m_objects.size() ? std::optional(m_objects.at(i + 1)) : std::nullopt;
        auto pushed = copier.push({i, object, *fileId}, upcoming, outcome, m_context, record);
        if (!pushed) {
            auto stopped = stop(fail(pushed.error()));
            if (outcome == CopyOutcome::DriveFaulty)
                (void)m_journal.abandonDrive(pushed.error().message);
            return stopped;
        }
        if (outcome == CopyOutcome::DriveFull)
            return stop(true);
        // Counted as soon as it is written: the next object's room depends on it.
        drive.used += drive.capacity.footprint(object.size);
    }
    return settleAndStop(false);
}

Result<> Preparer::finish(ActiveDrive &drive)
{
    m_context.setPhase(Text::tr("Writing the manifest of drive %1").arg(drive.journal.sequence));
    const JournalDrive &journal = *m_journal.state().openDrive();
    if (journal.end == journal.first)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The drive %1 took no object: it is too small or full. Use a larger or empty drive.")
                        .arg(drive.target.name));
    auto sealingKey = drive.key->sealingKey(journal.driveId);
    if (!sealingKey)
        return fail(sealingKey.error());
    DriveManifest manifest;
    manifest.driveId = journal.driveId;
    manifest.serial = journal.serial;
    manifest.job = m_job;
    manifest.sequence = journal.sequence;
    manifest.seedManifestSha256 = m_request.seedManifestSha256;
    manifest.container = m_request.seed.manifest.container;
    manifest.created = QDateTime::currentDateTimeUtc();
    qint64 bytes = 0;
    for (qint64 i = journal.first; i < journal.end; ++i) {
        const Offline::SeedObject &object = m_objects.at(i);
        auto fileId = drive.key->fileId(journal.driveId, object.name);
        if (!fileId)
            return fail(fileId.error());
        manifest.entries << DriveManifestEntry{object.name, object.size, object.sha256,
                                               journal.crc64.at(i - journal.first), *fileId};
        bytes += object.size;
    }
    auto manifestId = drive.key->fileId(journal.driveId, manifestFileName());
    if (!manifestId)
        return fail(manifestId.error());
    ManifestSigner signer;
    if (m_services.identity) {
        auto params = m_services.identity->load();
        if (params) {
            const QString thumbprint = params->certificate.thumbprint();
            signer = [this, thumbprint](QByteArrayView data) -> Result<ManifestSignature> {
                auto signature = m_services.identity->sign(data);
                if (!signature)
                    return fail(signature.error());
                return ManifestSignature{thumbprint, *signature};
            };
        }
    }
    if (!signer)
        m_context.warn(drive.target.name,
                       Text::tr("This computer has no offline identity: the manifest of drive %1 "
                                "is not signed. Prepare drives on the server that wrote the seed "
                                "to have them signed.")
                           .arg(journal.sequence));
    auto sha
        = writeDriveManifest(drive.target.root, manifest, {*sealingKey, journal.driveId.toUtf8(), *manifestId}, signer);
    if (!sha)
        return fail(sha.error());
    // A copy of the sealed manifest stays in the staging location for the import job.
    QFile sealed(DriveLayout::manifestPath(drive.target.root));
    if (!sealed.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Text::tr("%1 cannot be read: %2.").arg(native(sealed.fileName()), sealed.errorString()));
    if (auto copied = writeFileAtomically(PreparationLayout::manifestCopyPath(m_request.jobFolder, journal.sequence),
                                          sealed.readAll());
        !copied)
        return fail(copied.error());

    auto recovery = drive.recovery.isValid() ? drive.recovery.result()
                                             : wrapUnderNewPassword(*drive.key, journal.driveId, m_request.scrypt);
    if (!recovery)
        return fail(recovery.error());
    auto header = DriveLayout::readHeader(drive.target.root);
    if (!header)
        return fail(header.error());
    header->key = recovery->wrapped;
    header->count = journal.end == m_objects.size() ? journal.sequence : plannedCount(drive);
    if (auto written = DriveLayout::writeHeader(drive.target.root, *header); !written)
        return fail(written.error());
    if (auto journalled = m_journal.finishDrive(bytes, *sha); !journalled)
        return fail(journalled.error());

    FinishedDrive finished;
    finished.drive = preparedList().last();
    finished.drive.count = header->count;
    finished.name = drive.target.name;
    finished.root = drive.target.root;
    finished.recoveryPassword = recovery->password.toString();
    m_result.finishedNow << finished;
    if (m_request.driveFinished)
        m_request.driveFinished(finished);
    return {};
}

} // namespace Semina::Drives::Preparation
