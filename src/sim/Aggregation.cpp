#include "sim/Aggregation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

double medianOf(std::vector<double> &v)
{
    if (v.empty())
        return kNan;
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + qsizetype(mid), v.end());
    if (v.size() % 2 == 1)
        return v[mid];
    const double upper = v[mid];
    const double lower = *std::max_element(v.begin(), v.begin() + qsizetype(mid));
    return (lower + upper) / 2.0;
}

} // namespace

std::optional<TimeFunction> timeFunctionFromName(const QString &n)
{
    static const std::pair<const char16_t *, TimeFunction> names[] = {
        {u"first", TimeFunction::First},      {u"last", TimeFunction::Last}, {u"min", TimeFunction::Min},
        {u"max", TimeFunction::Max},          {u"mean", TimeFunction::Mean}, {u"median", TimeFunction::Median},
        {u"count", TimeFunction::Count},      {u"sum", TimeFunction::Sum},   {u"spread", TimeFunction::Spread},
        {u"integral", TimeFunction::Integral}};
    for (const auto &[name, f] : names) {
        if (n == QStringView(name))
            return f;
    }
    return std::nullopt;
}

std::optional<GroupFunction> groupFunctionFromName(const QString &n)
{
    static const std::pair<const char16_t *, GroupFunction> names[] = {
        {u"min", GroupFunction::Min},       {u"max", GroupFunction::Max},     {u"mean", GroupFunction::Mean},
        {u"median", GroupFunction::Median}, {u"count", GroupFunction::Count}, {u"sum", GroupFunction::Sum}};
    for (const auto &[name, f] : names) {
        if (n == QStringView(name))
            return f;
    }
    return std::nullopt;
}

bool isSelector(TimeFunction f)
{
    return f == TimeFunction::First || f == TimeFunction::Last || f == TimeFunction::Min || f == TimeFunction::Max;
}

template <typename T> Aggregate aggregate(TimeFunction f, const PointView<T> &p, qsizetype from, qsizetype to)
{
    const T *v = p.values;
    switch (f) {
    case TimeFunction::Mean:
    case TimeFunction::Sum:
    case TimeFunction::Count: {
        // The hot loop of daily means: contiguous values, NaN skipped by self-comparison.
        double sum = 0;
        qsizetype n = 0;
        for (qsizetype i = from; i < to; ++i) {
            const T x = v[i];
            if (x == x) {
                sum += double(x);
                ++n;
            }
        }
        if (f == TimeFunction::Count)
            return {double(n)};
        if (n == 0)
            return {kNan};
        return {f == TimeFunction::Sum ? sum : sum / double(n)};
    }
    case TimeFunction::First:
        for (qsizetype i = from; i < to; ++i) {
            if (v[i] == v[i])
                return {double(v[i]), p.time(i)};
        }
        return {kNan};
    case TimeFunction::Last:
        for (qsizetype i = to - 1; i >= from; --i) {
            if (v[i] == v[i])
                return {double(v[i]), p.time(i)};
        }
        return {kNan};
    case TimeFunction::Min:
    case TimeFunction::Max:
    case TimeFunction::Spread: {
        qsizetype lo = -1, hi = -1;
        for (qsizetype i = from; i < to; ++i) {
            if (v[i] != v[i])
                continue;
            if (lo < 0 || v[i] < v[lo])
                lo = i;
            if (hi < 0 || v[i] > v[hi])
                hi = i;
        }
        if (lo < 0)
            return {kNan};
        if (f == TimeFunction::Min)
            return {double(v[lo]), p.time(lo)};
        if (f == TimeFunction::Max)
            return {double(v[hi]), p.time(hi)};
        return {double(v[hi]) - double(v[lo])};
    }
    case TimeFunction::Median: {
        std::vector<double> values;
        values.reserve(size_t(std::max<qsizetype>(0, to - from)));
        for (qsizetype i = from; i < to; ++i) {
            if (v[i] == v[i])
                values.push_back(double(v[i]));
        }
        return {medianOf(values)};
    }
    case TimeFunction::Integral: {
        // Trapezoids between consecutive non-null points of the window, value × seconds.
        double total = 0;
        qsizetype previous = -1;
        bool any = false;
        for (qsizetype i = from; i < to; ++i) {
            if (v[i] != v[i])
                continue;
            any = true;
            if (previous >= 0)
                total += (double(v[previous]) + double(v[i])) / 2.0 * double(p.time(i) - p.time(previous)) / 1000.0;
            previous = i;
        }
        return {any ? total : kNan};
    }
    }
    return {kNan};
}

template Aggregate aggregate<float>(TimeFunction, const PointView<float> &, qsizetype, qsizetype);
template Aggregate aggregate<double>(TimeFunction, const PointView<double> &, qsizetype, qsizetype);

double combine(GroupFunction f, std::vector<double> &values)
{
    std::vector<double> present;
    present.reserve(values.size());
    for (double x : values) {
        if (!std::isnan(x))
            present.push_back(x);
    }
    if (f == GroupFunction::Count)
        return double(present.size());
    if (present.empty())
        return kNan;
    switch (f) {
    case GroupFunction::Min:
        return *std::min_element(present.begin(), present.end());
    case GroupFunction::Max:
        return *std::max_element(present.begin(), present.end());
    case GroupFunction::Sum:
    case GroupFunction::Mean: {
        double sum = 0;
        for (double x : present)
            sum += x;
        return f == GroupFunction::Sum ? sum : sum / double(present.size());
    }
    case GroupFunction::Median:
        return medianOf(present);
    case GroupFunction::Count:
        break;
    }
    return kNan;
}
