#pragma once

#include "core/DailyWindow.h"
#include "core/Schedule.h"

#include <QList>

// One window whose share is more than a Pomcube unit may carry, or that no unit is online to carry.
struct UnitShareWarning
{
    qsizetype index = -1; // into the windows checked
    DailyWindow window;
    int unitsOnline = 0;
    double perUnitW = 0; // signed like the window's power; the whole power when no unit is online
    double limitW = 0; // one unit's limit, a magnitude

    bool noUnitOnline() const { return unitsOnline <= 0; }

    friend bool operator==(const UnitShareWarning &, const UnitShareWarning &) = default;
};

// The site power split evenly across the Pomcube units online (docs/aegis-api.md §4, "split across
// the units"), and the windows that would ask a unit for more than its limit: the editor warns
// of them before sending, and `aegis-cli schedule set`, with no one to ask, refuses them.
class UnitShare final
{
public:
    static constexpr int kDefaultUnits = 3; // building K's Pomcube units
    static constexpr double kDefaultUnitLimitW = 10'000.0; // one unit's charge or discharge power

    UnitShare() = default;
    UnitShare(int unitsOnline, double unitLimitW);

    int unitsOnline() const { return m_unitsOnline; }
    double unitLimitW() const { return m_unitLimitW; }

    // What each unit carries of `powerW`: all of it when no unit is online.
    double perUnitW(double powerW) const;
    bool exceeds(double powerW) const;

    // The windows over the limit, in the order given.
    QList<UnitShareWarning> check(const QList<DailyWindow> &windows) const;
    // The scheduler's windows as the operator sees them (the midnight pair as one).
    QList<UnitShareWarning> check(const Schedule &schedule) const;

private:
    int m_unitsOnline = kDefaultUnits;
    double m_unitLimitW = kDefaultUnitLimitW;
};
