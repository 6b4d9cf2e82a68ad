#pragma once

// The steps formatDrive() and mountDrive() are made of; internal to engine/devices.

#include "core/Error.h"

#include <QList>
#include <QString>

namespace Semina {
class JobContext;
}

namespace Semina::Devices {

struct PartitionEntry {
    qint64 offset = 0; // bytes
    qint64 size = 0; // bytes
    QString name; // the GPT partition name
    QString type; // the type GUID, upper case
};

struct PartitionTable {
    QString label; // "gpt", "dos", or empty when the device has none
    QString id; // the GPT disk GUID, lower case
    QList<PartitionEntry> partitions;
};

// `sfdisk --json`; an empty table (label "") when the device has none.
Result<PartitionTable> readPartitionTable(const QString &device);

// A new GPT on `device` with disk GUID `diskGuid` and one partition from 1 MiB to the end.
Result<> writePartitionTable(const QString &device, const QString &diskGuid, JobContext &job);

// The block device of `entry` on disk `devicePath`: the kernel's partition node when it
// exists, else a new loop device at the entry's offset and size (reusing one left by an earlier
// run), which is then returned in `helperLoop` too.
Result<QString> partitionDevice(const QString &devicePath, const PartitionEntry &entry, QString *helperLoop);

// The existing loop devices that map `devicePath` at `offset`.
QStringList helperLoopsOf(const QString &devicePath, qint64 offset = -1);

// Detaches a loop device (Io naming it and losetup's answer on failure).
Result<> detachLoop(const QString &loop);

// Creates `folder` and each missing folder above it, 0700; makes `folder` and its parent 0700.
Result<> makePrivateFolder(const QString &folder);

// Mounts the exFAT volume on `partition` at `mountPoint` with the kernel's driver, else with
// exfat-fuse; returns the driver used.
Result<QString> mountExfat(const QString &device, const QString &partition, const QString &mountPoint);

// Unmounts what is mounted at `mountPoint` (after flushing it), retrying briefly while busy.
Result<> unmountFolder(const QString &device, const QString &mountPoint);

// Whether something is mounted exactly at `folder` (/proc/self/mountinfo).
bool isMountPoint(const QString &folder);

} // namespace Semina::Devices
