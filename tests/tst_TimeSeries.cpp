#include "core/TimeSeries.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

class tst_TimeSeries : public QObject
{
    Q_OBJECT

private slots:
    void nullsAreKeptAsGaps()
    {
        TimeSeries s;
        s.append(1000, 5.0);
        s.append(2000, TimeSeries::null());
        s.append(3000, -2.5);
        QCOMPARE(s.size(), 3);
        QVERIFY(!s.isNullAt(0));
        QVERIFY(s.isNullAt(1));
        QCOMPARE(s.nullCount(), 1);
        QCOMPARE(s.value(2), -2.5);
        QCOMPARE(s.firstTime(), 1000);
        QCOMPARE(s.lastTime(), 3000);
    }

    void boundsFindTheRangeOfATimeWindow()
    {
        TimeSeries s;
        for (qint64 t = 0; t < 10; ++t)
            s.append(t * 60'000, double(t));
        QCOMPARE(s.lowerBound(-1), 0);
        QCOMPARE(s.lowerBound(60'000), 1);
        QCOMPARE(s.lowerBound(60'001), 2);
        QCOMPARE(s.upperBound(60'000), 2);
        QCOMPARE(s.lowerBound(10 * 60'000), 10);
        const TimeSeries part = s.slice(120'000, 300'000);
        QCOMPARE(part.size(), 3);
        QCOMPARE(part.firstTime(), 120'000);
        QCOMPARE(part.lastTime(), 240'000);
        QVERIFY(s.slice(300'000, 120'000).isEmpty());
    }

    void valueRangeAndLastValueSkipNulls()
    {
        const TimeSeries s({1, 2, 3, 4}, {TimeSeries::null(), 7.0, -3.0, TimeSeries::null()});
        const auto range = s.valueRange();
        QVERIFY(range.has_value());
        QCOMPARE(range->min, -3.0);
        QCOMPARE(range->max, 7.0);
        QCOMPARE(s.lastValue(), std::optional<double>(-3.0));
        QVERIFY(!s.valueRange(3, 4).has_value());
        QVERIFY(!TimeSeries().lastValue().has_value());
    }

    void equalityTreatsNullsAsEqual()
    {
        const TimeSeries a({1, 2}, {1.0, TimeSeries::null()});
        const TimeSeries b({1, 2}, {1.0, TimeSeries::null()});
        const TimeSeries c({1, 2}, {1.0, 2.0});
        QVERIFY(a == b);
        QVERIFY(!(a == c));
    }

    void copiesShareUntilWrittenAndCrossThreads()
    {
        TimeSeries big;
        big.reserve(100'000);
        for (int i = 0; i < 100'000; ++i)
            big.append(i, i * 0.5);
        const TimeSeries copy = big;
        QCOMPARE(copy.times().constData(), big.times().constData()); // shared, not copied
        const double sum = QtConcurrent::run([copy] {
                               double total = 0;
                               for (double v : copy.values())
                                   total += v;
                               return total;
                           }).result();
        QCOMPARE(sum, 0.5 * (99'999.0 * 100'000.0 / 2.0));
        big.append(100'000, 1.0);
        QCOMPARE(copy.size(), 100'000);
    }
};

QTEST_GUILESS_MAIN(tst_TimeSeries)
#include "tst_TimeSeries.moc"
