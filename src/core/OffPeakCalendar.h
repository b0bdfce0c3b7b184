#pragma once

#include <QDate>
#include <QList>
#include <QMap>

// The days a utility bills like a Sunday (Taipower's 離峰日: New Year's Day, the Lunar New
// Year, Peace Memorial Day, ...). Lunar holidays move every year, so the calendar is data,
// kept per year; a year it does not know is billed by the day of the week alone, and
// knowsYear() lets the app say so.
class OffPeakCalendar final
{
public:
    bool contains(const QDate &date) const;
    bool knowsYear(int year) const { return m_days.contains(year); }
    QList<int> years() const { return m_days.keys(); }
    QList<QDate> days(int year) const { return m_days.value(year); }
    // Replaces the year's days (sorted, duplicates dropped); every day must lie in `year`.
    void setDays(int year, QList<QDate> days);

    friend bool operator==(const OffPeakCalendar &, const OffPeakCalendar &) = default;

private:
    QMap<int, QList<QDate>> m_days;
};
