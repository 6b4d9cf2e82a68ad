#pragma once

#include "core/Error.h"
#include "devices/BlockDevice.h"
#include "devices/DriveCandidate.h"
#include "devices/MountTable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Semina::Devices {

// Everything discovery looks at, read once; tests fill it from recorded samples.
struct SystemState {
    QList<BlockDevice> devices; // top-level, as listBlockDevices() returns them
    QList<MountEntry> mounts;
    QStringList swaps; // /proc/swaps file names
    QStringList stagingDisks; // disksHolding(staging location); empty when there is none
    QString privateMountRoot; // Semina's own mounts live below it (kPrivateMountRoot)
};

// Reads this machine's state: lsblk, /proc/self/mountinfo, /proc/swaps, and the disks of
// `stagingLocation` when one is given (NotFound when it does not exist).
Result<SystemState> readSystemState(const QString &stagingLocation = {});

// The candidates in `state`: each whole disk and loop device (Semina's own partition mappings,
// empty loop devices, RAM disks and optical drives left out) and each mounted volume on a block
// device (Semina's private mounts, pseudo file systems and bind mounts left out). Refused, with
// the reason: the disk holding /, /boot or /boot/efi, a disk with swap, a disk with a file
// system mounted anywhere but Semina's private mount root, the staging location's disk, and a
// read-only volume. Warned about: USB transport, over 10 TB. Sorted by path.
QList<DriveCandidate> candidatesFrom(const SystemState &state);

// candidatesFrom(readSystemState(stagingLocation)), with free space filled in for volumes
// and the ids of volumes read from their `.semina-drive-id` files.
Result<QList<DriveCandidate>> discoverDrives(const QString &stagingLocation = {});

// A drive named by the user: a block device path ("/dev/sdb"), a mount point or any folder.
// Always returns a candidate when the path exists: check usable() and show refusals. A
// partition is refused naming its disk; a folder is refused when it lies inside the staging
// location or holds it, and warned about when it is on the staging location's disk.
// NotFound when the path does not exist.
Result<DriveCandidate> inspectDrive(const QString &path, const QString &stagingLocation = {});

} // namespace Semina::Devices
