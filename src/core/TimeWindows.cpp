#include "core/TimeWindows.h"

#include <QDateTime>

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

const qint64 kEpochJulianDay = QDate(1970, 1, 1).toJulianDay();
const qint64 kFirstMondayJulianDay = QDate(1970, 1, 5).toJulianDay();

} // namespace

TimeWindows::TimeWindows(Duration every, QTimeZone zone)
    : m_every(every)
    , m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
{
    Q_ASSERT(m_every.count() > 0);
}

QDate TimeWindows::localDate(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).date();
}

qint64 TimeWindows::startOfDay(QDate date) const
{
    // QDate::startOfDay handles zones whose midnight falls in a DST gap.
    return date.startOfDay(m_zone).toMSecsSinceEpoch();
}

qint64 TimeWindows::windowStart(qint64 ms) const
{
    const qint64 n = m_every.count();
    switch (m_every.unit()) {
    case Duration::Unit::Second:
    case Duration::Unit::Minute:
    case Duration::Unit::Hour: {
        const qint64 step = m_every.fixedMs();
        const qint64 offset = qint64(m_zone.standardTimeOffset(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC))) * 1000;
        return floorDiv(ms + offset, step) * step - offset;
    }
    case Duration::Unit::Day: {
        const qint64 days = localDate(ms).toJulianDay() - kEpochJulianDay;
        return startOfDay(QDate::fromJulianDay(kEpochJulianDay + floorDiv(days, n) * n));
    }
    case Duration::Unit::Week: {
        const QDate date = localDate(ms);
        const qint64 monday = date.toJulianDay() - (date.dayOfWeek() - 1);
        const qint64 weeks = floorDiv(monday - kFirstMondayJulianDay, 7);
        return startOfDay(QDate::fromJulianDay(kFirstMondayJulianDay + floorDiv(weeks, n) * n * 7));
    }
    case Duration::Unit::Month: {
        const QDate date = localDate(ms);
        const qint64 index = floorDiv(qint64(date.year()) * 12 + date.month() - 1, n) * n;
        return startOfDay(QDate(int(floorDiv(index, 12)), int(index - floorDiv(index, 12) * 12) + 1, 1));
    }
    case Duration::Unit::Year: {
        const int year = int(floorDiv(localDate(ms).year(), n) * n);
        return startOfDay(QDate(year, 1, 1));
    }
    }
    return ms;
}

qint64 TimeWindows::windowEnd(qint64 windowStartMs) const
{
    const int n = int(m_every.count());
    switch (m_every.unit()) {
    case Duration::Unit::Second:
    case Duration::Unit::Minute:
    case Duration::Unit::Hour:
        return windowStartMs + m_every.fixedMs();
    case Duration::Unit::Day:
        return startOfDay(localDate(windowStartMs).addDays(n));
    case Duration::Unit::Week:
        return startOfDay(localDate(windowStartMs).addDays(qint64(n) * 7));
    case Duration::Unit::Month:
        return startOfDay(localDate(windowStartMs).addMonths(n));
    case Duration::Unit::Year:
        return startOfDay(localDate(windowStartMs).addYears(n));
    }
    return windowStartMs;
}

QList<TimeWindows::Window> TimeWindows::cover(qint64 fromMs, qint64 toMs) const
{
    QList<Window> windows;
    if (fromMs >= toMs)
        return windows;
    qint64 start = windowStart(fromMs);
    while (start < toMs) {
        const qint64 end = windowEnd(start);
        windows.append({qMax(start, fromMs), qMin(end, toMs)});
        start = end;
    }
    return windows;
}
