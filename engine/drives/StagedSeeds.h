#pragma once

#include "core/Error.h"
#include "drives/SpanPlan.h"
#include "offline/SeedVerification.h"

#include <QList>
#include <QString>

namespace Semina::Drives {

// Where a job's drive preparation keeps its records: <staging>/<job>/drives/.
namespace PreparationLayout {
inline constexpr char kFolder[] = "drives";
inline constexpr char kJournalFile[] = "journal";
inline constexpr char kPreparedFile[] = "prepared-drives.json";

[[nodiscard]] QString folder(const QString &jobFolder);
[[nodiscard]] QString journalPath(const QString &jobFolder);
[[nodiscard]] QString preparedPath(const QString &jobFolder);
// A copy of drive `sequence`'s sealed manifest and its signature, for the import job.
[[nodiscard]] QString manifestCopyPath(const QString &jobFolder, int sequence);
} // namespace PreparationLayout

// An import job whose seed lies in the staging location, as the technician chooses among them.
struct StagedSeed {
    QString job;
    QString jobFolder;
    bool ready = false; // the manifest is there and its signature checks out
    QString problem; // why it is not ready (a seed still being written, a bad signature)
    Offline::SignedSeedManifest seed; // when ready
    QString manifestSha256; // hex, when ready
    bool drivesPrepared = false; // the journal says every object is on a finished drive
    int drivesFinished = 0; // drives the journal has finished so far (a preparation to continue)
    QString unfinishedDrive; // the name of the drive the journal was writing, to connect again
};

// The job folders of `staging` holding a seed (a vault folder or a seed manifest), in name
// order, each manifest's signature checked with `certificate`. NotFound naming the staging
// location when it holds no seed at all (with the command that writes one).
Result<QList<StagedSeed>> listStagedSeeds(const QString &staging, const Offline::Certificate &certificate);

// How the seed's objects spread over drives of `driveSize` bytes (planDrives(), with exFAT's
// allocation unit on drives of that size, mkfs.exfat's default): `diskprep --plan` and the
// wizard's plan.
Result<QList<PlannedDrive>> planStagedSeed(const StagedSeed &seed, qint64 driveSize);

} // namespace Semina::Drives
