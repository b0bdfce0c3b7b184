#pragma once

#include "core/Duration.h"
#include "core/TimeSeries.h"

#include <QColor>
#include <QString>

// One named series as a chart and its table show it: the raw data (never decimated here),
// how to draw it, and which value axis it belongs to.
struct ChartSeries
{
    enum class Kind {
        Line,
        Area, // a line filled down to zero
        Bar, // one bar per window (daily or monthly energy); never decimated
    };
    // Where a series stands in the site's energy balance: the read-out adds sources and sinks.
    enum class Flow {
        None,
        Source, // solar, grid import, battery discharge, generator
        Sink, // load, grid export, battery charge
    };
    enum class Axis {
        Auto, // the first unit of the chart goes left, a second unit right
        Left,
        Right,
    };

    QString name; // in the legend, the read-out and the table header
    QString unit; // "W", "kWh", "%"; names the value axis and the table column
    TimeSeries data;
    QColor color; // invalid: the chart's palette picks one
    Kind kind = Kind::Line;
    Axis axis = Axis::Auto;
    // For bars: the window each point stands for ("1d", "1mo"), in the chart's zone, so a
    // month's bar is as wide as its month. Unset: each bar reaches the next point.
    Duration window;
    Flow flow = Flow::None;
    // Bars: stacked with the chart's other stacked bars of their window, sources up from zero
    // and sinks down from it, so a day's bar shows where its energy came from and went.
    bool stacked = false;
    QString device; // the one device the series reads, if any (its name can then carry its role)
};
