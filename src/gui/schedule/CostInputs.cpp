#include "gui/schedule/CostInputs.h"

#include "gui/site/SiteSettings.h"

#include <algorithm>
#include <cmath>

CostInput CostInputs::make(const SiteSettings &settings, const ScheduleLimits &limits, double socPercent, double capacityKWh,
                           TariffDayType dayType, const QString &season)
{
    CostInput input;
    input.dayType = dayType;
    input.season = season;
    input.limits = settings.gridLimits();
    const BatteryLimits battery = settings.batteryLimits();
    input.battery.socMinPercent = battery.socMinPercent;
    input.battery.socMaxPercent = battery.socMaxPercent;
    input.battery.maxChargeW = limits.maxChargeW;
    input.battery.maxDischargeW = limits.maxDischargeW;
    if (std::isfinite(capacityKWh) && capacityKWh > 0)
        input.battery.capacityKWh = capacityKWh;
    input.startSocPercent = std::isfinite(socPercent) ? std::clamp(socPercent, 0.0, 100.0) : 50.0;
    return input;
}
