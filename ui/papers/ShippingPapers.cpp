#include "ShippingPapers.h"

#include "core/AtomicFile.h"
#include "offline/DataFolder.h"

#include <QDir>

namespace Semina::Papers {

Result<QStringList> writeShippingPapers(const Offline::ServiceJob &job, const Offline::ServiceDescription &service,
                                        const QString &folder)
{
    if (auto made = Offline::ensureFolder(folder); !made)
        return fail(made.error());
    auto packingList = packingListPdf(job, service);
    if (!packingList)
        return fail(packingList.error());
    auto labels = driveLabelsPdf(job, service);
    if (!labels)
        return fail(labels.error());
    const QString base = QDir(folder).filePath(job.name());
    const QStringList paths{base + QStringLiteral("-packing-list.pdf"), base + QStringLiteral("-drive-labels.pdf")};
    if (auto written = writeFileAtomically(paths[0], *packingList); !written)
        return fail(written.error());
    if (auto written = writeFileAtomically(paths[1], *labels); !written)
        return fail(written.error());
    return paths;
}

} // namespace Semina::Papers
