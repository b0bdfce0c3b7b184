#pragma once

#include "core/ScheduleCost.h"

#include <QList>

// Tunes the segmented windows through the cost model itself. Least squares keeps each window's
// energy but not its money: a constant power cannot follow a PV surplus that rises and falls,
// and a discharge split in two spends a window. So, starting from the segmentation, a local
// search moves edges by the snap grid, changes powers, drops windows and adds one where the
// step plan has energy left unplaced, keeping any change that lowers the day's cost with the
// end SOC held (ScheduleCost::day, the one cost model). Deterministic: moves are tried in a
// fixed order and only a strict improvement is kept.
class WindowTuner final
{
public:
    WindowTuner() = delete;

    struct Request
    {
        CostInput day; // its schedule is the starting windows
        DayProfile profile;
        double endSocPercent = 50;
        DaySteps planKw{}; // the step plan, where new windows are looked for
        int maxWindows = 4;
        int snapMinutes = 15;
        int maxEvaluations = 4000;
    };

    struct Result
    {
        Schedule windows;
        int evaluations = 0;
    };

    static Result tune(const Request &request, const Tariff &tariff);

    // What the search minimises: the day's net cost, plus 100 NT$ per kWh the day ends below
    // the end SOC and 1000 NT$ per kWh of charge the import cap cuts.
    static double score(const DayCost &cost, const Request &request);
};
