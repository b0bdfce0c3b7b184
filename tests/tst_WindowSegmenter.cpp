// From 96 quarter-hour powers to the scheduler's windows: energy kept window by window, every
// scheduler rule kept, never charge and discharge in one window, edges on the snap grid, runs
// across midnight as the pair the scheduler stores, the same answer every time.
#include "optimize/WindowSegmenter.h"

#include "core/ScheduleCost.h"
#include "core/ScheduleRules.h"

#include <QRandomGenerator>
#include <QtTest>

namespace {

constexpr int kStep = kStepMinutes * 60;

DaySteps blocks(std::initializer_list<std::tuple<int, int, double>> runs)
{
    DaySteps p{};
    for (const auto &[from, to, kw] : runs) {
        for (int k = from; k < to; ++k)
            p[size_t(k)] = kw;
    }
    return p;
}

// Windows counted as the operator sees them: a midnight pair is one.
int windowCount(const Schedule &s)
{
    return int(s.size()) - (s.midnightPair() ? 1 : 0);
}

} // namespace

class tst_WindowSegmenter : public QObject
{
    Q_OBJECT

private slots:
    void blocksAreFoundExactly()
    {
        const DaySteps plan = blocks({{4, 20, 10.0}, {64, 72, -12.5}, {80, 88, -6.0}});
        const WindowSegmenter::Result r = WindowSegmenter::segment(plan, 4);
        QCOMPARE(r.squaredErrorKw2, 0.0);
        const Schedule expected(
            {{4 * kStep, 20 * kStep, 10'000, {}}, {64 * kStep, 72 * kStep, -12'500, {}}, {80 * kStep, 88 * kStep, -6'000, {}}});
        QCOMPARE(r.windows, expected);
    }

    void aRunAcrossMidnightIsOnePair()
    {
        const DaySteps plan = blocks({{0, 8, 9.0}, {88, 96, 9.0}, {68, 76, -15.0}});
        const WindowSegmenter::Result r = WindowSegmenter::segment(plan, 2);
        QCOMPARE(r.squaredErrorKw2, 0.0);
        QVERIFY(r.windows.midnightPair().has_value());
        QCOMPARE(windowCount(r.windows), 2);
        QVERIFY(ScheduleRules().check(r.windows).isEmpty());
    }

    void randomPlansKeepEnergyAndEveryRule_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("maxWindows");
        QTest::addColumn<int>("snapMinutes");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::addRow("seed %u", seed) << seed << int(1 + seed % 5) << (seed % 3 == 0 ? 30 : 15);
    }

    void randomPlansKeepEnergyAndEveryRule()
    {
        QFETCH(quint32, seed);
        QFETCH(int, maxWindows);
        QFETCH(int, snapMinutes);
        QRandomGenerator random(seed);
        DaySteps plan{};
        for (int k = 0; k < kStepsPerDay;) {
            const int len = 1 + int(random.bounded(12));
            const double kw = random.bounded(3) == 0 ? 0.0 : (random.bounded(2) ? 1 : -1) * random.bounded(20.0);
            for (int j = k; j < std::min(kStepsPerDay, k + len); ++j)
                plan[size_t(j)] = kw + random.bounded(1.0) * (kw > 0 ? 1 : kw < 0 ? -1 : 0);
            k += len;
        }
        const WindowSegmenter::Result r = WindowSegmenter::segment(plan, maxWindows, snapMinutes);
        QVERIFY(windowCount(r.windows) <= maxWindows);
        QVERIFY2(ScheduleRules(ScheduleLimits{21'000, 21'000}).check(r.windows).isEmpty(),
                 qPrintable(ScheduleRules().describe(ScheduleRules().check(r.windows))));
        for (const ScheduleWindow &w : r.windows.windows()) {
            QCOMPARE(w.startSecond % (snapMinutes * 60), 0);
            QCOMPARE(w.stopSecond % (snapMinutes * 60), 0);
            QVERIFY(w.powerW != 0);
        }
        // Window by window (a midnight pair as one): the plan's energy, to the rounding of the
        // power to whole watts; and no step of the other direction inside.
        QList<QPair<int, int>> spans; // in steps, a pair as one span running past 96
        const auto pair = r.windows.midnightPair();
        for (qsizetype i = 0; i < r.windows.size(); ++i) {
            const ScheduleWindow &w = r.windows.at(i);
            if (pair && i == pair->morning)
                continue;
            int to = w.stopSecond / kStep;
            if (pair && i == pair->evening)
                to = kStepsPerDay + r.windows.at(pair->morning).stopSecond / kStep;
            double planKWh = 0;
            for (int k = w.startSecond / kStep; k < to; ++k) {
                const double step = plan[size_t(k % kStepsPerDay)];
                QVERIFY2(step * w.powerW >= 0, "a window mixes charge and discharge");
                planKWh += step * kStepHours;
            }
            const double windowKWh = w.powerW / 1000.0 * (to - w.startSecond / kStep) * kStepHours;
            QVERIFY2(std::abs(windowKWh - planKWh) <= 0.0005 * (to - w.startSecond / kStep) * kStepHours + 1e-9,
                     qPrintable(QStringLiteral("%1 vs %2 kWh").arg(windowKWh).arg(planKWh)));
        }
        // The same answer every time.
        QCOMPARE(WindowSegmenter::segment(plan, maxWindows, snapMinutes).windows, r.windows);
    }

    void byCostKeepsEnergyAndEveryRuleAndCostsNoMore_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 6; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void byCostKeepsEnergyAndEveryRuleAndCostsNoMore()
    {
        // A day whose plan follows a PV surplus that rises and falls, with prices that change:
        // the segmentation by money keeps each window's energy like the least-squares one, and
        // what its windows cost above the plan, step by step, is never more than what the
        // least-squares windows cost (it is the least such cost over the same segmentations).
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        PlanInput in;
        DaySteps plan{};
        for (int k = 0; k < kStepsPerDay; ++k) {
            const double hour = k / 4.0;
            in.solarKw[size_t(k)] = hour > 6 && hour < 18 ? (20 + random.bounded(10.0)) * std::sin((hour - 6) / 12 * M_PI) : 0;
            in.loadKw[size_t(k)] = 6 + random.bounded(6.0);
            in.importPrice[size_t(k)] = hour < 7.5 || hour >= 22.5 ? 2.3 : (hour >= 16 && hour < 22 ? 9.4 : 5.5);
            const double surplus = in.solarKw[size_t(k)] - in.loadKw[size_t(k)];
            plan[size_t(k)] = surplus > 0 ? surplus : (hour >= 16 && hour < 22 ? surplus : 0.0);
        }
        in.feedInRate = random.bounded(2) ? 0.0 : 1.9;
        const auto money = [&](const DaySteps &kw) {
            double sum = 0;
            for (int k = 0; k < kStepsPerDay; ++k) {
                const double net = in.loadKw[size_t(k)] - in.solarKw[size_t(k)] + kw[size_t(k)];
                sum += kStepHours * (std::max(net, 0.0) * in.importPrice[size_t(k)] - std::max(-net, 0.0) * in.feedInRate);
            }
            return sum;
        };
        const WindowSegmenter::Result squares = WindowSegmenter::segment(plan, 4);
        const WindowSegmenter::Result byCost = WindowSegmenter::segmentByCost(plan, in, 4);
        QVERIFY(windowCount(byCost.windows) <= 4);
        QVERIFY2(ScheduleRules().check(byCost.windows).isEmpty(),
                 qPrintable(ScheduleRules::describe(ScheduleRules().check(byCost.windows))));
        double planKWh = 0, windowsKWh = 0;
        const DaySteps windowsKw = ScheduleCost::scheduledKw(byCost.windows);
        for (int k = 0; k < kStepsPerDay; ++k) {
            QVERIFY2(windowsKw[size_t(k)] * plan[size_t(k)] >= 0, "a window mixes charge and discharge");
            if (windowsKw[size_t(k)] != 0) {
                planKWh += plan[size_t(k)] * kStepHours;
                windowsKWh += windowsKw[size_t(k)] * kStepHours;
            }
        }
        QVERIFY2(std::abs(planKWh - windowsKWh) < 0.01, qPrintable(QStringLiteral("%1 vs %2 kWh").arg(windowsKWh).arg(planKWh)));
        // To the rounding of powers to whole watts (½ W all day at the peak price: 0.11 NT$).
        const double extra = money(windowsKw) - money(plan);
        QVERIFY2(std::abs(extra - byCost.squaredErrorKw2) < 0.12,
                 qPrintable(QStringLiteral("%1 vs %2").arg(extra).arg(byCost.squaredErrorKw2)));
        QVERIFY2(money(windowsKw) <= money(ScheduleCost::scheduledKw(squares.windows)) + 0.12,
                 qPrintable(QStringLiteral("by cost %1, by squares %2")
                                .arg(money(windowsKw))
                                .arg(money(ScheduleCost::scheduledKw(squares.windows)))));
        QCOMPARE(WindowSegmenter::segmentByCost(plan, in, 4).windows, byCost.windows);
    }

    void noWindowsForAnIdleDay()
    {
        const WindowSegmenter::Result r = WindowSegmenter::segment(DaySteps{}, 4);
        QVERIFY(r.windows.isEmpty());
        QCOMPARE(r.squaredErrorKw2, 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_WindowSegmenter)
#include "tst_WindowSegmenter.moc"
