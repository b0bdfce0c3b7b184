#include "gui/timechart/ChartHoverItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace {

constexpr qreal kPadding = 7;
constexpr qreal kSwatch = 10;
constexpr qreal kGap = 6;
constexpr qreal kColumnGap = 16;
constexpr qreal kCursorGap = 14;

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

ChartHoverItem::ChartHoverItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
}

void ChartHoverItem::setReadout(const QRectF &plotArea, const QPointF &cursor, const QString &title, QList<Row> rows,
                                QList<Marker> markers)
{
    prepareGeometryChange();
    m_active = true;
    m_plotArea = plotArea;
    m_cursor = cursor;
    m_title = title;
    m_rows = std::move(rows);
    m_markers = std::move(markers);
    update();
}

void ChartHoverItem::clear()
{
    if (!m_active)
        return;
    prepareGeometryChange();
    m_active = false;
    m_rows.clear();
    m_markers.clear();
}

void ChartHoverItem::setFont(const QFont &font)
{
    prepareGeometryChange();
    m_font = font;
}

void ChartHoverItem::setColors(const QColor &text, const QColor &background)
{
    m_text = text;
    m_background = background;
    update();
}

QRectF ChartHoverItem::boxRect() const
{
    const QFontMetricsF metrics(m_font);
    const QFontMetricsF bold(boldOf(m_font));
    qreal nameWidth = 0, valueWidth = 0;
    for (const Row &row : m_rows) {
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(row.name));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(row.value));
    }
    const qreal rowsWidth = m_rows.isEmpty() ? 0 : kSwatch + kGap + nameWidth + kColumnGap + valueWidth;
    const qreal width = std::ceil(std::max(bold.horizontalAdvance(m_title), rowsWidth) + 2 * kPadding);
    const qreal height = std::ceil(bold.height() + m_rows.size() * metrics.height() + 2 * kPadding);
    // Right of the cursor, or left of it near the right edge; vertically centred on it.
    qreal x = m_cursor.x() + kCursorGap;
    if (x + width > m_plotArea.right())
        x = m_cursor.x() - kCursorGap - width;
    x = std::max(x, m_plotArea.left());
    qreal y = m_cursor.y() - height / 2;
    y = std::clamp(y, m_plotArea.top(), std::max(m_plotArea.top(), m_plotArea.bottom() - height));
    return QRectF(x, y, width, height);
}

QRectF ChartHoverItem::boundingRect() const
{
    if (!m_active)
        return {};
    return m_plotArea.united(boxRect()).adjusted(-4, -4, 4, 4);
}

void ChartHoverItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_active)
        return;
    painter->save();
    QColor lineColor = m_text;
    lineColor.setAlphaF(0.5f);
    painter->setPen(QPen(lineColor, 1, Qt::DashLine));
    painter->drawLine(QPointF(m_cursor.x(), m_plotArea.top()), QPointF(m_cursor.x(), m_plotArea.bottom()));
    painter->drawLine(QPointF(m_plotArea.left(), m_cursor.y()), QPointF(m_plotArea.right(), m_cursor.y()));

    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const Marker &marker : std::as_const(m_markers)) {
        painter->setPen(QPen(m_background, 1.5));
        painter->setBrush(marker.color);
        painter->drawEllipse(marker.pos, 4, 4);
    }

    const QRectF box = boxRect();
    QColor background = m_background;
    background.setAlphaF(0.93f);
    painter->setPen(QPen(lineColor, 1));
    painter->setBrush(background);
    painter->drawRoundedRect(box, 4, 4);

    const QFontMetricsF metrics(m_font);
    const QFont bold = boldOf(m_font);
    const QFontMetricsF boldMetrics(bold);
    qreal y = box.top() + kPadding;
    painter->setPen(m_text);
    painter->setFont(bold);
    painter->drawText(QRectF(box.left() + kPadding, y, box.width() - 2 * kPadding, boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, m_title);
    y += boldMetrics.height();
    painter->setFont(m_font);
    for (const Row &row : std::as_const(m_rows)) {
        const QRectF line(box.left() + kPadding, y, box.width() - 2 * kPadding, metrics.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(row.color);
        painter->drawRoundedRect(QRectF(line.left(), line.center().y() - kSwatch / 2, kSwatch, kSwatch), 2, 2);
        painter->setPen(m_text);
        painter->drawText(line.adjusted(kSwatch + kGap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, row.name);
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, row.value);
        y += metrics.height();
    }
    painter->restore();
}
