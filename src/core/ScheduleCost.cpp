#include "core/ScheduleCost.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr int kStepSeconds = kStepMinutes * 60;

// What the battery does in one step, starting at `soc`: the scheduled power within its power
// limits and what its SOC limits allow in a quarter-hour.
double batteryWithinLimits(double scheduledKw, double soc, const BatteryModel &b)
{
    const double capacity = b.capacityKWh;
    if (!(capacity > 0))
        return 0;
    if (scheduledKw > 0) {
        const double p = std::min(scheduledKw, b.maxChargeW / 1000.0);
        const double roomKWh = std::max(0.0, (b.socMaxPercent - soc) / 100.0 * capacity);
        return std::min(p, roomKWh / (b.chargeEfficiency * kStepHours));
    }
    if (scheduledKw < 0) {
        const double p = std::min(-scheduledKw, b.maxDischargeW / 1000.0);
        const double leftKWh = std::max(0.0, (soc - b.socMinPercent) / 100.0 * capacity);
        return -std::min(p, leftKWh * b.dischargeEfficiency / kStepHours);
    }
    return 0;
}

double socAfter(double soc, double batteryKw, const BatteryModel &b)
{
    const double energy =
        batteryKw > 0 ? batteryKw * kStepHours * b.chargeEfficiency : batteryKw * kStepHours / b.dischargeEfficiency;
    return b.capacityKWh > 0 ? soc + 100.0 * energy / b.capacityKWh : soc;
}

} // namespace

std::array<ScheduleCost::StepPrice, kStepsPerDay> ScheduleCost::stepPrices(const Tariff &tariff, const QString &season,
                                                                           TariffDayType dayType)
{
    const QList<TariffPeriod> periods = tariff.periods(season, dayType);
    std::array<StepPrice, kStepsPerDay> out{};
    for (int k = 0; k < kStepsPerDay; ++k) {
        const int from = k * kStepMinutes;
        const int to = from + kStepMinutes;
        double weighted = 0;
        for (const TariffPeriod &p : periods) {
            const int overlap = std::min(to, p.endMinute) - std::max(from, p.startMinute);
            if (overlap > 0)
                weighted += p.price * overlap;
            if (p.contains(from))
                out[size_t(k)].period = p.kind;
        }
        out[size_t(k)].price = weighted / kStepMinutes;
    }
    return out;
}

DaySteps ScheduleCost::scheduledKw(const Schedule &schedule)
{
    DaySteps out{};
    for (const ScheduleWindow &w : schedule.windows()) {
        const int first = std::max(0, w.startSecond / kStepSeconds);
        const int last = std::min(kStepsPerDay - 1, (w.stopSecond - 1) / kStepSeconds);
        for (int k = first; k <= last; ++k) {
            const int overlap = std::min(w.stopSecond, (k + 1) * kStepSeconds) - std::max(w.startSecond, k * kStepSeconds);
            if (overlap > 0)
                out[size_t(k)] += w.powerW / 1000.0 * overlap / kStepSeconds;
        }
    }
    return out;
}

DayCost ScheduleCost::day(const CostInput &input, const DayProfile &profile, const Tariff &tariff)
{
    DayCost cost;
    const auto prices = stepPrices(tariff, input.season, input.dayType);
    const DaySteps scheduled = scheduledKw(input.schedule);
    const double importCap = input.limits.importCapKw();
    const double exportCap = input.limits.exportCapKw();
    double soc = std::clamp(input.startSocPercent, 0.0, 100.0);
    cost.startSocPercent = soc;
    for (size_t k = 0; k < cost.steps.size(); ++k) {
        CostStep &s = cost.steps[k];
        s.scheduledKw = scheduled[k];
        s.importPrice = prices[k].price;
        s.period = prices[k].period;
        const double solar = std::max(0.0, profile.solarKw[k]);
        const double base = profile.loadKw[k] - solar; // > 0: the site needs the grid
        double battery = batteryWithinLimits(s.scheduledKw, soc, input.battery);
        // The grid operator's cap comes first: charging yields what would pass it.
        if (battery > 0 && base + battery > importCap) {
            const double allowed = std::max(0.0, importCap - base);
            s.capCutKw = battery - allowed;
            battery = allowed;
        }
        double net = base + battery;
        if (-net > exportCap) {
            // Export above its limit: solar is curtailed first, then the discharge held back.
            const double excess = -net - exportCap;
            s.curtailedKw = std::min(excess, solar);
            const double still = excess - s.curtailedKw;
            if (still > 0 && battery < 0)
                battery = std::min(0.0, battery + still);
            net = base + s.curtailedKw + battery;
        }
        s.batteryKw = battery;
        s.importKw = std::max(0.0, net);
        s.exportKw = std::max(0.0, -net);
        s.overrunKw = std::max(0.0, s.importKw - importCap);
        soc = std::clamp(socAfter(soc, battery, input.battery), 0.0, 100.0);
        s.socPercent = soc;

        cost.importKWh += s.importKw * kStepHours;
        cost.exportKWh += s.exportKw * kStepHours;
        cost.curtailedKWh += s.curtailedKw * kStepHours;
        cost.capCutKWh += s.capCutKw * kStepHours;
        cost.overrunKWh += s.overrunKw * kStepHours;
        cost.importCost += s.importKw * kStepHours * s.importPrice;
        cost.exportCredit += s.exportKw * kStepHours * tariff.feedInRate;
        if (s.importKw > cost.peakImportKw) {
            cost.peakImportKw = s.importKw;
            cost.peakStep = int(k);
        }
    }
    cost.endSocPercent = soc;
    return cost;
}

MonthCost ScheduleCost::month(const CostInput &input, const std::array<DayProfile, kTariffDayTypes> &profiles,
                              const Tariff &tariff, const QDate &anyDayInMonth)
{
    MonthCost m;
    m.month = QDate(anyDayInMonth.year(), anyDayInMonth.month(), 1);
    CostInput day = input;
    for (QDate d = m.month; d.month() == m.month.month(); d = d.addDays(1)) {
        const TariffSeason *season = tariff.season(d);
        day.season = season ? season->id : QString();
        day.dayType = tariff.dayType(d);
        const DayCost c = ScheduleCost::day(day, profiles.at(size_t(day.dayType)), tariff);
        day.startSocPercent = c.endSocPercent;
        m.energyCost += c.netCost();
        if (c.peakImportKw > m.peakImportKw) {
            m.peakImportKw = c.peakImportKw;
            m.peakDay = d;
            m.peakStep = c.peakStep;
        }
        m.days.append(c);
    }
    // Billed on the month's peak, each day at its own season's rate.
    for (qsizetype i = 0; i < m.days.size(); ++i)
        m.basicCharge += tariff.basicCharge(m.month.addDays(i), m.peakImportKw) / double(m.days.size());
    return m;
}
