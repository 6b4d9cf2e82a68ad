#pragma once

// The drive preparation's one run, shared by its two source files: DrivePreparer.cpp (the run:
// which drive, resuming, the end of the job) and DriveFilling.cpp (one drive: copy, journal
// batches, the manifest and the recovery password). Not part of the engine's interface: see
// DrivePreparation.h.

#include "drives/DriveJournal.h"
#include "drives/DriveKey.h"
#include "drives/DrivePreparation.h"
#include "drives/RecoveryPassword.h"
#include "drives/SealedFile.h"
#include "drives/SpanPlan.h"
#include "drives/StagedSeeds.h"
#include "store/ObjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFuture>
#include <QLocale>

#include <memory>
#include <optional>

namespace Semina::Drives::Preparation {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::DrivePreparer)
};

inline QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

inline QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A drive's key wrapped under a fresh recovery password, for its header.
struct RecoveryKey {
    RecoveryPassword password;
    WrappedKey wrapped;
};

// A drive being written in this run.
struct ActiveDrive {
    DriveTarget target;
    JournalDrive journal;
    std::optional<DriveKey> key;
    DriveCapacity capacity;
    qint64 used = 0; // footprint of its finished objects
    // Worked out (scrypt, memory-hard and slow by design) while the drive is filled.
    QFuture<Result<RecoveryKey>> recovery;
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
    // Behind: the batch's sync runs while the copy goes on, and the batch is journalled when the
    // next one is committed; Now: journalled before returning (the drive ends, or the run stops).
    enum class Commit { Behind, Now };
    Result<> commitBatch(ActiveDrive &drive, Commit when);
    Result<> journalSynced(ActiveDrive &drive);
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
    QList<QPair<qint64, quint64>> m_syncing; // the batch m_sync is putting on the disk
    DriveSync m_sync;
};

} // namespace Semina::Drives::Preparation
