#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>

namespace Semina::Devices {

// The whole disk (its name in /sys/block: "sda", "nvme0n1", "loop3") of the block device
// `major:minor`, through /sys/dev/block/MAJ:MIN (a partition's parent). Empty when the
// number is no block device (tmpfs, a FUSE mount without one).
QString diskOfDevice(int major, int minor, const QString &sysRoot = QStringLiteral("/sys"));

// The first line of a sysfs attribute such as /sys/block/loop3/loop/offset, trimmed; empty when
// it cannot be read.
QString readSysfsValue(const QString &path);

// The backing file of loop device `loopName` ("loop3"), empty when it has none.
QString loopBackingFile(const QString &loopName, const QString &sysRoot = QStringLiteral("/sys"));

// The disks a path's data lives on: the disk of its file system (st_dev; for a file system
// without a device number, such as btrfs or FUSE, the device mountinfo names), and, for a loop
// device, also the disks of its backing file, and for a device-mapper or md device the disks
// under it (/sys/block/X/slaves). Empty for a memory file system. The path must exist
// (NotFound otherwise). Used to refuse the staging location's own disk.
Result<QStringList> disksHolding(const QString &path, const QString &sysRoot = QStringLiteral("/sys"));

} // namespace Semina::Devices
