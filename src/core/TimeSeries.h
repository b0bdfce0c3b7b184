#pragma once

#include <QList>
#include <QtGlobal>
#include <cmath>
#include <limits>
#include <optional>

// A compact numeric time series shared by all layers: times in milliseconds since the epoch
// (UTC) in non-decreasing order, values as doubles with NaN for null (a missing reading or an
// empty window). Copies are cheap (implicitly shared), so a series can cross threads by value.
class TimeSeries
{
public:
    static constexpr double null() { return std::numeric_limits<double>::quiet_NaN(); }
    static bool isNull(double v) { return std::isnan(v); }

    TimeSeries() = default;
    TimeSeries(QList<qint64> times, QList<double> values);

    void reserve(qsizetype n);
    // Times must not go backwards; append(t, TimeSeries::null()) records a gap.
    void append(qint64 timeMs, double value);
    void clear();

    qsizetype size() const { return m_times.size(); }
    bool isEmpty() const { return m_times.isEmpty(); }
    qint64 time(qsizetype i) const { return m_times.at(i); }
    double value(qsizetype i) const { return m_values.at(i); }
    bool isNullAt(qsizetype i) const { return isNull(m_values.at(i)); }
    const QList<qint64> &times() const { return m_times; }
    const QList<double> &values() const { return m_values; }

    qint64 firstTime() const { return m_times.constFirst(); }
    qint64 lastTime() const { return m_times.constLast(); }

    // First index whose time is >= t (size() when none); with upperBound, [lower, upper) is
    // the part of the series inside a time range.
    qsizetype lowerBound(qint64 t) const;
    qsizetype upperBound(qint64 t) const;
    TimeSeries slice(qint64 fromMs, qint64 toMs) const; // points in [fromMs, toMs)

    // Smallest and largest non-null value in [from, to) by index; empty when all are null.
    struct Range
    {
        double min = 0;
        double max = 0;
    };
    std::optional<Range> valueRange(qsizetype from = 0, qsizetype to = -1) const;

    // The last non-null value, e.g. for "now" read-outs.
    std::optional<double> lastValue() const;
    qsizetype nullCount() const;

    friend bool operator==(const TimeSeries &a, const TimeSeries &b);

private:
    QList<qint64> m_times;
    QList<double> m_values;
};
