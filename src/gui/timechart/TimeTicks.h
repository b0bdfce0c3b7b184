#pragma once

#include "gui/timechart/ZonedTimeFormat.h"

#include <QFontMetricsF>
#include <QList>
#include <QString>

// Where a time axis puts its labels and what they say, in the chart's zone: at round wall-clock
// times (every 15 min, 3 h, local midnight, the 1st of a month), as dense as the labels fit.
// Around a DST change the ticks stay on round local times, so one step may be an hour longer
// or shorter than the others; every label is the true local time of its instant.
class TimeTicks final
{
public:
    enum class Unit { Second, Minute, Hour, Day, Week, Month, Year };
    struct Step
    {
        Unit unit = Unit::Hour;
        int count = 1;
        qint64 approxMs = 3'600'000;
    };
    struct Tick
    {
        qint64 ms = 0;
        QString label; // "14:00", "07-03", "2024-07"
        QString context; // the date ("07-04") at the first tick and when the day changes; else empty
    };

    struct Window
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };

    // The finest step whose labels, at their widths in `metrics`, fit `pixelWidth`.
    static Step stepFor(qint64 spanMs, double pixelWidth, const QFontMetricsF &metrics);
    static QList<Tick> ticks(const ZonedTimeFormat &zone, qint64 fromMs, qint64 toMs, Step step);
    // Labels for bars, one per window (a day "07-03", a month "2024-07"): all when they fit,
    // else every k-th, picked by the window's place in the calendar so that they do not jump
    // while panning. One tick per window, at its start; unlabelled ones have an empty label.
    static QList<Tick> windowTicks(const ZonedTimeFormat &zone, const QList<Window> &windows, double pixelWidth,
                                   const QFontMetricsF &metrics);
    // The QDateTime pattern of a step's labels ("HH:mm").
    static QString labelPattern(Unit unit);
};
