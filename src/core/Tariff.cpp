#include "core/Tariff.h"

#include <algorithm>

namespace {

int monthDayKey(int month, int day)
{
    return month * 100 + day;
}

} // namespace

bool TariffSeason::contains(const QDate &date) const
{
    const int key = monthDayKey(date.month(), date.day());
    const int from = monthDayKey(fromMonth, fromDay);
    const int to = monthDayKey(toMonth, toDay);
    if (from <= to)
        return key >= from && key <= to;
    return key >= from || key <= to; // wraps over the new year
}

TariffDayType Tariff::dayType(const QDate &date) const
{
    if (offPeakDays.contains(date))
        return TariffDayType::Sunday;
    switch (date.dayOfWeek()) {
    case 6:
        return TariffDayType::Saturday;
    case 7:
        return TariffDayType::Sunday;
    default:
        return TariffDayType::Weekday;
    }
}

const TariffSeason *Tariff::season(const QDate &date) const
{
    for (const TariffSeason &s : seasons) {
        if (s.contains(date))
            return &s;
    }
    return nullptr;
}

QList<TariffPeriod> Tariff::periods(const QDate &date) const
{
    const TariffSeason *s = season(date);
    return s ? s->days.at(int(dayType(date))) : QList<TariffPeriod>{};
}

QList<TariffPeriod> Tariff::periods(const QString &seasonId, TariffDayType type) const
{
    for (const TariffSeason &s : seasons) {
        if (s.id == seasonId)
            return s.days.at(int(type));
    }
    return {};
}

TariffPrice Tariff::priceAt(const QDateTime &instant, const QTimeZone &zone, TariffFlag flag) const
{
    const QDateTime local = instant.toTimeZone(zone);
    const QDate date = local.date();
    const int minute = local.time().hour() * 60 + local.time().minute();
    TariffPrice out;
    out.dayType = dayType(date);
    const TariffSeason *s = season(date);
    if (!s)
        return out;
    out.season = s->id;
    const QList<TariffPeriod> &day = s->days.at(int(out.dayType));
    if (flag == TariffFlag::Reduced && !day.isEmpty()) {
        out.period = *std::min_element(day.cbegin(), day.cend(),
                                       [](const TariffPeriod &a, const TariffPeriod &b) { return a.price < b.price; });
        out.reducedByFlag = true;
        return out;
    }
    for (const TariffPeriod &p : day) {
        if (p.contains(minute)) {
            out.period = p;
            break;
        }
    }
    return out;
}

double Tariff::basicCharge(const QDate &dayInMonth, double peakKw) const
{
    const TariffSeason *s = season(dayInMonth);
    // No contract set (the built-in plans carry none): no basic charge, rather than billing the
    // whole peak as an overrun of a zero contract.
    if (!s || !(contractKw > 0))
        return 0;
    const double rate = s->basicChargePerKwMonth;
    const double over = std::max(0.0, peakKw - contractKw);
    const double tolerated = std::min(over, 0.1 * contractKw);
    return contractKw * rate + tolerated * 2.0 * rate + (over - tolerated) * 3.0 * rate;
}

QString Tariff::periodName(const QString &kind)
{
    if (kind == u"peak")
        return tr("peak");
    if (kind == u"semiPeak")
        return tr("semi-peak");
    if (kind == u"offPeak")
        return tr("off-peak");
    return kind;
}

QString Tariff::dayTypeName(TariffDayType type)
{
    switch (type) {
    case TariffDayType::Weekday:
        return tr("Weekday");
    case TariffDayType::Saturday:
        return tr("Saturday");
    case TariffDayType::Sunday:
        return tr("Sunday or off-peak day");
    }
    return {};
}

QString Tariff::dayTypeKey(TariffDayType type)
{
    switch (type) {
    case TariffDayType::Weekday:
        return QStringLiteral("weekday");
    case TariffDayType::Saturday:
        return QStringLiteral("saturday");
    case TariffDayType::Sunday:
        return QStringLiteral("sunday");
    }
    return {};
}

std::optional<TariffDayType> Tariff::dayTypeFromKey(QStringView key)
{
    for (int i = 0; i < kTariffDayTypes; ++i) {
        if (key == dayTypeKey(TariffDayType(i)))
            return TariffDayType(i);
    }
    return std::nullopt;
}
