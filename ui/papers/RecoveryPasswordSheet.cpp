// The recovery password sheet: one block per drive, the password large and in a fixed-width
// font so each digit can be read back without doubt.
#include "RecoveryPasswordSheet.h"

#include "PaperLayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPdfWriter>

namespace Semina::Papers {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Papers::RecoveryPasswordSheet)
};

constexpr qreal kTop = 52; // mm: where the first drive's block starts on the first page
constexpr qreal kBlock = 42; // mm: one drive's block
constexpr qreal kBottom = 272; // mm: no block goes past this

QString driveTitle(const Drives::FinishedDrive &drive)
{
    return Text::tr("Drive %1 of %2").arg(drive.drive.sequence).arg(drive.drive.count);
}

QString serialText(const Drives::FinishedDrive &drive)
{
    return drive.drive.serial.isEmpty() ? Text::tr("(none)") : drive.drive.serial;
}

QString warningText()
{
    return Text::tr("Keep this sheet away from the drives, somewhere only the people who may open them can reach. "
                    "A drive's recovery password opens it without this computer's keychain; anyone holding both "
                    "the drive and its password can read the backup on it.");
}

QFont monospace(qreal points)
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(points);
    font.setBold(true);
    return font;
}

void drawHeader(PaperLayout &paper, const RecoveryPasswordSheet &sheet, bool first)
{
    paper.text(paper.box(15, 15, 180, 12), Text::tr("RECOVERY PASSWORDS"), PaperLayout::font(20, true));
    paper.text(
        paper.box(15, 27, 180, 7),
        Text::tr("Import job %1, printed %2").arg(sheet.job, QLocale().toString(sheet.printed, QLocale::ShortFormat)),
        PaperLayout::font(10));
    paper.line(15, 34, 195, 34, 0.8);
    if (first)
        paper.text(paper.box(15, 37, 180, 14), warningText(), PaperLayout::font(9, true));
}

void drawDrive(PaperLayout &paper, const Drives::FinishedDrive &drive, qreal top)
{
    QPainter &painter = paper.painter();
    painter.setPen(QPen(Qt::black, paper.mm(0.4)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(paper.box(15, top, 180, kBlock - 4));
    paper.text(paper.box(18, top + 2, 60, 8), driveTitle(drive), PaperLayout::font(13, true));
    paper.field(paper.box(80, top + 2, 55, 10), Text::tr("Name"), drive.name, 9);
    paper.field(paper.box(138, top + 2, 55, 10), Text::tr("Serial"), serialText(drive), 9);
    paper.field(paper.box(18, top + 12, 175, 10), Text::tr("Drive id"), drive.drive.driveId, 9);
    paper.text(paper.box(18, top + 25, 175, 10), drive.recoveryPassword, monospace(15));
}

} // namespace

QByteArray RecoveryPasswordSheet::text() const
{
    QStringList lines{Text::tr("Recovery passwords of import job %1 (%2)")
                          .arg(job, QLocale().toString(printed, QLocale::ShortFormat)),
                      QString(), warningText(), QString()};
    for (const Drives::FinishedDrive &drive : drives) {
        lines << driveTitle(drive) << Text::tr("  Name: %1").arg(drive.name)
              << Text::tr("  Drive id: %1").arg(drive.drive.driveId) << Text::tr("  Serial: %1").arg(serialText(drive))
              << Text::tr("  Recovery password: %1").arg(drive.recoveryPassword) << QString();
    }
    return lines.join(QLatin1Char('\n')).toUtf8();
}

Result<> RecoveryPasswordSheet::paint(QPagedPaintDevice &device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::Io, Text::tr("The printer could not start a page: check that it is connected."));
    PaperLayout paper(painter, device);
    drawHeader(paper, *this, true);
    qreal top = kTop;
    for (const Drives::FinishedDrive &drive : drives) {
        if (top + kBlock > kBottom) {
            if (!device.newPage())
                return fail(ErrorCode::Io, Text::tr("The printer could not start a page: check that it is connected."));
            drawHeader(paper, *this, false);
            top = 38;
        }
        drawDrive(paper, drive, top);
        top += kBlock;
    }
    paper.line(15, 276, 195, 276, 0.2);
    paper.text(paper.box(15, 278, 180, 10),
               Text::tr("No key is printed here. Each drive's key stays in the keychain of the computer that "
                        "prepared it and travels wrapped for the receiving station inside the import job."),
               PaperLayout::font(7.5));
    if (!painter.end())
        return fail(ErrorCode::Io, Text::tr("The printer could not finish the page: check that it is connected."));
    return {};
}

Result<QByteArray> RecoveryPasswordSheet::pdf() const
{
    return pdfDocument(QPageSize(QPageSize::A4), Text::tr("Recovery passwords: import job %1").arg(job),
                       [this](QPdfWriter &writer) { return paint(writer); });
}

} // namespace Semina::Papers
