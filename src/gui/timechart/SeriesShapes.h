#pragma once

#include "gui/timechart/ChartSeries.h"
#include "gui/timechart/SeriesDecimator.h"
#include "gui/timechart/SeriesPlotItem.h"
#include "gui/timechart/TimeZoom.h"

#include <QHash>
#include <QTimeZone>
#include <optional>

// One redraw of one series: first what to draw of the visible range in data units (decimated
// line segments, or bars), which fixes the value axes; then its pixel shape on those axes.
class SeriesShapes final
{
public:
    struct Bar
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        double value = 0; // the bar's end; a stacked bar starts where the one below it ended
        double base = 0;
    };
    // The running ends of a window's stack, by the window's start: above and below zero.
    using StackEnds = QHash<qint64, std::pair<double, double>>;
    struct Prepared
    {
        int series = -1;
        int side = 0; // 0 left axis, 1 right axis
        ChartSeries::Kind kind = ChartSeries::Kind::Line;
        QColor color;
        QList<SeriesDecimator::Segment> segments;
        QList<Bar> bars;
        // Smallest and largest value drawn; empty when nothing is.
        std::optional<std::pair<double, double>> extent;
    };
    // Data → pixels in the plot area, per value axis (0 left, 1 right).
    struct Mapping
    {
        QRectF area;
        TimeInterval time;
        double min[2] = {0, 0}; // axis ends in display units
        double max[2] = {1, 1};
        double factor[2] = {1, 1}; // raw → display units

        double x(qint64 ms) const;
        double y(double raw, int side) const;
        qint64 timeAt(double x) const;
    };

    // Bars share their window side by side: barSlot of barSlots. Stacked bars (series.stacked)
    // stand on `stack`, sources up and sinks down, and leave their ends in it for the next.
    static Prepared prepare(const ChartSeries &series, TimeInterval visible, int columns, const QTimeZone &zone, int barSlot = 0,
                            int barSlots = 1, StackEnds *stack = nullptr);
    static SeriesPlotItem::Shape shape(const Prepared &prepared, const Mapping &mapping);

    // The windows of a bar series that meet [visible.fromMs, visible.toMs], clipped to it.
    static QList<std::pair<qint64, qint64>> windowsWithin(const ChartSeries &series, TimeInterval visible, const QTimeZone &zone);
    // The end of the window that point i of a bar series stands for.
    static qint64 windowEnd(const ChartSeries &series, qsizetype i, const QTimeZone &zone);
};
