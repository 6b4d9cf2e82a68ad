#include "core/AtomicFile.h"
#include "core/JobContext.h"
#include "crypto/Random.h"
#include "drives/DriveCopier.h"
#include "drives/DriveJournal.h"
#include "drives/DriveLayout.h"
#include "drives/DriveManifest.h"
#include "drives/DrivePreparation.h"
#include "drives/RecoveryPassword.h"
#include "drives/SpanPlan.h"
#include "drives/StagedSeeds.h"
#include "importjob/ImportJobStore.h"
#include "offline/OfflineIdentity.h"
#include "secrets/SecretStore.h"
#include "store/StoreFactory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStorageInfo>

#include <optional>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::DrivePreparer)
};

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A drive being written in this run.
struct ActiveDrive {
    DriveTarget target;
    JournalDrive journal;
    std::optional<DriveKey> key;
    DriveCapacity capacity;
    qint64 used = 0; // footprint of its finished objects
};

class Preparer {
public:
    Preparer(const PreparationRequest &request, const PreparationServices &services, JobContext &context)
        : m_request(request)
        , m_services(services)
        , m_context(context)
        , m_objects(request.seed.manifest.objects)
        , m_job(request.seed.manifest.form.importJobName)
        , m_journal(PreparationLayout::journalPath(request.jobFolder))
    {
    }

    Result<PreparationResult> run();

private:
    Result<ActiveDrive> acquireDrive(bool previousFull);
    Result<std::optional<ActiveDrive>> accept(const DriveTarget &target);
    Result<ActiveDrive> startNewDrive(const DriveTarget &target);
    Result<DriveCapacity> capacityOf(const DriveTarget &target, qint64 used) const;
    Result<bool> fill(ActiveDrive &drive);
    Result<> commitBatch(ActiveDrive &drive);
    Result<> finish(ActiveDrive &drive);
    Result<> complete();
    [[nodiscard]] int plannedCount(const ActiveDrive &drive) const;
    [[nodiscard]] int finishedCount() const;
    [[nodiscard]] QList<PreparedDrive> preparedList() const;
    void showProgress(const ActiveDrive &drive, const QString &object);

    const PreparationRequest &m_request;
    const PreparationServices &m_services;
    JobContext &m_context;
    const QList<Offline::SeedObject> &m_objects;
    QString m_job;
    DriveJournal m_journal;
    std::unique_ptr<Store::ObjectStore> m_seed;
    PreparationResult m_result;
    qint64 m_bytesDone = 0;
    qint64 m_totalBytes = 0;
    QList<QPair<qint64, quint64>> m_batch; // copied, read back and checked, not yet journalled
    qint64 m_batchBytes = 0;
};

int Preparer::finishedCount() const
{
    int count = 0;
    for (const JournalDrive &drive : m_journal.state().drives)
        count += drive.finished ? 1 : 0;
    return count;
}

int Preparer::plannedCount(const ActiveDrive &drive) const
{
    QList<qint64> sizes;
    for (qint64 i = drive.journal.first; i < m_objects.size(); ++i)
        sizes << m_objects.at(i).size;
    const auto plan = planDrives(sizes, drive.capacity);
    return drive.journal.sequence - 1 + (plan ? int(plan->size()) : 1);
}

Result<DriveCapacity> Preparer::capacityOf(const DriveTarget &target, qint64 used) const
{
    const QStorageInfo storage(target.root);
    if (!storage.isValid() || !storage.isReady())
        return fail(ErrorCode::Io,
                    Text::tr("The free space of the drive %1 (%2) cannot be read: check that it is "
                             "mounted and writable.")
                        .arg(target.name, native(target.root)));
    DriveCapacity capacity;
    capacity.cluster = qMax(4096, storage.blockSize());
    capacity.bytes = storage.bytesAvailable() + used;
    if (target.sizeLimit > 0)
        capacity.bytes = qMin(capacity.bytes, target.sizeLimit);
    return capacity;
}

QList<PreparedDrive> Preparer::preparedList() const
{
    QList<PreparedDrive> drives;
    const int count = finishedCount();
    for (const JournalDrive &drive : m_journal.state().drives) {
        if (!drive.finished)
            continue;
        drives << PreparedDrive{drive.sequence,
                                count,
                                drive.driveId,
                                drive.serial,
                                drive.bytes,
                                drive.end - drive.first,
                                drive.manifestSha256,
                                PreparationLayout::manifestCopyPath(m_request.jobFolder, drive.sequence),
                                DriveKey::keychainName(drive.driveId)};
    }
    return drives;
}

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

Result<ActiveDrive> Preparer::startNewDrive(const DriveTarget &target)
{
    const int sequence = finishedCount() + 1;
    ActiveDrive drive;
    drive.target = target;
    drive.journal.sequence = sequence;
    drive.journal.first = m_journal.state().nextObject();
    drive.journal.end = drive.journal.first;
    drive.journal.serial = target.serial;
    drive.journal.name = target.name;
    drive.journal.driveId = target.driveId;
    if (drive.journal.driveId.isEmpty()) {
        auto random = Crypto::randomBytes(8);
        if (!random)
            return fail(random.error());
        drive.journal.driveId = QStringLiteral("SEMINA-") + QString::fromLatin1(random->toHex()).toUpper();
    }
    auto capacity = capacityOf(target, 0);
    if (!capacity)
        return fail(capacity.error());
    drive.capacity = *capacity;
    const Offline::SeedObject &first = m_objects.at(drive.journal.first);
    if (!drive.capacity.fits(0, 0, first.size))
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The drive %1 is too small: %2 free, and the next object (%3) needs %4 with the drive "
                             "manifest's reserve. Use a larger drive.")
                        .arg(target.name, size(drive.capacity.bytes), first.name,
                             size(drive.capacity.footprint(first.size) + drive.capacity.reserve(1))));
    auto key = DriveKey::generate();
    if (!key)
        return fail(key.error());
    drive.key = *key;
    if (auto stored = m_services.secrets->write(DriveKey::keychainName(drive.journal.driveId), key->bytes()); !stored)
        return fail(stored.error());
    DriveHeader header;
    header.driveId = drive.journal.driveId;
    header.serial = target.serial;
    header.job = m_job;
    header.sequence = sequence;
    header.count = plannedCount(drive);
    header.created = QDateTime::currentDateTimeUtc();
    // The key is wrapped under a recovery password only when the drive is finished: that is when
    // the password is shown, so a run killed in between never loses one. Until then the header
    // holds no key at all.
    if (auto written = DriveLayout::writeHeader(target.root, header); !written)
        return fail(written.error());
    if (auto journalled = m_journal.startDrive(drive.journal); !journalled)
        return fail(journalled.error());
    return drive;
}

// Decides what a drive offered by the technician is: the unfinished drive to continue on, a
// finished drive of this job (skipped), or a drive to prepare (after consent when it holds
// anything Semina did not write for this job).
Result<std::optional<ActiveDrive>> Preparer::accept(const DriveTarget &target)
{
    const QFileInfo root(target.root);
    if (!root.isDir())
        return fail(ErrorCode::NotFound,
                    Text::tr("The drive %1 does not exist or is not a folder: name a mounted volume, a folder, or a "
                             "block device.")
                        .arg(native(target.root)));
    const QString canonical = root.canonicalFilePath();
    const QString staging = QFileInfo(m_request.jobFolder).canonicalFilePath();
    if (canonical == staging || canonical.startsWith(staging + QLatin1Char('/'))
        || staging.startsWith(canonical + QLatin1Char('/')))
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The drive %1 is the seed's own folder or inside it: choose a drive outside the staging "
                             "location.")
                        .arg(native(target.root)));
    auto contents = DriveLayout::inspect(target.root);
    if (!contents)
        return fail(contents.error());
    std::optional<DriveHeader> header;
    if (contents->hasLayout)
        if (auto read = DriveLayout::readHeader(target.root); read)
            header = *read;
    const JournalDrive *open = m_journal.state().openDrive();
    if (header && header->job == m_job) {
        for (const JournalDrive &finished : m_journal.state().drives)
            if (finished.finished && finished.driveId == header->driveId) {
                m_context.warn(target.name,
                               Text::tr("The drive %1 is drive %2 of this job and already finished: "
                                        "skipped.")
                                   .arg(target.name)
                                   .arg(finished.sequence));
                return std::optional<ActiveDrive>();
            }
        if (open && open->driveId == header->driveId) {
            auto key = m_services.secrets->read(DriveKey::keychainName(open->driveId));
            if (key) {
                auto driveKey = DriveKey::fromBytes(*key);
                if (!driveKey)
                    return fail(driveKey.error());
                ActiveDrive drive;
                drive.target = target;
                drive.journal = *open;
                drive.key = *driveKey;
                auto free = capacityOf(target, 0);
                if (!free)
                    return fail(free.error());
                for (qint64 i = open->first; i < open->end; ++i)
                    drive.used += free->footprint(m_objects.at(i).size);
                auto capacity = capacityOf(target, drive.used);
                if (!capacity)
                    return fail(capacity.error());
                drive.capacity = *capacity;
                DriveLayout::removeLeftovers(target.root);
                m_result.resumed = true;
                return std::optional<ActiveDrive>(drive);
            }
            m_context.warn(target.name,
                           Text::tr("The key of the unfinished drive %1 is not in this computer's "
                                    "keychain: the drive is prepared again from the start.")
                               .arg(target.name));
        }
    }
    // Anything but our own layout of this job needs the technician's consent to be removed.
    const bool otherJob = header && header->job != m_job;
    if (!contents->foreign.isEmpty() || otherJob) {
        FormatQuestion question{target, contents->foreign, otherJob ? header->job : QString(),
                                otherJob ? header->sequence : 0};
        if (!m_request.confirmFormat || !m_request.confirmFormat(question)) {
            if (otherJob)
                return fail(ErrorCode::Conflict,
                            Text::tr("The drive %1 is drive %2 of another import job, \"%3\": to reuse it for \"%4\", "
                                     "confirm by typing its name (--confirm-format %1); or use another drive.")
                                .arg(target.name)
                                .arg(header->sequence)
                                .arg(header->job, m_job));
            return fail(ErrorCode::InvalidInput,
                        Text::tr("The drive %1 holds files Semina did not write (%2): they would be deleted. Confirm "
                                 "by typing its name (--confirm-format %1), or use an empty drive.")
                            .arg(target.name,
                                 contents->foreign.mid(0, 3).join(QStringLiteral(", "))
                                     + (contents->foreign.size() > 3 ? QStringLiteral(", …") : QString())));
        }
    }
    if (open) {
        m_context.warn(open->name,
                       Text::tr("The unfinished drive %1 (drive %2) is replaced by %3; %1 must be prepared "
                                "again before it is shipped.")
                           .arg(open->name)
                           .arg(open->sequence)
                           .arg(target.name));
        if (auto abandoned = m_journal.abandonDrive(Text::tr("replaced by %1").arg(target.name)); !abandoned)
            return fail(abandoned.error());
    }
    if (auto cleared = DriveLayout::clear(target.root, !contents->foreign.isEmpty() || otherJob); !cleared)
        return fail(cleared.error());
    auto started = startNewDrive(target);
    if (!started)
        return fail(started.error());
    return std::optional<ActiveDrive>(*started);
}

Result<ActiveDrive> Preparer::acquireDrive(bool previousFull)
{
    std::optional<Error> refused;
    for (;;) {
        const JournalDrive *open = m_journal.state().openDrive();
        DriveRequest request;
        request.sequence = finishedCount() + 1;
        if (open) {
            request.reconnectName = open->name;
            request.reconnectDriveId = open->driveId;
        }
        const qint64 next = open ? open->end : m_journal.state().nextObject();
        request.objectsLeft = m_objects.size() - next;
        for (qint64 i = next; i < m_objects.size(); ++i)
            request.bytesLeft += m_objects.at(i).size;
        request.previousFull = previousFull;
        request.refused = refused;
        auto target = m_request.nextDrive(request);
        if (!target)
            return fail(target.error());
        auto accepted = accept(*target);
        if (!accepted) {
            // A drive refused as such (not a failing disk or keychain) lets the supplier offer another.
            const ErrorCode code = accepted.error().code;
            if (code != ErrorCode::InvalidInput && code != ErrorCode::Conflict && code != ErrorCode::NotFound)
                return fail(accepted.error());
            refused = accepted.error();
            continue;
        }
        refused.reset();
        if (*accepted)
            return **accepted;
    }
}

// Syncs the drive, then journals the objects copied since the last batch.
Result<> Preparer::commitBatch(ActiveDrive &drive)
{
    if (m_batch.isEmpty())
        return {};
    if (auto synced = syncDrive(drive.target.root); !synced)
        return synced;
    if (auto journalled = m_journal.objectsDone(m_batch); !journalled)
        return journalled;
    m_batch.clear();
    m_batchBytes = 0;
    drive.journal = *m_journal.state().openDrive();
    return {};
}

// Copies objects onto the drive until it is full or the seed is done; true when full.
Result<bool> Preparer::fill(ActiveDrive &drive)
{
    auto sealingKey = drive.key->sealingKey(drive.journal.driveId);
    if (!sealingKey)
        return fail(sealingKey.error());
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
            return commitBatch(drive);
        return {};
    };
    auto stop = [this, &drive](Result<bool> outcome) -> Result<bool> {
        if (auto committed = commitBatch(drive); !committed)
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
        auto pushed = copier.push({i, object, *fileId}, outcome, m_context, record);
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

    auto password = RecoveryPassword::generate();
    if (!password)
        return fail(password.error());
    auto wrapped = drive.key->wrap(*password, journal.driveId, m_request.scrypt);
    if (!wrapped)
        return fail(wrapped.error());
    auto header = DriveLayout::readHeader(drive.target.root);
    if (!header)
        return fail(header.error());
    header->key = *wrapped;
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
    finished.recoveryPassword = password->toString();
    m_result.finishedNow << finished;
    if (m_request.driveFinished)
        m_request.driveFinished(finished);
    return {};
}

Result<> Preparer::complete()
{
    if (!m_journal.state().complete)
        if (auto journalled = m_journal.finishJob(); !journalled)
            return journalled;
    m_result.drives = preparedList();
    if (auto recorded = recordPreparedDrives(m_request.jobFolder, m_job, m_result.drives); !recorded)
        return recorded;
    if (m_services.jobs) {
        auto job = m_services.jobs->find(m_job);
        if (job && job->state == Offline::ImportJobState::Seeded)
            if (auto moved = m_services.jobs->setState(m_job, Offline::ImportJobState::DrivesPrepared); !moved)
                m_context.warn(m_job, moved.error().message);
    }
    return {};
}

Result<PreparationResult> Preparer::run()
{
    m_result.job = m_job;
    m_result.journalPath = m_journal.path();
    m_result.preparedPath = PreparationLayout::preparedPath(m_request.jobFolder);
    if (m_objects.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The seed of \"%1\" lists no object: write it again.").arg(m_job));
    auto state = m_journal.open();
    if (!state)
        return fail(state.error());
    if (state->job.isEmpty()) {
        if (auto started = m_journal.startJob(m_job, m_request.seedManifestSha256); !started)
            return fail(started.error());
    } else if (state->seedManifestSha256 != m_request.seedManifestSha256) {
        return fail(ErrorCode::Conflict,
                    Text::tr("The journal %1 belongs to an earlier seed of \"%2\" (the seed was written again): "
                             "delete the folder %3 to prepare the drives of the new seed from the start.")
                        .arg(native(m_journal.path()), m_job, native(PreparationLayout::folder(m_request.jobFolder))));
    } else {
        m_result.resumed = !state->drives.isEmpty();
    }
    auto seed = Store::openFolderStore(m_request.jobFolder);
    if (!seed)
        return fail(seed.error());
    m_seed = std::move(*seed);

    qint64 &total = m_totalBytes;
    for (const Offline::SeedObject &object : m_objects)
        total += object.size;
    const qint64 next
        = m_journal.state().openDrive() ? m_journal.state().openDrive()->end : m_journal.state().nextObject();
    for (qint64 i = 0; i < next; ++i)
        m_bytesDone += m_objects.at(i).size;
    m_context.setTotals(m_objects.size(), total);
    m_context.setDone(next, m_bytesDone);

    bool previousFull = false;
    while (!m_journal.state().complete && m_journal.state().nextObject() < m_objects.size()) {
        auto drive = acquireDrive(previousFull);
        if (!drive)
            return fail(drive.error());
        auto full = fill(*drive);
        if (!full)
            return fail(full.error());
        if (auto finished = finish(*drive); !finished)
            return fail(finished.error());
        previousFull = *full;
    }
    if (auto completed = complete(); !completed)
        return fail(completed.error());
    m_context.finish();
    m_result.journalBytes = m_journal.size();
    return m_result;
}

} // namespace

Result<PreparationResult> prepareDrives(const PreparationRequest &request, const PreparationServices &services,
                                        JobContext &context)
{
    if (!services.secrets || !request.nextDrive)
        return fail(ErrorCode::Internal, QStringLiteral("prepareDrives: no keychain or no drive supplier"));
    return Preparer(request, services, context).run();
}

} // namespace Semina::Drives
