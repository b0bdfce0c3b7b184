#include "core/TimeWindows.h"

#include <QDateTime>
#include <QtTest>

static qint64 utcMs(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toMSecsSinceEpoch();
}

static constexpr qint64 kHourMs = 3'600'000;

class tst_TimeWindows : public QObject
{
    Q_OBJECT

private slots:
    void dailyWindowsInTaipeiStartAt16Z()
    {
        const TimeWindows days(Duration(1, Duration::Unit::Day), QTimeZone("Asia/Taipei"));
        const QList<TimeWindows::Window> w = days.cover(utcMs(2024, 5, 31, 16), utcMs(2024, 6, 30, 16));
        QCOMPARE(w.size(), 30);
        for (const TimeWindows::Window &win : w) {
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(win.startMs, Qt::UTC).time(), QTime(16, 0));
            QCOMPARE(win.stopMs - win.startMs, 24 * kHourMs);
        }
        QCOMPARE(w.constFirst().startMs, utcMs(2024, 5, 31, 16));
        QCOMPARE(w.constLast().stopMs, utcMs(2024, 6, 30, 16));
        // Any instant of a local day maps to that day's 16:00Z start.
        QCOMPARE(days.windowStart(utcMs(2024, 6, 1, 15, 59)), utcMs(2024, 5, 31, 16));
        QCOMPARE(days.windowStart(utcMs(2024, 6, 1, 16, 0)), utcMs(2024, 6, 1, 16));
    }

    void berlinDaysAcrossBothDstChangesAre23And25Hours()
    {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        const TimeWindows days(Duration(1, Duration::Unit::Day), berlin);
        // 2024-03-31: clocks go 02:00 -> 03:00 (spring forward)
        const qint64 springStart = days.windowStart(utcMs(2024, 3, 31, 12));
        QCOMPARE(springStart, utcMs(2024, 3, 30, 23)); // local midnight, still CET (+1)
        QCOMPARE(days.windowEnd(springStart) - springStart, 23 * kHourMs);
        // 2024-10-27: clocks go 03:00 -> 02:00 (fall back)
        const qint64 fallStart = days.windowStart(utcMs(2024, 10, 27, 12));
        QCOMPARE(fallStart, utcMs(2024, 10, 26, 22)); // local midnight, CEST (+2)
        QCOMPARE(days.windowEnd(fallStart) - fallStart, 25 * kHourMs);
        // The days around them are ordinary.
        QCOMPARE(days.windowEnd(days.windowStart(utcMs(2024, 3, 30, 12))) - days.windowStart(utcMs(2024, 3, 30, 12)),
                 24 * kHourMs);

        // Covering the whole year gives 366 days that tile it without gaps.
        const QList<TimeWindows::Window> year = days.cover(utcMs(2023, 12, 31, 23), utcMs(2024, 12, 31, 23));
        QCOMPARE(year.size(), 366);
        int short23 = 0, long25 = 0;
        for (qsizetype i = 0; i < year.size(); ++i) {
            const qint64 len = year.at(i).stopMs - year.at(i).startMs;
            short23 += len == 23 * kHourMs;
            long25 += len == 25 * kHourMs;
            if (i > 0)
                QCOMPARE(year.at(i).startMs, year.at(i - 1).stopMs);
        }
        QCOMPARE(short23, 1);
        QCOMPARE(long25, 1);
    }

    void monthWindowsHaveTheRightLengths()
    {
        const TimeWindows months(Duration(1, Duration::Unit::Month), QTimeZone("Asia/Taipei"));
        const QList<TimeWindows::Window> w = months.cover(utcMs(2023, 12, 31, 16), utcMs(2025, 12, 31, 16));
        QCOMPARE(w.size(), 24);
        const int days2024[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        for (int i = 0; i < 24; ++i) {
            const int expected = i < 12 ? days2024[i] : (i == 13 ? 28 : days2024[i - 12]);
            QCOMPARE((w.at(i).stopMs - w.at(i).startMs) / (24 * kHourMs), qint64(expected));
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(w.at(i).startMs, QTimeZone("Asia/Taipei")).date().day(), 1);
        }
        // A month in a DST zone is a whole number of local days, not of 24-hour days.
        const TimeWindows berlinMonths(Duration(1, Duration::Unit::Month), QTimeZone("Europe/Berlin"));
        const qint64 march = berlinMonths.windowStart(utcMs(2024, 3, 15));
        QCOMPARE(berlinMonths.windowEnd(march) - march, 31 * 24 * kHourMs - kHourMs);
    }

    void quartersAndYears()
    {
        const QTimeZone taipei("Asia/Taipei");
        const TimeWindows quarters(Duration(3, Duration::Unit::Month), taipei);
        const qint64 q = quarters.windowStart(utcMs(2024, 5, 20));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(q, taipei).date(), QDate(2024, 4, 1));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(quarters.windowEnd(q), taipei).date(), QDate(2024, 7, 1));
        const TimeWindows years(Duration(1, Duration::Unit::Year), taipei);
        QCOMPARE(years.windowStart(utcMs(2024, 7, 1)), utcMs(2023, 12, 31, 16));
        QCOMPARE(years.windowEnd(years.windowStart(utcMs(2024, 7, 1))), utcMs(2024, 12, 31, 16));
    }

    void weeksStartOnMondayAtLocalMidnight()
    {
        const QTimeZone taipei("Asia/Taipei");
        const TimeWindows weeks(Duration(1, Duration::Unit::Week), taipei);
        // Thursday 2024-12-12 noon local
        const qint64 start = weeks.windowStart(utcMs(2024, 12, 12, 4));
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(start, taipei);
        QCOMPARE(local.date(), QDate(2024, 12, 9));
        QCOMPARE(local.date().dayOfWeek(), 1);
        QCOMPARE(local.time(), QTime(0, 0));
        QCOMPARE(weeks.windowEnd(start) - start, 7 * 24 * kHourMs);
    }

    void fixedWindowsAlignToTheLocalClock()
    {
        const TimeWindows quarterHours(Duration(15, Duration::Unit::Minute), QTimeZone("Asia/Taipei"));
        QCOMPARE(quarterHours.windowStart(utcMs(2024, 11, 25, 3, 7)), utcMs(2024, 11, 25, 3, 0));
        QCOMPARE(quarterHours.windowEnd(utcMs(2024, 11, 25, 3, 0)), utcMs(2024, 11, 25, 3, 15));
        const TimeWindows sixHours(Duration(6, Duration::Unit::Hour), QTimeZone("Asia/Taipei"));
        // 6h windows begin at local midnight (16:00Z), not at UTC midnight.
        QCOMPARE(sixHours.windowStart(utcMs(2024, 11, 25, 17)), utcMs(2024, 11, 25, 16));
        const TimeWindows utcHours(Duration(6, Duration::Unit::Hour), QTimeZone::utc());
        QCOMPARE(utcHours.windowStart(utcMs(2024, 11, 25, 17)), utcMs(2024, 11, 25, 12));
    }

    void coverClipsTheFirstAndLastWindowToTheRange()
    {
        const TimeWindows hours(Duration(1, Duration::Unit::Hour), QTimeZone::utc());
        const QList<TimeWindows::Window> w = hours.cover(utcMs(2024, 1, 1, 0, 30), utcMs(2024, 1, 1, 3, 10));
        QCOMPARE(w.size(), 4);
        QCOMPARE(w.at(0), (TimeWindows::Window{utcMs(2024, 1, 1, 0, 30), utcMs(2024, 1, 1, 1)}));
        QCOMPARE(w.at(3), (TimeWindows::Window{utcMs(2024, 1, 1, 3), utcMs(2024, 1, 1, 3, 10)}));
        QVERIFY(hours.cover(utcMs(2024, 1, 1), utcMs(2024, 1, 1)).isEmpty());
    }

    void twoDayWindowsAreStable()
    {
        const TimeWindows twoDays(Duration(2, Duration::Unit::Day), QTimeZone::utc());
        const qint64 a = twoDays.windowStart(utcMs(2024, 1, 10, 5));
        const qint64 b = twoDays.windowStart(utcMs(2024, 1, 11, 5));
        QCOMPARE(a, b);
        QCOMPARE(twoDays.windowEnd(a) - a, 48 * kHourMs);
    }
};

QTEST_GUILESS_MAIN(tst_TimeWindows)
#include "tst_TimeWindows.moc"
