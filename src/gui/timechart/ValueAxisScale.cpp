#include "gui/timechart/ValueAxisScale.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

ValueAxisScale::Fit ValueAxisScale::displayUnit(const QString &unit, double maxAbs)
{
    Fit fit;
    fit.unit = unit;
    // Switch one step late (10 kW, not 1 kW) so small sites keep their familiar unit.
    const auto scaled = [&](const char *big, double bigFactor, const char *mid, double midFactor) {
        if (maxAbs >= 1e6) {
            fit.unit = QString::fromUtf8(big);
            fit.factor = bigFactor;
        } else if (maxAbs >= 1e4) {
            fit.unit = QString::fromUtf8(mid);
            fit.factor = midFactor;
        }
    };
    if (unit == u"W")
        scaled("MW", 1e-6, "kW", 1e-3);
    else if (unit == u"Wh")
        scaled("MWh", 1e-6, "kWh", 1e-3);
    else if (unit == u"kW")
        scaled("GW", 1e-6, "MW", 1e-3);
    else if (unit == u"kWh")
        scaled("GWh", 1e-6, "MWh", 1e-3);
    return fit;
}

bool ValueAxisScale::includesZeroByDefault(const QString &unit)
{
    static const QStringList noZero{QStringLiteral("°C"), QStringLiteral("V"), QStringLiteral("Hz"), QStringLiteral("ppm")};
    return !noZero.contains(unit);
}

ValueAxisScale::Fit ValueAxisScale::prepare(double &low, double &high, const QString &unit, bool includeZero)
{
    if (!std::isfinite(low) || !std::isfinite(high) || low > high) {
        low = 0;
        high = 1;
    }
    Fit fit = displayUnit(unit, std::max(std::abs(low), std::abs(high)));
    low *= fit.factor;
    high *= fit.factor;
    if (includeZero) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    if (high - low < 1e-12) { // a flat line: give it room above and below
        const double pad = std::max(std::abs(high) * 0.1, 1.0);
        low = includeZero && low >= 0 ? low : low - pad;
        high += pad;
    }
    return fit;
}

namespace {

constexpr double kMantissas[] = {1.0, 2.0, 2.5, 5.0};

int decimalsOf(double step, double mantissa)
{
    return std::max(0, int(-std::floor(std::log10(step) + 1e-9)) + (mantissa == 2.5 ? 1 : 0));
}

} // namespace

ValueAxisScale::Fit ValueAxisScale::fit(double low, double high, const QString &unit, int maxTicks, bool includeZero)
{
    Fit fit = prepare(low, high, unit, includeZero);
    maxTicks = std::max(maxTicks, 2);
    // The smallest round step whose rounded-out ends still need no more than maxTicks ticks.
    double magnitude = std::pow(10.0, std::floor(std::log10((high - low) / (maxTicks - 1))));
    for (int guard = 0; guard < 8; ++guard, magnitude *= 10) {
        for (const double m : kMantissas) {
            const double step = magnitude * m;
            const double min = std::floor(low / step + 1e-9) * step;
            const double max = std::ceil(high / step - 1e-9) * step;
            const int ticks = int(std::lround((max - min) / step)) + 1;
            if (ticks > maxTicks)
                continue;
            fit.min = min;
            fit.max = max;
            fit.tickCount = ticks;
            fit.decimals = decimalsOf(step, m);
            return fit;
        }
    }
    fit.min = low;
    fit.max = high;
    return fit;
}

ValueAxisScale::Fit ValueAxisScale::fitToTicks(double low, double high, const QString &unit, int tickCount, bool includeZero)
{
    Fit fit = prepare(low, high, unit, includeZero);
    tickCount = std::max(tickCount, 2);
    double magnitude = std::pow(10.0, std::floor(std::log10((high - low) / (tickCount - 1))));
    for (int guard = 0; guard < 8; ++guard, magnitude *= 10) {
        for (const double m : kMantissas) {
            const double step = magnitude * m;
            const double min = std::floor(low / step + 1e-9) * step;
            if (min + (tickCount - 1) * step < high - 1e-9 * step)
                continue;
            fit.min = min;
            fit.max = min + (tickCount - 1) * step;
            fit.tickCount = tickCount;
            fit.decimals = decimalsOf(step, m);
            return fit;
        }
    }
    fit.min = low;
    fit.max = high;
    return fit;
}
