#pragma once

#include "client/QueryResult.h"
#include "core/TimeSeries.h"

// The site's power balance from the domain's four powers. The domain has no battery power
// field (docs/aegis-api.md §6): the battery is what the others leave, charging above zero,
// so solar + grid import + battery discharge + generator = load + grid export + battery charge
// at every point by construction (docs/product.md "The energy balance").
struct SiteBalance
{
    TimeSeries solar;
    TimeSeries gridImport;
    TimeSeries batteryDischarge;
    TimeSeries generator;
    TimeSeries load;
    TimeSeries gridExport;
    TimeSeries batteryCharge;

    // From a reply with SolarPower, LoadPower, GridPower and GenPower (W); a point missing one
    // of solar, load or grid has no battery value (null), a missing generator counts as zero.
    static SiteBalance fromPowers(const QueryResult &result);
};
