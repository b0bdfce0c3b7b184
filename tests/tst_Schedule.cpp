#include "core/Schedule.h"

#include <QtTest>

class tst_Schedule : public QObject
{
    Q_OBJECT

private slots:
    void sortOrdersByStartThenStopThenPowerAndIsStable()
    {
        ScheduleWindow lateA{3600, 7200, 100, {}};
        lateA.extra.insert(QStringLiteral("tag"), QStringLiteral("a"));
        ScheduleWindow lateB{3600, 7200, 100, {}};
        lateB.extra.insert(QStringLiteral("tag"), QStringLiteral("b"));
        Schedule s({lateA, {0, 600, 5, {}}, lateB, {3600, 5400, 100, {}}, {3600, 5400, -100, {}}});
        s.sort();
        QCOMPARE(s.at(0).startSecond, 0);
        QCOMPARE(s.at(1).stopSecond, 5400);
        QCOMPARE(s.at(1).powerW, -100.0);
        QCOMPARE(s.at(2).powerW, 100.0);
        QCOMPARE(s.at(2).stopSecond, 5400);
        QCOMPARE(s.at(3), lateA); // equal keys keep their order
        QCOMPARE(s.at(4), lateB);
    }

    void aWindowAcrossMidnightSplitsInTwo()
    {
        // 22:00 for 4 hours, discharging 5 kW
        const QList<ScheduleWindow> parts = ScheduleWindow::fromStartAndDuration(22 * 3600, 4 * 3600, -5000);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0), (ScheduleWindow{22 * 3600, 86400, -5000, {}}));
        QCOMPARE(parts.at(1), (ScheduleWindow{0, 2 * 3600, -5000, {}}));
    }

    void aWindowInsideTheDayStaysWhole()
    {
        QCOMPARE(ScheduleWindow::fromStartAndDuration(17 * 3600, 2 * 3600, -20000),
                 QList<ScheduleWindow>({{61200, 68400, -20000, {}}}));
        // Ending exactly at midnight is still one window.
        QCOMPARE(ScheduleWindow::fromStartAndDuration(23 * 3600, 3600, 1).size(), 1);
        // A start past midnight wraps into the day.
        QCOMPARE(ScheduleWindow::fromStartAndDuration(86400 + 60, 60, 1).constFirst().startSecond, 60);
        QCOMPARE(ScheduleWindow::fromStartAndDuration(-3600, 1800, 1).constFirst().startSecond, 23 * 3600);
    }

    void aMidnightPairIsRecognisedAsOneWindow()
    {
        Schedule s;
        s.append({0, 7200, -5000, {}});
        s.append({10 * 3600, 11 * 3600, 3000, {}});
        s.append({22 * 3600, 86400, -5000, {}});
        const auto pair = s.midnightPair();
        QVERIFY(pair.has_value());
        QCOMPARE(pair->evening, 2);
        QCOMPARE(pair->morning, 0);
    }

    void notAPairWhenPowersDifferOrTheDayIsFull()
    {
        QVERIFY(!Schedule({{0, 7200, -5000, {}}, {22 * 3600, 86400, -4000, {}}}).midnightPair());
        QVERIFY(!Schedule({{0, 86400, 1000, {}}}).midnightPair());
        QVERIFY(!Schedule({{0, 3600, 1000, {}}}).midnightPair());
    }

    void windowAtUsesHalfOpenIntervals()
    {
        const Schedule s({{3600, 7200, 1, {}}, {7200, 9000, -1, {}}});
        QCOMPARE(s.windowAt(3599), std::optional<qsizetype>());
        QCOMPARE(s.windowAt(3600), std::optional<qsizetype>(0));
        QCOMPARE(s.windowAt(7199), std::optional<qsizetype>(0));
        QCOMPARE(s.windowAt(7200), std::optional<qsizetype>(1));
        QCOMPARE(s.windowAt(9000), std::optional<qsizetype>());
    }

    void sameWindowsIgnoresOrderAndExtraKeys()
    {
        ScheduleWindow tagged{0, 60, 5, {}};
        tagged.extra.insert(QStringLiteral("x"), 1);
        const Schedule a({tagged, {120, 180, -5, {}}});
        const Schedule b({{120, 180, -5, {}}, {0, 60, 5, {}}});
        QVERIFY(a.sameWindowsAs(b));
        QVERIFY(!(a == b));
        QVERIFY(!a.sameWindowsAs(Schedule({{120, 180, -5, {}}, {0, 60, 6, {}}})));
        QVERIFY(!a.sameWindowsAs(Schedule({{120, 180, -5, {}}})));
    }

    void editing()
    {
        Schedule s;
        s.append({0, 60, 1, {}});
        s.append({60, 120, 2, {}});
        s.replace(0, {0, 30, 3, {}});
        QCOMPARE(s.at(0).powerW, 3.0);
        s.removeAt(0);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.at(0).powerW, 2.0);
        s.clear();
        QVERIFY(s.isEmpty());
    }

    void describeReadsLikeAnOperatorWouldSayIt()
    {
        QCOMPARE((ScheduleWindow{61200, 68400, -20000, {}}).describe(), QStringLiteral("17:00–19:00, \u221220 kW"));
        QCOMPARE((ScheduleWindow{3600, 86400, 1500, {}}).describe(), QStringLiteral("01:00–24:00, +1.5 kW"));
        QCOMPARE(ScheduleWindow::formatSecondOfDay(61230), QStringLiteral("17:00:30"));
        QCOMPARE(ScheduleWindow::formatPower(250), QStringLiteral("+250 W"));
    }
};

QTEST_GUILESS_MAIN(tst_Schedule)
#include "tst_Schedule.moc"
