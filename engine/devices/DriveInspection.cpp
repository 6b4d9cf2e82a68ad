// discoverDrives() and inspectDrive(): candidatesFrom() over this machine's state, with what
// only the live file systems can tell (free space, folder ids, a named folder's place).
#include "devices/BackingDisk.h"
#include "devices/DriveDiscovery.h"
#include "devices/DriveId.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <sys/stat.h>

namespace Semina::Devices {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Devices::DriveDiscovery)
};

void fillVolume(DriveCandidate &candidate)
{
    const QStorageInfo storage(candidate.path);
    if (storage.isValid()) {
        if (candidate.size <= 0)
            candidate.size = storage.bytesTotal();
        candidate.freeBytes = storage.bytesAvailable();
    }
    auto id = readFolderDriveId(candidate.path);
    if (id)
        candidate.driveId = *id;
    else
        candidate.warnings << Reason{QStringLiteral("drive-id"), id.error().message};
}

bool isBlockDevice(const QString &path)
{
    struct stat status { };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && S_ISBLK(status.st_mode);
}

bool inside(const QString &path, const QString &folder)
{
    return path == folder || folder == QLatin1String("/") || path.startsWith(folder + QLatin1Char('/'));
}

// A device node that is no candidate: a partition, Semina's partition mapping, or something
// that is no drive at all.
DriveCandidate refusedDevice(const QString &path, const SystemState &state)
{
    DriveCandidate candidate;
    candidate.kind = CandidateKind::BlockDevice;
    candidate.path = path;
    candidate.devicePath = path;
    candidate.name = QFileInfo(path).fileName();
    for (const BlockDevice &disk : state.devices) {
        if (disk.path == path) {
            candidate.size = disk.size;
            if (disk.type == QLatin1String("loop") && disk.backingFile.startsWith(QLatin1String("/dev/")))
                candidate.refusals << Reason{
                    QStringLiteral("partition-mapping"),
                    Text::tr("%1 is Semina's own mapping of a partition of %2: name %2 instead.")
                        .arg(path, disk.backingFile)};
            else
                candidate.refusals << Reason{QStringLiteral("not-a-drive"),
                                             Text::tr("%1 is no drive Semina can use (%2, %3 bytes): name a disk.")
                                                 .arg(path, disk.type)
                                                 .arg(disk.size)};
            return candidate;
        }
        for (const BlockDevice &partition : disk.children) {
            if (partition.path == path) {
                candidate.size = partition.size;
                candidate.diskName = disk.name;
                candidate.refusals << Reason{QStringLiteral("partition"),
                                             Text::tr("%1 is a partition of %2: name the whole disk %2, which Semina "
                                                      "formats, or the folder where %1 is mounted.")
                                                 .arg(path, disk.path)};
                return candidate;
            }
        }
    }
    candidate.refusals << Reason{
        QStringLiteral("not-a-drive"),
        Text::tr("%1 is not a block device lsblk lists: name a disk such as /dev/sdb.").arg(path)};
    return candidate;
}

DriveCandidate folderCandidate(const QString &folder, const QString &staging, const SystemState &state)
{
    DriveCandidate candidate;
    candidate.kind = CandidateKind::Folder;
    candidate.path = folder;
    candidate.name = QFileInfo(folder).fileName();
    if (auto disks = disksHolding(folder); disks && !disks->isEmpty())
        candidate.diskName = disks->first();
    fillVolume(candidate);
    if (!staging.isEmpty() && (inside(folder, staging) || inside(staging, folder)))
        candidate.refusals << Reason{
            QStringLiteral("overlaps-staging"),
            Text::tr("%1 overlaps the staging location %2: name a folder outside it.").arg(folder, staging)};
    else if (state.stagingDisks.contains(candidate.diskName))
        candidate.warnings << Reason{QStringLiteral("same-disk-as-staging"),
                                     Text::tr("%1 is on the same disk as the staging location: such a copy protects "
                                              "nothing and is for tests only.")
                                         .arg(folder)};
    if (!QFileInfo(folder).isWritable())
        candidate.refusals << Reason{QStringLiteral("not-writable"),
                                     Text::tr("%1 is not writable: check its permissions.").arg(folder)};
    return candidate;
}

} // namespace

Result<QList<DriveCandidate>> discoverDrives(const QString &stagingLocation)
{
    auto state = readSystemState(stagingLocation);
    if (!state)
        return fail(state.error());
    QList<DriveCandidate> candidates = candidatesFrom(*state);
    for (DriveCandidate &candidate : candidates) {
        if (candidate.kind == CandidateKind::MountedVolume)
            fillVolume(candidate);
    }
    return candidates;
}

Result<DriveCandidate> inspectDrive(const QString &path, const QString &stagingLocation)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound,
                    Text::tr("%1 does not exist: name a disk (/dev/sdb), a mounted volume or a "
                             "folder; semina-cli drives list shows the candidates.")
                        .arg(path));
    auto state = readSystemState(stagingLocation);
    if (!state)
        return fail(state.error());
    const QString canonical = info.canonicalFilePath();
    const QString staging = stagingLocation.isEmpty() ? QString() : QFileInfo(stagingLocation).canonicalFilePath();
    const QList<DriveCandidate> candidates = candidatesFrom(*state);
    for (DriveCandidate candidate : candidates) {
        if (candidate.path != canonical)
            continue;
        if (candidate.kind == CandidateKind::MountedVolume)
            fillVolume(candidate);
        return candidate;
    }
    if (isBlockDevice(canonical))
        return refusedDevice(canonical, *state);
    if (!info.isDir()) {
        DriveCandidate candidate;
        candidate.path = canonical;
        candidate.name = info.fileName();
        candidate.refusals << Reason{
            QStringLiteral("file"),
            Text::tr("%1 is a file: attach a disk image with losetup -f --show %1 and name the "
                     "loop device it prints.")
                .arg(canonical)};
        return candidate;
    }
    return folderCandidate(canonical, staging, *state);
}

} // namespace Semina::Devices
