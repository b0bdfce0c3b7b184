#include "optimize/ScheduleSuggester.h"

#include "optimize/WindowPlacer.h"
#include "optimize/WindowRefiner.h"
#include "optimize/WindowTuner.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr int kMaxRepairs = 4;
// The refiner's and the placer's LPs (a few milliseconds each): what the 200 ms a suggestion
// may take leave.
constexpr int kRefinerSolves = 16;
constexpr int kPlacerSolves = 3;
constexpr int kStepSeconds = kStepMinutes * 60;

PlanInput planInputFor(const SuggestRequest &r, const Tariff &tariff)
{
    PlanInput in;
    in.solarKw = r.profile.solarKw;
    in.loadKw = r.profile.loadKw;
    const auto prices = ScheduleCost::stepPrices(tariff, r.day.season, r.day.dayType);
    for (size_t k = 0; k < prices.size(); ++k)
        in.importPrice[k] = prices[k].price;
    in.feedInRate = tariff.feedInRate;
    in.importCapKw = r.day.limits.importCapKw();
    in.exportCapKw = r.day.limits.exportCapKw();
    in.battery = r.day.battery;
    in.startSocPercent = r.day.startSocPercent;
    in.endSocPercent = r.endSocPercent.value_or(r.day.startSocPercent);
    return in;
}

DayCost costOf(const SuggestRequest &r, const Schedule &schedule, const Tariff &tariff)
{
    CostInput in = r.day;
    in.schedule = schedule;
    return ScheduleCost::day(in, r.profile, tariff);
}

// A charge window the cap cuts asks for no more than the cap leaves in its worst step, so that
// what is sent is what will run; one it cuts to nothing is dropped.
bool lowerCutWindows(Schedule &windows, const DayCost &cost)
{
    bool changed = false;
    Schedule out;
    for (const ScheduleWindow &w : windows.windows()) {
        double cut = 0;
        for (int k = w.startSecond / kStepSeconds; k < kStepsPerDay && k * kStepSeconds < w.stopSecond; ++k)
            cut = std::max(cut, cost.steps[size_t(k)].capCutKw);
        ScheduleWindow lowered = w;
        if (w.powerW > 0 && cut > 1e-6) {
            lowered.powerW = std::floor(w.powerW - cut * 1000.0);
            changed = true;
        }
        if (lowered.powerW != 0)
            out.append(lowered);
    }
    windows = out;
    return changed;
}

} // namespace

Schedule ScheduleSuggester::stepWindows(const DaySteps &batteryKw)
{
    Schedule s;
    for (int k = 0; k < kStepsPerDay; ++k) {
        if (batteryKw[size_t(k)] != 0)
            s.append({k * kStepSeconds, (k + 1) * kStepSeconds, batteryKw[size_t(k)] * 1000.0, {}});
    }
    return s;
}

Suggestion ScheduleSuggester::suggest(const SuggestRequest &request, const Tariff &tariff, const CbcSolver &solver)
{
    QElapsedTimer clock;
    clock.start();
    Suggestion s;
    s.planInput = planInputFor(request, tariff);
    s.plan = DayPlanner::plan(s.planInput, solver);
    if (request.serverSchedule)
        s.serverCost = costOf(request, *request.serverSchedule, tariff);
    if (request.draft)
        s.draftCost = costOf(request, *request.draft, tariff);
    if (!s.plan.ok()) {
        s.seconds = double(clock.nsecsElapsed()) / 1e9;
        return s;
    }
    s.planCost = costOf(request, stepWindows(s.plan.batteryKw), tariff);
    // The segmentations into 1 … K windows each start a tuning; the cheapest result wins
    // (the first of equals, so the answer repeats).
    WindowTuner::Request tune;
    tune.day = request.day;
    tune.profile = request.profile;
    tune.endSocPercent = s.planInput.endSocPercent;
    tune.planKw = s.plan.batteryKw;
    tune.maxWindows = request.maxWindows;
    tune.snapMinutes = request.snapMinutes;
    // Each segmentation into 1 … K windows, by squares and by money (WindowSegmenter), starts a
    // tuning; the cheapest result (the first of equals, so the answer repeats) then gets the
    // best powers for its edges and has its edges moved (WindowRefiner).
    double best = std::numeric_limits<double>::infinity();
    const QList<WindowSegmenter::Result> bySquares =
        WindowSegmenter::segmentUpTo(s.plan.batteryKw, std::max(1, request.maxWindows), request.snapMinutes);
    const QList<WindowSegmenter::Result> byCost =
        WindowSegmenter::segmentByCostUpTo(s.plan.batteryKw, s.planInput, std::max(1, request.maxWindows), request.snapMinutes);
    for (int k = 1; k <= std::max(1, request.maxWindows); ++k) {
        for (const auto &segmentation : {bySquares.at(k - 1), byCost.at(k - 1)}) {
            tune.day.schedule = segmentation.windows;
            const Schedule tuned = WindowTuner::tune(tune, tariff).windows;
            const double score = WindowTuner::score(costOf(request, tuned, tariff), tune);
            if (score < best - 1e-6) {
                best = score;
                s.windows = tuned;
            }
        }
    }
    tune.day.schedule = s.windows;
    s.windows = WindowRefiner::refine(s.planInput, tune, tariff, solver, kRefinerSolves).windows;
    // Then windows of another shape: one taken out and one placed anew anywhere (WindowPlacer).
    tune.day.schedule = s.windows;
    const double storedValue = WindowPlacer::storedValue(s.planInput, s.plan, solver);
    s.windows = WindowPlacer::place(s.planInput, tune, tariff, solver, storedValue, kPlacerSolves).windows;
    s.windowsCost = costOf(request, s.windows, tariff);
    while (s.repairs < kMaxRepairs && lowerCutWindows(s.windows, s.windowsCost)) {
        ++s.repairs;
        s.windowsCost = costOf(request, s.windows, tariff);
    }

    // What the windows break as they would run: import the cap cannot hold (the load alone), an
    // SOC floor the battery starts below, an end SOC short of the request.
    if (s.windowsCost.overrunKWh > 1e-3) {
        PlanViolation cap{PlanViolation::Limit::ImportCap, s.windowsCost.overrunKWh};
        for (int k = 0; k < kStepsPerDay; ++k) {
            const double over = s.windowsCost.steps[size_t(k)].overrunKw;
            if (over > 1e-6 && cap.firstStep < 0)
                cap.firstStep = k;
            cap.worstKw = std::max(cap.worstKw, over);
        }
        s.violations.append(cap);
    }
    for (const PlanViolation &v : std::as_const(s.plan.violations)) {
        if (v.limit == PlanViolation::Limit::SocFloor)
            s.violations.append(v);
    }
    const double endShort = s.planInput.endSocPercent - s.windowsCost.endSocPercent;
    if (endShort > 0.05)
        s.violations.append({PlanViolation::Limit::EndSoc, endShort, 0, kStepsPerDay - 1});
    s.seconds = double(clock.nsecsElapsed()) / 1e9;
    return s;
}
