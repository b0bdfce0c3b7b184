#pragma once

#include "optimize/CbcSolver.h"
#include "optimize/DayPlanner.h"
#include "optimize/WindowTuner.h"

// Refines a set of windows where the tuner's steps are too coarse: for given edges the best
// powers are a small linear program (WindowProgram::powersFor: the windows' powers, the
// battery stopping where these windows make it stop full or empty, the SOC limits and the end
// SOC kept), so a local search moves one edge at a time by the snap grid and solves the powers
// for each, keeping strict improvements of the day's cost by ScheduleCost::day (the tuner's
// score). Deterministic: a fixed order of moves, a bounded number of solves, each an LP whose
// answer does not depend on the time it takes.
class WindowRefiner final
{
public:
    WindowRefiner() = delete;

    struct Result
    {
        Schedule windows; // the start when nothing better was found
        double score = 0; // WindowTuner::score
        int solves = 0;
    };

    // `request.day.schedule` is the start; `input` the day's program as DayPlanner saw it.
    static Result refine(const PlanInput &input, const WindowTuner::Request &request, const Tariff &tariff,
                         const CbcSolver &solver, int maxSolves = 48);
};
