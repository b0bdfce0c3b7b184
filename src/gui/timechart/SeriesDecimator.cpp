#include "gui/timechart/SeriesDecimator.h"

#include <algorithm>
#include <cmath>

namespace {

// The points of one pixel column that a line must pass through: first, min, max, last.
class ColumnGroup
{
public:
    bool isEmpty() const { return m_first < 0; }

    void add(qsizetype i, double v)
    {
        if (m_first < 0) {
            m_first = m_min = m_max = i;
            m_minValue = m_maxValue = v;
        } else {
            if (v < m_minValue) {
                m_minValue = v;
                m_min = i;
            }
            if (v > m_maxValue) {
                m_maxValue = v;
                m_max = i;
            }
        }
        m_last = i;
    }

    // Appends the group's points in time order, each once, and empties the group.
    void flushTo(SeriesDecimator::Segment &out, const qint64 *times, const double *values)
    {
        if (m_first < 0)
            return;
        qsizetype picks[4] = {m_first, std::min(m_min, m_max), std::max(m_min, m_max), m_last};
        qsizetype previous = -1;
        for (const qsizetype i : picks) {
            if (i != previous)
                out.append(QPointF(double(times[i]), values[i]));
            previous = i;
        }
        m_first = -1;
    }

private:
    qsizetype m_first = -1;
    qsizetype m_min = -1;
    qsizetype m_max = -1;
    qsizetype m_last = -1;
    double m_minValue = 0;
    double m_maxValue = 0;
};

} // namespace

std::pair<qsizetype, qsizetype> SeriesDecimator::visibleIndices(const TimeSeries &series, qint64 fromMs, qint64 toMs)
{
    if (series.isEmpty() || toMs < fromMs)
        return {0, 0};
    qsizetype first = series.lowerBound(fromMs);
    qsizetype last = series.upperBound(toMs);
    if (first > 0)
        --first;
    if (last < series.size())
        ++last;
    return {first, last};
}

QList<SeriesDecimator::Segment> SeriesDecimator::decimate(const TimeSeries &series, qint64 fromMs, qint64 toMs, int pixelWidth)
{
    const auto [first, last] = visibleIndices(series, fromMs, toMs);
    return decimate(series, first, last, fromMs, toMs, pixelWidth);
}

QList<SeriesDecimator::Segment> SeriesDecimator::decimate(const TimeSeries &series, qsizetype first, qsizetype last,
                                                          qint64 fromMs, qint64 toMs, int pixelWidth)
{
    QList<Segment> out;
    first = std::max<qsizetype>(first, 0);
    last = std::min(last, series.size());
    if (first >= last || pixelWidth <= 0)
        return out;

    const qint64 *times = series.times().constData();
    const double *values = series.values().constData();
    Segment current;
    const auto closeSegment = [&] {
        if (!current.isEmpty())
            out.append(std::exchange(current, Segment()));
    };

    if (last - first <= pixelWidth) { // nothing to merge: draw the points themselves
        for (qsizetype i = first; i < last; ++i) {
            if (TimeSeries::isNull(values[i]))
                closeSegment();
            else
                current.append(QPointF(double(times[i]), values[i]));
        }
        closeSegment();
        return out;
    }

    const double span = double(std::max<qint64>(toMs - fromMs, 1));
    const double columnsPerMs = pixelWidth / span;
    double columnEnd = -HUGE_VAL; // forces a column computation at the first point
    bool gapInColumn = false;
    ColumnGroup group;
    for (qsizetype i = first; i < last; ++i) {
        const qint64 t = times[i];
        if (double(t) >= columnEnd) {
            // Only the first point of a column computes its index; the rest only compare.
            group.flushTo(current, times, values);
            const double column = std::clamp(std::floor(double(t - fromMs) * columnsPerMs), 0.0, double(pixelWidth - 1));
            columnEnd = column >= pixelWidth - 1 ? HUGE_VAL : double(fromMs) + (column + 1) / columnsPerMs;
            gapInColumn = false;
        }
        const double v = values[i];
        if (TimeSeries::isNull(v)) {
            if (!gapInColumn) {
                group.flushTo(current, times, values);
                closeSegment();
                gapInColumn = true;
            }
            continue;
        }
        group.add(i, v);
    }
    group.flushTo(current, times, values);
    closeSegment();
    return out;
}
