#pragma once

#include "optimize/DayPlanner.h"

#include "core/DayProfile.h"
#include "core/Schedule.h"

// From a plan's 96 quarter-hour powers to the scheduler's daily windows: the optimal
// segmentation (least squares, by dynamic programming) into at most `maxWindows` windows, each
// at one constant nonzero power — the mean of its steps, so a window keeps the plan's energy —
// never mixing charge and discharge, with edges on the snap grid, inside 00:00–24:00. A run
// across midnight becomes the pair the scheduler stores (evening part to 24:00, morning part
// from 00:00, same power) and counts as one window.
class WindowSegmenter final
{
public:
    WindowSegmenter() = delete;

    struct Result
    {
        Schedule windows;
        double squaredErrorKw2 = 0; // Σ over steps of (plan − windows)², kW²; NT$ by segmentByCost
    };

    // `snapMinutes` is a multiple of 15; powers are rounded to whole watts.
    static Result segment(const DaySteps &planKw, int maxWindows, int snapMinutes = 15);
    // segment into at most 1, 2, … `maxWindows` windows (element k − 1: at most k), one
    // dynamic program for all of them.
    static QList<Result> segmentUpTo(const DaySteps &planKw, int maxWindows, int snapMinutes = 15);

    // The same windows (each at the mean of its steps, so that it keeps the plan's energy and,
    // one direction each, the plan's SOC at its edges) chosen for money rather than squares:
    // the segmentation whose steps cost least more than the plan's by the cost model of `input`.
    // Squares weigh the evening's large discharge; money weighs where a constant power cannot
    // follow the sun and buys or throws away what the plan did not.
    static Result segmentByCost(const DaySteps &planKw, const PlanInput &input, int maxWindows, int snapMinutes = 15);
    // segmentByCost into at most 1, 2, … `maxWindows` windows (element k − 1: at most k), one
    // dynamic program and the cost of every window's steps worked out once for all of them.
    static QList<Result> segmentByCostUpTo(const DaySteps &planKw, const PlanInput &input, int maxWindows, int snapMinutes = 15);
};
