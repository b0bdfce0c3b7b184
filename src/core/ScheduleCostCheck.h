#pragma once

#include "core/DailyWindow.h"
#include "core/ScheduleCost.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>

// One thing the grid or the bill would do to a schedule, said before it is sent.
struct CostFinding
{
    enum class Kind {
        CapCutsWindow, // the import cap takes charge away from a window
        LoadOverCap, // the load alone passes the import cap: no schedule avoids it
        PeakOverContract, // the day's peak quarter-hour import passes the contract capacity
        CostsOnOtherDays, // the windows save on the day shown and cost on another kind of day
        CostsOnThisDay, // the windows cost more on the day shown than an idle battery
    };
    Kind kind = Kind::CapCutsWindow;
    int row = -1; // the window (an index of the windows checked), or -1 for the whole day
    double kWh = 0; // CapCutsWindow, LoadOverCap: the energy concerned
    double kW = 0; // PeakOverContract: the peak
    double ntd = 0; // CostsOn…: NT$ a day (> 0: what they cost)
    QString text; // for the operator, translated
};

// What a schedule's windows run into on a modelled day (docs/tariffs.md "Warnings before
// sending"), from the same ScheduleCost the cost figures come from: the import cap cutting a
// charge window, the load alone over the cap, the 15-minute peak over the contract, and — as
// the scheduler repeats one set of windows every day — windows that pay on the day shown but
// cost money on another kind of day.
class ScheduleCostCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCostCheck)

public:
    ScheduleCostCheck() = delete;

    // Below this a saving or a cost is noise in the model, not a finding.
    static constexpr double kMinimumNtd = 1.0;
    static constexpr double kMinimumKWh = 0.1;

    // `input` names the day shown (its day type and season); its schedule is ignored for
    // `windows`. `profiles` holds the usual day of each day type.
    static QList<CostFinding> check(const QList<DailyWindow> &windows, const CostInput &input,
                                    const std::array<DayProfile, kTariffDayTypes> &profiles, const Tariff &tariff);

    // What `input.schedule` saves on a day of `type` against an idle battery, NT$ (< 0: it
    // costs). The battery's charge left at the end of the day differs between the two; it is
    // counted at what it costs to charge at the day's cheapest price, so that a window that
    // only fills the battery for tomorrow is not taken for a loss.
    static double savedOn(const CostInput &input, const DayProfile &profile, const Tariff &tariff, TariffDayType type);

    // "weekday", "Saturday", "Sunday or off-peak day", as a sentence says them.
    static QString dayInSentence(TariffDayType type);
};
