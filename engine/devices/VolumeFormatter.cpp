#include "devices/VolumeFormatter.h"

#include "core/JobContext.h"
#include "devices/DriveDiscovery.h"
#include "devices/DriveId.h"
#include "devices/ExternalTool.h"
#include "devices/VolumeSteps.h"

#include <QCoreApplication>
#include <QDir>
#include <QUuid>

namespace Semina::Devices {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Devices::VolumeFormatter)
};

// What formatting or mounting has set up so far; undone unless handed to a MountedVolume.
struct Setup {
    QString device;
    QString helperLoop;
    QString mountPoint;
    bool mounted = false;

    Setup() = default;
    Setup(const Setup &) = delete;
    Setup &operator=(const Setup &) = delete;
    ~Setup()
    {
        if (mounted)
            (void)unmountFolder(device, mountPoint);
        if (!mountPoint.isEmpty())
            QDir().rmdir(mountPoint);
        if (!helperLoop.isEmpty())
            (void)detachLoop(helperLoop);
    }
    MountedVolume handOver(const QString &partition, const QString &driver, const QString &id, const QString &label)
    {
        MountedVolume volume(device, partition, std::exchange(helperLoop, {}), std::exchange(mountPoint, {}), driver,
                             id, label);
        mounted = false;
        return volume;
    }
};

// Partition table, file system, mount: the items formatDrive reports.
constexpr qint64 kFormatSteps = 3;

bool isGuid(const QString &id)
{
    return id.size() == 36 && !QUuid::fromString(id).isNull();
}

bool isSeminaTable(const PartitionTable &table)
{
    return table.label == QLatin1String("gpt") && table.partitions.size() == 1
        && table.partitions.first().name == QLatin1String(kPartitionName);
}

// `what` names the action with a %1 for the device, e.g. "Formatting %1".
Result<> checkDrive(const DriveCandidate &drive, const QString &what)
{
    if (drive.kind != CandidateKind::BlockDevice)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("%1 (%2) is not a disk: only a whole disk is formatted; Semina's drive layout goes "
                             "straight into a volume or folder.")
                        .arg(drive.path, kindLabel(drive.kind)));
    if (!drive.usable())
        return fail(ErrorCode::InvalidInput, DriveCandidate::texts(drive.refusals).join(QLatin1Char(' ')));
    return requireRoot(what.arg(drive.path));
}

// The device as it is now, right before it is touched: the candidate may be minutes old.
Result<DriveCandidate> currentState(const DriveCandidate &drive, const QString &mountRoot)
{
    auto state = readSystemState();
    if (!state)
        return fail(state.error());
    state->privateMountRoot = QDir::cleanPath(mountRoot);
    for (const DriveCandidate &now : candidatesFrom(*state)) {
        if (now.path != drive.path)
            continue;
        if (now.serial != drive.serial || now.size != drive.size)
            return fail(ErrorCode::InvalidInput,
                        Text::tr("%1 is now another drive (its serial number or size "
                                 "changed): list the drives again and choose.")
                            .arg(drive.path));
        if (!now.usable())
            return fail(ErrorCode::InvalidInput, DriveCandidate::texts(now.refusals).join(QLatin1Char(' ')));
        return now;
    }
    return fail(ErrorCode::NotFound,
                Text::tr("%1 is no longer connected: connect the drive again, then retry.").arg(drive.path));
}

// Unmounts Semina's private mounts of the device and detaches its partition mappings, left
// by a run that was killed.
Result<> releaseLeftovers(const DriveCandidate &drive, const QString &mountRoot)
{
    const QString prefix = QDir::cleanPath(mountRoot) + QLatin1Char('/');
    for (const QString &point : drive.mountPoints) {
        if (!point.startsWith(prefix))
            continue;
        if (auto unmounted = unmountFolder(drive.path, point); !unmounted)
            return unmounted;
        QDir().rmdir(point);
    }
    for (const QString &loop : helperLoopsOf(drive.path)) {
        if (auto detached = detachLoop(loop); !detached)
            return detached;
    }
    return {};
}

Result<MountedVolume> mountVolume(Setup &setup, const QString &partition, const QString &id, const QString &label,
                                  const FormatOptions &options, JobContext &job)
{
    job.setPhase(Text::tr("Mounting %1").arg(setup.device));
    const QString mountPoint = QDir::cleanPath(options.mountRoot) + QLatin1Char('/') + id;
    if (isMountPoint(mountPoint)) {
        if (auto unmounted = unmountFolder(setup.device, mountPoint); !unmounted)
            return fail(unmounted.error());
    }
    if (auto made = makePrivateFolder(mountPoint); !made)
        return fail(made.error());
    setup.mountPoint = mountPoint;
    auto driver = mountExfat(setup.device, partition, mountPoint);
    if (!driver)
        return fail(driver.error());
    setup.mounted = true;
    return setup.handOver(partition, *driver, id, label);
}

struct Probed {
    QString type; // "exfat", or empty when blkid finds no file system
    QString label;
    [[nodiscard]] bool isSemina() const
    {
        return type == QLatin1String("exfat") && label.startsWith(QLatin1String("SEMINA-"));
    }
};

Result<Probed> probeVolume(const QString &partition)
{
    auto probed
        = runTool({QStringLiteral("blkid"),
                   {QStringLiteral("--probe"), QStringLiteral("--output"), QStringLiteral("export"), partition}});
    if (!probed)
        return fail(probed.error());
    Probed found;
    for (const QByteArray &line : probed->standardOutput.split('\n')) {
        if (line.startsWith("TYPE="))
            found.type = QString::fromUtf8(line.mid(5));
        else if (line.startsWith("LABEL="))
            found.label = QString::fromUtf8(line.mid(6));
    }
    return found;
}

// The exFAT label of `partition`, or an error when it holds no Semina volume.
Result<QString> seminaLabel(const QString &device, const QString &partition)
{
    auto probed = probeVolume(partition);
    if (!probed)
        return fail(probed.error());
    if (!probed->isSemina())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The partition of %1 holds no Semina exFAT volume (found: %2 %3): format the drive "
                             "again.")
                        .arg(device, probed->type.isEmpty() ? Text::tr("nothing") : probed->type, probed->label));
    return probed->label;
}

} // namespace

Result<MountedVolume> formatDrive(const DriveCandidate &drive, JobContext &job, const FormatOptions &options)
{
    if (auto checked = checkDrive(drive, Text::tr("Formatting %1")); !checked)
        return fail(checked.error());
    auto now = currentState(drive, options.mountRoot);
    if (!now)
        return fail(now.error());
    QString id = options.driveId.isEmpty() ? drive.driveId : options.driveId;
    if (id.isEmpty())
        id = newDriveId();
    const QString diskGuid = isGuid(id) ? id : newDriveId();
    if (auto released = releaseLeftovers(*now, options.mountRoot); !released)
        return fail(released.error());
    if (auto cancelled = job.checkCancelled(); !cancelled)
        return fail(cancelled.error());

    job.setTotals(kFormatSteps, -1);
    job.setPhase(Text::tr("Writing a GPT partition table on %1").arg(drive.path));
    if (auto written = writePartitionTable(drive.path, diskGuid, job); !written)
        return fail(written.error());
    auto table = readPartitionTable(drive.path);
    if (!table)
        return fail(table.error());
    if (!isSeminaTable(*table))
        return fail(ErrorCode::Io,
                    Text::tr("The partition table written on %1 does not read back as written: check "
                             "the drive, then format it again.")
                        .arg(drive.path));
    if (auto cancelled = job.checkCancelled(); !cancelled)
        return fail(cancelled.error());
    job.addDone(1, 0);

    Setup setup;
    setup.device = drive.path;
    auto partition = partitionDevice(drive.path, table->partitions.first(), &setup.helperLoop);
    if (!partition)
        return fail(partition.error());
    job.setPhase(Text::tr("Creating the exFAT file system on %1").arg(drive.path));
    const QString label = volumeLabelFor(id);
    auto made = runToolChecked({QStringLiteral("mkfs.exfat"), {QStringLiteral("-L"), label, *partition}, {}, 3'600'000},
                               drive.path, Text::tr("Creating the exFAT file system"),
                               Text::tr("Check the drive and its cable, then format it again."), &job);
    if (!made)
        return fail(made.error());
    if (auto cancelled = job.checkCancelled(); !cancelled)
        return fail(cancelled.error());
    job.addDone(1, 0);
    auto volume = mountVolume(setup, *partition, id, label, options, job);
    if (volume)
        job.addDone(1, 0);
    return volume;
}

Result<MountedVolume> mountDrive(const DriveCandidate &drive, JobContext &job, const FormatOptions &options)
{
    if (auto checked = checkDrive(drive, Text::tr("Mounting %1")); !checked)
        return fail(checked.error());
    auto now = currentState(drive, options.mountRoot);
    if (!now)
        return fail(now.error());
    auto table = readPartitionTable(drive.path);
    if (!table)
        return fail(table.error());
    if (!isSeminaTable(*table))
        return fail(ErrorCode::InvalidInput,
                    Text::tr("%1 holds no Semina drive volume: format it instead (this erases it).").arg(drive.path));
    QString id = options.driveId.isEmpty() ? drive.driveId : options.driveId;
    if (id.isEmpty())
        id = table->id;
    if (auto released = releaseLeftovers(*now, options.mountRoot); !released)
        return fail(released.error());
    Setup setup;
    setup.device = drive.path;
    auto partition = partitionDevice(drive.path, table->partitions.first(), &setup.helperLoop);
    if (!partition)
        return fail(partition.error());
    auto label = seminaLabel(drive.path, *partition);
    if (!label)
        return fail(label.error());
    return mountVolume(setup, *partition, id, *label, options, job);
}

Result<bool> hasSeminaVolume(const DriveCandidate &drive)
{
    if (drive.kind != CandidateKind::BlockDevice)
        return false;
    if (auto root = requireRoot(Text::tr("Reading %1").arg(drive.path)); !root)
        return fail(root.error());
    auto table = readPartitionTable(drive.path);
    if (!table)
        return fail(table.error());
    if (!isSeminaTable(*table))
        return false;
    // The table alone is not a volume: a format stopped after the GPT left no file system, and
    // the drive is to be formatted again, not mounted.
    const PartitionEntry &entry = table->partitions.first();
    const bool mapped = !helperLoopsOf(drive.path, entry.offset).isEmpty();
    QString helperLoop;
    auto partition = partitionDevice(drive.path, entry, &helperLoop);
    if (!partition)
        return fail(partition.error());
    auto probed = probeVolume(*partition);
    // A mapping made only to look is undone; one left by an earlier run is mountDrive()'s.
    if (!mapped && !helperLoop.isEmpty())
        (void)detachLoop(helperLoop);
    if (!probed)
        return fail(probed.error());
    return probed->isSemina();
}

} // namespace Semina::Devices
