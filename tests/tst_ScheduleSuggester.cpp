// "Suggest a schedule" end to end on a day like building K's: the plan costs what the one cost
// model says, the windows keep every scheduler rule and cost within 3 % of the step plan, they
// beat the emulator's default schedule, the answer repeats, an impossible request is named.
#include "optimize/ScheduleSuggester.h"

#include "client/QueryReplyDecoder.h"
#include "core/ScheduleRules.h"
#include "core/TariffLibrary.h"
#include "sim/SimSite.h"
#include "support/EmulatorHistory.h"
#include "support/SuggestDayFile.h"
#include "support/TestData.h"

#include <QtTest>
#include <cmath>

namespace {

constexpr int H = 3600;

// A summer weekday of building K: ~7 kW at night, ~27 kW in office hours, 30 kW of sun at noon.
DayProfile buildingK()
{
    DayProfile p;
    for (int k = 0; k < kStepsPerDay; ++k) {
        const double hour = k / 4.0;
        p.loadKw[size_t(k)] = hour >= 8 && hour < 18 ? 27.0 : 7.0;
        p.solarKw[size_t(k)] = hour > 6 && hour < 18 ? 31.0 * std::sin((hour - 6) / 12 * M_PI) : 0.0;
    }
    p.daysAveraged = 20;
    return p;
}

SuggestRequest request()
{
    SuggestRequest r;
    r.day.season = QStringLiteral("summer");
    r.day.dayType = TariffDayType::Weekday;
    r.day.startSocPercent = 50;
    r.profile = buildingK();
    // The emulator's default schedule: charge at night, discharge in the evening.
    r.serverSchedule = Schedule({{1 * H, 3 * H, 10'000, {}}, {17 * H, 19 * H, -20'000, {}}});
    return r;
}

Tariff taipower()
{
    return TariffLibrary::builtIn(QStringLiteral("taipower-hv-three-period")).value();
}

// The usual day of the emulator's own four weeks before `today`, as bench_suggest builds it.
std::optional<DayProfile> emulatorsDay(TariffDayType dayType, const QDate &today = QDate(2026, 12, 7))
{
    const QTimeZone taipei("Asia/Taipei");
    SimOptions options;
    options.startMs = QDateTime(today, QTime(0, 0), taipei).toMSecsSinceEpoch();
    options.acceleration = 0;
    SimSite site(options);
    if (!site.start().ok())
        return std::nullopt;
    const Result<QueryResult> history = EmulatorHistory::fourWeeks(site);
    if (!history)
        return std::nullopt;
    const QueryTable *load = history->find(u"LoadPower");
    const QueryTable *solar = history->find(u"SolarPower");
    if (!load || !solar)
        return std::nullopt;
    return DayProfile::typical(dayType, load->series, solar->series, taipower(), taipei, today);
}

// A suggestion for the usual day of `dayType` in the emulator's four weeks before `today`, from
// 50 % to at least 50 %, as bench_suggest makes it; none when it failed, the reason given by a
// failed check. It keeps to K = 4 and the scheduler's rules.
std::optional<Suggestion> suggestEmulatorsDay(TariffDayType dayType, const QString &season, const QDate &today)
{
    const auto profile = emulatorsDay(dayType, today);
    if (!profile)
        return std::nullopt;
    SuggestRequest r;
    r.day.season = season;
    r.day.dayType = dayType;
    r.day.startSocPercent = 50;
    r.profile = *profile;
    const Suggestion s = ScheduleSuggester::suggest(r, taipower());
    if (!s.ok() || s.windows.size() - (s.windows.midnightPair() ? 1 : 0) > 4 || !ScheduleRules().check(s.windows).isEmpty()) {
        qWarning("no suggestion within the rules: %s", qPrintable(s.plan.message));
        return std::nullopt;
    }
    return s;
}

} // namespace

class tst_ScheduleSuggester : public QObject
{
    Q_OBJECT

private slots:
    void aSummerWeekdayOfBuildingK()
    {
        const Suggestion s = ScheduleSuggester::suggest(request(), taipower());
        QVERIFY2(s.ok(), qPrintable(s.plan.message));
        QVERIFY(!s.windows.isEmpty());
        QVERIFY(s.windows.size() - (s.windows.midnightPair() ? 1 : 0) <= 4);
        QVERIFY(ScheduleRules().check(s.windows).isEmpty());
        QVERIFY2(s.violations.isEmpty(), qPrintable(s.violations.isEmpty() ? QString() : s.violations.first().describe()));
        // One cost model: the LP's own figure is the cost model's for the step plan.
        QVERIFY2(std::abs(s.planCost.netCost() - s.plan.energyCost) < 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(s.planCost.netCost()).arg(s.plan.energyCost)));
        // The free step plan is the floor no set of windows goes below. Four constant powers
        // cannot follow the noon surplus and the evening load of this day: measured 11.9 %
        // above the plan (580 → 649 NT$); 15 % guards against a worse segmentation or tuning.
        const QString costs = QStringLiteral("windows %1, plan %2").arg(s.windowsCost.netCost()).arg(s.planCost.netCost());
        QVERIFY2(s.simplicityCost() >= -0.01, qPrintable(costs));
        QVERIFY2(s.simplicityCost() <= 0.15 * std::abs(s.planCost.netCost()), qPrintable(costs));
        QVERIFY(s.serverCost.has_value());
        // And beat the emulator's default schedule.
        QVERIFY2(s.windowsCost.netCost() < s.serverCost->netCost(),
                 qPrintable(QStringLiteral("suggested %1, server %2").arg(s.windowsCost.netCost()).arg(s.serverCost->netCost())));
        // The day ends no lower than it started.
        QVERIFY(s.windowsCost.endSocPercent >= 50 - 0.05);
        // The evening peak (16:00–22:00) is where it discharges.
        bool dischargesInThePeak = false;
        for (const ScheduleWindow &w : s.windows.windows())
            dischargesInThePeak |= w.powerW < 0 && w.startSecond >= 16 * H && w.stopSecond <= 22 * H;
        QVERIFY(dischargesInThePeak);
    }

    void theEmulatorsAprilWeekday()
    {
        // A non-summer weekday the emulator ran (April 15, no feed-in tariff) as aegis-cli printed
        // it: the plan takes the morning's PV surplus as it ramps up, stops when full and covers
        // the evening load. The windows cost 252.9 NT$ against the plan's 228.5 (10.7 %) when
        // they were cut by least squares alone; 9 % is what the segmentation by money and the
        // refined powers bring them under (measured 8.6 %).
        QString error;
        const auto day =
            SuggestDayFile::read(TestData::path(QStringLiteral("suggest/2026-04-15-weekday.json")), taipower(), &error);
        QVERIFY2(day, qPrintable(error));
        const Suggestion s = ScheduleSuggester::suggest(day->request, taipower());
        QVERIFY2(s.ok(), qPrintable(s.plan.message));
        QVERIFY(s.windows.size() - (s.windows.midnightPair() ? 1 : 0) <= 4);
        QVERIFY2(ScheduleRules().check(s.windows).isEmpty(),
                 qPrintable(ScheduleRules::describe(ScheduleRules().check(s.windows))));
        QVERIFY2(s.violations.isEmpty(), qPrintable(s.violations.isEmpty() ? QString() : s.violations.first().describe()));
        QVERIFY2(std::abs(s.planCost.netCost() - day->planNtd) < 0.5,
                 qPrintable(QStringLiteral("plan %1, file %2").arg(s.planCost.netCost()).arg(day->planNtd)));
        const QString costs = QStringLiteral("windows %1, plan %2").arg(s.windowsCost.netCost()).arg(s.planCost.netCost());
        QVERIFY2(s.simplicityCost() >= -0.01, qPrintable(costs));
        QVERIFY2(s.simplicityCost() <= 0.09 * std::abs(s.planCost.netCost()), qPrintable(costs));
        QVERIFY(s.windowsCost.endSocPercent >= day->request.endSocPercent.value() - 0.05);
    }

    void aSummerWeekdayWithinTenPercent()
    {
        // The day of aSummerWeekdayOfBuildingK: 11.9 % above the plan by the tuner alone, under
        // 10 % with the segmentation by money and the refined powers (measured 9.1 %).
        const Suggestion s = ScheduleSuggester::suggest(request(), taipower());
        QVERIFY2(s.ok(), qPrintable(s.plan.message));
        const QString costs = QStringLiteral("windows %1, plan %2").arg(s.windowsCost.netCost()).arg(s.planCost.netCost());
        QVERIFY2(s.simplicityCost() <= 0.10 * std::abs(s.planCost.netCost()), qPrintable(costs));
    }

    void aDecemberSundayOfTheEmulator()
    {
        // bench_suggest's non-summer Sunday: the night's discharge, the noon's charge and the
        // evening's discharge. 5.9 % above the plan by least squares and the tuner alone; the
        // segmentation by money and the refined powers bring it to 3.1 % (the best windows the
        // exact program finds in a minute cost the same). No window is left asking for the
        // least power a window may have, which does next to nothing.
        const std::optional<Suggestion> suggested =
            suggestEmulatorsDay(TariffDayType::Sunday, QStringLiteral("nonSummer"), QDate(2026, 12, 7));
        QVERIFY(suggested);
        const Suggestion &s = *suggested;
        const QString costs = QStringLiteral("windows %1, plan %2").arg(s.windowsCost.netCost()).arg(s.planCost.netCost());
        QVERIFY2(s.simplicityCost() <= 0.035 * std::abs(s.planCost.netCost()), qPrintable(costs));
        for (const ScheduleWindow &w : s.windows.windows())
            QVERIFY2(std::abs(w.powerW) > 150, qPrintable(w.describe()));
    }

    void aJulyWeekdayOfTheEmulatorInAnotherShape()
    {
        // bench_suggest's summer weekday: 6.5 % above the plan when the windows keep the shape
        // the segmentation gave them and only their edges move by a snap (a night charge
        // 00:00–09:00 across midnight, the evening's discharge in two). One window taken out and
        // another placed anew, its power solved for the day and its edges tuned, reaches a
        // cheaper shape: the night charge from 04:00 only, not across midnight (4.8 %).
        const std::optional<Suggestion> suggested =
            suggestEmulatorsDay(TariffDayType::Weekday, QStringLiteral("summer"), QDate(2026, 7, 27));
        QVERIFY(suggested);
        const Suggestion &s = *suggested;
        QVERIFY(s.windowsCost.endSocPercent >= 50 - 0.05);
        const QString costs = QStringLiteral("windows %1, plan %2").arg(s.windowsCost.netCost()).arg(s.planCost.netCost());
        QVERIFY2(s.simplicityCost() <= 0.055 * std::abs(s.planCost.netCost()), qPrintable(costs));
    }

    void theSameRequestGivesTheSameWindows()
    {
        const Suggestion first = ScheduleSuggester::suggest(request(), taipower());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ScheduleSuggester::suggest(request(), taipower()).windows, first.windows);
    }

    void anEndSocBeyondTheCapIsNamed()
    {
        SuggestRequest r = request();
        r.day.startSocPercent = 10;
        r.endSocPercent = 95;
        r.day.limits.connectionKw = 8; // 1 kW above the night load: far too little to fill 60 kWh
        const Suggestion s = ScheduleSuggester::suggest(r, taipower());
        QVERIFY2(s.ok(), qPrintable(s.plan.message));
        const auto end = std::find_if(s.violations.cbegin(), s.violations.cend(),
                                      [](const PlanViolation &v) { return v.limit == PlanViolation::Limit::EndSoc; });
        QVERIFY(end != s.violations.cend());
        QVERIFY(end->amount > 10);
        // The windows ask for no more than the cap leaves: nothing is cut when they run.
        QCOMPARE(s.windowsCost.capCutKWh, 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleSuggester)
#include "tst_ScheduleSuggester.moc"
