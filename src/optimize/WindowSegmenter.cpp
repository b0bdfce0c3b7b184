#include "optimize/WindowSegmenter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

constexpr double kZeroKw = 0.0005; // rounds to 0 W
constexpr double kInf = std::numeric_limits<double>::infinity();

struct Segment
{
    int from = 0; // steps, in the rotated day
    int to = 0;
    double meanKw = 0;
};

struct Segmentation
{
    double error = kInf;
    std::vector<Segment> segments;
};

// The least-error segmentations of `b` (a day rotated so that it starts at step `offset`) into
// at most 0, 1, … `k` windows, each edge on the snap grid of the real day. `windowError(a, t, meanKw)`:
// what steps [a, t) of the rotated day lose at their mean power; `idleError(t)`: what step t
// loses idle. Least squares when neither is given.
struct Errors
{
    // [first step of the real day][length − 1]; empty for least squares.
    std::vector<std::vector<double>> window;
    std::vector<double> idle;
};

std::vector<Segmentation> segmentLine(const std::vector<double> &b, int k, int snapSteps, int offset, const Errors &errors)
{
    const int n = int(b.size());
    std::vector<double> s1(size_t(n) + 1, 0.0), s2(size_t(n) + 1, 0.0);
    std::vector<int> positive(size_t(n) + 1, 0), negative(size_t(n) + 1, 0);
    for (int t = 0; t < n; ++t) {
        s1[size_t(t) + 1] = s1[size_t(t)] + b[size_t(t)];
        s2[size_t(t) + 1] = s2[size_t(t)] + b[size_t(t)] * b[size_t(t)];
        positive[size_t(t) + 1] = positive[size_t(t)] + (b[size_t(t)] > kZeroKw ? 1 : 0);
        negative[size_t(t) + 1] = negative[size_t(t)] + (b[size_t(t)] < -kZeroKw ? 1 : 0);
    }
    const auto onGrid = [&](int p) { return (p + offset) % snapSteps == 0; };
    // dp[j][t]: least error of the first t steps with j windows; from[j][t]: where the window
    // ending at t starts, or -1 when step t − 1 is idle.
    std::vector<std::vector<double>> dp(size_t(k) + 1, std::vector<double>(size_t(n) + 1, kInf));
    std::vector<std::vector<int>> from(size_t(k) + 1, std::vector<int>(size_t(n) + 1, -1));
    dp[0][0] = 0;
    for (int j = 0; j <= k; ++j) {
        for (int t = 1; t <= n; ++t) {
            const double idle =
                errors.idle.empty() ? b[size_t(t) - 1] * b[size_t(t) - 1] : errors.idle[size_t((t - 1 + offset) % kStepsPerDay)];
            double best = dp[size_t(j)][size_t(t) - 1] + idle;
            int bestFrom = -1;
            if (j > 0 && onGrid(t)) {
                for (int a = t - 1; a >= 0; --a) {
                    const bool mixed =
                        positive[size_t(t)] - positive[size_t(a)] > 0 && negative[size_t(t)] - negative[size_t(a)] > 0;
                    if (mixed)
                        break; // a longer window would mix too
                    if (!onGrid(a) || dp[size_t(j) - 1][size_t(a)] == kInf)
                        continue;
                    const double sum = s1[size_t(t)] - s1[size_t(a)];
                    const int len = t - a;
                    if (std::abs(sum / len) < kZeroKw)
                        continue;
                    const double error = errors.window.empty()
                        ? s2[size_t(t)] - s2[size_t(a)] - sum * sum / len
                        : errors.window[size_t((a + offset) % kStepsPerDay)][size_t(len) - 1];
                    const double candidate =
                        dp[size_t(j) - 1][size_t(a)] + (errors.window.empty() ? std::max(0.0, error) : error);
                    if (candidate < best - 1e-12) {
                        best = candidate;
                        bestFrom = a;
                    }
                }
            }
            dp[size_t(j)][size_t(t)] = best;
            from[size_t(j)][size_t(t)] = bestFrom;
        }
    }
    // For each limit on the windows (0 … k), the best with no more: the fewest of equals.
    std::vector<Segmentation> out(size_t(k) + 1);
    for (int limit = 0; limit <= k; ++limit) {
        Segmentation &o = out[size_t(limit)];
        int bestJ = 0;
        for (int j = 0; j <= limit; ++j) {
            if (dp[size_t(j)][size_t(n)] < o.error - 1e-12) {
                o.error = dp[size_t(j)][size_t(n)];
                bestJ = j;
            }
        }
        for (int t = n, j = bestJ; t > 0;) {
            const int a = from[size_t(j)][size_t(t)];
            if (a < 0) {
                --t;
                continue;
            }
            o.segments.push_back({a, t, (s1[size_t(t)] - s1[size_t(a)]) / (t - a)});
            t = a;
            --j;
        }
    }
    return out;
}

// Element k − 1: the segmentation into at most k windows, for k = 1 … maxWindows (at least one).
QList<WindowSegmenter::Result> segmentWith(const DaySteps &planKw, int maxWindows, int snapMinutes, const Errors &errors);
// What each step and each window of the plan's steps at their mean power cost more than the plan.
Errors moneyErrors(const DaySteps &planKw, const PlanInput &input);

} // namespace

WindowSegmenter::Result WindowSegmenter::segment(const DaySteps &planKw, int maxWindows, int snapMinutes)
{
    return segmentWith(planKw, maxWindows, snapMinutes, {}).constLast();
}

QList<WindowSegmenter::Result> WindowSegmenter::segmentUpTo(const DaySteps &planKw, int maxWindows, int snapMinutes)
{
    return segmentWith(planKw, maxWindows, snapMinutes, {});
}

WindowSegmenter::Result WindowSegmenter::segmentByCost(const DaySteps &planKw, const PlanInput &input, int maxWindows,
                                                       int snapMinutes)
{
    return segmentWith(planKw, maxWindows, snapMinutes, moneyErrors(planKw, input)).constLast();
}

QList<WindowSegmenter::Result> WindowSegmenter::segmentByCostUpTo(const DaySteps &planKw, const PlanInput &input, int maxWindows,
                                                                  int snapMinutes)
{
    return segmentWith(planKw, maxWindows, snapMinutes, moneyErrors(planKw, input));
}

namespace {

Errors moneyErrors(const DaySteps &planKw, const PlanInput &input)
{
    // What one quarter-hour costs at a battery power: the cost model (docs/suggest.md).
    const auto money = [&](int k, double batteryKw) {
        const auto i = size_t(k);
        const double net = input.loadKw[i] - std::max(0.0, input.solarKw[i]) + batteryKw;
        const double exported = std::min(std::max(-net, 0.0), std::max(0.0, input.exportCapKw));
        return kStepHours * (std::max(net, 0.0) * input.importPrice[i] - exported * input.feedInRate);
    };
    Errors errors;
    errors.idle.resize(kStepsPerDay);
    errors.window.assign(kStepsPerDay, std::vector<double>(kStepsPerDay, 0.0));
    for (int k = 0; k < kStepsPerDay; ++k)
        errors.idle[size_t(k)] = money(k, 0) - money(k, planKw[size_t(k)]);
    for (int a = 0; a < kStepsPerDay; ++a) {
        double sum = 0;
        for (int len = 1; len <= kStepsPerDay; ++len) {
            sum += planKw[size_t((a + len - 1) % kStepsPerDay)];
            const double mean = sum / len;
            double loss = 0;
            for (int i = 0; i < len; ++i) {
                const int k = (a + i) % kStepsPerDay;
                loss += money(k, mean) - money(k, planKw[size_t(k)]);
            }
            errors.window[size_t(a)][size_t(len) - 1] = loss;
        }
    }
    return errors;
}

} // namespace

namespace {

QList<WindowSegmenter::Result> segmentWith(const DaySteps &planKw, int maxWindows, int snapMinutes, const Errors &errors)
{
    const int snapSteps = std::max(1, snapMinutes / kStepMinutes);
    const int k = std::clamp(maxWindows, 0, kStepsPerDay);
    const int limits = std::max(1, k);
    std::vector<Segmentation> best(size_t(limits) + 1);
    std::vector<int> bestOffset(size_t(limits) + 1, 0);
    // Every rotation on the snap grid, so that a run across midnight is one window; the
    // earliest rotation wins a tie, so the answer is the same every time.
    for (int offset = 0; offset < kStepsPerDay; offset += snapSteps) {
        std::vector<double> rotated(kStepsPerDay);
        for (int t = 0; t < kStepsPerDay; ++t)
            rotated[size_t(t)] = planKw[size_t((t + offset) % kStepsPerDay)];
        std::vector<Segmentation> s = segmentLine(rotated, k, snapSteps, offset, errors);
        for (int limit = 0; limit <= k; ++limit) {
            if (s[size_t(limit)].error < best[size_t(limit)].error - 1e-9) {
                best[size_t(limit)] = std::move(s[size_t(limit)]);
                bestOffset[size_t(limit)] = offset;
            }
        }
    }
    QList<WindowSegmenter::Result> results;
    for (int limit = k > 0 ? 1 : 0; limit <= k; ++limit) {
        WindowSegmenter::Result out;
        out.squaredErrorKw2 = best[size_t(limit)].error;
        constexpr int stepSeconds = kStepMinutes * 60;
        QList<ScheduleWindow> windows;
        for (const Segment &s : best[size_t(limit)].segments) {
            const double watts = std::round(s.meanKw * 1000.0);
            const int start = ((s.from + bestOffset[size_t(limit)]) % kStepsPerDay) * stepSeconds;
            const int duration = (s.to - s.from) * stepSeconds;
            windows.append(ScheduleWindow::fromStartAndDuration(start, duration, watts));
        }
        std::sort(windows.begin(), windows.end(),
                  [](const ScheduleWindow &a, const ScheduleWindow &b) { return a.startSecond < b.startSecond; });
        out.windows = Schedule(windows);
        results.append(out);
    }
    return results;
}

} // namespace
