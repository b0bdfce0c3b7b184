// bench_suggest: "Suggest a schedule" on the emulator's own days. For the weekday, Saturday and
// Sunday of both seasons (building K in July and in December, four weeks of the emulator's
// history each), the median time of solve + segmentation + tuning + re-simulation, beside the
// LP solve alone; the windowed cost against the step plan's (the cost of simplicity, K = 4) and
// the saving against the emulator's default schedule, all priced by Taipower's high-voltage
// three-period plan. Budgets: ≤ 200 ms each, the windows within 3 % of the plan.
#include "optimize/ScheduleSuggester.h"

#include "client/QueryReplyDecoder.h"
#include "core/CronsCodec.h"
#include "core/TariffLibrary.h"
#include "sim/SimSite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Tariff tariff = TariffLibrary::builtIn(QStringLiteral("taipower-hv-three-period")).value();
    std::printf(
        "bench_suggest: median of %d runs, K = 4, snap 15 min, Taipower high voltage three-period, start and end SOC 50 %%\n",
        kRuns);
    std::printf("%-10s %-9s %9s %9s %10s %10s %10s %11s %9s\n", "season", "day", "LP ms", "total ms", "plan NT$", "windows",
                "server", "simplicity", "saving");
    bool withinBudget = true;
    for (const Season &season : {Season{"summer", QDate(2026, 7, 27)}, Season{"nonSummer", QDate(2026, 12, 7)}}) {
        SimOptions options;
        options.startMs = QDateTime(season.today, QTime(0, 0), kTaipei).toMSecsSinceEpoch();
        options.acceleration = 0;
        SimSite site(options);
        if (!site.start().ok()) {
            std::fprintf(stderr, "the emulator did not start\n");
            return 1;
        }
        QUrlQuery q;
        for (const auto &[k, v] : {std::pair{"organization_id", "182"},
                                   {"domain_id", "187"},
                                   {"start", "-28d"},
                                   {"fields", "LoadPower,SolarPower"},
                                   {"every", "15m"},
                                   {"timezone", "Asia/Taipei"},
                                   {"time_src", "_start"}})
            q.addQueryItem(QString::fromLatin1(k), QString::fromLatin1(v));
        const Result<QueryResult> history = QueryReplyDecoder::decode(site.domainQuery(q).body);
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
                return 1;
            }
            const double simplicity = 100.0 * s.simplicityCost() / std::abs(s.planCost.netCost());
            const double saving = 100.0 * (s.serverCost->netCost() - s.windowsCost.netCost()) / s.serverCost->netCost();
            withinBudget &= median(totalMs) <= 200 && simplicity <= 3.0;
            std::printf("%-10s %-9s %9.1f %9.1f %10.1f %10.1f %10.1f %10.1f%% %8.1f%%\n", season.name,
                        qPrintable(Tariff::dayTypeKey(type)), median(lpMs), median(totalMs), s.planCost.netCost(),
                        s.windowsCost.netCost(), s.serverCost->netCost(), simplicity, saving);
        }
    }
    std::printf("budgets (≤ 200 ms, windows within 3 %% of the plan): %s\n", withinBudget ? "met" : "NOT met");
    return 0;
}
