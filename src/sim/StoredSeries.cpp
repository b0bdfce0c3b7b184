#include "sim/StoredSeries.h"

#include <algorithm>

StoredSeries::StoredSeries(Kind kind, qint64 firstMs, qint64 stepMs)
    : m_kind(kind)
    , m_firstMs(firstMs)
    , m_stepMs(stepMs)
{
}

QString StoredSeries::text(qsizetype i) const
{
    // The last change at or before i.
    auto it = std::upper_bound(m_textChanges.cbegin(), m_textChanges.cend(), i,
                               [](qsizetype index, const std::pair<qsizetype, QString> &c) { return index < c.first; });
    if (it == m_textChanges.cbegin())
        return {};
    return std::prev(it)->second;
}

qsizetype StoredSeries::lowerBound(qint64 t) const
{
    if (t <= m_firstMs)
        return 0;
    const qint64 i = (t - m_firstMs + m_stepMs - 1) / m_stepMs;
    return qsizetype(std::min<qint64>(i, m_size));
}

void StoredSeries::reserve(qsizetype n)
{
    if (m_kind == Kind::Counter)
        m_doubles.reserve(size_t(n));
    else if (m_kind == Kind::Measure)
        m_floats.reserve(size_t(n));
}

void StoredSeries::append(double value)
{
    if (m_kind == Kind::Counter)
        m_doubles.push_back(value);
    else
        m_floats.push_back(float(value));
    ++m_size;
}

void StoredSeries::appendText(const QString &value)
{
    if (m_textChanges.empty() || m_textChanges.back().second != value)
        m_textChanges.emplace_back(m_size, value);
    ++m_size;
}

void StoredSeries::truncate(qsizetype n)
{
    if (n >= m_size)
        return;
    m_size = n;
    if (m_kind == Kind::Counter)
        m_doubles.resize(size_t(n));
    else if (m_kind == Kind::Measure)
        m_floats.resize(size_t(n));
    while (!m_textChanges.empty() && m_textChanges.back().first >= n)
        m_textChanges.pop_back();
}
