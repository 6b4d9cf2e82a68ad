#include "devices/DriveDiscovery.h"

#include "devices/BackingDisk.h"
#include "devices/DriveId.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Semina::Devices {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Devices::DriveDiscovery)
};

const QStringList kSystemMountPoints{QStringLiteral("/"), QStringLiteral("/boot"), QStringLiteral("/boot/efi")};
const QString kSwapMark = QStringLiteral("[SWAP]");

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Semina's partition mapping: a loop device over another block device.
bool isPartitionMapping(const BlockDevice &device)
{
    return device.type == QLatin1String("loop") && device.backingFile.startsWith(QLatin1String("/dev/"));
}

bool isDriveDevice(const BlockDevice &device)
{
    if (device.type != QLatin1String("disk") && device.type != QLatin1String("loop"))
        return false;
    if (device.name.startsWith(QLatin1String("zram")) || device.name.startsWith(QLatin1String("ram")))
        return false;
    return device.size > 0 && !isPartitionMapping(device);
}

// Which top-level disk each device name and path, and each device number, belongs to; a
// partition mapping belongs to the disk it maps.
class DiskIndex {
public:
    explicit DiskIndex(const QList<BlockDevice> &devices)
    {
        for (const BlockDevice &device : devices)
            add(device, device.name);
        for (const BlockDevice &device : devices) {
            if (!isPartitionMapping(device))
                continue;
            const QString mapped = diskOfPath(device.backingFile);
            if (!mapped.isEmpty())
                addAll(device, mapped);
        }
    }

    [[nodiscard]] QString diskOfPath(const QString &path) const { return m_byPath.value(path); }
    [[nodiscard]] QString diskOf(const MountEntry &mount) const
    {
        const QString byNumber = m_byNumber.value(qMakePair(mount.major, mount.minor));
        return byNumber.isEmpty() ? diskOfPath(mount.source) : byNumber;
    }
    [[nodiscard]] const BlockDevice *device(const QString &diskName) const { return m_devices.value(diskName); }
    // The device (whole disk or partition) of a path.
    [[nodiscard]] const BlockDevice *node(const QString &path) const { return m_nodes.value(path); }

private:
    void add(const BlockDevice &device, const QString &disk)
    {
        if (device.name == disk)
            m_devices.insert(disk, &device);
        addAll(device, disk);
    }
    void addAll(const BlockDevice &device, const QString &disk)
    {
        m_byPath.insert(device.path, disk);
        m_nodes.insert(device.path, &device);
        if (device.major >= 0)
            m_byNumber.insert(qMakePair(device.major, device.minor), disk);
        for (const BlockDevice &child : device.children)
            addAll(child, disk);
    }

    QHash<QString, QString> m_byPath;
    QHash<QPair<int, int>, QString> m_byNumber;
    QHash<QString, const BlockDevice *> m_devices;
    QHash<QString, const BlockDevice *> m_nodes;
};

struct DiskUse {
    QStringList mountPoints; // every one, Semina's private ones included
    QStringList systemPoints; // "/", "/boot", ...
    QStringList swaps;
    QStringList foreignPoints; // mounted elsewhere than Semina's private root
};

QHash<QString, DiskUse> diskUses(const SystemState &state, const DiskIndex &index)
{
    const QString privatePrefix = state.privateMountRoot + QLatin1Char('/');
    QHash<QString, DiskUse> uses;
    auto note = [&](const QString &disk, const QString &point) {
        if (disk.isEmpty() || point.isEmpty())
            return;
        DiskUse &use = uses[disk];
        if (point == kSwapMark) {
            use.swaps << point;
            return;
        }
        if (use.mountPoints.contains(point))
            return;
        use.mountPoints << point;
        if (kSystemMountPoints.contains(point))
            use.systemPoints << point;
        if (!point.startsWith(privatePrefix))
            use.foreignPoints << point;
    };
    for (const BlockDevice &device : state.devices) {
        const QString disk = isPartitionMapping(device) ? index.diskOfPath(device.backingFile) : device.name;
        for (const QString &point : device.allMountPoints())
            note(disk, point);
    }
    for (const MountEntry &mount : state.mounts) {
        if (!isPseudoFileSystem(mount.fsType))
            note(index.diskOf(mount), mount.mountPoint);
    }
    for (const QString &swap : state.swaps) {
        QString disk = index.diskOfPath(swap);
        if (disk.isEmpty()) { // a swap file: the disk of its file system
            if (const MountEntry *mount = mountHolding(state.mounts, swap))
                disk = index.diskOf(*mount);
        }
        if (!disk.isEmpty())
            uses[disk].swaps << swap;
    }
    return uses;
}

void refuseByUse(DriveCandidate &candidate, const DiskUse &use, const SystemState &state)
{
    if (!use.systemPoints.isEmpty())
        candidate.refusals << Reason{QStringLiteral("system-disk"),
                                     Text::tr("%1 holds the running system (mounted at %2): choose another drive.")
                                         .arg(candidate.path, use.systemPoints.join(QStringLiteral(", ")))};
    if (!use.swaps.isEmpty())
        candidate.refusals << Reason{QStringLiteral("swap"),
                                     Text::tr("%1 holds swap space in use: choose another drive.").arg(candidate.path)};
    if (candidate.kind == CandidateKind::BlockDevice && use.systemPoints.isEmpty() && !use.foreignPoints.isEmpty())
        candidate.refusals << Reason{
            QStringLiteral("in-use"),
            Text::tr("%1 has file systems in use (mounted at %2): unmount them first if this "
                     "disk may be erased (umount %3), or choose another drive.")
                .arg(candidate.path, use.foreignPoints.join(QStringLiteral(", ")), use.foreignPoints.first())};
    if (state.stagingDisks.contains(candidate.diskName))
        candidate.refusals << Reason{
            QStringLiteral("staging-disk"),
            Text::tr("%1 holds the staging location: the seed must be copied to other disks.").arg(candidate.path)};
}

void warnByDevice(DriveCandidate &candidate)
{
    if (candidate.transport == QLatin1String("usb"))
        candidate.warnings << Reason{
            QStringLiteral("usb"),
            Text::tr("%1 is attached by USB: the import service takes bare internal drives, so "
                     "ship it without its USB enclosure.")
                .arg(candidate.path)};
    if (candidate.size > kLargeDriveBytes)
        candidate.warnings << Reason{
            QStringLiteral("over-10-tb"),
            Text::tr("%1 is larger than 10 TB (%2): the import service takes drives up to 10 TB.")
                .arg(candidate.path, sizeText(candidate.size))};
}

void copyHardware(DriveCandidate &candidate, const BlockDevice &disk)
{
    candidate.model = disk.model;
    candidate.serial = disk.serial;
    candidate.transport = disk.transport;
    candidate.removable = disk.removable;
    candidate.rotational = disk.rotational;
}

DriveCandidate blockCandidate(const BlockDevice &device, const DiskUse &use, const SystemState &state)
{
    DriveCandidate candidate;
    candidate.kind = CandidateKind::BlockDevice;
    candidate.path = device.path;
    candidate.name = device.name;
    candidate.size = device.size;
    copyHardware(candidate, device);
    candidate.mountPoints = use.mountPoints;
    candidate.diskName = device.name;
    candidate.devicePath = device.path;
    if (!device.serial.isEmpty())
        candidate.driveId = driveIdFromSerial(device.serial);
    else if (device.partitionTableId.size() == 36) // a GPT disk GUID, not an MBR id
        candidate.driveId = device.partitionTableId;
    refuseByUse(candidate, use, state);
    if (device.readOnly)
        candidate.refusals << Reason{QStringLiteral("read-only"),
                                     Text::tr("%1 is write-protected: release its write-protect switch, or choose "
                                              "another drive.")
                                         .arg(candidate.path)};
    warnByDevice(candidate);
    return candidate;
}

} // namespace

QList<DriveCandidate> candidatesFrom(const SystemState &state)
{
    const DiskIndex index(state.devices);
    const QHash<QString, DiskUse> uses = diskUses(state, index);
    QList<DriveCandidate> candidates;
    for (const BlockDevice &device : state.devices) {
        if (isDriveDevice(device))
            candidates << blockCandidate(device, uses.value(device.name), state);
    }
    const QString privatePrefix = state.privateMountRoot + QLatin1Char('/');
    QSet<QPair<int, int>> seen;
    for (const MountEntry &mount : state.mounts) {
        if (isPseudoFileSystem(mount.fsType) || mount.mountPoint.startsWith(privatePrefix)
            || !mount.source.startsWith(QLatin1String("/dev/")) || mount.root != QLatin1String("/"))
            continue;
        if (seen.contains(qMakePair(mount.major, mount.minor)))
            continue; // the same file system mounted twice
        seen.insert(qMakePair(mount.major, mount.minor));
        DriveCandidate candidate;
        candidate.kind = CandidateKind::MountedVolume;
        candidate.path = mount.mountPoint;
        candidate.devicePath = mount.source;
        candidate.diskName = index.diskOf(mount);
        candidate.mountPoints = {mount.mountPoint};
        const BlockDevice *node = index.node(mount.source);
        candidate.name = node && !node->label.isEmpty() ? node->label : mount.mountPoint;
        candidate.size = node ? node->size : 0;
        if (const BlockDevice *disk = index.device(candidate.diskName))
            copyHardware(candidate, *disk);
        DiskUse use = uses.value(candidate.diskName);
        if (kSystemMountPoints.contains(mount.mountPoint) && !use.systemPoints.contains(mount.mountPoint))
            use.systemPoints << mount.mountPoint;
        refuseByUse(candidate, use, state);
        if (mount.readOnly)
            candidate.refusals << Reason{
                QStringLiteral("read-only"),
                Text::tr("%1 is mounted read-only: remount it writable (mount -o remount,rw %1) "
                         "or choose another drive.")
                    .arg(candidate.path)};
        warnByDevice(candidate);
        candidates << candidate;
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const DriveCandidate &a, const DriveCandidate &b) { return a.path < b.path; });
    return candidates;
}

Result<SystemState> readSystemState(const QString &stagingLocation)
{
    SystemState state;
    state.privateMountRoot = QString::fromLatin1(kPrivateMountRoot);
    auto devices = listBlockDevices();
    if (!devices)
        return fail(devices.error());
    state.devices = *devices;
    auto mounts = readMountTable();
    if (!mounts)
        return fail(mounts.error());
    state.mounts = *mounts;
    auto swaps = readSwaps();
    if (!swaps)
        return fail(swaps.error());
    state.swaps = *swaps;
    if (!stagingLocation.isEmpty()) {
        auto disks = disksHolding(stagingLocation);
        if (!disks)
            return fail(disks.error().code,
                        Text::tr("The staging location %1 does not exist: name the folder that holds the seed.")
                            .arg(stagingLocation));
        state.stagingDisks = *disks;
    }
    return state;
}

} // namespace Semina::Devices
