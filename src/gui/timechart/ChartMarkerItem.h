#pragma once

#include "gui/timechart/SeriesShapes.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QString>

// One event on a time chart: a thin vertical line at an instant with a short label on top.
struct ChartMarker
{
    qint64 timeMs = 0;
    QString label; // e.g. "Start"; empty draws the line alone
    QColor color;
};

// The markers of a time chart, drawn over the plot area through the chart's time mapping, so
// they follow zoom, pan and resize. Labels that would overlap take a second row, else are left
// out (the line stays).
class ChartMarkerItem final : public QGraphicsItem
{
public:
    explicit ChartMarkerItem(QGraphicsItem *parent = nullptr);

    void setMarkers(QList<ChartMarker> markers);
    const QList<ChartMarker> &markers() const { return m_markers; }
    void setMapping(const SeriesShapes::Mapping &mapping);
    void setFont(const QFont &font);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<ChartMarker> m_markers; // by time
    SeriesShapes::Mapping m_mapping;
    QFont m_font;
};
