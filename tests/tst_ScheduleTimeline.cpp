#include "core/ScheduleTimeline.h"

#include <QtTest>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

ScheduleWindow window(int startHour, int stopHour, double powerW)
{
    return ScheduleWindow{startHour * 3600, stopHour * 3600, powerW, {}};
}

// 17:00–19:00 discharge and 01:00–03:00 charge: the vendor document's example (docs/aegis-api.md §7).
Schedule vendorExample()
{
    return Schedule({window(17, 19, -20000), window(1, 3, 10000)});
}

// 23:00–02:00 stored as the midnight pair, plus a noon charge.
Schedule midnightPair()
{
    return Schedule({window(12, 13, 5000), window(23, 24, -8000), window(0, 2, -8000)});
}

} // namespace

class tst_ScheduleTimeline : public QObject
{
    Q_OBJECT

private slots:
    void nextWindow_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("described");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("stop");
        QTest::addColumn<bool>("runningNow");

        const QByteArray taipei("Asia/Taipei");
        const QByteArray berlin("Europe/Berlin");

        // Asia/Taipei is UTC+8 all year: 17:00 local = 09:00Z.
        QTest::newRow("taipei: afternoon, next is 17:00 today")
            << taipei << vendorExample() << utc(2024, 12, 9, 6, 46) << true << QStringLiteral("17:00–19:00, −20 kW")
            << utc(2024, 12, 9, 9) << utc(2024, 12, 9, 11) << false;
        QTest::newRow("taipei: at 17:00 the window runs (half-open start)")
            << taipei << vendorExample() << utc(2024, 12, 9, 9) << true << QStringLiteral("17:00–19:00, −20 kW")
            << utc(2024, 12, 9, 9) << utc(2024, 12, 9, 11) << true;
        QTest::newRow("taipei: inside the window")
            << taipei << vendorExample() << utc(2024, 12, 9, 10, 30) << true << QStringLiteral("17:00–19:00, −20 kW")
            << utc(2024, 12, 9, 9) << utc(2024, 12, 9, 11) << true;
        QTest::newRow("taipei: at 19:00 it has ended, next is 01:00 tomorrow")
            << taipei << vendorExample() << utc(2024, 12, 9, 11) << true << QStringLiteral("01:00–03:00, +10 kW")
            << utc(2024, 12, 9, 17) << utc(2024, 12, 9, 19) << false;
        QTest::newRow("taipei: the midnight pair is one window, ahead")
            << taipei << midnightPair() << utc(2024, 12, 9, 14) << true << QStringLiteral("23:00–02:00, −8 kW")
            << utc(2024, 12, 9, 15) << utc(2024, 12, 9, 18) << false;
        QTest::newRow("taipei: the midnight pair seen after midnight started yesterday")
            << taipei << midnightPair() << utc(2024, 12, 9, 17) << true << QStringLiteral("23:00–02:00, −8 kW")
            << utc(2024, 12, 9, 15) << utc(2024, 12, 9, 18) << true;
        QTest::newRow("taipei: the midnight pair seen before midnight")
            << taipei << midnightPair() << utc(2024, 12, 9, 15, 30) << true << QStringLiteral("23:00–02:00, −8 kW")
            << utc(2024, 12, 9, 15) << utc(2024, 12, 9, 18) << true;
        QTest::newRow("taipei: after the pair, the noon window")
            << taipei << midnightPair() << utc(2024, 12, 9, 18) << true << QStringLiteral("12:00–13:00, +5 kW")
            << utc(2024, 12, 10, 4) << utc(2024, 12, 10, 5) << false;
        QTest::newRow("taipei: a whole-day window")
            << taipei << Schedule({window(0, 24, 3000)}) << utc(2024, 12, 9, 4) << true << QStringLiteral("00:00–24:00, +3 kW")
            << utc(2024, 12, 8, 16) << utc(2024, 12, 9, 16) << true;
        QTest::newRow("taipei: an empty schedule has no window")
            << taipei << Schedule() << utc(2024, 12, 9, 4) << false << QString() << QDateTime() << QDateTime() << false;

        // Europe/Berlin 2024: 03-31 02:00 CET -> 03:00 CEST (01:00Z); 10-27 03:00 CEST -> 02:00 CET (01:00Z).
        QTest::newRow("berlin: 17:00 on the spring-forward day is 15:00Z")
            << berlin << vendorExample() << utc(2024, 3, 31, 10) << true << QStringLiteral("17:00–19:00, −20 kW")
            << utc(2024, 3, 31, 15) << utc(2024, 3, 31, 17) << false;
        QTest::newRow("berlin: 17:00 the day before is 16:00Z")
            << berlin << vendorExample() << utc(2024, 3, 30, 10) << true << QStringLiteral("17:00–19:00, −20 kW")
            << utc(2024, 3, 30, 16) << utc(2024, 3, 30, 18) << false;
        QTest::newRow("berlin: 01:00–03:00 lasts one hour on the spring-forward day")
            << berlin << vendorExample() << utc(2024, 3, 30, 22) << true << QStringLiteral("01:00–03:00, +10 kW")
            << utc(2024, 3, 31, 0) << utc(2024, 3, 31, 1) << false;
        QTest::newRow("berlin: 02:00–03:00 does not exist on the spring-forward day")
            << berlin << Schedule({window(2, 3, 4000)}) << utc(2024, 3, 30, 22) << true << QStringLiteral("02:00–03:00, +4 kW")
            << utc(2024, 4, 1, 0) << utc(2024, 4, 1, 1) << false;
        QTest::newRow("berlin: 02:00–03:00 lasts two hours on the fall-back day")
            << berlin << Schedule({window(2, 3, 4000)}) << utc(2024, 10, 26, 22) << true << QStringLiteral("02:00–03:00, +4 kW")
            << utc(2024, 10, 27, 0) << utc(2024, 10, 27, 2) << false;
        QTest::newRow("berlin: a midnight pair across the fall-back change lasts six hours")
            << berlin << Schedule({window(22, 24, -6000), window(0, 3, -6000)}) << utc(2024, 10, 26, 12) << true
            << QStringLiteral("22:00–03:00, −6 kW") << utc(2024, 10, 26, 20) << utc(2024, 10, 27, 2) << false;
        QTest::newRow("berlin: a midnight pair across the spring-forward change lasts four hours")
            << berlin << Schedule({window(22, 24, -6000), window(0, 3, -6000)}) << utc(2024, 3, 31, 0) << true
            << QStringLiteral("22:00–03:00, −6 kW") << utc(2024, 3, 30, 21) << utc(2024, 3, 31, 1) << true;
    }

    void nextWindow()
    {
        QFETCH(QByteArray, zone);
        QFETCH(Schedule, schedule);
        QFETCH(QDateTime, now);
        QFETCH(bool, found);
        QFETCH(QString, described);
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, stop);
        QFETCH(bool, runningNow);

        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        const std::optional<WindowRun> run = ScheduleTimeline::nextWindow(schedule, tz, now);
        QCOMPARE(run.has_value(), found);
        if (!run)
            return;
        QCOMPARE(run->describe(), described);
        QCOMPARE(run->start, start);
        QCOMPARE(run->stop, stop);
        QCOMPARE(run->isRunningAt(now), runningNow);
        QCOMPARE(run->start.timeSpec(), Qt::UTC);
    }

    void midnightRunKeepsTheWindowsAsSet()
    {
        const auto run = ScheduleTimeline::nextWindow(midnightPair(), QTimeZone("Asia/Taipei"), utc(2024, 12, 9, 14));
        QVERIFY(run);
        QCOMPARE(run->startSecond, 23 * 3600);
        QCOMPARE(run->stopSecond, 2 * 3600);
        QVERIFY(run->crossesMidnight());
        QCOMPARE(run->powerW, -8000.0);
    }

    void upcomingListsRunsInOrder()
    {
        const ScheduleTimeline timeline(vendorExample(), QTimeZone("Asia/Taipei"));
        const QList<WindowRun> runs = timeline.upcoming(utc(2024, 12, 9, 10), 4);
        QCOMPARE(runs.size(), 4);
        QCOMPARE(runs.at(0).start, utc(2024, 12, 9, 9)); // running now
        QCOMPARE(runs.at(1).start, utc(2024, 12, 9, 17));
        QCOMPARE(runs.at(2).start, utc(2024, 12, 10, 9));
        QCOMPARE(runs.at(3).start, utc(2024, 12, 10, 17));
    }

    void theRepeatedHourAfterFallBackIsASecondRun()
    {
        // 01:00–02:30 on 2024-10-27 in Berlin: 01:00–02:30 CEST, then the clock shows 02:00–02:30 again.
        const ScheduleTimeline timeline(Schedule({ScheduleWindow{3600, 9000, 2000, {}}}), QTimeZone("Europe/Berlin"));
        const QList<WindowRun> runs = timeline.upcoming(utc(2024, 10, 26, 20), 2);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).start, utc(2024, 10, 26, 23));
        QCOMPARE(runs.at(0).stop, utc(2024, 10, 27, 0, 30));
        QCOMPARE(runs.at(1).start, utc(2024, 10, 27, 1));
        QCOMPARE(runs.at(1).stop, utc(2024, 10, 27, 1, 30));
    }

    void anInvalidZoneFallsBackToUtc()
    {
        const auto run = ScheduleTimeline::nextWindow(vendorExample(), QTimeZone(), utc(2024, 12, 9, 0));
        QVERIFY(run);
        QCOMPARE(run->start, utc(2024, 12, 9, 1));
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleTimeline)
#include "tst_ScheduleTimeline.moc"
