#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>

namespace Semina::Drives {

// How much of a drive the seed's files may use: the free space, less what the file system
// rounds each file up to (its cluster) and a reserve kept for the drive manifest, whose size
// grows with the objects on the drive. The plan and the copy use the same arithmetic, so a
// preview matches what the copy does on drives of that size.
struct DriveCapacity {
    qint64 bytes = 0; // free bytes when the drive's layout is in place
    qint64 cluster = 4096; // allocation unit

    // The bytes a seed object of `size` takes on the drive once sealed.
    [[nodiscard]] qint64 footprint(qint64 size) const;
    // The reserve for the manifest of a drive carrying `objects` objects, and the layout.
    [[nodiscard]] qint64 reserve(qint64 objects) const;
    // Whether one more object of `size` fits after `used` bytes in `objects` objects.
    [[nodiscard]] bool fits(qint64 used, qint64 objects, qint64 size) const;
};

// One drive of a plan: the objects [first, end) of the seed manifest, in its order.
struct PlannedDrive {
    qint64 first = 0;
    qint64 end = 0;
    qint64 bytes = 0; // the objects' sizes
    qint64 footprint = 0; // what they take on the drive

    [[nodiscard]] qint64 objects() const { return end - first; }
};

// Places objects of `sizes` (manifest order) on drives of `capacity`, never splitting an
// object. InvalidInput naming the object and the sizes when one does not fit even an empty
// drive. Linear in the objects: 10 TB of 16 MiB objects plan in milliseconds.
Result<QList<PlannedDrive>> planDrives(const QList<qint64> &sizes, const DriveCapacity &capacity,
                                       const QStringList &names = {});

// "4T", "500G", "1.5TB", "750GiB", "4000000000000": decimal units as drives are sold, binary
// ones when spelled KiB..TiB. InvalidInput naming the text otherwise.
Result<qint64> parseDataSize(const QString &text);

} // namespace Semina::Drives
