#pragma once

#include "core/DailyWindow.h"

#include <QList>

// What sending a draft would change on the server, window by window, for the apply dialog.
struct ScheduleChange
{
    enum class Kind { Unchanged, Added, Removed, Changed };
    Kind kind = Kind::Unchanged;
    std::optional<DailyWindow> server; // absent for Added
    std::optional<DailyWindow> draft; // absent for Removed
};

namespace ScheduleDiff {

// Every window of either side once, by start time. A draft window that overlaps exactly one
// server window that is gone, and no other, is that window changed rather than a new one.
QList<ScheduleChange> compare(const Schedule &server, const Schedule &draft);

} // namespace ScheduleDiff
