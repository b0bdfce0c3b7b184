#include "optimize/WindowProgram.h"

#include "core/ScheduleCost.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kDt = kStepHours;
constexpr int kStepSeconds = kStepMinutes * 60;
// Two steps whose powers differ by less than this are one window.
constexpr double kSameKw = 1e-5;

using Columns = DayPlanner::Columns;

// The window binaries of each step follow DayPlanner's columns.
struct WindowColumns
{
    static constexpr int perStep = 8;
    int base = 0;

    int change(int t) const { return base + t * perStep + 0; }
    int charging(int t) const { return base + t * perStep + 1; }
    int discharging(int t) const { return base + t * perStep + 2; }
    int starts(int t) const { return base + t * perStep + 3; }
    int full(int t) const { return base + t * perStep + 4; } // the battery stops at its ceiling
    int empty(int t) const { return base + t * perStep + 5; } // … or at its floor
    int askCharge(int t) const { return base + t * perStep + 6; } // kW: the window's power
    int askDischarge(int t) const { return base + t * perStep + 7; }
};

int previous(int t)
{
    return (t + kStepsPerDay - 1) % kStepsPerDay;
}

int snapStepsOf(int snapMinutes)
{
    return std::max(1, snapMinutes / kStepMinutes);
}

// Steps where the feed-in pays more than the import costs: only there would the program buy
// and sell at once, so only there the connection needs its one-way binary.
QList<int> oneWayFor(const PlanInput &in)
{
    QList<int> steps;
    for (int t = 0; t < kStepsPerDay; ++t) {
        if (in.feedInRate > in.importPrice[size_t(t)])
            steps.append(t);
    }
    return steps;
}

double maxChargeKw(const PlanInput &in)
{
    return std::max(0.0, in.battery.maxChargeW / 1000.0);
}

double maxDischargeKw(const PlanInput &in)
{
    return std::max(0.0, in.battery.maxDischargeW / 1000.0);
}

// A window on the circular day, in steps.
struct Span
{
    int start = 0;
    int length = 0;
    double kw = 0;
};

// The windows of a power per step: a new window wherever the power changes. Powers are rounded
// to whole watts toward more stored energy (a charge up, a discharge down), so that the rounding
// never leaves the day short of its end SOC.
Schedule windowsOf(const DaySteps &kw)
{
    const auto active = [&](int t) { return std::abs(kw[size_t(t)]) >= WindowProgram::kMinKw / 2; };
    const auto startsHere = [&](int t) {
        return active(t) && (!active(previous(t)) || std::abs(kw[size_t(t)] - kw[size_t(previous(t))]) > kSameKw);
    };
    int origin = -1;
    for (int t = 0; t < kStepsPerDay && origin < 0; ++t) {
        if (!active(t) || startsHere(t))
            origin = t;
    }
    QList<Span> spans;
    if (origin < 0) {
        // One power all day long.
        double sum = 0;
        for (double v : kw)
            sum += v;
        spans.append({0, kStepsPerDay, sum / kStepsPerDay});
    } else {
        for (int i = 0; i < kStepsPerDay; ++i) {
            const int t = (origin + i) % kStepsPerDay;
            if (!active(t))
                continue;
            if (startsHere(t) || spans.isEmpty())
                spans.append({t, 0, 0});
            spans.last().length += 1;
            spans.last().kw += kw[size_t(t)];
        }
    }
    QList<ScheduleWindow> windows;
    for (const Span &s : std::as_const(spans)) {
        const double watts = std::ceil(s.kw / s.length * 1000.0 - 1e-6);
        if (watts != 0)
            windows += ScheduleWindow::fromStartAndDuration(s.start * kStepSeconds, s.length * kStepSeconds, watts);
    }
    std::sort(windows.begin(), windows.end(),
              [](const ScheduleWindow &a, const ScheduleWindow &b) { return a.startSecond < b.startSecond; });
    return Schedule(windows);
}

WindowPlan planOf(const WindowColumns &w, const CbcSolver::Solution &solution)
{
    WindowPlan out;
    out.status = solution.status;
    out.message = solution.message;
    out.objective = solution.objective;
    out.bound = solution.bound;
    out.nodes = solution.nodes;
    out.seconds = solution.seconds;
    if (!solution.hasPlan())
        return out;
    for (int t = 0; t < kStepsPerDay; ++t) {
        const double b = std::max(0.0, solution.x.at(w.askCharge(t))) - std::max(0.0, solution.x.at(w.askDischarge(t)));
        out.batteryKw[size_t(t)] = std::abs(b) < 1e-7 ? 0.0 : b;
    }
    out.windows = windowsOf(out.batteryKw);
    return out;
}

} // namespace

double WindowPlan::gap() const
{
    return std::abs(objective) > 1e-9 ? std::max(0.0, objective - bound) / std::abs(objective) : 0.0;
}

LinearProgram WindowProgram::program(const PlanInput &in, int maxWindows, int snapMinutes)
{
    const QList<int> oneWay = oneWayFor(in);
    LinearProgram lp = DayPlanner::program(in, oneWay);
    const Columns at{oneWay};
    const WindowColumns w{at.count()};
    const int snapSteps = snapStepsOf(snapMinutes);
    const double maxCharge = maxChargeKw(in);
    const double maxDischarge = maxDischargeKw(in);
    const double capacity = in.battery.capacityKWh;
    const double ceiling = std::max(in.battery.socMaxPercent, std::clamp(in.startSocPercent, 0.0, 100.0)) / 100.0 * capacity;
    const double floor = in.battery.socMinPercent / 100.0 * capacity;

    for (int t = 0; t < kStepsPerDay; ++t) {
        // What ScheduleCost::day charges, without the planner's cost per kWh cycled (a window's
        // power is its own; the battery cannot charge and discharge at once here). The
        // tie-breakers stay, so that equal days resolve the same way every time.
        const double late = double(t) / kStepsPerDay;
        lp.column(at.charge(t)).cost = kDt * DayPlanner::kTieBreak * late;
        lp.column(at.discharge(t)).cost = kDt * DayPlanner::kTieBreak * (1 - late);
    }
    for (int t = 0; t < kStepsPerDay; ++t) {
        const bool onGrid = t % snapSteps == 0;
        const QString n = QString::number(t);
        lp.addColumn({QStringLiteral("change[%1]").arg(n), 0, onGrid ? 1.0 : 0.0, 0, true});
        lp.addColumn({QStringLiteral("charging[%1]").arg(n), 0, maxCharge >= kMinKw ? 1.0 : 0.0, 0, true});
        lp.addColumn({QStringLiteral("discharging[%1]").arg(n), 0, maxDischarge >= kMinKw ? 1.0 : 0.0, 0, true});
        lp.addColumn({QStringLiteral("starts[%1]").arg(n), 0, onGrid ? 1.0 : 0.0, 0, true});
        lp.addColumn({QStringLiteral("full[%1]").arg(n), 0, 1, 0, true});
        lp.addColumn({QStringLiteral("empty[%1]").arg(n), 0, 1, 0, true});
        // Asking for more than the battery can take costs a tie-breaker: a window asks for what runs.
        lp.addColumn({QStringLiteral("askCharge[%1]").arg(n), 0, maxCharge, kDt * DayPlanner::kTieBreak});
        lp.addColumn({QStringLiteral("askDischarge[%1]").arg(n), 0, maxDischarge, kDt * DayPlanner::kTieBreak});
    }
    constexpr double inf = LinearProgram::kInfinity;
    LinearProgram::Row count{QStringLiteral("windows"), {}, -inf, double(std::max(0, maxWindows))};
    for (int t = 0; t < kStepsPerDay; ++t) {
        const int p = previous(t);
        const QString n = QString::number(t);
        // A window asks to charge (or discharge) at least kMinKw and no more than the limit
        // exactly when its binary says so; never both.
        lp.addRow({QStringLiteral("chargeOn[%1]").arg(n), {{w.askCharge(t), 1}, {w.charging(t), -maxCharge}}, -inf, 0});
        lp.addRow({QStringLiteral("chargeMin[%1]").arg(n), {{w.askCharge(t), 1}, {w.charging(t), -kMinKw}}, 0, inf});
        lp.addRow(
            {QStringLiteral("dischargeOn[%1]").arg(n), {{w.askDischarge(t), 1}, {w.discharging(t), -maxDischarge}}, -inf, 0});
        lp.addRow({QStringLiteral("dischargeMin[%1]").arg(n), {{w.askDischarge(t), 1}, {w.discharging(t), -kMinKw}}, 0, inf});
        lp.addRow({QStringLiteral("oneDirection[%1]").arg(n), {{w.charging(t), 1}, {w.discharging(t), 1}}, -inf, 1});
        // The battery does what the window asks, unless it is full (or empty) at the step's end,
        // as ScheduleCost::day runs it: then it takes (or gives) only what is left.
        lp.addRow({QStringLiteral("chargeAsked[%1]").arg(n), {{at.charge(t), 1}, {w.askCharge(t), -1}}, -inf, 0});
        lp.addRow({QStringLiteral("chargeUnlessFull[%1]").arg(n),
                   {{at.charge(t), 1}, {w.askCharge(t), -1}, {w.full(t), maxCharge}},
                   0,
                   inf});
        lp.addRow({QStringLiteral("full[%1]").arg(n), {{at.stored(t), 1}, {w.full(t), -ceiling}}, 0, inf});
        lp.addRow({QStringLiteral("dischargeAsked[%1]").arg(n), {{at.discharge(t), 1}, {w.askDischarge(t), -1}}, -inf, 0});
        lp.addRow({QStringLiteral("dischargeUnlessEmpty[%1]").arg(n),
                   {{at.discharge(t), 1}, {w.askDischarge(t), -1}, {w.empty(t), maxDischarge}},
                   0,
                   inf});
        lp.addRow({QStringLiteral("empty[%1]").arg(n), {{at.stored(t), 1}, {w.empty(t), ceiling}}, -inf, floor + ceiling});
        // The power asked holds from the step before unless it changes here:
        // |a[t] − a[t−1]| ≤ M·change[t], for the charge and the discharge asked each (tighter
        // than one row on their difference).
        for (const auto &[name, column, big] :
             {std::tuple{QStringLiteral("holdCharge"), &WindowColumns::askCharge, maxCharge},
              std::tuple{QStringLiteral("holdDischarge"), &WindowColumns::askDischarge, maxDischarge}}) {
            lp.addRow({QStringLiteral("%1Up[%2]").arg(name, n),
                       {{(w.*column)(t), 1}, {(w.*column)(p), -1}, {w.change(t), -big}},
                       -inf,
                       0});
            lp.addRow({QStringLiteral("%1Down[%2]").arg(name, n),
                       {{(w.*column)(t), 1}, {(w.*column)(p), -1}, {w.change(t), big}},
                       0,
                       inf});
        }
        // Starting or stopping to charge (or discharge) is a change too: implied by the rows
        // above, stated so that the relaxation is tighter.
        for (const auto &[name, column] : {std::pair{QStringLiteral("chargeEdge"), &WindowColumns::charging},
                                           std::pair{QStringLiteral("dischargeEdge"), &WindowColumns::discharging}}) {
            lp.addRow(
                {QStringLiteral("%1Up[%2]").arg(name, n), {{w.change(t), 1}, {(w.*column)(t), -1}, {(w.*column)(p), 1}}, 0, inf});
            lp.addRow({QStringLiteral("%1Down[%2]").arg(name, n),
                       {{w.change(t), 1}, {(w.*column)(t), 1}, {(w.*column)(p), -1}},
                       0,
                       inf});
        }
        // A window starts where the power changes to a nonzero one; in particular where the
        // battery starts to charge or to discharge (implied, stated for a tighter relaxation).
        lp.addRow({QStringLiteral("starts[%1]").arg(n),
                   {{w.starts(t), 1}, {w.change(t), -1}, {w.charging(t), -1}, {w.discharging(t), -1}},
                   -1,
                   inf});
        lp.addRow(
            {QStringLiteral("startsCharging[%1]").arg(n), {{w.starts(t), 1}, {w.charging(t), -1}, {w.charging(p), 1}}, 0, inf});
        lp.addRow({QStringLiteral("startsDischarging[%1]").arg(n),
                   {{w.starts(t), 1}, {w.discharging(t), -1}, {w.discharging(p), 1}},
                   0,
                   inf});
        count.terms.append({w.starts(t), 1});
    }
    lp.addRow(count);
    return lp;
}

QList<std::pair<int, double>> WindowProgram::binariesFor(const PlanInput &in, const Schedule &windows, int maxWindows,
                                                         int snapMinutes)
{
    const int snapSeconds = snapStepsOf(snapMinutes) * kStepSeconds;
    for (const ScheduleWindow &window : windows.windows()) {
        if (window.startSecond % snapSeconds || window.stopSecond % snapSeconds || window.startSecond < 0
            || window.stopSecond > kStepsPerDay * kStepSeconds || window.stopSecond <= window.startSecond)
            return {};
        const double kw = window.powerW / 1000.0;
        if (std::abs(kw) < kMinKw || kw > maxChargeKw(in) + 1e-9 || -kw > maxDischargeKw(in) + 1e-9)
            return {};
    }
    const DaySteps kw = ScheduleCost::scheduledKw(windows);
    const QList<int> oneWay = oneWayFor(in);
    const Columns at{oneWay};
    const WindowColumns w{at.count()};
    QList<std::pair<int, double>> values;
    int count = 0;
    // Where the battery stops at its ceiling or floor, as ScheduleCost::day runs the windows.
    const BatteryModel &battery = in.battery;
    double storedKWh = std::clamp(in.startSocPercent, 0.0, 100.0) / 100.0 * battery.capacityKWh;
    const double ceilingKWh = std::max(battery.socMaxPercent / 100.0 * battery.capacityKWh, storedKWh);
    const double floorKWh = battery.socMinPercent / 100.0 * battery.capacityKWh;
    DaySteps running{};
    for (int t = 0; t < kStepsPerDay; ++t) {
        const double asked = kw[size_t(t)];
        double runs = asked;
        if (asked > 0)
            runs = std::min(asked, std::max(0.0, ceilingKWh - storedKWh) / (battery.chargeEfficiency * kDt));
        else if (asked < 0)
            runs = -std::min(-asked, std::max(0.0, storedKWh - floorKWh) * battery.dischargeEfficiency / kDt);
        running[size_t(t)] = runs;
        storedKWh += runs > 0 ? runs * kDt * battery.chargeEfficiency : runs * kDt / battery.dischargeEfficiency;
        values.append({w.full(t), asked > 0 && runs < asked - 1e-9 ? 1.0 : 0.0});
        values.append({w.empty(t), asked < 0 && runs > asked + 1e-9 ? 1.0 : 0.0});
    }
    for (int t = 0; t < kStepsPerDay; ++t) {
        const double b = kw[size_t(t)];
        const double before = kw[size_t(previous(t))];
        const bool change = std::abs(b - before) > 1e-9;
        const bool active = b != 0;
        if (change && t % (snapSeconds / kStepSeconds))
            return {};
        count += change && active ? 1 : 0;
        values.append({w.change(t), change ? 1.0 : 0.0});
        values.append({w.charging(t), b > 0 ? 1.0 : 0.0});
        values.append({w.discharging(t), b < 0 ? 1.0 : 0.0});
        values.append({w.starts(t), change && active ? 1.0 : 0.0});
    }
    if (count > maxWindows || (count == 0 && !windows.isEmpty() && maxWindows < 1))
        return {};
    // Import or export where the connection has its binary: as the windows would run.
    for (qsizetype i = 0; i < oneWay.size(); ++i) {
        const auto k = size_t(oneWay.at(i));
        const double net = in.loadKw[k] - std::max(0.0, in.solarKw[k]) + running[k];
        values.append({at.importMode(int(i)), net > 0 ? 1.0 : 0.0});
    }
    std::sort(values.begin(), values.end());
    return values;
}

WindowPlan WindowProgram::solve(const PlanInput &in, int maxWindows, int snapMinutes, const CbcSolver &solver,
                                const Schedule &start)
{
    const LinearProgram lp = program(in, maxWindows, snapMinutes);
    const QList<std::pair<int, double>> hint =
        start.isEmpty() ? QList<std::pair<int, double>>() : binariesFor(in, start, maxWindows, snapMinutes);
    return planOf(WindowColumns{Columns{oneWayFor(in)}.count()}, solver.solve(lp, hint));
}

WindowPlan WindowProgram::powersFor(const PlanInput &in, const Schedule &windows, int maxWindows, int snapMinutes,
                                    const CbcSolver &solver)
{
    LinearProgram lp = program(in, maxWindows, snapMinutes);
    const QList<std::pair<int, double>> held = binariesFor(in, windows, maxWindows, snapMinutes);
    if (held.isEmpty()) {
        WindowPlan out;
        out.status = CbcSolver::Solution::Status::Infeasible;
        return out;
    }
    const Columns at{oneWayFor(in)};
    for (const auto &[column, value] : held) {
        // Every binary held, the connection's import-or-export too (as the windows run now), so
        // that this is a linear program even where the feed-in pays more than the import costs.
        LinearProgram::Column &c = lp.column(column);
        c.lower = c.upper = value;
        c.integer = false;
    }
    return planOf(WindowColumns{at.count()}, solver.solve(lp));
}
