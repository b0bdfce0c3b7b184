#include "gui/timechart/SeriesPlotItem.h"

#include <QPainter>

SeriesPlotItem::SeriesPlotItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemClipsToShape, false);
}

void SeriesPlotItem::setPlotArea(const QRectF &plotArea)
{
    if (plotArea == m_plotArea)
        return;
    prepareGeometryChange();
    m_plotArea = plotArea;
}

void SeriesPlotItem::setShapes(QList<Shape> shapes)
{
    m_shapes = std::move(shapes);
    update();
}

QRectF SeriesPlotItem::boundingRect() const
{
    return m_plotArea;
}

void SeriesPlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setClipRect(m_plotArea);
    painter->setRenderHint(QPainter::Antialiasing, true);
    // Fills first, so no area or bar hides a line drawn before it.
    for (const Shape &shape : std::as_const(m_shapes)) {
        if (shape.fill.isEmpty())
            continue;
        QColor fill = shape.color;
        fill.setAlphaF(shape.kind == ChartSeries::Kind::Bar ? 0.85f : 0.22f);
        painter->setPen(shape.kind == ChartSeries::Kind::Bar ? QPen(shape.color.darker(125), 1) : QPen(Qt::NoPen));
        painter->setBrush(fill);
        painter->drawPath(shape.fill);
    }
    painter->setBrush(Qt::NoBrush);
    for (const Shape &shape : std::as_const(m_shapes)) {
        if (shape.line.isEmpty() && shape.runs.isEmpty())
            continue;
        QPen pen(shape.color, !shape.dense ? 1.6 : m_exportQuality ? 1.0 : 0.0); // 0: a cosmetic hairline
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        for (const QPolygonF &run : shape.runs)
            painter->drawPolyline(run);
        if (!shape.line.isEmpty())
            painter->drawPath(shape.line);
    }
    painter->restore();
}
