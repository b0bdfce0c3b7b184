#include "core/ScheduleCostCheck.h"

#include <QTime>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr int kStepSeconds = kStepMinutes * 60;

QString clockOf(int step)
{
    return QTime(0, 0).addSecs(step * kStepSeconds).toString(QStringLiteral("HH:mm"));
}

QString kWhText(double kWh)
{
    return QString::number(kWh, 'f', kWh < 10 ? 1 : 0);
}

QString ntdText(double ntd)
{
    return QStringLiteral("NT$ %1").arg(QString::number(std::abs(ntd), 'f', 0));
}

// The window that holds most of step `k`, or -1.
int windowOfStep(const QList<DailyWindow> &windows, int k)
{
    for (int row = 0; row < windows.size(); ++row) {
        if (windows.at(row).contains(k * kStepSeconds + kStepSeconds / 2))
            return row;
    }
    return -1;
}

double cheapestPrice(const Tariff &tariff, const QString &season, TariffDayType type)
{
    double cheapest = std::numeric_limits<double>::infinity();
    for (const TariffPeriod &p : tariff.periods(season, type))
        cheapest = std::min(cheapest, p.price);
    return std::isfinite(cheapest) ? cheapest : 0;
}

} // namespace

QString ScheduleCostCheck::dayInSentence(TariffDayType type)
{
    switch (type) {
    case TariffDayType::Weekday:
        return tr("weekday", "a kind of day inside a sentence");
    case TariffDayType::Saturday:
        return tr("Saturday", "a kind of day inside a sentence");
    case TariffDayType::Sunday:
        return tr("Sunday or off-peak day", "a kind of day inside a sentence");
    }
    return {};
}

double ScheduleCostCheck::savedOn(const CostInput &input, const DayProfile &profile, const Tariff &tariff, TariffDayType type)
{
    CostInput with = input;
    with.dayType = type;
    CostInput idle = with;
    idle.schedule = Schedule();
    const DayCost a = ScheduleCost::day(with, profile, tariff);
    const DayCost b = ScheduleCost::day(idle, profile, tariff);
    const double keptKWh = (a.endSocPercent - b.endSocPercent) / 100.0 * input.battery.capacityKWh;
    const double efficiency = input.battery.chargeEfficiency > 0 ? input.battery.chargeEfficiency : 1.0;
    const double keptValue = keptKWh / efficiency * cheapestPrice(tariff, input.season, type);
    return b.netCost() - a.netCost() + keptValue;
}

QList<CostFinding> ScheduleCostCheck::check(const QList<DailyWindow> &windows, const CostInput &input,
                                            const std::array<DayProfile, kTariffDayTypes> &profiles, const Tariff &tariff)
{
    QList<CostFinding> findings;
    CostInput day = input;
    day.schedule = DailyWindows::toSchedule(windows);
    const DayProfile &profile = profiles.at(size_t(day.dayType));
    const DayCost cost = ScheduleCost::day(day, profile, tariff);
    const double capKw = day.limits.importCapKw();

    // The cap's cut, window by window.
    QList<double> cutKWh(windows.size(), 0.0);
    double overrunKWh = 0;
    int firstOverrun = -1;
    for (int k = 0; k < kStepsPerDay; ++k) {
        const CostStep &s = cost.steps.at(size_t(k));
        if (s.capCutKw > 0) {
            if (const int row = windowOfStep(windows, k); row >= 0)
                cutKWh[row] += s.capCutKw * kStepHours;
        }
        if (s.overrunKw > 0) {
            overrunKWh += s.overrunKw * kStepHours;
            if (firstOverrun < 0)
                firstOverrun = k;
        }
    }
    for (int row = 0; row < windows.size(); ++row) {
        if (cutKWh.at(row) < kMinimumKWh)
            continue;
        CostFinding f;
        f.kind = CostFinding::Kind::CapCutsWindow;
        f.row = row;
        f.kWh = cutKWh.at(row);
        //: %1 a window ("00:00–06:00, +20 kW"), %2 kWh, %3 the import cap in kW
        f.text = tr("The import cap of %3 kW cuts %2 kWh from the window %1: the load leaves it less room to charge.")
                     .arg(windows.at(row).describe(), kWhText(f.kWh), QString::number(capKw, 'f', 0));
        findings.append(f);
    }
    if (overrunKWh >= kMinimumKWh) {
        CostFinding f;
        f.kind = CostFinding::Kind::LoadOverCap;
        f.kWh = overrunKWh;
        //: %1 the import cap in kW, %2 a time ("18:00"), %3 kWh
        f.text = tr("The load alone passes the import cap of %1 kW from %2 (%3 kWh over the day); discharging then would "
                    "keep the import inside it.")
                     .arg(QString::number(capKw, 'f', 0), clockOf(firstOverrun), kWhText(overrunKWh));
        findings.append(f);
    }
    if (tariff.contractKw > 0 && cost.peakImportKw > tariff.contractKw + 0.05) {
        CostFinding f;
        f.kind = CostFinding::Kind::PeakOverContract;
        f.kW = cost.peakImportKw;
        f.row = windowOfStep(windows, cost.peakStep);
        if (f.row >= 0 && !windows.at(f.row).charges())
            f.row = -1; // a discharge window lowers the peak; it does not make it
        const QString at = clockOf(cost.peakStep);
        const QString peak = QString::number(cost.peakImportKw, 'f', 1);
        const QString contract = QString::number(tariff.contractKw, 'f', 0);
        //: %1 kW, %2 a time, %3 the contract capacity in kW, %4 a window
        f.text = f.row >= 0 ? tr("The 15-minute import peaks at %1 kW at %2 while the window %4 charges, above the contract's "
                                 "%3 kW: the excess is billed at two to three times the basic charge.")
                                  .arg(peak, at, contract, windows.at(f.row).describe())
                            : tr("The 15-minute import peaks at %1 kW at %2, above the contract's %3 kW: the excess is "
                                 "billed at two to three times the basic charge.")
                                  .arg(peak, at, contract);
        findings.append(f);
    }

    // The same windows on the other kinds of day.
    if (windows.isEmpty())
        return findings;
    std::array<double, kTariffDayTypes> saved{};
    for (int d = 0; d < kTariffDayTypes; ++d)
        saved[size_t(d)] = savedOn(day, profiles.at(size_t(d)), tariff, TariffDayType(d));
    const double shown = saved.at(size_t(day.dayType));
    if (shown <= -kMinimumNtd) {
        CostFinding f;
        f.kind = CostFinding::Kind::CostsOnThisDay;
        f.ntd = -shown;
        //: %1 the kind of day ("Weekday"), %2 an amount ("NT$ 35")
        f.text = tr("On a usual %1 these windows cost %2 more than leaving the battery idle.")
                     .arg(dayInSentence(day.dayType), ntdText(shown));
        findings.append(f);
        return findings;
    }
    if (shown < kMinimumNtd)
        return findings;
    // The kinds of day on which they cost, said in one finding.
    QStringList losses;
    CostFinding f;
    f.kind = CostFinding::Kind::CostsOnOtherDays;
    for (int d = 0; d < kTariffDayTypes; ++d) {
        if (d == int(day.dayType) || saved.at(size_t(d)) > -kMinimumNtd)
            continue;
        f.ntd = std::max(f.ntd, -saved.at(size_t(d)));
        //: %1 an amount ("NT$ 25"), %2 a kind of day ("Saturday")
        losses << tr("%1 more on a %2").arg(ntdText(saved.at(size_t(d))), dayInSentence(TariffDayType(d)));
    }
    if (losses.isEmpty())
        return findings;
    //: %1 a kind of day, %2 an amount, %3 "NT$ 25 more on a Saturday" (and ", NT$ 26 more on a Sunday…")
    f.text = tr("The scheduler runs these windows every day: they save about %2 on a usual %1 but cost %3 than an idle "
                "battery.")
                 .arg(dayInSentence(day.dayType), ntdText(shown), losses.join(tr(" and ")));
    findings.append(f);
    return findings;
}
