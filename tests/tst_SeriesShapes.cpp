// The pixel shape of a line: drawn in short runs that share their end points, so that Qt's raster
// engine strokes it in time linear in its length (bench_interaction: Today → 30 days went from
// 737 ms to 66 ms) and the line on screen is still one unbroken line through every point.
#include "gui/timechart/SeriesShapes.h"

#include <QImage>
#include <QPainter>
#include <QtTest>
#include <cmath>

class tst_SeriesShapes : public QObject
{
    Q_OBJECT

private slots:
    void aLongLineIsDrawnInShortRunsThroughEveryPoint()
    {
        // 360 readings: 30 days at 2-hour points, sparse on a 1200-pixel plot.
        SeriesShapes::Prepared prepared;
        prepared.color = Qt::red;
        SeriesDecimator::Segment segment;
        for (int i = 0; i < 360; ++i)
            segment.append(QPointF(i * 7'200'000.0, std::sin(i * 0.1)));
        prepared.segments = {segment};
        SeriesShapes::Mapping mapping;
        mapping.area = QRectF(40, 10, 1200, 300);
        mapping.time = TimeInterval{0, 359LL * 7'200'000};
        mapping.min[0] = -1;
        mapping.max[0] = 1;
        const SeriesPlotItem::Shape shape = SeriesShapes::shape(prepared, mapping);

        QVERIFY(shape.runs.size() > 1);
        QVERIFY(shape.line.isEmpty()); // no lone reading to dot
        QPolygonF joined;
        for (const QPolygonF &run : shape.runs) {
            QVERIFY2(run.size() >= 2 && run.size() <= 9, qPrintable(QString::number(run.size())));
            if (!joined.isEmpty())
                QCOMPARE(run.constFirst(), joined.constLast()); // the runs meet: no gap
            joined += joined.isEmpty() ? QList<QPointF>(run) : run.mid(1);
        }
        QCOMPARE(joined.size(), 360);
        for (int i = 0; i < 360; ++i)
            QCOMPARE(joined.at(i), QPointF(mapping.x(qint64(segment.at(i).x())), mapping.y(segment.at(i).y(), 0)));
    }

    void aLoneReadingIsADot()
    {
        SeriesShapes::Prepared prepared;
        prepared.segments = {SeriesDecimator::Segment{QPointF(0, 0.5)}};
        SeriesShapes::Mapping mapping;
        mapping.area = QRectF(0, 0, 100, 100);
        mapping.time = TimeInterval{0, 1000};
        const SeriesPlotItem::Shape shape = SeriesShapes::shape(prepared, mapping);
        QVERIFY(shape.runs.isEmpty());
        QVERIFY(!shape.line.isEmpty());
    }
};

QTEST_MAIN(tst_SeriesShapes)
#include "tst_SeriesShapes.moc"
