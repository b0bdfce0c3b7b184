#include "core/UnitShare.h"

#include <cmath>

UnitShare::UnitShare(int unitsOnline, double unitLimitW)
    : m_unitsOnline(unitsOnline)
    , m_unitLimitW(unitLimitW)
{
}

double UnitShare::perUnitW(double powerW) const
{
    return m_unitsOnline > 0 ? powerW / m_unitsOnline : powerW;
}

bool UnitShare::exceeds(double powerW) const
{
    // Half a watt of slack: a share that rounds to the limit is within it.
    return m_unitsOnline <= 0 || std::abs(perUnitW(powerW)) > m_unitLimitW + 0.5;
}

QList<UnitShareWarning> UnitShare::check(const QList<DailyWindow> &windows) const
{
    QList<UnitShareWarning> warnings;
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const DailyWindow &w = windows.at(i);
        if (exceeds(w.powerW))
            warnings.append({i, w, m_unitsOnline, perUnitW(w.powerW), m_unitLimitW});
    }
    return warnings;
}

QList<UnitShareWarning> UnitShare::check(const Schedule &schedule) const
{
    return check(DailyWindows::fromSchedule(schedule));
}
