#pragma once

#include "core/ScheduleCost.h"

class SiteSettings;
struct ScheduleLimits;

// The day a schedule is costed on, as the schedule page and "Suggest" both model it: the
// battery from the settings' SOC limits, the site's charge and discharge limits and the capacity
// the server reports; the day starting at the SOC now (half full when not known); the grid
// limits of Tools → Tariff and grid.
namespace CostInputs {

CostInput make(const SiteSettings &settings, const ScheduleLimits &limits, double socPercent, double capacityKWh,
               TariffDayType dayType, const QString &season);

} // namespace CostInputs
