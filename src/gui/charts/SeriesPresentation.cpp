#include "gui/charts/SeriesPresentation.h"

#include "core/TimeWindows.h"
#include "gui/common/Units.h"

#include <algorithm>

namespace {

// The points a bucket is judged by: enough to see past a gap or two.
constexpr qsizetype kSpacingPoints = 6;

TimeSeries scaled(const TimeSeries &data, double factor)
{
    QList<double> values = data.values();
    for (double &v : values)
        v *= factor; // a null (NaN) stays null
    return TimeSeries(data.times(), std::move(values));
}

} // namespace

namespace SeriesPresentation {

TimeSeries alignFirstPoint(const TimeSeries &data, const Duration &window, const QTimeZone &zone)
{
    if (data.size() < 2)
        return data;
    const qint64 first = data.time(0);
    qint64 aligned = first;
    if (window.count() > 0) {
        aligned = TimeWindows(window, zone).windowStart(first);
    } else {
        if (data.size() < 3)
            return data;
        qint64 step = data.time(2) - data.time(1);
        for (qsizetype i = 2; i + 1 < std::min(data.size(), kSpacingPoints); ++i)
            step = std::min(step, data.time(i + 1) - data.time(i));
        if (step > 0 && data.time(1) - first < step)
            aligned = data.time(1) - step;
    }
    if (aligned == first || aligned >= data.time(1))
        return data;
    QList<qint64> times = data.times();
    times.first() = aligned;
    return TimeSeries(std::move(times), data.values());
}

QList<ChartSeries> forOperator(QList<ChartSeries> series, const QTimeZone &zone)
{
    for (ChartSeries &s : series) {
        const Units::Reading reading = Units::reading(s.unit);
        if (reading.factor != 1.0)
            s.data = scaled(s.data, reading.factor);
        s.unit = reading.unit;
        s.data = alignFirstPoint(s.data, s.window, zone);
    }
    return series;
}

} // namespace SeriesPresentation
