#pragma once

#include "core/Error.h"
#include "importjob/ServiceRecords.h"

#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace Semina::Papers {

// The papers a shipping desk prints for an import job, in the user's language:
//   <job>-packing-list.pdf  one A4 page: the job, the ship-to address, the package and its
//                           tracking number, the return address, and every drive ("2 of 3")
//   <job>-drive-labels.pdf  one 100 x 150 mm label per drive, to stick on the drive's case
// No key, password or credential is printed: the drive keys travel wrapped in the job.
// Needs a QGuiApplication (fonts); semina-cli makes one for this command only.
// Returns the paths written (atomically, into `folder`, made when missing).
Result<QStringList> writeShippingPapers(const Offline::ServiceJob &job, const Offline::ServiceDescription &service,
                                        const QString &folder);

// The two documents' bytes, for tests and the wizard's preview.
Result<QByteArray> packingListPdf(const Offline::ServiceJob &job, const Offline::ServiceDescription &service);
Result<QByteArray> driveLabelsPdf(const Offline::ServiceJob &job, const Offline::ServiceDescription &service);

// The same pages on a device the caller set up with full-page coordinates (the printer of the
// wizard's print dialog): the packing list, then one label per drive, each on a page of its own.
Result<> paintShippingPapers(QPagedPaintDevice &device, const Offline::ServiceJob &job,
                             const Offline::ServiceDescription &service);

} // namespace Semina::Papers
