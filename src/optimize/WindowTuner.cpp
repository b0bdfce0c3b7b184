#include "optimize/WindowTuner.h"

#include "optimize/WindowSpans.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kMinKw = 0.1;

using Span = WindowSpan;

QList<Span> spansOf(const Schedule &schedule)
{
    return WindowSpan::of(schedule);
}

Schedule scheduleOf(const QList<Span> &spans)
{
    return WindowSpan::schedule(spans);
}

// No two spans share a step, each at least one snap long, powers within the battery's limits.
bool valid(const QList<Span> &spans, int snapSteps, const BatteryModel &b)
{
    std::array<bool, kStepsPerDay> used{};
    for (const Span &s : spans) {
        if (s.length < snapSteps || s.length > kStepsPerDay || s.start % snapSteps || s.length % snapSteps)
            return false;
        if (std::abs(s.kw) < kMinKw || s.kw > b.maxChargeW / 1000.0 + 1e-9 || -s.kw > b.maxDischargeW / 1000.0 + 1e-9)
            return false;
        for (int k = 0; k < s.length; ++k) {
            const auto step = size_t((s.start + k) % kStepsPerDay);
            if (used[step])
                return false;
            used[step] = true;
        }
    }
    return true;
}

// Where the step plan has energy no window covers: the largest same-sign run, as a new span.
std::optional<Span> unplacedRun(const QList<Span> &spans, const DaySteps &plan, int snapSteps)
{
    std::array<bool, kStepsPerDay> used{};
    for (const Span &s : spans) {
        for (int k = 0; k < s.length; ++k)
            used[size_t((s.start + k) % kStepsPerDay)] = true;
    }
    std::optional<Span> best;
    double bestEnergy = 0;
    for (int from = 0; from < kStepsPerDay; from += snapSteps) {
        for (int sign : {1, -1}) {
            double sum = 0;
            int to = from;
            while (to < kStepsPerDay && !used[size_t(to)] && plan[size_t(to)] * sign >= 0) {
                sum += plan[size_t(to)];
                ++to;
            }
            const int length = (to - from) / snapSteps * snapSteps;
            if (length == 0)
                continue;
            double energy = 0;
            for (int k = from; k < from + length; ++k)
                energy += plan[size_t(k)];
            if (std::abs(energy) > bestEnergy + 1e-9 && std::abs(energy / length) >= kMinKw) {
                bestEnergy = std::abs(energy);
                best = Span{from, length, energy / length};
            }
        }
    }
    return best;
}

} // namespace

double WindowTuner::score(const DayCost &cost, const Request &request)
{
    const double shortKWh = std::max(0.0, request.endSocPercent - cost.endSocPercent) / 100.0 * request.day.battery.capacityKWh;
    return cost.netCost() + 100.0 * shortKWh + 1000.0 * cost.capCutKWh;
}

WindowTuner::Result WindowTuner::tune(const Request &request, const Tariff &tariff)
{
    const int snapSteps = std::max(1, request.snapMinutes / kStepMinutes);
    Result out;
    QList<Span> current = spansOf(request.day.schedule);
    CostInput day = request.day;
    const auto evaluate = [&](const QList<Span> &spans) {
        ++out.evaluations;
        day.schedule = scheduleOf(spans);
        return score(ScheduleCost::day(day, request.profile, tariff), request);
    };
    double best = evaluate(current);
    const auto tryCandidate = [&](const QList<Span> &candidate) {
        if (out.evaluations >= request.maxEvaluations || !valid(candidate, snapSteps, request.day.battery))
            return false;
        const double s = evaluate(candidate);
        if (s < best - 1e-6) {
            best = s;
            current = candidate;
            return true;
        }
        return false;
    };

    bool improved = true;
    while (improved && out.evaluations < request.maxEvaluations) {
        improved = false;
        // A window where the plan has energy left unplaced, while there is room for one.
        if (current.size() < request.maxWindows) {
            if (const auto run = unplacedRun(current, request.planKw, snapSteps)) {
                QList<Span> c = current;
                c.append(*run);
                improved |= tryCandidate(c);
            }
        }
        for (qsizetype i = 0; i < current.size(); ++i) {
            const auto moved = [&](auto change) {
                QList<Span> c = current;
                change(c[i]);
                return tryCandidate(c);
            };
            for (double factor : {1.1, 0.9, 1.02, 0.98}) {
                while (moved([&](Span &s) { s.kw *= factor; }))
                    improved = true;
            }
            for (int d : {-snapSteps, snapSteps}) {
                while (moved([&](Span &s) {
                    s.start = (s.start + d + kStepsPerDay) % kStepsPerDay;
                    s.length -= d;
                }))
                    improved = true;
                while (moved([&](Span &s) { s.length += d; }))
                    improved = true;
                while (moved([&](Span &s) { s.start = (s.start + d + kStepsPerDay) % kStepsPerDay; }))
                    improved = true;
            }
            if (i >= current.size())
                break;
            // Fewer windows: drop this one, or merge it with the next one it touches (the
            // energy-weighted mean), and spend the window saved where the plan has energy left.
            QList<Span> fewer = current;
            fewer.removeAt(i);
            QList<QList<Span>> candidates{fewer};
            for (qsizetype j = 0; j < current.size(); ++j) {
                // With the window that follows in the same direction, across the gap between
                // them (across midnight too: the pair the scheduler stores counts as one).
                const Span &a = current.at(i);
                const Span &b = current.at(j);
                const int gap = (b.start - (a.start + a.length) + 2 * kStepsPerDay) % kStepsPerDay;
                const int length = a.length + gap + b.length;
                if (j == i || a.kw * b.kw <= 0 || gap > kStepsPerDay / 4 || length > kStepsPerDay)
                    continue;
                QList<Span> merged = current;
                merged[i] = Span{a.start, length, (a.kw * a.length + b.kw * b.length) / length};
                merged.removeAt(j);
                candidates.append(merged);
            }
            for (const QList<Span> &c : std::as_const(candidates)) {
                if (tryCandidate(c)) {
                    improved = true;
                    break;
                }
                if (const auto run = unplacedRun(c, request.planKw, snapSteps)) {
                    QList<Span> withRun = c;
                    withRun.append(*run);
                    if (tryCandidate(withRun)) {
                        improved = true;
                        break;
                    }
                }
            }
        }
    }
    out.windows = scheduleOf(current);
    return out;
}
