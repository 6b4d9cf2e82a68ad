#include "core/JobContext.h"
#include "crypto/Random.h"
#include "drives/DriveJournal.h"
#include "drives/DriveLayout.h"
#include "drives/DrivePreparation.h"
#include "drives/Preparer.h"
#include "drives/SpanPlan.h"
#include "drives/StagedSeeds.h"
#include "importjob/ImportJobStore.h"
#include "secrets/SecretStore.h"
#include "store/StoreFactory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <optional>

namespace Semina::Drives {

namespace Preparation {

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
                // What the stopped run wrote past its last journal record is copied again; its
                // files go first, so that the room they hold counts as free.
                QSet<QByteArray> journalled;
                for (qint64 i = open->first; i < open->end; ++i) {
                    auto fileId = drive.key->fileId(open->driveId, m_objects.at(i).name);
                    if (!fileId)
                        return fail(fileId.error());
                    journalled.insert(*fileId);
                }
                DriveLayout::removeUnjournalled(target.root, journalled);
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

} // namespace Preparation

Result<PreparationResult> prepareDrives(const PreparationRequest &request, const PreparationServices &services,
                                        JobContext &context)
{
    if (!services.secrets || !request.nextDrive)
        return fail(ErrorCode::Internal, QStringLiteral("prepareDrives: no keychain or no drive supplier"));
    return Preparation::Preparer(request, services, context).run();
}

} // namespace Semina::Drives
