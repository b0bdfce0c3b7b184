#pragma once

#include "core/Tariff.h"
#include "core/TimeSeries.h"

#include <QDate>
#include <QTimeZone>
#include <array>

// One local day at quarter-hour steps: what the cost of a schedule and the optimizer work on.
// Step k covers [k × 15 min, (k + 1) × 15 min) of the site's wall clock. (The site's zone has
// no daylight saving; a 23- or 25-hour day is modelled as 96 steps all the same.)
inline constexpr int kStepsPerDay = 96;
inline constexpr int kStepMinutes = 15;
inline constexpr double kStepHours = 0.25;
using DaySteps = std::array<double, kStepsPerDay>;

// The solar power and the site's load expected on one kind of day, kW per step.
struct DayProfile
{
    DaySteps solarKw{};
    DaySteps loadKw{};
    int daysAveraged = 0; // how many past days the load is the mean of (0: none known)

    // The usual day of `type` from recent history: the mean of each quarter-hour over the past
    // days of that type (by `tariff`'s calendar, so off-peak days count as Sundays) in the
    // `weeks` weeks before `today`, in `zone`. Solar is the mean over all those days whatever
    // their type (the sun does not keep the calendar). A quarter-hour with no reading on any
    // day is 0 for solar and the day's mean for load.
    static DayProfile typical(TariffDayType type, const TimeSeries &loadW, const TimeSeries &solarW, const Tariff &tariff,
                              const QTimeZone &zone, const QDate &today, int weeks = 4);

    // The solar forecast `forecastW` (W) of `date` in place of the usual day's solar, at every
    // quarter-hour it has a value for; how many it had (96: the whole day).
    int applySolarForecast(const TimeSeries &forecastW, const QDate &date, const QTimeZone &zone);

    // `series` (W) as quarter-hour means (kW) of `date` in `zone`; steps with no reading are NaN.
    static DaySteps quarterHourMeansKw(const TimeSeries &series, const QDate &date, const QTimeZone &zone);
};
