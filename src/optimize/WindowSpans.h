#pragma once

#include "core/Schedule.h"

#include <QList>

// A window on the circular day, in quarter-hour steps: `length` steps from `start`, possibly
// past midnight (where the scheduler stores it as a pair). What the searches over windows
// (WindowTuner, WindowRefiner) move edges of.
struct WindowSpan
{
    int start = 0;
    int length = 0;
    double kw = 0;

    friend bool operator==(const WindowSpan &, const WindowSpan &) = default;

    // A schedule's windows as spans, a midnight pair as one.
    static QList<WindowSpan> of(const Schedule &schedule);
    // The windows of spans, powers rounded to whole watts, sorted by start.
    static Schedule schedule(const QList<WindowSpan> &spans);
};
