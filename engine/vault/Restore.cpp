#include "vault/Restore.h"

#include "core/JobContext.h"
#include "core/Logging.h"
#include "vault/RestoreLinks.h"
#include "vault/RestoreMetadata.h"
#include "vault/RestorePipeline.h"
#include "vault/RestorePlanner.h"
#include "vault/TargetFolder.h"
#include "vault/Vault.h"
#include "vault/VaultLock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

// A restore in three steps: plan (walk the trees, create folders and empty files, and list the
// chunks by pack and offset and the symlinks), fill (RestorePipeline: each pack read once, front
// to back, blobs verified and written on all cores, files created as their first chunk comes),
// finish (hard links made, damaged files removed and reported, symlinks made, folder metadata
// applied children first).
namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::Restore)
};

// Two workers a core: besides inflating and hashing they wait in the kernel (creating files,
// copying into the page cache), so one a core leaves the cores idle part of the time.
int workerCount()
{
    return int(qBound(2u, 2 * std::thread::hardware_concurrency(), 8u));
}

// Links the restored files' further paths; removes and reports the files whose chunks failed;
// counts what was restored.
void settleFiles(const TargetFolder &target, RestorePlan &plan, RestoreSummary &summary, JobContext &context)
{
    qint64 damagedEntries = 0;
    qint64 skippedEntries = 0;
    qint64 unlinked = 0; // links that could not be made (reported)
    for (PlannedFile &file : plan.files) {
        if (file.skipped.load() && !file.damaged.load()) {
            if (!file.skip.isEmpty()) { // else the planner reported and counted it
                context.warn(QFile::decodeName(file.path), file.skip);
                ++summary.skippedEntries;
            }
            skippedEntries += 1 + file.links.size();
            continue;
        }
        if (!file.damaged.load()) {
            summary.bytes += file.size;
            for (const QByteArray &link : std::as_const(file.links)) {
                if (target.linkBeneath(file.path, link)) {
                    context.addDone(1, 0);
                    continue;
                }
                context.warn(QFile::decodeName(link),
                             Text::tr("The hard link cannot be created: %1.").arg(systemErrorText(errno)));
                ++unlinked;
            }
            continue;
        }
        context.warn(QFile::decodeName(file.path), Text::tr("Not restored: %1").arg(file.damage));
        for (const QByteArray &path : QList<QByteArray>{file.path} + file.links) {
            if (!target.removeBeneath(path) && errno != ENOENT)
                context.warn(QFile::decodeName(path),
                             Text::tr("The damaged file cannot be removed: %1.").arg(systemErrorText(errno)));
        }
        damagedEntries += 1 + file.links.size();
    }
    summary.damagedFiles += damagedEntries;
    summary.files = plan.fileEntries - damagedEntries - skippedEntries - unlinked;
}

void finishFolders(const TargetFolder &target, const RestorePlan &plan, JobContext &context)
{
    for (const PlannedFolder &folder : plan.folders) {
        const int fd = target.openBeneath(folder.path, O_RDONLY | O_DIRECTORY);
        if (fd < 0) {
            context.warn(QFile::decodeName(folder.path),
                         Text::tr("The folder cannot be opened to set its permissions and time: %1.")
                             .arg(systemErrorText(errno)));
            continue;
        }
        applyMetadata(fd, folder.metadata, folder.path, context);
        ::close(fd);
    }
}
} // namespace

static Result<RestoreSummary> restoreHoldingLock(Vault &vault, const RestoreRequest &request, JobContext &context)
{
    if (request.target.isEmpty())
        return fail(ErrorCode::Usage, Text::tr("Name the folder to restore into."));
    auto snapshot = vault.findSnapshot(request.snapshot, &context);
    if (!snapshot)
        return fail(snapshot.error());
    auto target = TargetFolder::open(request.target);
    if (!target)
        return fail(target.error());
    // Packs of an interrupted backup, or whose index was lost, are still readable.
    if (auto adopted = vault.adoptUnindexedPacks(context); !adopted)
        return fail(adopted.error());
    context.setPhase(Text::tr("Restoring"));
    context.setTotals(snapshot->totals.files, snapshot->totals.bytes);

    RestoreSummary summary;
    summary.snapshotId = snapshot->id;
    RestorePlan plan;
    RestorePlanner planner(vault, request, *target, context, plan, summary);
    QElapsedTimer clock;
    clock.start();
    auto planned = planner.plan(snapshot->tree);
    const qint64 planMs = clock.restart();
    if (planned) {
        // The exact amounts once the chosen paths are known.
        context.setTotals(plan.fileEntries, plan.bytes);
        RestorePipeline pipeline(vault, plan, *target, context);
        planned = pipeline.run(workerCount());
    }
    const qint64 fillMs = clock.restart();
    if (planned) {
        settleFiles(*target, plan, summary, context);
        makeLinks(*target, plan, request.refuseLinksOutside, summary, context);
        finishFolders(*target, plan, context);
        qCInfo(lcVault) << "restored" << plan.fileEntries << "files," << plan.needs.size() << "chunks from"
                        << plan.packs.size() << "packs: plan" << planMs << "ms, contents" << fillMs << "ms, folders"
                        << clock.elapsed() << "ms";
    }
    context.finish();
    if (!planned)
        return fail(planned.error());
    return summary;
}

// A restore only reads complete objects (its adoption stays in memory): other restores may run
// beside it, backups and checks may not.
Result<RestoreSummary> restore(Vault &vault, const RestoreRequest &request, JobContext &context)
{
    return withVaultLock(vault, LockMode::Shared, QStringLiteral("restore"), context,
                         [&] { return restoreHoldingLock(vault, request, context); });
}

} // namespace Semina::Vault
