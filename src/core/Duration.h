#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

// A window length or relative time as the contract writes it (docs/aegis-api.md §5): an integer and
// a unit, `15m`, `1h`, `1d`, `1mo`. Days, weeks, months and years are calendar units: their
// length depends on the time zone and the date (23- and 25-hour days, 28..31-day months).
class Duration
{
    Q_DECLARE_TR_FUNCTIONS(Duration)

public:
    enum class Unit { Second, Minute, Hour, Day, Week, Month, Year };

    Duration() = default;
    Duration(qint64 count, Unit unit);

    // `every`: one positive count and unit; s/m/h parts may be combined ("1h30m").
    static Result<Duration> parse(const QString &text);

    qint64 count() const { return m_count; }
    Unit unit() const { return m_unit; }
    bool isCalendar() const { return m_unit >= Unit::Day; }
    // Length in milliseconds for s/m/h; 0 for calendar units.
    qint64 fixedMs() const;

    // The contract's spelling: "15m", "1d", "1mo".
    QString toString() const;
    static QString unitSuffix(Unit unit);

    friend bool operator==(const Duration &, const Duration &) = default;

private:
    qint64 m_count = 0;
    Unit m_unit = Unit::Second;
};
