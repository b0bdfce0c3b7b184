#include "gui/charts/TimeRange.h"

namespace {

constexpr qint64 kDayMs = 86'400'000;

QDateTime localMidnight(const QDateTime &now, const QTimeZone &zone)
{
    return now.toTimeZone(zone).date().startOfDay(zone).toUTC();
}

} // namespace

TimeRange TimeRange::make(Preset preset, const QDateTime &now, const QTimeZone &zone)
{
    TimeRange r;
    r.preset = preset;
    r.zone = zone;
    r.stop = now.toUTC();
    switch (preset) {
    case Preset::Today:
        r.start = localMidnight(now, zone);
        r.stop = now.toTimeZone(zone).date().addDays(1).startOfDay(zone).toUTC();
        break;
    case Preset::Yesterday: {
        const QDate today = now.toTimeZone(zone).date();
        r.start = today.addDays(-1).startOfDay(zone).toUTC();
        r.stop = today.startOfDay(zone).toUTC();
        break;
    }
    case Preset::Last24Hours:
        r.start = r.stop.addSecs(-24 * 3600);
        break;
    case Preset::Last7Days:
        r.start = r.stop.addDays(-7);
        break;
    case Preset::Last30Days:
        r.start = r.stop.addDays(-30);
        break;
    case Preset::ThisMonth: {
        const QDate today = now.toTimeZone(zone).date();
        r.start = QDate(today.year(), today.month(), 1).startOfDay(zone).toUTC();
        r.stop = QDate(today.year(), today.month(), 1).addMonths(1).startOfDay(zone).toUTC();
        break;
    }
    case Preset::Last12Months: {
        const QDate today = now.toTimeZone(zone).date();
        r.start = QDate(today.year(), today.month(), 1).addMonths(-11).startOfDay(zone).toUTC();
        r.stop = QDate(today.year(), today.month(), 1).addMonths(1).startOfDay(zone).toUTC();
        break;
    }
    case Preset::Custom:
        r.start = r.stop.addDays(-1);
        break;
    }
    return r;
}

TimeRange TimeRange::customDays(const QDate &first, const QDate &last, const QTimeZone &zone)
{
    return custom(first.startOfDay(zone), last.addDays(1).startOfDay(zone), zone);
}

QDate TimeRange::firstDay() const
{
    return start.toTimeZone(zone).date();
}

QDate TimeRange::lastDay() const
{
    // A range that stops at midnight ends with the day before it.
    const QDateTime local = stop.toTimeZone(zone);
    return local.time() == QTime(0, 0) ? local.date().addDays(-1) : local.date();
}

bool TimeRange::isWholeDays() const
{
    return start.toTimeZone(zone).time() == QTime(0, 0) && stop.toTimeZone(zone).time() == QTime(0, 0);
}

TimeRange TimeRange::custom(const QDateTime &start, const QDateTime &stop, const QTimeZone &zone)
{
    TimeRange r;
    r.preset = Preset::Custom;
    r.start = start.toUTC();
    r.stop = stop.toUTC();
    r.zone = zone;
    return r;
}

Duration TimeRange::resolution() const
{
    const qint64 len = lengthMs();
    if (len <= 2 * kDayMs)
        return Duration(5, Duration::Unit::Minute);
    if (len <= 8 * kDayMs)
        return Duration(30, Duration::Unit::Minute);
    if (len <= 35 * kDayMs)
        return Duration(2, Duration::Unit::Hour);
    if (len <= 100 * kDayMs)
        return Duration(6, Duration::Unit::Hour);
    return Duration(1, Duration::Unit::Day);
}

Duration TimeRange::energyResolution() const
{
    if (lengthMs() > 100 * kDayMs)
        return Duration(1, Duration::Unit::Month);
    if (lengthMs() <= 2 * kDayMs)
        return Duration(1, Duration::Unit::Hour);
    return Duration(1, Duration::Unit::Day);
}

QString TimeRange::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Today:
        return tr("Today");
    case Preset::Yesterday:
        return tr("Yesterday");
    case Preset::Last24Hours:
        return tr("24 h");
    case Preset::Last7Days:
        return tr("7 days");
    case Preset::Last30Days:
        return tr("30 days");
    case Preset::ThisMonth:
        return tr("This month");
    case Preset::Last12Months:
        return tr("12 months");
    case Preset::Custom:
        return tr("Custom");
    }
    return {};
}

QString TimeRange::label() const
{
    if (preset != Preset::Custom)
        return presetName(preset);
    if (isWholeDays()) {
        const QString day = QStringLiteral("yyyy-MM-dd");
        return firstDay() == lastDay() ? firstDay().toString(day)
                                       : tr("%1 – %2").arg(firstDay().toString(day), lastDay().toString(day));
    }
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    return tr("%1 – %2").arg(start.toTimeZone(zone).toString(format), stop.toTimeZone(zone).toString(format));
}
