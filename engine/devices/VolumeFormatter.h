#pragma once

#include "core/Error.h"
#include "devices/DriveCandidate.h"
#include "devices/MountedVolume.h"

namespace Semina {
class JobContext;
}

namespace Semina::Devices {

// How drive preparation uses engine/devices:
//   auto drive = inspectDrive(path, staging);   // or one of discoverDrives(staging)
//   if (!drive->usable()) -> refuse with DriveCandidate::texts(drive->refusals)
//   show DriveCandidate::texts(drive->warnings), and driveCountWarning(n) for the job
//   if (drive->kind == CandidateKind::BlockDevice) {
//       auto prepared = hasSeminaVolume(*drive);          // resume: mount, else format
//       auto volume = *prepared ? mountDrive(*drive, job) : formatDrive(*drive, job);
//       root = volume->mountPoint(); id = volume->driveId();
//   } else {
//       root = drive->path; id = *assignFolderDriveId(root);
//   }
//   ... the drive layout goes under root; volume->unmount() at the end reports errors (the
//   destructor unmounts too, on every path).
//
// What a Semina drive volume looks like (docs/FORMAT.md, "Drive volume"): a GPT with one
// partition from 1 MiB to the end, of type Microsoft basic data and named kPartitionName,
// holding an exFAT file system labelled volumeLabelFor(drive id).
inline constexpr char kPartitionName[] = "Semina drive";

struct FormatOptions {
    // The id to format under. Empty: the candidate's driveId, and for a device without a serial
    // a new one (newDriveId()), written as the GPT's disk GUID.
    QString driveId;
    // Where the volume is mounted: <mountRoot>/<drive id>. Made 0700, as is each folder above
    // it that formatDrive creates.
    QString mountRoot = QString::fromLatin1(kPrivateMountRoot);
};

// Formats block device `drive` (kind BlockDevice, usable(): refused drives are refused again,
// InvalidInput with the reasons) and mounts the new volume:
// 1. a GPT with one partition aligned at 1 MiB (sfdisk);
// 2. the partition's device: the kernel's node (/dev/sdb1, /dev/loop0p1) when
//    /sys/block/<disk>/<partition> appears, else a second loop device at the partition's
//    offset and size (kernels without partition support);
// 3. exFAT (mkfs.exfat) labelled volumeLabelFor(id);
// 4. mounted on <mountRoot>/<id>: the kernel's exfat driver, else exfat-fuse.
// Needs root (AccessDenied saying what to run). Every failing command becomes an Io error naming
// the device, the command, its stderr and the fix; whatever was set up is undone. The job sees
// the phases and may cancel between them (Cancelled; formatting again starts over).
Result<MountedVolume> formatDrive(const DriveCandidate &drive, JobContext &job, const FormatOptions &options = {});

// Mounts an already formatted Semina drive again (resume) without formatting: checks its GPT
// (one partition named kPartitionName) and the exFAT label, takes over a private mount and
// helper loop device left by a killed process (unmounted and mapped afresh: one process
// prepares a drive at a time), and mounts it as formatDrive does. InvalidInput when
// the device holds no Semina volume (format it instead).
Result<MountedVolume> mountDrive(const DriveCandidate &drive, JobContext &job, const FormatOptions &options = {});

// True when `drive` (a block device) carries a Semina volume that mountDrive() can mount: the
// GPT and, on its partition, the exFAT file system with a Semina label (a format stopped half
// way has the first without the second, and is formatted again).
Result<bool> hasSeminaVolume(const DriveCandidate &drive);

} // namespace Semina::Devices
