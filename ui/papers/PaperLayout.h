#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPageSize;
class QPaintDevice;
class QPdfWriter;

namespace Semina::Papers {

// Drawing helpers shared by the packing list and the labels: millimetres in, device units out,
// so a layout reads like the paper it makes.
class PaperLayout {
public:
    // `device` is a QPdfWriter, or the printer of the wizard's print dialog (full page).
    PaperLayout(QPainter &painter, const QPaintDevice &device);

    [[nodiscard]] qreal mm(qreal millimetres) const { return millimetres * m_unitsPerMm; }
    [[nodiscard]] QRectF box(qreal x, qreal y, qreal width, qreal height) const
    {
        return {mm(x), mm(y), mm(width), mm(height)};
    }
    [[nodiscard]] static QFont font(qreal points, bool bold = false);

    // Text in a box, left-aligned, wrapped; returns the height used in millimetres.
    qreal text(const QRectF &area, const QString &text, const QFont &font, int flags = 0);
    // A titled frame: a dark band with `title`, then `lines` below it.
    void framed(const QRectF &area, const QString &title, const QStringList &lines, qreal points);
    // A label over a value, as on a form.
    void field(const QRectF &area, const QString &label, const QString &value, qreal points);
    void line(qreal x1, qreal y1, qreal x2, qreal y2, qreal widthMm = 0.3);

    [[nodiscard]] QPainter &painter() { return m_painter; }

private:
    QPainter &m_painter;
    qreal m_unitsPerMm;
};

// A PDF document in memory, at 300 dpi with no margins (the layouts place everything
// themselves): `paint` draws its pages on the writer.
Result<QByteArray> pdfDocument(const QPageSize &size, const QString &title,
                               const std::function<Result<>(QPdfWriter &writer)> &paint);

} // namespace Semina::Papers
