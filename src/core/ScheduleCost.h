#pragma once

#include "core/DayProfile.h"
#include "core/GridLimits.h"
#include "core/Schedule.h"
#include "core/SocProjection.h"
#include "core/Tariff.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

// One quarter-hour of a costed day. Powers in kW, averaged over the step.
struct CostStep
{
    double scheduledKw = 0; // the windows' power (> 0 charge), time-weighted over the step
    double batteryKw = 0; // what the battery actually takes (> 0) or gives, after its limits and the import cap
    double importKw = 0;
    double exportKw = 0;
    double curtailedKw = 0; // solar left unused because export would pass its limit
    double capCutKw = 0; // charge the import cap took away from the schedule
    double overrunKw = 0; // import above the cap that the schedule could not avoid (load alone)
    double socPercent = 0; // at the end of the step
    double importPrice = 0; // NT$/kWh
    QString period; // the tariff period's kind
};

// What one day costs under a schedule: the grid's energy and money, the peak, the limits hit.
struct DayCost
{
    std::array<CostStep, kStepsPerDay> steps{};
    double importKWh = 0;
    double exportKWh = 0;
    double curtailedKWh = 0;
    double capCutKWh = 0;
    double overrunKWh = 0;
    double importCost = 0; // NT$
    double exportCredit = 0; // NT$
    double peakImportKw = 0; // the largest quarter-hour mean
    int peakStep = -1;
    double startSocPercent = 0;
    double endSocPercent = 0;

    double netCost() const { return importCost - exportCredit; }
};

// A month of days, each priced by its own day type and season, the battery carried over from
// one day to the next, plus the basic charge on the month's peak.
struct MonthCost
{
    QDate month; // its first day
    QList<DayCost> days;
    double energyCost = 0; // Σ days' net cost
    double basicCharge = 0; // prorated by the days in each season
    double peakImportKw = 0;
    QDate peakDay;
    int peakStep = -1;

    double total() const { return energyCost + basicCharge; }
};

// What a day is modelled with: the windows, the kind of day and its usual solar and load,
// the battery and the grid's limits, priced by a tariff. The scheduler repeats one set of
// windows every day; the day type and season choose the prices.
struct CostInput
{
    Schedule schedule;
    BatteryModel battery;
    double startSocPercent = 50;
    GridLimits limits;
    TariffDayType dayType = TariffDayType::Weekday;
    QString season; // a season id of the tariff
};

// The cost of a schedule (docs/tariffs.md "The cost of a schedule"): the one function the
// schedule page, the send dialog, aegis-cli and the tests share. Each quarter-hour the battery
// follows the windows within its power limits and SOC limits, as the SOC projection and the
// emulator do, charging no more than the import cap leaves; the grid takes the rest, export
// above its limit is curtailed, and each step is priced at its period's rate.
class ScheduleCost final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCost)

public:
    ScheduleCost() = delete;

    static DayCost day(const CostInput &input, const DayProfile &profile, const Tariff &tariff);

    // Every day of `anyDayInMonth`'s month, with the profile of its day type; SOC carried
    // across midnights from `input.startSocPercent` on the first.
    static MonthCost month(const CostInput &input, const std::array<DayProfile, kTariffDayTypes> &profiles, const Tariff &tariff,
                           const QDate &anyDayInMonth);

    // The windows' mean power over each quarter-hour, kW (> 0 charge).
    static DaySteps scheduledKw(const Schedule &schedule);

    // Each quarter-hour's import price on a day of `dayType` in `season`: the time-weighted
    // mean where a period edge falls inside a step (a hand-made plan may change price at
    // 09:10), named by the kind of the period the step starts in.
    struct StepPrice
    {
        double price = 0; // NT$/kWh
        QString period;
    };
    static std::array<StepPrice, kStepsPerDay> stepPrices(const Tariff &tariff, const QString &season, TariffDayType dayType);
};
