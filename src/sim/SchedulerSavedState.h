#pragma once

#include "core/Result.h"
#include "sim/PowerSchedulerState.h"

#include <QJsonObject>

// The battery scheduler's part of the emulator's saved state (docs/emulator.md "Steering it"): all of
// PowerSchedulerState, so that a loaded emulator goes on exactly as the saved one would have.
class SchedulerSavedState final
{
public:
    static QJsonObject save(const PowerSchedulerState &state);
    // The state saved for scheduler `id`, or why it cannot be loaded.
    static Result<PowerSchedulerState> load(const QJsonObject &saved, int id);
};
