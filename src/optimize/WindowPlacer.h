#pragma once

#include "optimize/CbcSolver.h"
#include "optimize/DayPlanner.h"
#include "optimize/WindowTuner.h"

// Reaches windows of another shape than the step plan's, which edge moves of one snap cannot:
// one window taken out (or none, while there is room for another) and one placed anew anywhere
// on a grid of two snaps, charging or discharging, or none. Each such set is screened by the
// day's cost (ScheduleCost::day) with the new window at the power the step plan's mean over it
// gives (and, in the direction of the one taken out, at the energy it had), the energy the day
// ends with above or below the end SOC valued at what a kWh more at the end is worth to the
// plan: the powers solved next bring the end SOC back, so a set that ends short is not ruled
// out by the tuner's penalty. The cheapest set for each window taken out competes; the few
// cheapest of those get their powers solved exactly (WindowProgram::powersFor, a small LP), and
// one that comes within 1 % of the start has its edges moved by the tuner (no LP) and its
// powers solved again for the edges reached. The best by the tuner's score is kept where it
// beats the start. Deterministic: candidates in a fixed order, the first of equals wins, a
// bounded number of evaluations and solves.
class WindowPlacer final
{
public:
    WindowPlacer() = delete;

    struct Result
    {
        Schedule windows; // the start when nothing better was found
        double score = 0; // WindowTuner::score
        int evaluations = 0;
        int solves = 0;
    };

    // `request.day.schedule` is the start; `input` the day's program as DayPlanner saw it.
    static Result place(const PlanInput &input, const WindowTuner::Request &request, const Tariff &tariff,
                        const CbcSolver &solver, double storedValue, int maxSolves = 4);

    // NT$ a kWh more stored at the day's end is worth to the plan: its cost with the end SOC
    // a little higher (lower where the battery cannot hold more), against `plan`'s.
    static double storedValue(const PlanInput &input, const DayPlan &plan, const CbcSolver &solver);
};
