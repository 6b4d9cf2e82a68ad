#include "ShippingPapers.h"

#include "PaperPages.h"
#include "core/AtomicFile.h"
#include "offline/DataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QPagedPaintDevice>

namespace Semina::Papers {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Papers::ShippingPapers)
};
} // namespace

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

Result<> paintShippingPapers(QPagedPaintDevice &device, const Offline::ServiceJob &job,
                             const Offline::ServiceDescription &service)
{
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::Io, Text::tr("The printer could not start a page: check that it is connected."));
    PaperLayout paper(painter, device);
    drawPackingList(paper, job, service);
    for (const Offline::ServiceDrive &drive : job.request.drives) {
        if (!device.newPage())
            return fail(ErrorCode::Io, Text::tr("The printer could not start a page: check that it is connected."));
        drawDriveLabel(paper, job, drive, service);
    }
    if (!painter.end())
        return fail(ErrorCode::Io, Text::tr("The printer could not finish the papers: check that it is connected."));
    return {};
}

} // namespace Semina::Papers
