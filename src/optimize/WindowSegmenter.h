#pragma once

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
        double squaredErrorKw2 = 0; // Σ over steps of (plan − windows)², kW²
    };

    // `snapMinutes` is a multiple of 15; powers are rounded to whole watts.
    static Result segment(const DaySteps &planKw, int maxWindows, int snapMinutes = 15);
};
