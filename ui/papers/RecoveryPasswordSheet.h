#pragma once

#include "core/Error.h"
#include "drives/DrivePreparation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace Semina::Papers {

// The recovery passwords of the drives a preparation run finished, as the technician keeps them
// away from the drives: for each drive what identifies it (job, "drive 2 of 3", name, drive id,
// serial) and its 48-digit password in groups. Never a key: the drive keys stay in the keychain.
struct RecoveryPasswordSheet {
    QString job;
    QList<Drives::FinishedDrive> drives;
    QDateTime printed; // local time shown on the sheet

    // As plain UTF-8 text, for "Save to file" (written owner-only by the caller).
    [[nodiscard]] QByteArray text() const;
    // On A4 pages of a device the caller set up with full-page coordinates (a QPdfWriter, or the
    // printer of the print dialog), several drives a page.
    Result<> paint(QPagedPaintDevice &device) const;
    // As a PDF document, through the same layout as paint().
    [[nodiscard]] Result<QByteArray> pdf() const;
};

} // namespace Semina::Papers
