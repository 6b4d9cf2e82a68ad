#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Semina::Devices {

// One block device as `lsblk` reports it, with its partitions (and their children) nested.
// Fields lsblk leaves null (a loop device has no model, serial or transport) are empty.
struct BlockDevice {
    QString name; // kernel name: "sda", "nvme0n1", "loop3", "sda1"
    QString path; // "/dev/sda"
    qint64 size = 0; // bytes
    QString type; // "disk", "part", "loop", "rom", "crypt", "lvm", ...
    QString transport; // "usb", "sata", "nvme", "virtio", ... or empty
    QString model;
    QString serial; // trimmed; empty when the device reports none
    bool removable = false;
    bool rotational = false;
    bool readOnly = false; // write-protected (lsblk's RO), e.g. an SD card's switch
    QStringList mountPoints; // "[SWAP]" for active swap, as lsblk writes it
    QString parentName; // lsblk's PKNAME: the disk of a partition
    QString fsType;
    QString label;
    QString partitionTableId; // PTUUID: the GPT disk GUID (lower case) or the MBR id
    int major = -1;
    int minor = -1;
    // For a loop device (filled from /sys/block/<name>/loop, not by lsblk): its backing file
    // and the offset and size limit of the mapping, 0 for "whole file".
    QString backingFile;
    qint64 backingOffset = 0;
    qint64 backingSizeLimit = 0;
    QList<BlockDevice> children;

    // Every mount point of the device and of its children, depth first.
    [[nodiscard]] QStringList allMountPoints() const;
};

// The lsblk columns Semina reads (`lsblk --json -b -o <columns>`).
QStringList lsblkColumns();

// Parses the output of `lsblk --json -b -o <lsblkColumns()>` (also older lsblk's
// "mountpoint" and string-typed numbers and booleans). InvalidInput when it is not lsblk JSON.
Result<QList<BlockDevice>> parseLsblk(const QByteArray &json);

// Runs lsblk and adds each loop device's backing file from `sysRoot` (normally /sys).
// Errors name lsblk, its stderr and the package to install.
Result<QList<BlockDevice>> listBlockDevices(const QString &sysRoot = QStringLiteral("/sys"));

} // namespace Semina::Devices
