#include "gui/timechart/ChartMarkerItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {

constexpr qreal kLineWidth = 1;
constexpr qreal kPaddingX = 4;
constexpr qreal kPaddingY = 1;
constexpr qreal kLabelGap = 3;
constexpr int kLabelRows = 2;

QFont labelFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

// Dark text on light markers (dark palettes), white on dark ones.
QColor textOn(const QColor &color)
{
    return color.lightnessF() > 0.6f ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

} // namespace

ChartMarkerItem::ChartMarkerItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
}

void ChartMarkerItem::setMarkers(QList<ChartMarker> markers)
{
    std::stable_sort(markers.begin(), markers.end(),
                     [](const ChartMarker &a, const ChartMarker &b) { return a.timeMs < b.timeMs; });
    m_markers = std::move(markers);
    update();
}

void ChartMarkerItem::setMapping(const SeriesShapes::Mapping &mapping)
{
    if (mapping.area != m_mapping.area)
        prepareGeometryChange();
    m_mapping = mapping;
    update();
}

void ChartMarkerItem::setFont(const QFont &font)
{
    m_font = labelFont(font);
    update();
}

QRectF ChartMarkerItem::boundingRect() const
{
    return m_mapping.area;
}

void ChartMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF area = m_mapping.area;
    const TimeInterval visible = m_mapping.time;
    if (m_markers.isEmpty() || area.isEmpty() || !visible.isValid())
        return;
    const auto shown = [&](const ChartMarker &m) { return m.timeMs >= visible.fromMs && m.timeMs <= visible.toMs; };
    // Pixel centres: a one-pixel line stays crisp instead of a blurred two-pixel band.
    const auto xOf = [&](const ChartMarker &m) { return std::floor(m_mapping.x(m.timeMs)) + 0.5; };

    painter->save();
    painter->setClipRect(area);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const ChartMarker &m : m_markers) {
        if (!shown(m))
            continue;
        const qreal x = xOf(m);
        painter->setPen(QPen(m.color, kLineWidth, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }

    // Labels after all lines, so no line crosses a label.
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(m_font);
    const QFontMetricsF metrics(m_font);
    const qreal height = std::ceil(metrics.height() + 2 * kPaddingY);
    std::array<qreal, kLabelRows> rowEnd;
    rowEnd.fill(-std::numeric_limits<qreal>::infinity());
    for (const ChartMarker &m : m_markers) {
        if (!shown(m) || m.label.isEmpty())
            continue;
        const qreal width = std::ceil(metrics.horizontalAdvance(m.label) + 2 * kPaddingX);
        const qreal left = std::clamp(xOf(m) - width / 2, area.left(), std::max(area.left(), area.right() - width));
        const auto row = std::find_if(rowEnd.begin(), rowEnd.end(), [&](qreal end) { return left >= end + kLabelGap; });
        if (row == rowEnd.end())
            continue; // no room: the line alone still shows the event
        const int index = int(row - rowEnd.begin());
        const QRectF rect(left, area.top() + 2 + index * (height + 2), width, height);
        *row = rect.right();
        painter->setPen(Qt::NoPen);
        painter->setBrush(m.color);
        painter->drawRoundedRect(rect, 3, 3);
        painter->setPen(textOn(m.color));
        painter->drawText(rect, Qt::AlignCenter, m.label);
    }
    painter->restore();
}
