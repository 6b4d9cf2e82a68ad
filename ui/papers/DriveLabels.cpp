// The drive labels: one 100 x 150 mm page per drive, the size of a courier's label.
#include "PaperLayout.h"
#include "PaperPages.h"
#include "ShippingPapers.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPdfWriter>

namespace Semina::Papers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Papers::DriveLabels)
};

} // namespace

void drawDriveLabel(PaperLayout &paper, const Offline::ServiceJob &job, const Offline::ServiceDrive &drive,
                    const Offline::ServiceDescription &service)
{
    QPainter &painter = paper.painter();
    painter.setPen(QPen(Qt::black, paper.mm(0.6)));
    painter.drawRect(paper.box(4, 4, 92, 142));

    paper.text(paper.box(7, 7, 60, 6), Text::tr("SHIP TO"), PaperLayout::font(8, true));
    paper.text(paper.box(7, 12, 86, 36), service.shipTo.lines().join(QLatin1Char('\n')), PaperLayout::font(11, true));
    paper.line(4, 50, 96, 50, 0.6);

    painter.fillRect(paper.box(4, 50, 92, 24), Qt::black);
    painter.setPen(Qt::white);
    painter.setFont(PaperLayout::font(24, true));
    painter.drawText(paper.box(4, 50, 92, 24), Qt::AlignCenter,
                     Text::tr("DRIVE %1 OF %2").arg(drive.sequence).arg(drive.count));

    paper.field(paper.box(7, 77, 86, 11), Text::tr("Import job"), job.name(), 11);
    paper.field(paper.box(7, 89, 86, 11), Text::tr("Drive id"), drive.driveId, 9);
    paper.field(paper.box(7, 101, 50, 11), Text::tr("Serial"),
                drive.serial.isEmpty() ? Text::tr("(none)") : drive.serial, 9);
    paper.field(paper.box(60, 101, 33, 11), Text::tr("Size"),
                QLocale().formattedDataSize(drive.bytes, 1, QLocale::DataSizeSIFormat), 9);
    paper.field(paper.box(7, 113, 86, 11), Text::tr("Tracking number"),
                job.shipping ? job.shipping->package.trackingNumber : Text::tr("(not entered yet)"), 10);
    paper.line(4, 126, 96, 126, 0.3);
    const QString from = job.shipping ? job.shipping->returnAddress.lines().join(QStringLiteral(", ")) : QString();
    paper.text(paper.box(7, 127.5, 86, 10),
               from.isEmpty() ? Text::tr("Return address: see the packing list.") : Text::tr("From: %1").arg(from),
               PaperLayout::font(6.5));
    paper.text(paper.box(7, 138, 86, 7), Text::tr("Encrypted data drive: handle with care; keep dry."),
               PaperLayout::font(6.5, true));
}

Result<QByteArray> driveLabelsPdf(const Offline::ServiceJob &job, const Offline::ServiceDescription &service)
{
    const QPageSize label(QSizeF(100, 150), QPageSize::Millimeter, QStringLiteral("Label 100 x 150 mm"));
    return pdfDocument(
        label, Text::tr("Drive labels: import job %1").arg(job.name()), [&](QPdfWriter &writer) -> Result<> {
            QPainter painter;
            if (!painter.begin(&writer))
                return fail(ErrorCode::Internal, Text::tr("The PDF writer could not start a page."));
            PaperLayout paper(painter, writer);
            bool first = true;
            for (const Offline::ServiceDrive &drive : job.request.drives) {
                if (!first && !writer.newPage())
                    return fail(ErrorCode::Internal, Text::tr("The PDF writer could not start a page."));
                first = false;
                drawDriveLabel(paper, job, drive, service);
            }
            if (!painter.end())
                return fail(ErrorCode::Internal, Text::tr("The PDF writer could not finish the labels."));
            return {};
        });
}

} // namespace Semina::Papers
