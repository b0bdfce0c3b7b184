#pragma once

#include "core/TimeSeries.h"

#include <QList>
#include <QPointF>
#include <utility>

// The points a chart draws of a series over a visible time span at a pixel width. Each pixel
// column keeps its first, smallest, largest and last point (M4), so a line through them covers
// exactly the pixels that the raw line would: every peak and dip survives. Nulls (NaN) end a
// segment, so a gap is drawn as a gap. Pure and widget-free; O(n) over the visible points.
class SeriesDecimator final
{
public:
    // x = ms since the epoch, y = the value. A segment is a run without nulls.
    using Segment = QList<QPointF>;

    // The indices [first, last) worth drawing for [fromMs, toMs]: the points inside plus one
    // neighbour each side, so the line runs on to the plot's edges. Binary search.
    static std::pair<qsizetype, qsizetype> visibleIndices(const TimeSeries &series, qint64 fromMs, qint64 toMs);

    // Segments of series[first, last) binned into `pixelWidth` columns spanning [fromMs, toMs]
    // (points outside that span fall into the edge columns). When there are no more points than
    // columns, the points themselves. At most 4 points per column in a segment, and at most one
    // gap per column: several gaps within one pixel column cannot be told apart anyway.
    static QList<Segment> decimate(const TimeSeries &series, qsizetype first, qsizetype last, qint64 fromMs, qint64 toMs,
                                   int pixelWidth);
    // The same for the visible span, with visibleIndices().
    static QList<Segment> decimate(const TimeSeries &series, qint64 fromMs, qint64 toMs, int pixelWidth);
};
