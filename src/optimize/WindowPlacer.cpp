#include "optimize/WindowPlacer.h"

#include "optimize/WindowProgram.h"
#include "optimize/WindowSpans.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// A placed set within this share of the start's cost gets the tuner's moves.
constexpr double kCloseEnough = 0.01;
constexpr int kTunerEvaluations = 1500;

struct Candidate
{
    double score = 0;
    int order = 0; // the first of equals wins, so that the answer repeats
    QList<WindowSpan> spans;
};

} // namespace

WindowPlacer::Result WindowPlacer::place(const PlanInput &input, const WindowTuner::Request &request, const Tariff &tariff,
                                         const CbcSolver &solver, double storedValue, int maxSolves)
{
    const int snapSteps = std::max(1, request.snapMinutes / kStepMinutes);
    const int gridSteps = 2 * snapSteps;
    const double targetKWh = request.endSocPercent / 100.0 * request.day.battery.capacityKWh;
    const double maxChargeKw = input.battery.maxChargeW / 1000.0;
    const double maxDischargeKw = input.battery.maxDischargeW / 1000.0;
    CostInput day = request.day;
    Result out;
    const auto score = [&](const QList<WindowSpan> &spans) {
        ++out.evaluations;
        day.schedule = WindowSpan::schedule(spans);
        return WindowTuner::score(ScheduleCost::day(day, request.profile, tariff), request);
    };
    const auto screen = [&](const QList<WindowSpan> &spans) {
        ++out.evaluations;
        day.schedule = WindowSpan::schedule(spans);
        const DayCost cost = ScheduleCost::day(day, request.profile, tariff);
        const double endKWh = cost.endSocPercent / 100.0 * request.day.battery.capacityKWh;
        return cost.netCost() - storedValue * (endKWh - targetKWh) + 1000.0 * cost.capCutKWh;
    };
    const QList<WindowSpan> start = WindowSpan::of(request.day.schedule);
    out.windows = request.day.schedule;
    out.score = score(start);
    const double startScore = out.score;
    if (maxSolves <= 0)
        return out;

    // The plan's charge and discharge summed from midnight, so that a span's mean is two lookups.
    std::array<double, 2 * kStepsPerDay + 1> charged{}, discharged{};
    for (int k = 0; k < 2 * kStepsPerDay; ++k) {
        const double kw = request.planKw[size_t(k % kStepsPerDay)];
        charged[size_t(k + 1)] = charged[size_t(k)] + std::max(0.0, kw);
        discharged[size_t(k + 1)] = discharged[size_t(k)] + std::max(0.0, -kw);
    }

    // The cheapest set by the screening for each window taken out (the first of equals), so
    // that the few solved differ in more than where a flat price block lets an edge sit.
    QList<Candidate> best;
    int order = 0;
    Candidate round;
    const auto consider = [&](const QList<WindowSpan> &spans) {
        if (spans.size() == start.size() && std::is_permutation(spans.cbegin(), spans.cend(), start.cbegin()))
            return; // the window taken out, back where it was
        const double s = screen(spans);
        if (round.spans.isEmpty() || s < round.score - 1e-9)
            round = Candidate{s, order, spans};
        ++order;
    };
    for (qsizetype removed = -1; removed < start.size(); ++removed) {
        if (removed < 0 && start.size() >= request.maxWindows)
            continue;
        QList<WindowSpan> base = start;
        double removedKWh = 0;
        if (removed >= 0) {
            removedKWh = base.at(removed).kw * base.at(removed).length * kStepHours;
            base.removeAt(removed);
            consider(base);
        }
        std::array<bool, kStepsPerDay> used{};
        for (const WindowSpan &s : std::as_const(base)) {
            for (int k = 0; k < s.length; ++k)
                used[size_t((s.start + k) % kStepsPerDay)] = true;
        }
        round = Candidate{};
        for (int from = 0; from < kStepsPerDay; from += gridSteps) {
            for (int length = gridSteps; length < kStepsPerDay; length += gridSteps) {
                bool free = true;
                for (int k = length - gridSteps; k < length && free; ++k)
                    free = !used[size_t((from + k) % kStepsPerDay)];
                if (!free)
                    break;
                // Charging, then discharging: at the plan's mean of its steps in that
                // direction, and at the energy of the window taken out if it went that way.
                for (const int sign : {1, -1}) {
                    const auto &sums = sign > 0 ? charged : discharged;
                    const double limit = sign > 0 ? maxChargeKw : maxDischargeKw;
                    QList<double> powers{(sums[size_t(from + length)] - sums[size_t(from)]) / length};
                    if (removedKWh * sign > 0)
                        powers.append(std::abs(removedKWh) / (length * kStepHours));
                    for (double kw : std::as_const(powers)) {
                        kw = std::min(kw, limit);
                        if (kw < WindowProgram::kMinKw)
                            continue;
                        QList<WindowSpan> spans = base;
                        spans.append({from, length, std::round(sign * kw * 1000.0) / 1000.0});
                        consider(spans);
                    }
                }
            }
        }
        if (!round.spans.isEmpty())
            best.append(round);
    }
    std::sort(best.begin(), best.end(), [](const Candidate &a, const Candidate &b) {
        return a.score < b.score - 1e-9 || (std::abs(a.score - b.score) <= 1e-9 && a.order < b.order);
    });
    if (best.size() > maxSolves)
        best.resize(maxSolves);

    for (const Candidate &c : std::as_const(best)) {
        ++out.solves;
        const WindowPlan plan =
            WindowProgram::powersFor(input, WindowSpan::schedule(c.spans), request.maxWindows, request.snapMinutes, solver);
        if (plan.windows.isEmpty())
            continue;
        const double s = score(WindowSpan::of(plan.windows));
        if (s < out.score - 1e-6) {
            out.score = s;
            out.windows = plan.windows;
        }
        // A new shape seldom has its best edges where it was placed: the tuner's moves (no LP)
        // from it, then the powers for the edges they reach, where it came close to the start.
        if (s > startScore + kCloseEnough * std::abs(startScore))
            continue;
        WindowTuner::Request again = request;
        again.day.schedule = plan.windows;
        again.maxEvaluations = kTunerEvaluations;
        const Schedule tuned = WindowTuner::tune(again, tariff).windows;
        if (tuned == plan.windows)
            continue;
        ++out.solves;
        const WindowPlan refined = WindowProgram::powersFor(input, tuned, request.maxWindows, request.snapMinutes, solver);
        for (const Schedule &windows : {refined.windows, tuned}) {
            if (windows.isEmpty())
                continue;
            if (const double t = score(WindowSpan::of(windows)); t < out.score - 1e-6) {
                out.score = t;
                out.windows = windows;
            }
        }
    }
    return out;
}

double WindowPlacer::storedValue(const PlanInput &input, const DayPlan &plan, const CbcSolver &solver)
{
    constexpr double kPoints = 5;
    PlanInput moved = input;
    const bool up = input.endSocPercent + kPoints <= input.battery.socMaxPercent;
    moved.endSocPercent += up ? kPoints : -kPoints;
    const DayPlan other = DayPlanner::plan(moved, solver);
    if (!other.ok() || !plan.ok() || input.battery.capacityKWh <= 0)
        return 0;
    const double kWh = (other.endSocPercent - plan.endSocPercent) / 100.0 * input.battery.capacityKWh;
    return std::abs(kWh) > 1e-6 ? (other.energyCost - plan.energyCost) / kWh : 0.0;
}
