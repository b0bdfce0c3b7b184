#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <vector>

// The time functions of docs/aegis-api.md §5 over the points of one window. Nulls (NaN) are
// skipped; an empty window gives null, or 0 for count.
enum class TimeFunction { First, Last, Min, Max, Mean, Median, Count, Sum, Spread, Integral };
enum class GroupFunction { Min, Max, Mean, Median, Count, Sum };

std::optional<TimeFunction> timeFunctionFromName(const QString &name);
std::optional<GroupFunction> groupFunctionFromName(const QString &name);
// first, last, min and max pick a point and keep its time; the others compute a new value.
bool isSelector(TimeFunction f);

struct Aggregate
{
    double value;
    qint64 pointTime = 0; // for selectors: the time of the chosen point
};

// Points with times and values, in time order: a stored series (T = float or double, on a
// regular axis) or materialised points.
template <typename T> struct PointView
{
    const T *values;
    qint64 firstMs; // time of values[0] when regular
    qint64 stepMs; // > 0: regular axis; 0: use times
    const qint64 *times; // when stepMs == 0
    qint64 time(qsizetype i) const { return stepMs > 0 ? firstMs + i * stepMs : times[i]; }
};

template <typename T> Aggregate aggregate(TimeFunction f, const PointView<T> &p, qsizetype from, qsizetype to);

double combine(GroupFunction f, std::vector<double> &values); // values may be reordered
