#pragma once

#include "core/Tariff.h"

#include <optional>

// What the grid connection allows now, in the way cFos's Charging Manager models a grid
// operator's control: a connection (import) capacity scaled by a live availability
// percentage (cFos's AVAIL: import cap = capacity × AVAIL / 100), an export (feed-in) limit,
// and the live tariff flag (cFos's TARIF). All powers in kW at the grid connection.
struct GridLimits
{
    std::optional<double> connectionKw; // none: no import limit is known
    std::optional<double> exportLimitKw; // none: export is not limited; 0: zero feed-in
    double availPercent = 100.0; // the grid operator's AVAIL, 0–100
    TariffFlag tariffFlag = TariffFlag::Calendar;

    // The import allowed now; infinity when no capacity is known.
    double importCapKw() const;
    // The export allowed now; infinity when export is not limited.
    double exportCapKw() const;
    // An AVAIL as the grid operator sent it, clamped to 0–100 (NaN keeps the current value).
    void setAvail(double percent);

    friend bool operator==(const GridLimits &, const GridLimits &) = default;
};
