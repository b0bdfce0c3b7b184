#pragma once

#include "core/OffPeakCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <array>

// How a day is billed. Taipower bills its off-peak days (離峰日) like a Sunday.
enum class TariffDayType {
    Weekday,
    Saturday,
    Sunday,
};
inline constexpr int kTariffDayTypes = 3;

// One priced stretch of a day, half-open [startMinute, endMinute) in local wall-clock minutes
// (0–1440; 1440 is the end of the day).
struct TariffPeriod
{
    // The period's kind as the tariff names it: "peak", "semiPeak", "offPeak", or any other
    // word a custom plan uses (shown as written).
    QString kind;
    int startMinute = 0;
    int endMinute = 0;
    double price = 0; // NT$/kWh, VAT included

    bool contains(int minute) const { return minute >= startMinute && minute < endMinute; }
    friend bool operator==(const TariffPeriod &, const TariffPeriod &) = default;
};

// A stretch of the year with its own rates: from (month, day) to (month, day), both inclusive,
// wrapping over the new year when the end comes before the start (Taipower's non-summer).
struct TariffSeason
{
    QString id; // "summer", "nonSummer", or a custom id
    int fromMonth = 1;
    int fromDay = 1;
    int toMonth = 12;
    int toDay = 31;
    double basicChargePerKwMonth = 0; // NT$/kW/month on the contract capacity
    // The day's periods by TariffDayType, sorted and covering the whole day.
    std::array<QList<TariffPeriod>, kTariffDayTypes> days;

    bool contains(const QDate &date) const;
    friend bool operator==(const TariffSeason &, const TariffSeason &) = default;
};

// What the grid costs at one instant.
struct TariffPrice
{
    QString season;
    TariffDayType dayType = TariffDayType::Weekday;
    TariffPeriod period;
    bool reducedByFlag = false; // the live TARIF flag, not the calendar, set the price

    double price() const { return period.price; }
};

// The live tariff flag a grid operator publishes (cFos's TARIF variable): 0 keeps the
// calendar, 1 bills the cheapest period of the day whatever the clock says.
enum class TariffFlag {
    Calendar = 0,
    Reduced = 1,
};

// A time-of-use plan: seasons by date, day types, half-open priced periods, the feed-in rate
// for export, the basic charge and the contract it applies to, and the off-peak days. A
// Tariff is valid by construction only through TariffFile, which checks that the seasons cover
// every day of the year once and each day type's periods cover the whole day once.
class Tariff final
{
    Q_DECLARE_TR_FUNCTIONS(Tariff)

public:
    QString name;
    QString source; // which table, approved when, transcribed from where
    QDate effective; // the date the rates are in force from
    double feedInRate = 0; // NT$/kWh paid for export
    double contractKw = 0; // the contract capacity the basic charge is billed on
    QList<TariffSeason> seasons;
    OffPeakCalendar offPeakDays;

    // How `date` (a local date in the site's zone) is billed.
    TariffDayType dayType(const QDate &date) const;
    // The season `date` falls in; nullptr only for a tariff TariffFile would refuse.
    const TariffSeason *season(const QDate &date) const;
    // The periods of a day, covering 00:00–24:00.
    QList<TariffPeriod> periods(const QDate &date) const;
    // The periods of a day type in a season (for the editor's shading).
    QList<TariffPeriod> periods(const QString &seasonId, TariffDayType type) const;

    // The price at `instant`, read on the wall clock of `zone`.
    TariffPrice priceAt(const QDateTime &instant, const QTimeZone &zone, TariffFlag flag = TariffFlag::Calendar) const;

    // The month's basic charge for a peak 15-minute import of `peakKw`: the contract at the
    // season's rate, up to 10 % above it at twice the rate, beyond that at three times; 0 while
    // no contract is set.
    double basicCharge(const QDate &dayInMonth, double peakKw) const;

    // The translated name of a period kind and of a day type, for the operator.
    static QString periodName(const QString &kind);
    static QString dayTypeName(TariffDayType type);
    // "weekday", "saturday", "sunday": the names files and the CLI use.
    static QString dayTypeKey(TariffDayType type);
    static std::optional<TariffDayType> dayTypeFromKey(QStringView key);

    friend bool operator==(const Tariff &, const Tariff &) = default;
};
