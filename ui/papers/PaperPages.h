#pragma once

#include "PaperLayout.h"
#include "importjob/ServiceRecords.h"

namespace Semina::Papers {

// The pages themselves, drawn at the top left of the paper: shared by the PDFs and by printing
// (paintShippingPapers), so what is printed is what the PDF shows.
void drawPackingList(PaperLayout &paper, const Offline::ServiceJob &job, const Offline::ServiceDescription &service);
void drawDriveLabel(PaperLayout &paper, const Offline::ServiceJob &job, const Offline::ServiceDrive &drive,
                    const Offline::ServiceDescription &service);

} // namespace Semina::Papers
