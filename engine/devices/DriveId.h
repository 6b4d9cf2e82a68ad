#pragma once

#include "core/Error.h"

#include <QString>

namespace Semina::Devices {

// Drive ids. Where each is stored:
// - a disk with a hardware serial: the serial itself (nothing is written);
// - a block device without one (a loop device, some virtual disks): a random GUID Semina
//   writes as the GPT's disk GUID when it formats the device; lsblk reads it back (PTUUID);
// - a mounted volume or a folder: a random id kept in the file `.semina-drive-id` (one line)
//   in its root, written when the drive is prepared (assignFolderDriveId).
// Ids hold only letters, digits, '-' and '_' so they can name folders and keychain entries.

// The serial as an id: trimmed, other characters replaced by '_'; empty stays empty.
QString driveIdFromSerial(const QString &serial);

// A new random id in GUID form (lower case), for a GPT disk GUID or a folder.
QString newDriveId();

// The exFAT volume label for a drive: "SEMINA-" and the id's last four letters or digits,
// upper case (exFAT labels hold at most 11 characters).
QString volumeLabelFor(const QString &driveId);

// The name of the file that keeps a folder's id.
inline constexpr char kFolderDriveIdFile[] = ".semina-drive-id";

// The id stored in `folder`, or an empty string when it has none yet. Io when unreadable,
// InvalidInput when the file holds no valid id.
Result<QString> readFolderDriveId(const QString &folder);

// The id stored in `folder`; when it has none, a new one written there atomically.
Result<QString> assignFolderDriveId(const QString &folder);

} // namespace Semina::Devices
