// The packing list: one A4 page that goes into the package and stays on the shipping desk's file.
#include "PaperLayout.h"
#include "PaperPages.h"
#include "ShippingPapers.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPdfWriter>

namespace Semina::Papers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Papers::PackingList)
};

QStringList returnLines(const Offline::ServiceJob &job)
{
    if (!job.shipping)
        return {Text::tr("Not entered yet: enter them before the package leaves (Semina's \"Shipping details\", "
                         "or \"semina-cli importjob ship\").")};
    QStringList lines = job.shipping->returnAddress.lines();
    lines << Text::tr("Phone: %1").arg(job.shipping->returnAddress.phone)
          << Text::tr("Email: %1").arg(job.shipping->returnAddress.email)
          << Text::tr("Return by %1, account %2")
                 .arg(job.shipping->returnShipping.carrierName, job.shipping->returnShipping.carrierAccountNumber);
    return lines;
}

void drawDriveTable(PaperLayout &paper, const Offline::ServiceJob &job, qreal top)
{
    // Columns in millimetres from the left margin: sequence, drive id, serial, size, manifest.
    const qreal x[] = {15, 40, 95, 130, 152};
    const QStringList headers{Text::tr("Drive"), Text::tr("Drive id"), Text::tr("Serial"), Text::tr("Size"),
                              Text::tr("Manifest SHA-256 (start)")};
    paper.painter().fillRect(paper.box(15, top, 180, 7), QColor(225, 225, 225));
    for (qsizetype i = 0; i < headers.size(); ++i)
        paper.text(paper.box(x[i] + 1, top + 1.3, 60, 6), headers[i], PaperLayout::font(8, true));
    qreal y = top + 7;
    const QLocale locale;
    for (const Offline::ServiceDrive &drive : job.request.drives) {
        const QStringList cells{
            Text::tr("%1 of %2").arg(drive.sequence).arg(drive.count),
            drive.driveId,
            drive.serial.isEmpty() ? Text::tr("(none)") : drive.serial,
            locale.formattedDataSize(drive.bytes, 1, QLocale::DataSizeSIFormat),
            QString::fromLatin1(drive.manifestSha256.toHex().left(16)),
        };
        for (qsizetype i = 0; i < cells.size(); ++i)
            paper.text(paper.box(x[i] + 1, y + 1.5, (i + 1 < cells.size() ? x[i + 1] : 195) - x[i] - 2, 7), cells[i],
                       PaperLayout::font(i == 0 ? 10 : 8.5, i == 0));
        y += 9;
        paper.line(15, y, 195, y, 0.15);
    }
    paper.line(15, top, 195, top, 0.4);
}

} // namespace

void drawPackingList(PaperLayout &paper, const Offline::ServiceJob &job, const Offline::ServiceDescription &service)
{
    const QLocale locale;

    paper.text(paper.box(15, 15, 128, 14), Text::tr("PACKING LIST"), PaperLayout::font(21, true));
    paper.text(paper.box(143, 15, 52, 12),
               Text::tr("Offline import of a first backup\nPlace this list inside the package."),
               PaperLayout::font(8.5), Qt::AlignRight);
    paper.line(15, 29, 195, 29, 0.8);

    paper.field(paper.box(15, 33, 90, 12), Text::tr("Import job"), job.name(), 13);
    paper.field(paper.box(110, 33, 85, 12), Text::tr("Subscription"), job.subscriptionId, 8.5);
    paper.field(paper.box(15, 47, 90, 12), Text::tr("Storage account / container"),
                job.request.storageAccount + QLatin1Char('/') + job.request.container, 10);
    paper.field(paper.box(110, 47, 85, 12), Text::tr("Drives in this package"),
                Text::tr("%n drive(s)", nullptr, int(job.request.drives.size())), 10);

    QStringList shipTo = service.shipTo.lines();
    shipTo << QString() << Text::tr("Carriers: %1").arg(service.carriers.join(QStringLiteral(", ")));
    paper.framed(paper.box(15, 63, 87, 55), Text::tr("SHIP TO"), shipTo, 10.5);
    paper.framed(paper.box(108, 63, 87, 55), Text::tr("RETURN ADDRESS"), returnLines(job), 9.5);

    const QString tracking = job.shipping ? job.shipping->package.trackingNumber : Text::tr("(not entered yet)");
    const QString carrier = job.shipping ? job.shipping->package.carrier : QStringLiteral("-");
    const QString shipDate
        = job.shipping ? locale.toString(job.shipping->package.shipDate, QLocale::ShortFormat) : QStringLiteral("-");
    paper.painter().setPen(QPen(Qt::black, paper.mm(0.4)));
    paper.painter().drawRect(paper.box(15, 123, 180, 17));
    paper.field(paper.box(18, 125, 70, 14), Text::tr("Tracking number"), tracking, 13);
    paper.field(paper.box(100, 125, 45, 14), Text::tr("Carrier"), carrier, 11);
    paper.field(paper.box(150, 125, 45, 14), Text::tr("Ship date"), shipDate, 11);

    paper.text(paper.box(15, 146, 180, 8), Text::tr("DRIVES"), PaperLayout::font(11, true));
    drawDriveTable(paper, job, 153);

    const qreal bottom = 250;
    paper.text(paper.box(15, bottom, 85, 6), Text::tr("Packed by: ______________________"), PaperLayout::font(9));
    paper.text(paper.box(110, bottom, 85, 6), Text::tr("Date: ______________"), PaperLayout::font(9));
    paper.line(15, 268, 195, 268, 0.2);
    paper.text(paper.box(15, 270, 180, 14),
               Text::tr("No key or password is printed here or written on the drives: each drive's key travels "
                        "wrapped for the receiving station inside the import job. Printed %1.")
                   .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)),
               PaperLayout::font(7.5));
}

Result<QByteArray> packingListPdf(const Offline::ServiceJob &job, const Offline::ServiceDescription &service)
{
    return pdfDocument(QPageSize(QPageSize::A4), Text::tr("Packing list: import job %1").arg(job.name()),
                       [&](QPdfWriter &writer) -> Result<> {
                           QPainter painter;
                           if (!painter.begin(&writer))
                               return fail(ErrorCode::Internal, Text::tr("The PDF writer could not start a page."));
                           PaperLayout paper(painter, writer);
                           drawPackingList(paper, job, service);
                           if (!painter.end())
                               return fail(ErrorCode::Internal,
                                           Text::tr("The PDF writer could not finish the packing list."));
                           return {};
                       });
}

} // namespace Semina::Papers
