#pragma once

#include "core/Error.h"
#include "devices/DriveCandidate.h"
#include "devices/MountedVolume.h"
#include "drives/DrivePreparation.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <list>

namespace Semina {
class JobContext;
}

namespace Semina::Drives {

// Turns a drive the technician names (a block device, a mounted volume or a folder) into the
// DriveTarget prepareDrives() writes to, as `semina-cli diskprep` and the "Prepare drives"
// wizard both do: the drive is inspected and refused with the reasons when it may not be used;
// a volume or folder gets its drive id file; a block device carrying a Semina volume is mounted
// again (resume), any other block device is formatted (GPT, exFAT) once `confirm` says the
// technician typed its name. The mounts stay until the opener is destroyed or release() is
// called, so a drive stays mounted for the whole run.
class DriveOpener {
public:
    // `staging`: the staging location (its disk and folders are refused); `sizeLimit`: at most
    // this many bytes of each drive (-1: all of it).
    explicit DriveOpener(QString staging, qint64 sizeLimit = -1);

    // Optional: told each warning about a drive about to be used (USB, over 10 TB, on the
    // staging disk), and told before a block device is formatted (its path).
    std::function<void(const QString &warning)> warned;
    std::function<void(const QString &path)> formatting;

    // InvalidInput naming the drive and the reasons when it is refused, or when formatting was
    // not confirmed (with the fix); NotFound when the path does not exist; the formatter's
    // errors otherwise. `context` sees the formatting phases and may cancel them.
    Result<DriveTarget> open(const QString &path, const FormatConfirmation &confirm, JobContext &context);

    // A prepared drive named to be read (`drive verify`): the root to read it at. A folder or
    // mounted volume is its own root; a block device is read where it is mounted already, or
    // mounted on the private mount point until the opener goes. InvalidInput when a block
    // device holds no Semina volume.
    Result<QString> openPrepared(const QString &path, JobContext &context);

    // Unmounts every drive this opener mounted; the first error, the others still unmounted.
    Result<> release();

private:
    QString m_staging;
    qint64 m_sizeLimit;
    std::list<Devices::MountedVolume> m_mounts;
};

// Whether preparing `drive` for `job` erases something, so the technician must confirm by
// typing its name first: a block device without a Semina volume (it is formatted), a volume or
// folder holding files Semina did not write, or a drive of another job. Runs lsblk for a block
// device: call it off the GUI thread.
Result<bool> mustErase(const Devices::DriveCandidate &drive, const QString &job);

} // namespace Semina::Drives
