#include "core/OffPeakCalendar.h"

#include <algorithm>

bool OffPeakCalendar::contains(const QDate &date) const
{
    const auto year = m_days.constFind(date.year());
    return year != m_days.constEnd() && std::binary_search(year->cbegin(), year->cend(), date);
}

void OffPeakCalendar::setDays(int year, QList<QDate> days)
{
    days.removeIf([year](const QDate &d) { return !d.isValid() || d.year() != year; });
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    m_days.insert(year, days);
}
