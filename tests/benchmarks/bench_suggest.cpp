// bench_suggest: "Suggest a schedule" on the emulator's own days. For the weekday, Saturday and
// Sunday of both seasons (building K in July and in December, four weeks of the emulator's
// history each), the median time of solve + segmentation + tuning + refinement + re-placing +
// re-simulation, beside the LP solve alone; the windowed cost against the step plan's (the cost of simplicity, K = 4) and
// the saving against the emulator's default schedule, all priced by Taipower's high-voltage
// three-period plan. Budgets: ≤ 200 ms each, the windows within 3 % of the plan. Then the same
// for the emulator's day in tests/data/suggest/ (April 15, as aegis-cli printed it).
//
// Beside them, the reference: the best set of at most K windows, by the exact mixed-integer
// program (WindowProgram) under a long time limit (--reference-seconds, default 60; 0 skips
// it), started from the suggestion's windows, with CBC's proven bound, so that the figures say
// how far the suggestion is from the best possible and whether the budget can be met at all.
// --windows prints the suggestion's windows under each day's row, and both sets beside the reference.
#include "optimize/ScheduleSuggester.h"
#include "optimize/WindowProgram.h"

#include "client/QueryReplyDecoder.h"
#include "core/CronsCodec.h"
#include "core/TariffLibrary.h"
#include "sim/SimSite.h"
#include "support/EmulatorHistory.h"
#include "support/SuggestDayFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

namespace {

const QTimeZone kTaipei("Asia/Taipei");
constexpr int kRuns = 7;

TimeSeries fieldSeries(const QueryResult &r, QStringView field)
{
    const QueryTable *t = r.find(field);
    return t ? t->series : TimeSeries();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}

struct Season
{
    const char *name;
    QDate today;
};

struct Reference
{
    QString label;
    Suggestion suggestion;
    SuggestRequest request;
};

double percentAbove(double cost, double plan)
{
    return 100.0 * (cost - plan) / std::abs(plan);
}

// Runs the day kRuns times and prints its row; false when it is over a budget.
bool benchDay(const char *season, const QString &day, const SuggestRequest &request, const Tariff &tariff,
              QList<Reference> &references, bool withWindows)
{
    QList<double> lpMs, totalMs;
    Suggestion s;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer clock;
        clock.start();
        s = ScheduleSuggester::suggest(request, tariff);
        totalMs.append(double(clock.nsecsElapsed()) / 1e6);
        lpMs.append(s.plan.solverSeconds * 1000.0);
    }
    if (!s.ok()) {
        std::fprintf(stderr, "no plan: %s\n", qPrintable(s.plan.message));
        return false;
    }
    const double simplicity = percentAbove(s.windowsCost.netCost(), s.planCost.netCost());
    std::printf("%-10s %-9s %9.1f %9.1f %10.1f %10.1f", season, qPrintable(day), median(lpMs), median(totalMs),
                s.planCost.netCost(), s.windowsCost.netCost());
    if (s.serverCost) {
        const double saving = 100.0 * (s.serverCost->netCost() - s.windowsCost.netCost()) / s.serverCost->netCost();
        std::printf(" %10.1f %10.1f%% %8.1f%%\n", s.serverCost->netCost(), simplicity, saving);
    } else {
        std::printf(" %10s %10.1f%% %9s\n", "-", simplicity, "-");
    }
    if (withWindows) {
        for (const ScheduleWindow &x : s.windows.windows())
            std::printf("   %s", qPrintable(x.describe()));
        std::printf("\n");
    }
    references.append({QStringLiteral("%1 %2").arg(QString::fromLatin1(season), day), s, request});
    return median(totalMs) <= 200 && simplicity <= 3.0;
}

void printReferences(const QList<Reference> &references, const Tariff &tariff, double seconds, bool withWindows)
{
    std::printf("\nbest windowed schedule (at most K windows, exact MILP; CBC, %.0f s CPU, started from the suggestion):\n",
                seconds);
    std::printf("%-20s %10s %10s %10s %9s %11s %11s %7s %9s %9s\n", "day", "plan NT$", "suggested", "best", "best %", "objective",
                "bound", "gap", "status", "seconds");
    CbcSolver solver(seconds);
    solver.setRelativeGap(1e-6);
    for (const Reference &r : references) {
        const Suggestion &s = r.suggestion;
        const WindowPlan best = WindowProgram::solve(s.planInput, r.request.maxWindows, r.request.snapMinutes, solver, s.windows);
        CostInput in = r.request.day;
        in.schedule = best.windows;
        const DayCost cost = ScheduleCost::day(in, r.request.profile, tariff);
        const double plan = s.planCost.netCost();
        // The bound as the day's cost could be no lower: the plan's, or what CBC proved.
        std::printf("%-20s %10.1f %10.1f %10.1f %8.1f%% %11.2f %11.2f %6.2f%% %9s %9.1f   floor %+.1f%%\n", qPrintable(r.label),
                    plan, s.windowsCost.netCost(), cost.netCost(), percentAbove(cost.netCost(), plan), best.objective, best.bound,
                    100.0 * best.gap(), best.proven() ? "optimal" : "limit", best.seconds,
                    percentAbove(std::max(best.bound, plan), plan));
        if (withWindows) { // the suggestion's, then the reference's
            for (const Schedule &w : {s.windows, best.windows}) {
                for (const ScheduleWindow &x : w.windows())
                    std::printf("   %s", qPrintable(x.describe()));
                std::printf("\n");
            }
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double referenceSeconds = 60;
    const QStringList args = app.arguments();
    const bool withWindows = args.contains(QStringLiteral("--windows"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--reference-seconds")); i > 0 && i + 1 < args.size())
        referenceSeconds = args.at(i + 1).toDouble();
    const Tariff tariff = TariffLibrary::builtIn(QStringLiteral("taipower-hv-three-period")).value();
    std::printf(
        "bench_suggest: median of %d runs, K = 4, snap 15 min, Taipower high voltage three-period, start and end SOC 50 %%\n",
        kRuns);
    std::printf("%-10s %-9s %9s %9s %10s %10s %10s %11s %9s\n", "season", "day", "LP ms", "total ms", "plan NT$", "windows",
                "server", "simplicity", "saving");
    bool withinBudget = true;
    QList<Reference> references;
    for (const Season &season : {Season{"summer", QDate(2026, 7, 27)}, Season{"nonSummer", QDate(2026, 12, 7)}}) {
        SimOptions options;
        options.startMs = QDateTime(season.today, QTime(0, 0), kTaipei).toMSecsSinceEpoch();
        options.acceleration = 0;
        SimSite site(options);
        if (!site.start().ok()) {
            std::fprintf(stderr, "the emulator did not start\n");
            return 1;
        }
        const Result<QueryResult> history = EmulatorHistory::fourWeeks(site);
        const QJsonObject scheduler =
            QJsonDocument::fromJson(site.scheduler(SimSite::kSchedulerId).body).array().at(0).toObject();
        const Result<Schedule> server = CronsCodec::decode(scheduler.value(QStringLiteral("crons")).toString());
        if (!history || !server) {
            std::fprintf(stderr, "the emulator's data could not be read: %s %s\n", qPrintable(history.error()),
                         qPrintable(server.error()));
            return 1;
        }
        const TimeSeries load = fieldSeries(*history, u"LoadPower");
        const TimeSeries solar = fieldSeries(*history, u"SolarPower");
        for (TariffDayType type : {TariffDayType::Weekday, TariffDayType::Saturday, TariffDayType::Sunday}) {
            SuggestRequest request;
            request.day.season = QString::fromLatin1(season.name);
            request.day.dayType = type;
            request.day.startSocPercent = 50;
            request.profile = DayProfile::typical(type, load, solar, tariff, kTaipei, season.today);
            request.serverSchedule = *server;
            withinBudget &= benchDay(season.name, Tariff::dayTypeKey(type), request, tariff, references, withWindows);
        }
    }
    const QString file = QStringLiteral(AEGIS_SUGGEST_DAYS "/2026-04-15-weekday.json");
    QString error;
    const auto april = SuggestDayFile::read(file, tariff, &error);
    if (!april) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Beside the six days the budget is set on, not part of it.
    benchDay("apr15", QStringLiteral("weekday"), april->request, tariff, references, withWindows);
    std::printf("budgets (≤ 200 ms, windows within 3 %% of the plan): %s\n", withinBudget ? "met" : "NOT met");
    if (referenceSeconds > 0)
        printReferences(references, tariff, referenceSeconds, withWindows);
    return 0;
}
