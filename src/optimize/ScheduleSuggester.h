#pragma once

#include "optimize/CbcSolver.h"
#include "optimize/DayPlanner.h"
#include "optimize/WindowSegmenter.h"

#include "core/ScheduleCost.h"

#include <QCoreApplication>
#include <optional>

// What the operator asks "Suggest" for: the kind of day and what it is modelled with.
struct SuggestRequest
{
    CostInput day; // battery, start SOC, grid limits, day type and season; its schedule is ignored
    DayProfile profile;
    std::optional<double> endSocPercent; // none: no lower than the start
    int maxWindows = 4;
    int snapMinutes = 15;
    std::optional<Schedule> serverSchedule; // costed beside the suggestion when given
    std::optional<Schedule> draft;
};

// A suggested set of windows and everything it was decided from, so that anyone can
// recompute its costs: the step plan, the windows, each costed by ScheduleCost (the one cost
// model), the limits it could not keep.
struct Suggestion
{
    PlanInput planInput;
    DayPlan plan;
    Schedule windows;
    DayCost planCost; // the step plan, run through ScheduleCost as 96 quarter-hour windows
    DayCost windowsCost;
    std::optional<DayCost> serverCost;
    std::optional<DayCost> draftCost;
    QList<PlanViolation> violations; // of the windows as they would run
    int repairs = 0; // windows lowered so that the import cap need not cut them
    double seconds = 0; // solve + segmentation + re-simulation

    bool ok() const { return plan.ok(); }
    // What keeping to at most K windows costs: windowed cost − step plan's cost, NT$.
    double simplicityCost() const { return windowsCost.netCost() - planCost.netCost(); }
};

// "Suggest a schedule" (docs/suggest.md): plans the day's battery power by linear programming
// (DayPlanner), cuts the plan into the scheduler's windows (WindowSegmenter), runs the windows
// through the cost model again, lowers any charge window the import cap would cut, and names
// the limits that remain broken.
class ScheduleSuggester final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleSuggester)

public:
    ScheduleSuggester() = delete;

    static Suggestion suggest(const SuggestRequest &request, const Tariff &tariff, const CbcSolver &solver = CbcSolver());

    // The step plan as the 96 quarter-hour windows ScheduleCost takes.
    static Schedule stepWindows(const DaySteps &batteryKw);
};
