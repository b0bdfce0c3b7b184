#include "core/TimeSeries.h"

#include <algorithm>

TimeSeries::TimeSeries(QList<qint64> times, QList<double> values)
    : m_times(std::move(times))
    , m_values(std::move(values))
{
    Q_ASSERT(m_times.size() == m_values.size());
    Q_ASSERT(std::is_sorted(m_times.cbegin(), m_times.cend()));
}

void TimeSeries::reserve(qsizetype n)
{
    m_times.reserve(n);
    m_values.reserve(n);
}

void TimeSeries::append(qint64 timeMs, double value)
{
    Q_ASSERT(m_times.isEmpty() || m_times.constLast() <= timeMs);
    m_times.append(timeMs);
    m_values.append(value);
}

void TimeSeries::clear()
{
    m_times.clear();
    m_values.clear();
}

qsizetype TimeSeries::lowerBound(qint64 t) const
{
    return std::lower_bound(m_times.cbegin(), m_times.cend(), t) - m_times.cbegin();
}

qsizetype TimeSeries::upperBound(qint64 t) const
{
    return std::upper_bound(m_times.cbegin(), m_times.cend(), t) - m_times.cbegin();
}

TimeSeries TimeSeries::slice(qint64 fromMs, qint64 toMs) const
{
    const qsizetype from = lowerBound(fromMs);
    const qsizetype to = std::max(from, lowerBound(toMs));
    return TimeSeries(m_times.mid(from, to - from), m_values.mid(from, to - from));
}

std::optional<TimeSeries::Range> TimeSeries::valueRange(qsizetype from, qsizetype to) const
{
    if (to < 0 || to > size())
        to = size();
    std::optional<Range> range;
    for (qsizetype i = std::max<qsizetype>(from, 0); i < to; ++i) {
        const double v = m_values.at(i);
        if (isNull(v))
            continue;
        if (!range)
            range = Range{v, v};
        range->min = std::min(range->min, v);
        range->max = std::max(range->max, v);
    }
    return range;
}

std::optional<double> TimeSeries::lastValue() const
{
    for (qsizetype i = size() - 1; i >= 0; --i) {
        if (!isNull(m_values.at(i)))
            return m_values.at(i);
    }
    return std::nullopt;
}

qsizetype TimeSeries::nullCount() const
{
    return std::count_if(m_values.cbegin(), m_values.cend(), [](double v) { return isNull(v); });
}

bool operator==(const TimeSeries &a, const TimeSeries &b)
{
    if (a.m_times != b.m_times)
        return false;
    // NaN != NaN, but two nulls at the same time are the same reading.
    for (qsizetype i = 0; i < a.m_values.size(); ++i) {
        const double x = a.m_values.at(i);
        const double y = b.m_values.at(i);
        if (!(x == y || (TimeSeries::isNull(x) && TimeSeries::isNull(y))))
            return false;
    }
    return true;
}
