#pragma once

#include "optimize/CbcSolver.h"
#include "optimize/DayPlanner.h"

#include "core/Schedule.h"

#include <QList>
#include <utility>

// A set of windows found by WindowProgram, with what the solver proved about it.
struct WindowPlan
{
    Schedule windows; // on the snap grid, powers in whole watts; a midnight pair counts as one
    DaySteps batteryKw{}; // the program's power per step, before the rounding to watts
    CbcSolver::Solution::Status status = CbcSolver::Solution::Status::Failed;
    double objective = 0; // NT$: the day's energy cost plus penalties and tie-breakers
    double bound = 0; // no set of windows has a lower objective
    int nodes = 0;
    double seconds = 0;
    QString message; // why there is no plan, translated

    bool ok() const { return !windows.isEmpty() || status == CbcSolver::Solution::Status::Optimal; }
    bool proven() const { return status == CbcSolver::Solution::Status::Optimal; }
    // (objective − bound) / |objective|: how far from the best possible it may still be.
    double gap() const;
};

// "At most K windows of constant power" exactly, as a mixed-integer program (docs/suggest.md):
// DayPlanner's program (charge, discharge, import, export, curtailment and stored energy per
// step, the same balances and limits, the same soft penalties), with its cost per kWh cycled
// left out so that it minimises what ScheduleCost::day charges, plus per step a binary for
// "the power changes here" (only on the snap grid), one each for "charging" and "discharging"
// (at most one of them; a window asks for at least 0.1 kW) and one for "a window starts here";
// at most K starts. The day is a circle: a window across midnight is the pair the scheduler
// stores and counts as one, as WindowSegmenter counts it. Windows run as set: the program keeps
// the stored energy within the SOC limits rather than letting the battery stop at them.
class WindowProgram final
{
public:
    WindowProgram() = delete;

    static constexpr double kMinKw = 0.1;

    static LinearProgram program(const PlanInput &input, int maxWindows, int snapMinutes = 15);

    // The program's integer columns set to describe `windows` (a start for the search, or the
    // edges to hold); empty when the windows do not fit the program (off the snap grid, more
    // than `maxWindows`, above the battery's power limits).
    static QList<std::pair<int, double>> binariesFor(const PlanInput &input, const Schedule &windows, int maxWindows,
                                                     int snapMinutes = 15);

    // The best windows the solver finds within its limits, searching from `start` when given.
    static WindowPlan solve(const PlanInput &input, int maxWindows, int snapMinutes, const CbcSolver &solver,
                            const Schedule &start = {});

    // The best powers for the edges of `windows`, each window keeping its direction, the
    // battery stopping full or empty in the steps it does now, and each step importing or
    // exporting as it does now where the feed-in pays more than the import: the program with
    // every binary held, a linear program. Fails where the edges do not fit.
    static WindowPlan powersFor(const PlanInput &input, const Schedule &windows, int maxWindows, int snapMinutes,
                                const CbcSolver &solver);
};
