#include "optimize/DayPlanner.h"

#include "core/ScheduleWindow.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kDt = kStepHours;
// Below this a value is the solver's rounding, not a decision.
constexpr double kEpsilon = 1e-6;
// Rounds of adding binaries where the LP went both ways before every step gets them.
constexpr int kMaxOneWayRounds = 3;

using Layout = DayPlanner::Columns;

double kwh(double percent, const BatteryModel &b)
{
    return percent / 100.0 * b.capacityKWh;
}

} // namespace

QString PlanViolation::describe() const
{
    const QString at = firstStep >= 0 ? ScheduleWindow::formatSecondOfDay(firstStep * kStepMinutes * 60) : QString();
    switch (limit) {
    case Limit::ImportCap:
        return tr("Import passes the grid cap by up to %1 kW from %2 (%3 kWh over the day): the load alone needs more "
                  "than the cap allows.")
            .arg(worstKw, 0, 'f', 1)
            .arg(at)
            .arg(amount, 0, 'f', 1);
    case Limit::SocFloor:
        return tr("The battery stays up to %1 points below its lowest SOC from %2: it starts below it and cannot be "
                  "charged sooner.")
            .arg(amount, 0, 'f', 1)
            .arg(at);
    case Limit::EndSoc:
        return tr("The day ends %1 points below the SOC asked for: the battery cannot be charged that far within the "
                  "limits.")
            .arg(amount, 0, 'f', 1);
    }
    return {};
}

QString PlanViolation::key() const
{
    switch (limit) {
    case Limit::ImportCap:
        return QStringLiteral("import_cap");
    case Limit::SocFloor:
        return QStringLiteral("soc_floor");
    case Limit::EndSoc:
        return QStringLiteral("end_soc");
    }
    return {};
}

LinearProgram DayPlanner::program(const PlanInput &in, const QList<int> &oneWay)
{
    const Layout at{oneWay};
    const BatteryModel &b = in.battery;
    const double maxCharge = std::max(0.0, b.maxChargeW / 1000.0);
    const double maxDischarge = std::max(0.0, b.maxDischargeW / 1000.0);
    const double start = kwh(std::clamp(in.startSocPercent, 0.0, 100.0), b);
    // A battery that starts above its highest SOC may only come down.
    const double ceiling = std::max(kwh(b.socMaxPercent, b), start);
    const double floor = kwh(b.socMinPercent, b);

    LinearProgram lp;
    for (int t = 0; t < kStepsPerDay; ++t) {
        const auto k = size_t(t);
        const double pv = std::max(0.0, in.solarKw[k]);
        const double late = double(t) / kStepsPerDay; // 0 at midnight, → 1 at night
        const QString n = QString::number(t);
        // Cycling costs a little either way; the tie-breakers prefer charging early and
        // discharging late within a block of equal prices.
        lp.addColumn({QStringLiteral("charge[%1]").arg(n), 0, maxCharge, kDt * (kCyclingCost + kTieBreak * late)});
        lp.addColumn({QStringLiteral("discharge[%1]").arg(n), 0, maxDischarge, kDt * (kCyclingCost + kTieBreak * (1 - late))});
        // Import can only feed the load and the battery, export only come from the sun and the
        // battery: without these bounds a feed-in above the import price makes the program
        // unbounded (buy and sell the same kWh).
        const double load = std::max(0.0, in.loadKw[k]);
        lp.addColumn({QStringLiteral("import[%1]").arg(n), 0, load + maxCharge, kDt * in.importPrice[k]});
        lp.addColumn({QStringLiteral("export[%1]").arg(n), 0, std::min(std::max(0.0, in.exportCapKw), pv + maxDischarge),
                      -kDt * in.feedInRate});
        lp.addColumn({QStringLiteral("curtail[%1]").arg(n), 0, pv, kDt * kTieBreak * 10});
        lp.addColumn({QStringLiteral("stored[%1]").arg(n), 0, ceiling, 0});
        lp.addColumn({QStringLiteral("overCap[%1]").arg(n), 0, LinearProgram::kInfinity, kDt * kImportCapPenalty});
        lp.addColumn({QStringLiteral("belowFloor[%1]").arg(n), 0, floor, kDt * kSocFloorPenalty});
    }
    lp.addColumn({QStringLiteral("endShort"), 0, LinearProgram::kInfinity, kEndSocPenalty});
    for (int t : oneWay)
        lp.addColumn({QStringLiteral("importMode[%1]").arg(t), 0, 1, 0, true});

    for (int t = 0; t < kStepsPerDay; ++t) {
        const auto k = size_t(t);
        const double pv = std::max(0.0, in.solarKw[k]);
        const double need = in.loadKw[k] - pv;
        const QString n = QString::number(t);
        // At the grid connection: import − export = load − solar + curtailed + charge − discharge.
        lp.addRow({QStringLiteral("balance[%1]").arg(n),
                   {{at.import(t), 1}, {at.exportKw(t), -1}, {at.curtail(t), -1}, {at.charge(t), -1}, {at.discharge(t), 1}},
                   need,
                   need});
        // Stored energy: stored[t] = stored[t−1] + dt (ηc charge − discharge / ηd).
        LinearProgram::Row soc{
            QStringLiteral("stored[%1]").arg(n),
            {{at.stored(t), 1}, {at.charge(t), -kDt * b.chargeEfficiency}, {at.discharge(t), kDt / b.dischargeEfficiency}},
            0,
            0};
        if (t == 0) {
            soc.lower = soc.upper = start;
        } else {
            soc.terms.append({at.stored(t - 1), -1});
        }
        lp.addRow(soc);
        if (std::isfinite(in.importCapKw))
            lp.addRow({QStringLiteral("cap[%1]").arg(n),
                       {{at.import(t), 1}, {at.overCap(t), -1}},
                       -LinearProgram::kInfinity,
                       std::max(0.0, in.importCapKw)});
        lp.addRow(
            {QStringLiteral("floor[%1]").arg(n), {{at.stored(t), 1}, {at.belowFloor(t), 1}}, floor, LinearProgram::kInfinity});
    }
    for (int i = 0; i < oneWay.size(); ++i) {
        // One direction per step: import only in import mode, export only outside it. (Charging
        // and discharging at once loses energy and pays cycling; curtailment is the cheaper way
        // to shed a surplus, so the battery needs no binary.)
        const int t = oneWay.at(i);
        const auto k = size_t(t);
        const double pv = std::max(0.0, in.solarKw[k]);
        const double bigImport = std::max(0.0, in.loadKw[k]) + maxCharge;
        const double bigExport = std::min(std::max(0.0, in.exportCapKw), pv + maxDischarge);
        const QString n = QString::number(t);
        // Valid for a meter that nets: import feeds only the load and the charge, export comes
        // only from the sun and the discharge. They tighten the relaxation the binaries start from.
        lp.addRow({QStringLiteral("importSource[%1]").arg(n),
                   {{at.import(t), 1}, {at.charge(t), -1}},
                   -LinearProgram::kInfinity,
                   std::max(0.0, in.loadKw[k])});
        lp.addRow({QStringLiteral("exportSource[%1]").arg(n),
                   {{at.exportKw(t), 1}, {at.discharge(t), -1}, {at.curtail(t), 1}},
                   -LinearProgram::kInfinity,
                   pv});
        lp.addRow({QStringLiteral("importMode[%1]").arg(n),
                   {{at.import(t), 1}, {at.importMode(i), -bigImport}},
                   -LinearProgram::kInfinity,
                   0});
        lp.addRow({QStringLiteral("exportMode[%1]").arg(n),
                   {{at.exportKw(t), 1}, {at.importMode(i), bigExport}},
                   -LinearProgram::kInfinity,
                   bigExport});
    }
    const double end = std::min(kwh(std::clamp(in.endSocPercent, 0.0, 100.0), b), ceiling);
    lp.addRow({QStringLiteral("endSoc"), {{at.stored(kStepsPerDay - 1), 1}, {at.endShort(), 1}}, end, LinearProgram::kInfinity});
    return lp;
}

DayPlan DayPlanner::plan(const PlanInput &in, const CbcSolver &solver)
{
    DayPlan out;
    if (!(in.battery.capacityKWh > 0) || !(in.battery.chargeEfficiency > 0) || !(in.battery.dischargeEfficiency > 0)) {
        out.message = tr("The battery's capacity and efficiencies must be known to plan.");
        return out;
    }
    // The LP first; where its answer charges and discharges (or imports and exports) in one
    // step, those steps get binaries and the program is solved again, until no step does.
    QList<int> oneWay;
    CbcSolver::Solution solution;
    for (int round = 0;; ++round) {
        const LinearProgram lp = program(in, oneWay);
        solution = solver.solve(lp);
        out.solverSeconds += solution.seconds;
        if (!solution.hasPlan())
            break;
        const Layout at{oneWay};
        QList<int> bothWays;
        for (int t = 0; t < kStepsPerDay; ++t) {
            const double c = solution.x.at(at.charge(t));
            const double d = solution.x.at(at.discharge(t));
            const double i = solution.x.at(at.import(t));
            const double e = solution.x.at(at.exportKw(t));
            if ((std::min(c, d) > kEpsilon || std::min(i, e) > kEpsilon) && !oneWay.contains(t))
                bothWays.append(t);
        }
        if (bothWays.isEmpty())
            break;
        if (round >= kMaxOneWayRounds) {
            // Steps keep moving: give every step its binaries at once.
            oneWay.clear();
            for (int t = 0; t < kStepsPerDay; ++t)
                oneWay.append(t);
        } else {
            oneWay += bothWays;
            std::sort(oneWay.begin(), oneWay.end());
        }
    }
    out.status = solution.status;
    out.message = solution.message;
    out.binarySteps = int(oneWay.size());
    if (!solution.hasPlan())
        return out;

    const Layout at{oneWay};
    const BatteryModel &b = in.battery;
    double stored = kwh(std::clamp(in.startSocPercent, 0.0, 100.0), b);
    PlanViolation cap{PlanViolation::Limit::ImportCap};
    PlanViolation floor{PlanViolation::Limit::SocFloor};
    for (int t = 0; t < kStepsPerDay; ++t) {
        const auto k = size_t(t);
        const auto x = [&](int column) { return std::max(0.0, solution.x.at(column)); };
        out.socPercent[k] = 100.0 * stored / b.capacityKWh;
        const double battery = x(at.charge(t)) - x(at.discharge(t));
        out.batteryKw[k] = std::abs(battery) < kEpsilon ? 0.0 : battery;
        stored = solution.x.at(at.stored(t));
        out.energyCost += kDt * (x(at.import(t)) * in.importPrice[k] - x(at.exportKw(t)) * in.feedInRate);
        if (const double over = x(at.overCap(t)); over > 1e-4) {
            cap.amount += over * kDt;
            cap.worstKw = std::max(cap.worstKw, over);
            if (cap.firstStep < 0)
                cap.firstStep = t;
        }
        if (const double below = x(at.belowFloor(t)); below > 1e-4) {
            floor.amount = std::max(floor.amount, 100.0 * below / b.capacityKWh);
            if (floor.firstStep < 0)
                floor.firstStep = t;
        }
    }
    out.endSocPercent = 100.0 * stored / b.capacityKWh;
    if (cap.firstStep >= 0)
        out.violations.append(cap);
    if (floor.firstStep >= 0)
        out.violations.append(floor);
    if (const double shortKWh = std::max(0.0, solution.x.at(at.endShort())); shortKWh > 1e-4)
        out.violations.append({PlanViolation::Limit::EndSoc, 100.0 * shortKWh / b.capacityKWh, 0, kStepsPerDay - 1});
    return out;
}
