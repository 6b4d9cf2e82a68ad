#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Semina::Devices {

// One line of /proc/self/mountinfo.
struct MountEntry {
    int major = 0; // st_dev of the file system; 0 for tmpfs, FUSE, overlay, btrfs subvolumes, ...
    int minor = 0;
    QString root; // the folder of the file system mounted here ("/" unless a bind mount)
    QString mountPoint; // unescaped ("\040" -> space)
    QString fsType; // "ext4", "fuseblk", "exfat", ...
    QString source; // "/dev/sda1", "tmpfs", ...
    bool readOnly = false;
};

// Parses /proc/self/mountinfo text; lines that do not parse are skipped.
QList<MountEntry> parseMountInfo(const QByteArray &text);

// True for kernel and memory file systems that are never a drive: proc, sysfs, tmpfs,
// cgroup, devpts, overlay, squashfs, ... (and any fs type of a source that is no device).
bool isPseudoFileSystem(const QString &fsType);

// The swap areas /proc/swaps lists (device paths or swap files); the header line is skipped.
QStringList parseSwaps(const QByteArray &text);

// The mount whose mount point holds `path` (the longest matching one); nullptr when none.
const MountEntry *mountHolding(const QList<MountEntry> &mounts, const QString &path);

// /proc/self/mountinfo and /proc/swaps of this machine. Io naming the file when unreadable.
Result<QList<MountEntry>> readMountTable();
Result<QStringList> readSwaps();

} // namespace Semina::Devices
