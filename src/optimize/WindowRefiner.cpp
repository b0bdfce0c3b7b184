#include "optimize/WindowRefiner.h"

#include "optimize/WindowProgram.h"
#include "optimize/WindowSpans.h"

#include <array>
#include <cmath>
#include <limits>

namespace {

// No two spans share a step, each on the snap grid and at least one snap long.
bool fits(const QList<WindowSpan> &spans, int snapSteps)
{
    std::array<bool, kStepsPerDay> used{};
    for (const WindowSpan &s : spans) {
        if (s.length < snapSteps || s.length > kStepsPerDay || s.start % snapSteps || s.length % snapSteps)
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

} // namespace

WindowRefiner::Result WindowRefiner::refine(const PlanInput &input, const WindowTuner::Request &request, const Tariff &tariff,
                                            const CbcSolver &solver, int maxSolves)
{
    const int snapSteps = std::max(1, request.snapMinutes / kStepMinutes);
    CostInput day = request.day;
    const auto score = [&](const Schedule &windows) {
        day.schedule = windows;
        return WindowTuner::score(ScheduleCost::day(day, request.profile, tariff), request);
    };
    Result out;
    out.windows = request.day.schedule;
    out.score = score(out.windows);
    // The best powers for these edges, if they beat the best so far.
    const auto tryEdges = [&](const QList<WindowSpan> &spans) {
        if (out.solves >= maxSolves || !fits(spans, snapSteps))
            return false;
        ++out.solves;
        const WindowPlan plan =
            WindowProgram::powersFor(input, WindowSpan::schedule(spans), request.maxWindows, request.snapMinutes, solver);
        if (plan.windows.isEmpty())
            return false;
        const double s = score(plan.windows);
        if (s < out.score - 1e-6) {
            out.score = s;
            out.windows = plan.windows;
            return true;
        }
        return false;
    };
    tryEdges(WindowSpan::of(out.windows));
    // The moves in a fixed cycle: each window's start earlier, later, then its stop earlier,
    // later. A move that pays is tried again (the edge keeps going the same way); the search
    // ends when a whole cycle brings nothing or the solves are spent.
    int move = 0;
    int sinceImprovement = 0;
    while (out.solves < maxSolves) {
        const QList<WindowSpan> current = WindowSpan::of(out.windows);
        const int moves = int(current.size()) * 4;
        if (moves == 0 || sinceImprovement >= moves)
            break;
        move %= moves;
        QList<WindowSpan> moved = current;
        WindowSpan &span = moved[move / 4];
        const int d = move % 2 ? snapSteps : -snapSteps;
        if (move % 4 < 2) {
            span.start = (span.start + d + kStepsPerDay) % kStepsPerDay;
            span.length -= d;
        } else {
            span.length += d;
        }
        if (tryEdges(moved)) {
            sinceImprovement = 0;
        } else {
            ++sinceImprovement;
            ++move;
        }
    }
    // A window the LP left at the least power a window may ask for does next to nothing: it is
    // dropped when the day costs no more without it.
    QList<WindowSpan> spans = WindowSpan::of(out.windows);
    for (qsizetype i = spans.size() - 1; i >= 0; --i) {
        if (std::abs(spans.at(i).kw) > WindowProgram::kMinKw + 1e-3)
            continue;
        QList<WindowSpan> fewer = spans;
        fewer.removeAt(i);
        const Schedule windows = WindowSpan::schedule(fewer);
        if (const double s = score(windows); s <= out.score + 1e-6) {
            out.score = s;
            out.windows = windows;
            spans = fewer;
        }
    }
    return out;
}
