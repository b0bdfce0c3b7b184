#pragma once

#include "core/Result.h"
#include "core/Schedule.h"

#include <QString>
#include <functional>
#include <optional>

class AegisClient;
class ApiError;
class CliOptions;
class QObject;
class SchedulerApi;

// The per-unit check of `schedule set`: each window's power is split across the Pomcube units
// online (docs/aegis-api.md §4, "split across the units"), and a window that would ask a unit for
// more than its limit is refused, as the editor warns of it. The units are counted as the editor
// counts them (PomcubeUnits) unless --units states how many there are.
class CliUnitCheck final
{
public:
    // From --unit-limit (kW, default 10) and --units; the reason when either is unusable.
    static Result<CliUnitCheck> fromOptions(const CliOptions &options);

    // Counts the Pomcube units online in the scheduler's domain; `done` gets the error or the count.
    static void countOnlineUnits(AegisClient &client, SchedulerApi &scheduler, QObject *context,
                                 std::function<void(const ApiError &error, int units)> done);

    bool knowsUnits() const { return m_units.has_value(); }
    void setUnits(int units) { m_units = units; }
    // Why `file`'s windows are refused, naming each window over the limit; empty when none is.
    QString refusal(const QString &file, const Schedule &draft) const;

private:
    std::optional<int> m_units;
    double m_unitLimitW = 0;
};
