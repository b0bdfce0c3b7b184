#include "gui/timechart/SeriesDecimator.h"

#include <QRandomGenerator>
#include <QtTest>
#include <cmath>

namespace {

constexpr qint64 kStart = 1'720'000'000'000; // 2024-07-03, an arbitrary epoch

TimeSeries noise(qsizetype n, quint32 seed)
{
    QRandomGenerator random(seed);
    TimeSeries s;
    s.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        s.append(kStart + i * 1000, 100 + random.bounded(10.0));
    return s;
}

qsizetype pointCount(const QList<SeriesDecimator::Segment> &segments)
{
    qsizetype n = 0;
    for (const auto &s : segments)
        n += s.size();
    return n;
}

bool containsPoint(const QList<SeriesDecimator::Segment> &segments, qint64 t, double v)
{
    for (const auto &s : segments) {
        for (const QPointF &p : s) {
            if (qint64(p.x()) == t && p.y() == v)
                return true;
        }
    }
    return false;
}

} // namespace

class tst_SeriesDecimator : public QObject
{
    Q_OBJECT

private slots:
    void aSingleSampleSpikeSurvivesAtAnyWidth_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<qsizetype>("spikeAt");
        for (const int width : {1, 2, 3, 7, 100, 640, 1199, 1920, 4000}) {
            for (const qsizetype at : {qsizetype(0), qsizetype(1), qsizetype(49'999), qsizetype(99'999)})
                QTest::addRow("w%d-at%lld", width, qlonglong(at)) << width << at;
        }
    }
    void aSingleSampleSpikeSurvivesAtAnyWidth()
    {
        QFETCH(int, width);
        QFETCH(qsizetype, spikeAt);
        TimeSeries s = noise(100'000, 7);
        QList<double> values = s.values();
        values[spikeAt] = 5000; // a peak
        values[(spikeAt + 50'000) % values.size()] = -3000; // and a dip elsewhere
        s = TimeSeries(s.times(), values);
        const auto segments = SeriesDecimator::decimate(s, s.firstTime(), s.lastTime(), width);
        QVERIFY(containsPoint(segments, s.time(spikeAt), 5000));
        QVERIFY(containsPoint(segments, s.time((spikeAt + 50'000) % values.size()), -3000));
    }

    void outputIsBoundedByFourPointsPerColumn()
    {
        const TimeSeries s = noise(1'000'000, 11);
        for (const int width : {1, 10, 800, 1200, 3000}) {
            const auto segments = SeriesDecimator::decimate(s, s.firstTime(), s.lastTime(), width);
            QCOMPARE(segments.size(), 1);
            QVERIFY2(pointCount(segments) <= 4 * width, qPrintable(QString::number(pointCount(segments))));
            QVERIFY(pointCount(segments) >= width); // every column has points here
            // In time order, starting and ending with the series' ends.
            const auto &points = segments.constFirst();
            QCOMPARE(qint64(points.constFirst().x()), s.firstTime());
            QCOMPARE(qint64(points.constLast().x()), s.lastTime());
            for (qsizetype i = 1; i < points.size(); ++i)
                QVERIFY(points.at(i - 1).x() < points.at(i).x());
        }
    }

    void extremesOfEveryColumnAreKept()
    {
        // The drawn line covers exactly the raw line's vertical extent in each column.
        const TimeSeries s = noise(50'000, 3);
        const int width = 500;
        const auto segments = SeriesDecimator::decimate(s, s.firstTime(), s.lastTime(), width);
        const auto range = s.valueRange();
        double low = HUGE_VAL, high = -HUGE_VAL;
        for (const QPointF &p : segments.constFirst()) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
        QCOMPARE(low, range->min);
        QCOMPARE(high, range->max);
    }

    void nullsSplitTheOutputIntoSegments()
    {
        TimeSeries s = noise(10'000, 5);
        QList<double> values = s.values();
        for (qsizetype i = 3000; i < 3100; ++i)
            values[i] = TimeSeries::null();
        values[7000] = TimeSeries::null();
        s = TimeSeries(s.times(), values);
        for (const int width : {200, 1000, 20'000}) {
            const auto segments = SeriesDecimator::decimate(s, s.firstTime(), s.lastTime(), width);
            QCOMPARE(segments.size(), 3);
            QVERIFY(segments.at(0).constLast().x() < double(s.time(3000)));
            QVERIFY(segments.at(1).constFirst().x() > double(s.time(3099)));
            QVERIFY(segments.at(1).constLast().x() < double(s.time(7000)));
            QVERIFY(segments.at(2).constFirst().x() > double(s.time(7000)));
            for (const auto &segment : segments) {
                for (const QPointF &p : segment)
                    QVERIFY(!std::isnan(p.y()));
            }
        }
    }

    void manyGapsInOnePixelColumnStayBounded()
    {
        // Alternating readings and nulls: a gap per point, but at most one per column is drawn.
        TimeSeries s;
        for (qsizetype i = 0; i < 200'000; ++i)
            s.append(kStart + i * 1000, i % 2 ? TimeSeries::null() : double(i % 17));
        const int width = 1000;
        const auto segments = SeriesDecimator::decimate(s, s.firstTime(), s.lastTime(), width);
        QVERIFY(segments.size() <= width + 1);
        QVERIFY(pointCount(segments) <= 8 * width);
    }

    void exactWhenFewerPointsThanPixels()
    {
        TimeSeries s;
        for (int i = 0; i < 300; ++i)
            s.append(kStart + i * 60'000, i == 120 ? TimeSeries::null() : std::sin(i / 10.0));
        const auto segments = SeriesDecimator::decimate(s, s.firstTime(), s.lastTime(), 1200);
        QCOMPARE(segments.size(), 2);
        QCOMPARE(pointCount(segments), 299);
        qsizetype i = 0;
        for (const auto &segment : segments) {
            for (const QPointF &p : segment) {
                if (i == 120)
                    ++i;
                QCOMPARE(qint64(p.x()), s.time(i));
                QCOMPARE(p.y(), s.value(i));
                ++i;
            }
        }
    }

    void visibleRangeUsesOneNeighbourEachSide()
    {
        const TimeSeries s = noise(1000, 1);
        const auto [first, last] = SeriesDecimator::visibleIndices(s, s.time(100) + 500, s.time(200));
        QCOMPARE(first, 100); // the point before the range
        QCOMPARE(last, 202); // up to and including the point after it
        QCOMPARE(SeriesDecimator::visibleIndices(s, s.time(0) - 5000, s.time(10)).first, 0);
        QCOMPARE(SeriesDecimator::visibleIndices(s, s.time(990), s.time(999) + 5000).second, 1000);
        QCOMPARE(SeriesDecimator::visibleIndices(TimeSeries(), 0, 10).second, 0);

        // Zooming in re-decimates from the raw points: a narrower span keeps them all.
        const auto zoomed = SeriesDecimator::decimate(s, s.time(100), s.time(200), 1200);
        QCOMPARE(pointCount(zoomed), 103);
    }

    void emptyAndDegenerateInputs()
    {
        QVERIFY(SeriesDecimator::decimate(TimeSeries(), 0, 10, 100).isEmpty());
        const TimeSeries s = noise(10, 2);
        QVERIFY(SeriesDecimator::decimate(s, s.firstTime(), s.lastTime(), 0).isEmpty());
        const TimeSeries allNull({1, 2, 3}, {TimeSeries::null(), TimeSeries::null(), TimeSeries::null()});
        QVERIFY(SeriesDecimator::decimate(allNull, 0, 10, 100).isEmpty());
        // All points at one instant: no division by a zero span.
        TimeSeries same;
        for (int i = 0; i < 100; ++i)
            same.append(kStart, double(i));
        const auto segments = SeriesDecimator::decimate(same, kStart, kStart, 10);
        QVERIFY(containsPoint(segments, kStart, 99));
        QVERIFY(containsPoint(segments, kStart, 0));
    }
};

QTEST_GUILESS_MAIN(tst_SeriesDecimator)
#include "tst_SeriesDecimator.moc"
