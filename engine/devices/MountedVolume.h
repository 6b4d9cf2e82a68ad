#pragma once

#include "core/Error.h"

#include <QString>

namespace Semina::Devices {

// A drive's exFAT volume mounted on Semina's private mount point. Owns the mount: the
// destructor unmounts (as unmount() does, logging a failure), so a volume is released on every
// path; call unmount() to see errors. Movable, not copyable.
class MountedVolume {
public:
    MountedVolume() = default;
    // Takes over a mount made by formatDrive()/mountDrive(); `helperLoop` is the loop device
    // mapping the partition ("" when the kernel made the partition node).
    MountedVolume(QString devicePath, QString partitionPath, QString helperLoop, QString mountPoint, QString fsDriver,
                  QString driveId, QString label);
    ~MountedVolume();
    MountedVolume(MountedVolume &&other) noexcept;
    MountedVolume &operator=(MountedVolume &&other) noexcept;
    MountedVolume(const MountedVolume &) = delete;
    MountedVolume &operator=(const MountedVolume &) = delete;

    [[nodiscard]] bool isMounted() const { return !m_mountPoint.isEmpty(); }
    // The folder to write the drive's layout into: /run/semina/mnt/<drive id>.
    [[nodiscard]] const QString &mountPoint() const { return m_mountPoint; }
    [[nodiscard]] const QString &devicePath() const { return m_devicePath; } // "/dev/sdb"
    [[nodiscard]] const QString &partitionPath() const { return m_partitionPath; } // "/dev/sdb1", "/dev/loop7"
    [[nodiscard]] const QString &helperLoop() const { return m_helperLoop; }
    [[nodiscard]] const QString &fsDriver() const { return m_fsDriver; } // "exfat" or "exfat-fuse"
    [[nodiscard]] const QString &driveId() const { return m_driveId; }
    [[nodiscard]] const QString &label() const { return m_label; } // "SEMINA-1A2B"

    // Flushes (syncfs), unmounts (retrying briefly while busy), detaches the helper loop device
    // and removes the mount point. Io naming the device, the command and the fix (e.g. the
    // process holding the mount). Does nothing when not mounted.
    Result<> unmount();

private:
    QString m_devicePath;
    QString m_partitionPath;
    QString m_helperLoop;
    QString m_mountPoint;
    QString m_fsDriver;
    QString m_driveId;
    QString m_label;
};

} // namespace Semina::Devices
