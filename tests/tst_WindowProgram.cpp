// The best windowed schedule as a mixed-integer program: its windows keep every scheduler rule,
// its objective is what ScheduleCost::day charges for them (the one cost model, the battery
// stopping full or empty as the cost model runs it), searched from the suggestion's windows it
// never costs more than they do, and the powers for given edges keep the edges.
#include "optimize/WindowProgram.h"

#include "core/ScheduleRules.h"
#include "core/TariffLibrary.h"
#include "support/SuggestDayFile.h"
#include "support/TestData.h"

#include <QtTest>
#include <cmath>

namespace {

constexpr int H = 3600;

Tariff taipower()
{
    return TariffLibrary::builtIn(QStringLiteral("taipower-hv-three-period")).value();
}

// A summer weekday of building K, as tst_ScheduleSuggester has it.
SuggestRequest buildingK()
{
    SuggestRequest r;
    r.day.season = QStringLiteral("summer");
    r.day.dayType = TariffDayType::Weekday;
    r.day.startSocPercent = 50;
    for (int k = 0; k < kStepsPerDay; ++k) {
        const double hour = k / 4.0;
        r.profile.loadKw[size_t(k)] = hour >= 8 && hour < 18 ? 27.0 : 7.0;
        r.profile.solarKw[size_t(k)] = hour > 6 && hour < 18 ? 31.0 * std::sin((hour - 6) / 12 * M_PI) : 0.0;
    }
    r.profile.daysAveraged = 20;
    return r;
}

SuggestRequest april15()
{
    QString error;
    const auto day = SuggestDayFile::read(TestData::path(QStringLiteral("suggest/2026-04-15-weekday.json")), taipower(), &error);
    if (!day)
        qFatal("%s", qPrintable(error));
    return day->request;
}

double costOf(const SuggestRequest &r, const Schedule &windows)
{
    CostInput in = r.day;
    in.schedule = windows;
    return ScheduleCost::day(in, r.profile, taipower()).netCost();
}

int windowCount(const Schedule &s)
{
    return int(s.size()) - (s.midnightPair() ? 1 : 0);
}

void checkRules(const Schedule &windows, int maxWindows, const BatteryModel &b)
{
    QVERIFY(!windows.isEmpty());
    QVERIFY(windowCount(windows) <= maxWindows);
    const ScheduleRules rules(ScheduleLimits{b.maxChargeW, b.maxDischargeW});
    QVERIFY2(rules.check(windows).isEmpty(), qPrintable(ScheduleRules::describe(rules.check(windows))));
    for (const ScheduleWindow &w : windows.windows()) {
        QCOMPARE(w.startSecond % (kStepMinutes * 60), 0);
        QCOMPARE(w.stopSecond % (kStepMinutes * 60), 0);
        QVERIFY(std::abs(w.powerW) >= WindowProgram::kMinKw * 1000 - 0.5);
    }
}

} // namespace

class tst_WindowProgram : public QObject
{
    Q_OBJECT

private slots:
    void theBestWindowsKeepTheRulesAndCostNoMoreThanTheSuggestion_data()
    {
        QTest::addColumn<bool>("april");
        QTest::newRow("building K, summer weekday") << false;
        QTest::newRow("emulator, April 15") << true;
    }

    void theBestWindowsKeepTheRulesAndCostNoMoreThanTheSuggestion()
    {
        QFETCH(bool, april);
        const SuggestRequest request = april ? april15() : buildingK();
        const Suggestion s = ScheduleSuggester::suggest(request, taipower());
        QVERIFY(s.ok());
        // A short search: whatever it finds, it starts from the suggestion's windows.
        const WindowPlan best =
            WindowProgram::solve(s.planInput, request.maxWindows, request.snapMinutes, CbcSolver(2.0), s.windows);
        QVERIFY2(best.ok(), qPrintable(best.message));
        checkRules(best.windows, request.maxWindows, request.day.battery);
        const double cost = costOf(request, best.windows);
        QVERIFY2(cost <= s.windowsCost.netCost() + 0.05,
                 qPrintable(QStringLiteral("best %1, suggested %2").arg(cost).arg(s.windowsCost.netCost())));
        // The step plan is the floor of any set of windows, and the bound lies below the best.
        QVERIFY(cost >= s.planCost.netCost() - 0.05);
        QVERIFY(best.bound <= best.objective + 1e-6);
        // The program is the cost model: its objective is what ScheduleCost::day charges for its
        // windows, to the tie-breakers and the rounding of powers to whole watts.
        QVERIFY2(std::abs(best.objective - cost) <= 0.002 * std::abs(cost) + 0.05,
                 qPrintable(QStringLiteral("objective %1, cost model %2").arg(best.objective).arg(cost)));
    }

    void aBatteryThatStopsFullIsModelled()
    {
        // A charge window longer than the battery can take: the cost model lets the battery stop
        // when full, and so must the program, or the start would not fit it.
        const SuggestRequest r = april15();
        const Suggestion s = ScheduleSuggester::suggest(r, taipower());
        const Schedule full({{10 * H, 16 * H, 20'000, {}}, {17 * H, 24 * H, -9'000, {}}});
        QVERIFY(!WindowProgram::binariesFor(s.planInput, full, 4).isEmpty());
        const WindowPlan held = WindowProgram::powersFor(s.planInput, full, 4, 15, CbcSolver());
        QVERIFY2(!held.windows.isEmpty(), qPrintable(held.message));
        // The edges are held, the powers are the best for them: no dearer than the start.
        QCOMPARE(held.windows.size(), full.size());
        for (qsizetype i = 0; i < full.size(); ++i) {
            QCOMPARE(held.windows.at(i).startSecond, full.at(i).startSecond);
            QCOMPARE(held.windows.at(i).stopSecond, full.at(i).stopSecond);
        }
        QVERIFY(costOf(r, held.windows) <= costOf(r, full) + 0.05);
    }

    void aFeedInAboveTheNightPriceStaysLinear()
    {
        // Where the feed-in pays more than the import costs, the connection has a binary per
        // step; with the edges held it is held too (as the windows run now), so the powers
        // remain one LP, and the suggestion keeps the rules.
        Tariff paid = taipower();
        paid.feedInRate = 4.0;
        SuggestRequest r = buildingK();
        const Suggestion s = ScheduleSuggester::suggest(r, paid);
        QVERIFY(s.ok());
        QVERIFY(!s.windows.isEmpty());
        QVERIFY(ScheduleRules().check(s.windows).isEmpty());
        const LinearProgram lp = WindowProgram::program(s.planInput, 4);
        QVERIFY(std::any_of(lp.columns().cbegin(), lp.columns().cend(),
                            [](const LinearProgram::Column &c) { return c.name.startsWith(QLatin1String("importMode")); }));
        const WindowPlan held = WindowProgram::powersFor(s.planInput, s.windows, 4, 15, CbcSolver());
        QVERIFY2(!held.windows.isEmpty(), qPrintable(held.message));
        QVERIFY(ScheduleRules().check(held.windows).isEmpty());
    }

    void windowsThatDoNotFitAreRefused()
    {
        const PlanInput in = ScheduleSuggester::suggest(april15(), taipower()).planInput;
        // Off the snap grid, too many, above the battery's limit.
        QVERIFY(WindowProgram::binariesFor(in, Schedule({{10 * H + 600, 12 * H, 5'000, {}}}), 4).isEmpty());
        QVERIFY(WindowProgram::binariesFor(in, Schedule({{1 * H, 2 * H, 5'000, {}}, {3 * H, 4 * H, -5'000, {}}}), 1).isEmpty());
        QVERIFY(WindowProgram::binariesFor(in, Schedule({{1 * H, 2 * H, 45'000, {}}}), 4).isEmpty());
        QVERIFY(!WindowProgram::binariesFor(in, Schedule({{1 * H, 2 * H, 5'000, {}}}), 1).isEmpty());
        // A midnight pair is one window.
        QVERIFY(!WindowProgram::binariesFor(in, Schedule({{22 * H, 24 * H, -5'000, {}}, {0, 2 * H, -5'000, {}}}), 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WindowProgram)
#include "tst_WindowProgram.moc"
