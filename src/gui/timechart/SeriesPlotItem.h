#pragma once

#include "gui/timechart/ChartSeries.h"

#include <QGraphicsItem>
#include <QPainterPath>

// Paints the chart's series inside its plot area: decimated lines, filled areas and bars, all
// prepared in pixel coordinates by TimeChart. One item for all series, so a gap is simply a
// moveTo and a redraw costs one path per series instead of a Qt Charts series per segment.
class SeriesPlotItem final : public QGraphicsItem
{
public:
    struct Shape
    {
        // The line in runs of a few segments each: Qt's raster engine strokes a wider
        // antialiased polyline by filling its outline, which grows much faster than its length
        // (360 points at 1.6 px take 8 ms as one path, 2 ms in runs of 8; 8,640 points 400 ms
        // and 25 ms). The runs share their end points, so the line is drawn unbroken.
        QList<QPolygonF> runs;
        QPainterPath line; // stroked: a lone reading's dot
        QPainterPath fill; // filled: the area under a line, or the bars
        QColor color;
        ChartSeries::Kind kind = ChartSeries::Kind::Line;
        // A dense line (about a point per pixel or more) is drawn thin: a wider antialiased
        // stroke of a zigzag of thousands of points takes a hundred times longer to rasterise.
        bool dense = false;
    };

    explicit SeriesPlotItem(QGraphicsItem *parent = nullptr);

    void setPlotArea(const QRectF &plotArea);
    void setShapes(QList<Shape> shapes);
    // For files: dense lines one logical pixel wide (two in a 2× PNG) rather than one device
    // pixel, the fast hairline that on-screen drawing needs.
    void setExportQuality(bool exportQuality) { m_exportQuality = exportQuality; }
    const QList<Shape> &shapes() const { return m_shapes; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_plotArea;
    QList<Shape> m_shapes;
    bool m_exportQuality = false;
};
