#include "PaperLayout.h"

#include <QBuffer>
#include <QPaintDevice>
#include <QPdfWriter>

namespace Semina::Papers {

PaperLayout::PaperLayout(QPainter &painter, const QPaintDevice &device)
    : m_painter(painter)
    , m_unitsPerMm(device.logicalDpiX() / 25.4)
{
}

QFont PaperLayout::font(qreal points, bool bold)
{
    QFont result(QStringLiteral("DejaVu Sans"));
    result.setPointSizeF(points);
    result.setBold(bold);
    return result;
}

qreal PaperLayout::text(const QRectF &area, const QString &text, const QFont &font, int flags)
{
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    QRectF used;
    m_painter.drawText(area, flags | Qt::TextWordWrap | Qt::AlignTop, text, &used);
    return used.height() / m_unitsPerMm;
}

void PaperLayout::framed(const QRectF &area, const QString &title, const QStringList &lines, qreal points)
{
    const qreal band = mm(points * 0.55);
    m_painter.setPen(QPen(Qt::black, mm(0.4)));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(area);
    m_painter.fillRect(QRectF(area.left(), area.top(), area.width(), band), QColor(40, 40, 40));
    m_painter.setFont(font(points * 0.75, true));
    m_painter.setPen(Qt::white);
    m_painter.drawText(QRectF(area.left() + mm(2), area.top(), area.width() - mm(4), band),
                       Qt::AlignVCenter | Qt::AlignLeft, title);
    text(QRectF(area.left() + mm(3), area.top() + band + mm(2), area.width() - mm(6), area.height() - band - mm(3)),
         lines.join(QLatin1Char('\n')), font(points));
}

void PaperLayout::field(const QRectF &area, const QString &label, const QString &value, qreal points)
{
    m_painter.setFont(font(points * 0.7));
    m_painter.setPen(QColor(90, 90, 90));
    m_painter.drawText(area, Qt::AlignTop | Qt::AlignLeft, label.toUpper());
    text(QRectF(area.left(), area.top() + mm(points * 0.35), area.width(), area.height()), value, font(points, true));
}

void PaperLayout::line(qreal x1, qreal y1, qreal x2, qreal y2, qreal widthMm)
{
    m_painter.setPen(QPen(Qt::black, mm(widthMm)));
    m_painter.drawLine(QPointF(mm(x1), mm(y1)), QPointF(mm(x2), mm(y2)));
}

Result<QByteArray> pdfDocument(const QPageSize &size, const QString &title,
                               const std::function<Result<>(QPdfWriter &writer)> &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(size);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Semina"));
    if (auto painted = paint(writer); !painted)
        return fail(painted.error());
    return bytes;
}

} // namespace Semina::Papers
