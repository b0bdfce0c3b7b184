#pragma once

#include <QString>

// A value axis fitted to the data on screen: round ends and steps (1, 2, 2.5, 5 × 10ⁿ), and a
// readable unit, so 150 000 W reads as 150 kW. Pure arithmetic; TimeChart applies it.
class ValueAxisScale final
{
public:
    struct Fit
    {
        double min = 0; // in display units
        double max = 1;
        int tickCount = 2;
        int decimals = 0;
        double factor = 1; // display value = raw value × factor
        QString unit; // the display unit ("kW")
    };

    // Fits [low, high] (raw units) with at most maxTicks ticks. includeZero pulls the range to 0.
    static Fit fit(double low, double high, const QString &unit, int maxTicks, bool includeZero);
    // Exactly tickCount ticks (a second axis whose ticks meet the first axis' grid lines).
    static Fit fitToTicks(double low, double high, const QString &unit, int tickCount, bool includeZero);
    // Power and energy axes start at zero; temperatures, voltages and frequencies do not.
    static bool includesZeroByDefault(const QString &unit);
    // The unit to show for values up to maxAbs, and the factor into it: W → kW from 10 kW.
    static Fit displayUnit(const QString &unit, double maxAbs);

private:
    // The display unit, and [low, high] in it, widened to zero and out of a flat line.
    static Fit prepare(double &low, double &high, const QString &unit, bool includeZero);
};
