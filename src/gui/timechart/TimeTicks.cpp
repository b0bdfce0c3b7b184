#include "gui/timechart/TimeTicks.h"

#include "core/UtcTime.h"

#include <QDate>
#include <QDateTime>
#include <array>
#include <cmath>

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

using Unit = TimeTicks::Unit;

constexpr std::array kSteps{
    TimeTicks::Step{Unit::Second, 1, kSecond},       TimeTicks::Step{Unit::Second, 2, 2 * kSecond},
    TimeTicks::Step{Unit::Second, 5, 5 * kSecond},   TimeTicks::Step{Unit::Second, 10, 10 * kSecond},
    TimeTicks::Step{Unit::Second, 15, 15 * kSecond}, TimeTicks::Step{Unit::Second, 30, 30 * kSecond},
    TimeTicks::Step{Unit::Minute, 1, kMinute},       TimeTicks::Step{Unit::Minute, 2, 2 * kMinute},
    TimeTicks::Step{Unit::Minute, 5, 5 * kMinute},   TimeTicks::Step{Unit::Minute, 10, 10 * kMinute},
    TimeTicks::Step{Unit::Minute, 15, 15 * kMinute}, TimeTicks::Step{Unit::Minute, 30, 30 * kMinute},
    TimeTicks::Step{Unit::Hour, 1, kHour},           TimeTicks::Step{Unit::Hour, 2, 2 * kHour},
    TimeTicks::Step{Unit::Hour, 3, 3 * kHour},       TimeTicks::Step{Unit::Hour, 6, 6 * kHour},
    TimeTicks::Step{Unit::Hour, 12, 12 * kHour},     TimeTicks::Step{Unit::Day, 1, kDay},
    TimeTicks::Step{Unit::Day, 2, 2 * kDay},         TimeTicks::Step{Unit::Week, 1, 7 * kDay},
    TimeTicks::Step{Unit::Month, 1, 30 * kDay},      TimeTicks::Step{Unit::Month, 2, 61 * kDay},
    TimeTicks::Step{Unit::Month, 3, 91 * kDay},      TimeTicks::Step{Unit::Month, 6, 182 * kDay},
    TimeTicks::Step{Unit::Year, 1, 365 * kDay},      TimeTicks::Step{Unit::Year, 2, 730 * kDay},
    TimeTicks::Step{Unit::Year, 5, 1826 * kDay},     TimeTicks::Step{Unit::Year, 10, 3652 * kDay},
    TimeTicks::Step{Unit::Year, 50, 18262 * kDay},   TimeTicks::Step{Unit::Year, 100, 36525 * kDay},
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

bool isSubDay(Unit unit)
{
    return unit == Unit::Second || unit == Unit::Minute || unit == Unit::Hour;
}

qint64 unitMs(Unit unit)
{
    switch (unit) {
    case Unit::Second:
        return kSecond;
    case Unit::Minute:
        return kMinute;
    default:
        return kHour;
    }
}

// Round wall-clock times (multiples of the step in local time) inside [from, to]. A local time
// that does not exist (skipped by a DST change) gets no tick; a repeated one gets its first.
QList<qint64> fixedTicks(const ZonedTimeFormat &zone, qint64 from, qint64 to, qint64 step)
{
    QList<qint64> out;
    qint64 offset = qint64(zone.offsetSeconds(from)) * 1000;
    qint64 local = floorDiv(from + offset, step) * step;
    for (int guard = 0; guard < 10'000; ++guard, local += step) {
        // The instant whose wall clock reads `local`: with the offset so far, or the new one.
        qint64 t = local - offset;
        const qint64 offsetThere = qint64(zone.offsetSeconds(t)) * 1000;
        if (offsetThere != offset) {
            const qint64 other = local - offsetThere;
            if (qint64(zone.offsetSeconds(other)) * 1000 != offsetThere) {
                if (other > to)
                    break;
                continue; // in the gap of a spring-forward change
            }
            t = other;
            offset = offsetThere;
        }
        if (t > to)
            break;
        if (t >= from && (out.isEmpty() || t > out.constLast()))
            out.append(t);
    }
    return out;
}

// Local midnights of the step's calendar dates inside [from, to].
QList<qint64> calendarTicks(const ZonedTimeFormat &zone, qint64 from, qint64 to, const TimeTicks::Step &step)
{
    qint64 year = 0;
    unsigned month = 0, day = 0;
    const qint64 firstDay = floorDiv(zone.localMs(from), kDay);
    UtcTime::civilFromDays(firstDay, year, month, day);
    QDate date;
    switch (step.unit) {
    case Unit::Day: // multiples of the step counted from 1970, like TimeWindows
        date = QDate(1970, 1, 1).addDays(floorDiv(firstDay, step.count) * step.count);
        break;
    case Unit::Week: // weeks start on Monday
        date = QDate(1970, 1, 1).addDays(firstDay);
        date = date.addDays(1 - date.dayOfWeek());
        break;
    case Unit::Month: {
        const qint64 months = floorDiv(year * 12 + (month - 1), step.count) * step.count;
        date = QDate(int(floorDiv(months, 12)), int(months - floorDiv(months, 12) * 12) + 1, 1);
        break;
    }
    default:
        date = QDate(int(floorDiv(year, step.count) * step.count), 1, 1);
        break;
    }
    QList<qint64> out;
    for (int guard = 0; guard < 10'000 && date.isValid(); ++guard) {
        const qint64 t = date.startOfDay(zone.zone()).toMSecsSinceEpoch();
        if (t > to)
            break;
        if (t >= from)
            out.append(t);
        switch (step.unit) {
        case Unit::Day:
            date = date.addDays(step.count);
            break;
        case Unit::Week:
            date = date.addDays(7 * step.count);
            break;
        case Unit::Month:
            date = date.addMonths(step.count);
            break;
        default:
            date = date.addYears(step.count);
            break;
        }
    }
    return out;
}

} // namespace

QString TimeTicks::labelPattern(Unit unit)
{
    switch (unit) {
    case Unit::Second:
        return QStringLiteral("HH:mm:ss");
    case Unit::Minute:
    case Unit::Hour:
        return QStringLiteral("HH:mm");
    case Unit::Day:
    case Unit::Week:
        return QStringLiteral("MM-dd");
    case Unit::Month:
        return QStringLiteral("yyyy-MM");
    case Unit::Year:
        break;
    }
    return QStringLiteral("yyyy");
}

TimeTicks::Step TimeTicks::stepFor(qint64 spanMs, double pixelWidth, const QFontMetricsF &metrics)
{
    // Widest label of each kind plus a gap of two digits; the date line of sub-day labels
    // ("07-04") is never wider than "00:00".
    const double gap = metrics.horizontalAdvance(QStringLiteral("00"));
    for (const Step &step : kSteps) {
        const double labelWidth =
            metrics.horizontalAdvance(labelPattern(step.unit).replace(QLatin1Char('y'), QLatin1Char('0'))) + gap;
        if (double(spanMs) / double(step.approxMs) * labelWidth <= pixelWidth)
            return step;
    }
    return kSteps.back();
}

QList<TimeTicks::Tick> TimeTicks::ticks(const ZonedTimeFormat &zone, qint64 fromMs, qint64 toMs, Step step)
{
    QList<Tick> out;
    if (toMs < fromMs)
        return out;
    const QList<qint64> times = isSubDay(step.unit) ? fixedTicks(zone, fromMs, toMs, unitMs(step.unit) * step.count)
                                                    : calendarTicks(zone, fromMs, toMs, step);
    const QString pattern = labelPattern(step.unit);
    qint64 previousDay = floorDiv(zone.localMs(fromMs), kDay) - 1;
    for (const qint64 t : times) {
        Tick tick{t, zone.format(t, pattern), {}};
        if (isSubDay(step.unit)) {
            const qint64 day = floorDiv(zone.localMs(t), kDay);
            if (out.isEmpty() || day != previousDay)
                tick.context = zone.format(t, QStringLiteral("MM-dd"));
            previousDay = day;
        }
        out.append(tick);
    }
    return out;
}

QList<TimeTicks::Tick> TimeTicks::windowTicks(const ZonedTimeFormat &zone, const QList<Window> &windows, double pixelWidth,
                                              const QFontMetricsF &metrics)
{
    QList<Tick> out;
    if (windows.isEmpty())
        return out;
    qint64 length = 0;
    for (const Window &w : windows)
        length = std::max(length, w.toMs - w.fromMs);
    const bool months = length >= 28 * kDay;
    const QString pattern = months ? QStringLiteral("yyyy-MM")
        : length >= kDay           ? QStringLiteral("MM-dd")
                                   : QStringLiteral("HH:mm");
    const double labelWidth = metrics.horizontalAdvance(QString(pattern).replace(QLatin1Char('y'), QLatin1Char('0')))
        + metrics.horizontalAdvance(QStringLiteral("00"));
    const qint64 every = std::max<qint64>(1, qint64(std::ceil(double(windows.size()) * labelWidth / std::max(pixelWidth, 1.0))));
    for (const Window &w : windows) {
        // Whole windows only: a label under a clipped one would be centred off its bar.
        const qint64 local = zone.localMs(w.fromMs);
        qint64 ordinal = floorDiv(local, std::max<qint64>(length, 1));
        if (months) {
            qint64 year = 0;
            unsigned month = 0, day = 0;
            UtcTime::civilFromDays(floorDiv(local, kDay), year, month, day);
            ordinal = year * 12 + month - 1;
        } else if (length >= kDay) {
            ordinal = floorDiv(local, kDay);
        }
        const bool labelled = ordinal % every == 0 && (w.toMs - w.fromMs) * 2 >= length;
        out.append(Tick{w.fromMs, labelled ? zone.format(w.fromMs, pattern) : QString(), {}});
    }
    return out;
}
