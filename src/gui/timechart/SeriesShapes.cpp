#include "gui/timechart/SeriesShapes.h"

#include "core/TimeWindows.h"

#include <cmath>

namespace {

constexpr qsizetype kSegmentsPerRun = 8; // SeriesPlotItem::Shape::runs

} // namespace

double SeriesShapes::Mapping::x(qint64 ms) const
{
    return area.left() + double(ms - time.fromMs) * area.width() / double(std::max<qint64>(time.span(), 1));
}

double SeriesShapes::Mapping::y(double raw, int side) const
{
    const double range = max[side] - min[side];
    const double display = raw * factor[side];
    return area.bottom() - (range > 0 ? (display - min[side]) / range : 0.5) * area.height();
}

qint64 SeriesShapes::Mapping::timeAt(double px) const
{
    const double share = area.width() > 0 ? (px - area.left()) / area.width() : 0;
    return time.fromMs + qint64(std::llround(share * double(time.span())));
}

qint64 SeriesShapes::windowEnd(const ChartSeries &series, qsizetype i, const QTimeZone &zone)
{
    const TimeSeries &data = series.data;
    const qint64 start = data.time(i);
    if (series.window.count() > 0)
        return TimeWindows(series.window, zone).windowEnd(start);
    if (i + 1 < data.size())
        return data.time(i + 1);
    if (i > 0)
        return start + (start - data.time(i - 1));
    return start + 3'600'000; // a single bar of unknown length: an hour, so it can be seen
}

QList<std::pair<qint64, qint64>> SeriesShapes::windowsWithin(const ChartSeries &series, TimeInterval visible,
                                                             const QTimeZone &zone)
{
    QList<std::pair<qint64, qint64>> out;
    if (series.window.count() > 0) {
        for (const TimeWindows::Window &w : TimeWindows(series.window, zone).cover(visible.fromMs, visible.toMs))
            out.append({w.startMs, w.stopMs});
        return out;
    }
    const auto [first, last] = SeriesDecimator::visibleIndices(series.data, visible.fromMs, visible.toMs);
    for (qsizetype i = first; i < last; ++i) {
        const qint64 from = std::max(series.data.time(i), visible.fromMs);
        const qint64 to = std::min(windowEnd(series, i, zone), visible.toMs);
        if (to > from && (out.isEmpty() || from >= out.constLast().second))
            out.append({from, to});
    }
    return out;
}

SeriesShapes::Prepared SeriesShapes::prepare(const ChartSeries &series, TimeInterval visible, int columns, const QTimeZone &zone,
                                             int barSlot, int barSlots, StackEnds *stack)
{
    Prepared out;
    out.kind = series.kind;
    out.color = series.color;
    const auto widen = [&out](double v) {
        if (!out.extent)
            out.extent = std::pair{v, v};
        out.extent->first = std::min(out.extent->first, v);
        out.extent->second = std::max(out.extent->second, v);
    };
    const auto [first, last] = SeriesDecimator::visibleIndices(series.data, visible.fromMs, visible.toMs);
    if (series.kind != ChartSeries::Kind::Bar) {
        out.segments = SeriesDecimator::decimate(series.data, first, last, visible.fromMs, visible.toMs, columns);
        for (const SeriesDecimator::Segment &segment : std::as_const(out.segments)) {
            for (const QPointF &p : segment)
                widen(p.y());
        }
        return out;
    }
    // Bars are few (one per day or month): no decimation. A window keeps 20% free between
    // groups; the series of a group stand side by side.
    std::optional<TimeWindows> windows;
    if (series.window.count() > 0)
        windows.emplace(series.window, zone);
    for (qsizetype i = first; i < last; ++i) {
        const double v = series.data.value(i);
        if (TimeSeries::isNull(v))
            continue;
        const qint64 start = series.data.time(i);
        const qint64 end = windows ? windows->windowEnd(start) : windowEnd(series, i, zone);
        if (end <= visible.fromMs || start >= visible.toMs)
            continue;
        const double slot = double(end - start) * 0.8 / std::max(barSlots, 1);
        const double left = double(start) + double(end - start) * 0.1 + slot * barSlot;
        double base = 0;
        double top = v;
        if (stack && series.stacked) {
            // A sink's energy left the site: it hangs below zero whatever its sign in the data.
            const double signedValue = series.flow == ChartSeries::Flow::Sink ? -std::abs(v) : v;
            auto &[up, down] = (*stack)[start];
            double &end = signedValue >= 0 ? up : down;
            base = end;
            top = end + signedValue;
            end = top;
        }
        out.bars.append(Bar{qint64(std::llround(left)), qint64(std::llround(left + slot)), top, base});
        widen(top);
        widen(base);
        widen(0);
    }
    return out;
}

SeriesPlotItem::Shape SeriesShapes::shape(const Prepared &prepared, const Mapping &mapping)
{
    SeriesPlotItem::Shape shape;
    shape.color = prepared.color;
    shape.kind = prepared.kind;
    const int side = prepared.side;
    const double zeroY = std::clamp(mapping.y(0, side), mapping.area.top(), mapping.area.bottom());
    if (prepared.kind == ChartSeries::Kind::Bar) {
        for (const Bar &bar : prepared.bars) {
            const double x0 = mapping.x(bar.fromMs);
            const double x1 = std::max(mapping.x(bar.toMs), x0 + 1); // never thinner than a pixel
            const double y = mapping.y(bar.value, side);
            const double baseY = bar.base == 0 ? zeroY : mapping.y(bar.base, side);
            shape.fill.addRect(QRectF(QPointF(x0, std::min(y, baseY)), QPointF(x1, std::max(y, baseY))));
        }
        return shape;
    }
    qsizetype count = 0;
    for (const SeriesDecimator::Segment &segment : prepared.segments)
        count += segment.size();
    shape.dense = double(count) > mapping.area.width() / 2;
    for (const SeriesDecimator::Segment &segment : prepared.segments) {
        QPolygonF points;
        points.reserve(segment.size());
        for (const QPointF &p : segment)
            points.append(QPointF(mapping.x(qint64(p.x())), mapping.y(p.y(), side)));
        if (points.size() == 1) { // a lone reading between gaps: a dot, or it would not show
            shape.line.addEllipse(points.constFirst(), 1.2, 1.2);
            continue;
        }
        for (qsizetype i = 0; i + 1 < points.size(); i += kSegmentsPerRun)
            shape.runs.append(points.mid(i, kSegmentsPerRun + 1));
        if (prepared.kind == ChartSeries::Kind::Area) {
            QPolygonF area = points;
            area.append(QPointF(points.constLast().x(), zeroY));
            area.append(QPointF(points.constFirst().x(), zeroY));
            shape.fill.addPolygon(area);
            shape.fill.closeSubpath();
        }
    }
    return shape;
}
