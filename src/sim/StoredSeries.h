#pragma once

#include "sim/SiteCatalog.h"

#include <QString>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

// One field of one device (or of the site) on a regular time axis: sample i is at
// firstMs + i × stepMs. Readings are floats, counters doubles (kWh totals need the digits),
// text a list of change points. Null is NaN (or an empty string for text).
class StoredSeries
{
public:
    using Kind = SiteCatalog::FieldKind;

    StoredSeries() = default;
    StoredSeries(Kind kind, qint64 firstMs, qint64 stepMs);

    Kind kind() const { return m_kind; }
    bool isText() const { return m_kind == Kind::Text; }
    qint64 firstMs() const { return m_firstMs; }
    qint64 stepMs() const { return m_stepMs; }
    qsizetype size() const { return m_size; }
    qint64 time(qsizetype i) const { return m_firstMs + i * m_stepMs; }

    double value(qsizetype i) const { return m_kind == Kind::Counter ? m_doubles[size_t(i)] : double(m_floats[size_t(i)]); }
    QString text(qsizetype i) const;

    // Index of the first sample at or after t (size() when none), and of the first after t.
    qsizetype lowerBound(qint64 t) const;

    void reserve(qsizetype n);
    void append(double value);
    void appendText(const QString &value);
    // Drops samples from index n on (used when a state is loaded at an earlier time).
    void truncate(qsizetype n);

    const std::vector<float> &floats() const { return m_floats; }
    const std::vector<double> &doubles() const { return m_doubles; }

private:
    Kind m_kind = Kind::Measure;
    qint64 m_firstMs = 0;
    qint64 m_stepMs = 60'000;
    qsizetype m_size = 0;
    std::vector<float> m_floats;
    std::vector<double> m_doubles;
    std::vector<std::pair<qsizetype, QString>> m_textChanges;
};

inline constexpr double kNull = std::numeric_limits<double>::quiet_NaN();
