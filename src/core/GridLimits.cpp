#include "core/GridLimits.h"

#include <algorithm>
#include <cmath>
#include <limits>

double GridLimits::importCapKw() const
{
    if (!connectionKw)
        return std::numeric_limits<double>::infinity();
    return *connectionKw * availPercent / 100.0;
}

double GridLimits::exportCapKw() const
{
    return exportLimitKw ? *exportLimitKw : std::numeric_limits<double>::infinity();
}

void GridLimits::setAvail(double percent)
{
    if (!std::isnan(percent))
        availPercent = std::clamp(percent, 0.0, 100.0);
}
