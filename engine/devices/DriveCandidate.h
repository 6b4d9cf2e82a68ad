#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Semina::Devices {

// What a candidate drive is, which decides how it is prepared.
enum class CandidateKind {
    BlockDevice, // a whole disk or loop device: gets a GPT and an exFAT file system (formatDrive)
    MountedVolume, // a file system someone else mounted: Semina's layout goes into its root
    Folder, // any folder named explicitly: a drive formatted elsewhere, or a test
};

// Why a drive is refused or warned about: a stable key for programs and tests, and a translated
// sentence naming the drive and the fix.
// Refusal keys: "system-disk", "swap", "in-use", "staging-disk", "read-only", "partition",
// "partition-mapping", "not-a-drive", "file", "overlaps-staging", "not-writable".
// Warning keys: "usb", "over-10-tb", "same-disk-as-staging", "drive-id".
struct Reason {
    QString key;
    QString text;
};

// A drive the technician may choose, or a named one that is refused, and why.
struct DriveCandidate {
    CandidateKind kind = CandidateKind::Folder;
    QString path; // "/dev/sdb" for a block device, else the mount point or folder
    QString name; // "sdb", or the volume label, or the folder's name
    qint64 size = 0; // bytes: the device's, or the file system's for volumes and folders
    qint64 freeBytes = -1; // for volumes and folders; -1 when not known
    QString model;
    QString serial;
    QString transport; // "usb", "sata", "nvme", ... or empty
    bool removable = false;
    bool rotational = false;
    QStringList mountPoints; // of the device and its partitions (Semina's own mounts included)
    // The drive's id: the hardware serial; for a block device without one, the GUID of the GPT
    // Semina wrote; for volumes and folders the id kept in their `.semina-drive-id` file (see
    // DriveId.h). Empty when none is assigned yet: formatDrive() or assignFolderDriveId()
    // assigns one.
    QString driveId;
    QString devicePath; // for a mounted volume: the block device it lives on ("/dev/sdb1")
    QString diskName; // the whole disk it lives on ("sdb"), empty for a memory file system
    // Why it may not be used; empty when it may be used.
    QList<Reason> refusals;
    // Why to think twice (USB, over 10 TB, a folder on the staging disk); it may be used.
    QList<Reason> warnings;

    [[nodiscard]] bool usable() const { return refusals.isEmpty(); }
    [[nodiscard]] bool isRefusedFor(const QString &key) const;
    [[nodiscard]] bool isWarnedFor(const QString &key) const;
    // The sentences of refusals or warnings, in order.
    [[nodiscard]] static QStringList texts(const QList<Reason> &reasons);
};

// "block device", "mounted volume", "folder", translated.
QString kindLabel(CandidateKind kind);
// "block-device", "mounted-volume", "folder" for JSON output; never translated.
QString kindKey(CandidateKind kind);

// Where Semina mounts the drives it formats: /run/semina/mnt/<drive id>, folders made 0700.
inline constexpr char kPrivateMountRoot[] = "/run/semina/mnt";

// The import service's limits (the original tool's): drives over 10 TB (decimal) and more
// than 10 drives for one job draw a warning.
inline constexpr qint64 kLargeDriveBytes = 10'000'000'000'000;
inline constexpr int kMaxDrivesPerJob = 10;

// The warning for a job that uses `driveCount` drives, or an empty string within the limit.
QString driveCountWarning(int driveCount);

} // namespace Semina::Devices
