// The schedule timeline's geometry without a widget: a plot of 864 × 240 pixels at (100, 20)
// holds 100 s of the day per pixel and, on a ±30 kW scale, 250 W per pixel around y = 140.
#include "gui/schedule/TimelineGeometry.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainterPath>
#include <QTest>

namespace {

constexpr int H = 3600;
constexpr int M = 60;
using Handle = TimelineGeometry::Handle;

const QRectF kPlot(100, 20, 864, 240);

DailyWindow window(int start, int stop, double kW)
{
    return DailyWindow{start, stop - start, kW * 1000.0, {}};
}

TimelineGeometry geometry(int snapMinutes = 15, const ScheduleLimits &scale = {30000, 30000})
{
    return TimelineGeometry(kPlot, scale, snapMinutes);
}

} // namespace

class tst_TimelineGeometry : public QObject
{
    Q_OBJECT

private slots:
    void mapsTimeAndPowerToPixelsExactly_data()
    {
        QTest::addColumn<int>("second");
        QTest::addColumn<double>("watts");
        QTest::addColumn<QPointF>("point");
        QTest::newRow("midnight, full charge") << 0 << 30000.0 << QPointF(100, 20);
        QTest::newRow("end of day, full discharge") << 24 * H << -30000.0 << QPointF(964, 260);
        QTest::newRow("noon, zero") << 12 * H << 0.0 << QPointF(532, 140);
        QTest::newRow("01:00, +5 kW") << 1 * H << 5000.0 << QPointF(136, 120);
        QTest::newRow("17:00, −20 kW") << 17 * H << -20000.0 << QPointF(712, 220);
        QTest::newRow("23:59:50, −250 W") << 24 * H - 10 << -250.0 << QPointF(963.9, 141);
    }

    void mapsTimeAndPowerToPixelsExactly()
    {
        QFETCH(int, second);
        QFETCH(double, watts);
        QFETCH(QPointF, point);
        const TimelineGeometry g = geometry();
        QCOMPARE(g.zeroY(), 140.0);
        QCOMPARE(g.pointAt(second, watts), point);
        QCOMPARE(g.secondAt(point.x()), double(second));
        QCOMPARE(g.powerAt(point.y()), watts);
    }

    void anUnevenScaleMovesTheZeroLine()
    {
        // 20 kW of charge above, 40 kW of discharge below: zero a third of the way down.
        const TimelineGeometry g = geometry(15, {20000, 40000});
        QCOMPARE(g.zeroY(), 100.0);
        QCOMPARE(g.yOf(20000), 20.0);
        QCOMPARE(g.yOf(-40000), 260.0);
        QCOMPARE(g.powerAt(180), -20000.0);
        QVERIFY(g.chargesAt(100));
        QVERIFY(!g.chargesAt(100.5));
    }

    void snapsToTheStep_data()
    {
        QTest::addColumn<int>("minutes");
        for (int minutes : {1, 5, 15, 30, 60})
            QTest::addRow("%d min", minutes) << minutes;
    }

    void snapsToTheStep()
    {
        QFETCH(int, minutes);
        const TimelineGeometry g = geometry(minutes);
        const int step = minutes * M;
        QCOMPARE(g.snapSeconds(), step);
        QCOMPARE(g.snap(step / 2.0 - 1), 0);
        QCOMPARE(g.snap(step / 2.0), step); // halfway goes forward
        QCOMPARE(g.snap(10 * H + step * 0.4), 10 * H);
        QCOMPARE(g.snap(10 * H + step * 0.6), 10 * H + step);
        QCOMPARE(g.snap(10 * H - step * 0.6), 10 * H - step);
        QCOMPARE(g.snap(24 * H - 1), 24 * H);
        // A drag back past its press snaps the same way.
        QCOMPARE(g.snap(-step * 0.6), -step);
    }

    void snapsPowerToHalfKilowatts()
    {
        QCOMPARE(TimelineGeometry::snapPower(1249), 1000.0);
        QCOMPARE(TimelineGeometry::snapPower(1250), 1500.0);
        QCOMPARE(TimelineGeometry::snapPower(-1250), -1500.0);
        QCOMPARE(TimelineGeometry::snapPower(-20100), -20000.0);
    }

    void aPressStaysOutOfWindowsAndInTheDay()
    {
        const QList<DailyWindow> windows{window(1 * H, 3 * H, 10), window(3 * H, 5 * H, 5)};
        const TimelineGeometry g = geometry(15);
        QCOMPARE(g.pressSecondFor(10 * H + 8 * M, windows), 10 * H + 15 * M); // snapped
        // 00:59 snaps into the window at 01:00: the step below.
        QCOMPARE(g.pressSecondFor(59 * M, windows), 45 * M);
        // 23:55 snaps to the end of the day: the step below.
        QCOMPARE(g.pressSecondFor(23 * H + 55 * M, windows), 23 * H + 45 * M);
        // Both steps in windows: the exact point.
        QCOMPARE(geometry(60).pressSecondFor(3 * H - 1, windows), 3 * H - 1);
        QCOMPARE(g.pressSecondFor(-30, windows), 0);
    }

    void aPressStartsAWindowWithSomePower()
    {
        const TimelineGeometry g = geometry();
        QCOMPARE(g.pressPowerAt(100), 10000.0);
        QCOMPARE(g.pressPowerAt(139.5), 500.0); // 125 W, snapped to nothing
        QCOMPARE(g.pressPowerAt(140), 500.0); // on the zero line: charge
        QCOMPARE(g.pressPowerAt(140.5), -500.0); // just below: discharge
        QCOMPARE(g.pressPowerAt(220), -20000.0);
    }

    void aWindowIsOneRect()
    {
        const TimelineGeometry g = geometry();
        const TimelineGeometry::WindowShape charge = g.shapeOf(window(1 * H, 3 * H, 10));
        QCOMPARE(charge.pieces, QList<QRectF>{QRectF(136, 100, 72, 40)});
        QCOMPARE(charge.powerEdgeY(0), 100.0);
        QVERIFY(charge.hasStartEdge(0) && charge.hasEndEdge(0));
        QCOMPARE(charge.powerGrip(0), QRectF(166, 98, 12, 4));
        const TimelineGeometry::WindowShape discharge = g.shapeOf(window(17 * H, 19 * H, -20));
        QCOMPARE(discharge.pieces, QList<QRectF>{QRectF(712, 140, 72, 80)});
        QCOMPARE(discharge.powerEdgeY(0), 220.0);
        QCOMPARE(&discharge.widest(), &discharge.pieces.at(0));
        // Too short or too weak to see: still two pixels.
        QCOMPARE(g.shapeOf(window(6 * H, 6 * H + 60, 0.1)).pieces, QList<QRectF>{QRectF(316, 139.6, 2, 2)});
    }

    void aWindowPastMidnightIsOneShapeInTwoRects()
    {
        const TimelineGeometry g = geometry();
        const TimelineGeometry::WindowShape shape = g.shapeOf(window(23 * H, 26 * H, -20));
        QCOMPARE(shape.pieces, (QList<QRectF>{QRectF(928, 140, 36, 80), QRectF(100, 140, 72, 80)}));
        // It starts in the evening and ends in the morning; at midnight it goes on.
        QVERIFY(shape.hasStartEdge(0));
        QVERIFY(!shape.hasEndEdge(0));
        QVERIFY(!shape.hasStartEdge(1));
        QVERIFY(shape.hasEndEdge(1));
        QCOMPARE(&shape.widest(), &shape.pieces.at(1));
        QCOMPARE(shape.powerEdgeY(1), 220.0);
        // A window ending at midnight is not past it.
        QCOMPARE(g.shapeOf(window(22 * H, 24 * H, 5)).pieces.size(), 1);
    }

    void hitTestPrioritiesAtTheEdges_data()
    {
        QTest::addColumn<QPointF>("pos");
        QTest::addColumn<int>("handle");
        QTest::addColumn<int>("row");
        // Row 0 charges 01:00–03:00 at 10 kW: x 136–208, y 100–140. Row 1 charges 03:00–05:00 at
        // 5 kW: x 208–280, y 120–140. Row 2 discharges 17:00–19:00 at −20 kW: x 712–784, y 140–220.
        // Row 3 discharges 06:00–06:20 at −10 kW: x 316–328, too narrow for edges. Row 4
        // discharges 22:00–01:00 at −10 kW: x 892–964 and 100–136, y 140–180.
        const auto row = [](const char *name, QPointF pos, Handle handle, int r) {
            QTest::newRow(name) << pos << int(handle) << r;
        };
        row("body", {172, 120}, Handle::Move, 0);
        row("zero side of a charge window is its body", {172, 140}, Handle::Move, 0);
        row("start edge", {136, 120}, Handle::Start, 0);
        row("start edge, 5 px before", {131, 120}, Handle::Start, 0);
        row("start edge, 5 px inside", {141, 120}, Handle::Start, 0);
        row("start edge, 5.5 px inside", {141.5, 120}, Handle::Move, 0);
        row("6 px before the start", {130, 120}, Handle::Create, -1);
        row("end edge, 5 px after", {285, 130}, Handle::End, 1);
        row("top edge of a charge window", {172, 100}, Handle::Power, 0);
        row("top edge, 5 px above", {172, 95}, Handle::Power, 0);
        row("6 px above the top", {172, 94}, Handle::Create, -1);
        row("corner: start before power", {136, 100}, Handle::Start, 0);
        row("near the corner: power before start", {139, 100}, Handle::Power, 0);
        row("near the end corner: power before end", {205, 100}, Handle::Power, 0);
        row("shared edge: the first window's end", {208, 130}, Handle::End, 0);
        row("next window's body", {244, 130}, Handle::Move, 1);
        row("bottom edge of a discharge window", {748, 220}, Handle::Power, 2);
        row("bottom edge, 5 px below", {748, 225}, Handle::Power, 2);
        row("zero side of a discharge window is its body", {748, 140}, Handle::Move, 2);
        row("end edge of a discharge window", {784, 180}, Handle::End, 2);
        row("narrow window: no start edge", {316, 160}, Handle::Move, 3);
        row("narrow window: no end edge", {328, 160}, Handle::Move, 3);
        row("narrow window: its grab is not its body", {313, 160}, Handle::Create, -1);
        row("past midnight: its start", {892, 160}, Handle::Start, 4);
        row("past midnight: its end", {136, 160}, Handle::End, 4);
        row("past midnight: not an end at midnight", {964, 160}, Handle::Move, 4);
        row("past midnight: not a start at midnight", {100, 160}, Handle::Move, 4);
        row("past midnight: the morning's body", {118, 170}, Handle::Move, 4);
        row("empty plot", {532, 60}, Handle::Create, -1);
        row("edge of the plot", {532, 20}, Handle::Create, -1);
        row("outside the plot", {532, 10}, Handle::None, -1);
        row("left of the plot", {50, 120}, Handle::None, -1);
    }

    void hitTestPrioritiesAtTheEdges()
    {
        QFETCH(QPointF, pos);
        QFETCH(int, handle);
        QFETCH(int, row);
        const QList<DailyWindow> windows{window(1 * H, 3 * H, 10), window(3 * H, 5 * H, 5), window(17 * H, 19 * H, -20),
                                         window(6 * H, 6 * H + 20 * M, -10), window(22 * H, 25 * H, -10)};
        int found = -2;
        QCOMPARE(int(geometry().handleAt(pos, windows, &found)), handle);
        QCOMPARE(found, row);
        QCOMPARE(int(geometry().handleAt(pos, windows)), handle); // the row is optional
    }

    void theGrabReachesPastThePlot()
    {
        // A window from midnight can be grabbed by its start a few pixels left of the plot.
        const QList<DailyWindow> windows{window(0, 2 * H, 10)};
        int row = -1;
        QCOMPARE(geometry().handleAt({97, 120}, windows, &row), Handle::Start);
        QCOMPARE(row, 0);
        QCOMPARE(geometry().handleAt({97, 180}, windows, &row), Handle::None);
        QCOMPARE(row, -1);
    }

    void theScaleHasALineEveryFiveOrTenKilowatts()
    {
        QCOMPARE(geometry(15, {30000, 30000}).scaleLinesW(), (QList<double>{-30000, -20000, -10000, 0, 10000, 20000, 30000}));
        QCOMPARE(geometry(15, {20000, 20000}).scaleLinesW(),
                 (QList<double>{-20000, -15000, -10000, -5000, 0, 5000, 10000, 15000, 20000}));
        QCOMPARE(geometry(15, {12000, 7000}).scaleLinesW(), (QList<double>{-5000, 0, 5000, 10000}));
    }

    void theNowTipPointsDownAtTheTime()
    {
        const QRectF tip = geometry().nowTip(12 * H).boundingRect();
        QCOMPARE(tip, QRectF(527, 11, 10, 6));
    }

    void theReadoutTurnsOverAtTheEdges()
    {
        const QSizeF area(984, 320);
        QCOMPARE(TimelineGeometry::readoutBox({100, 100}, {80, 30}, area), QRectF(114, 114, 80, 30));
        QCOMPARE(TimelineGeometry::readoutBox({950, 100}, {80, 30}, area), QRectF(856, 114, 80, 30));
        QCOMPARE(TimelineGeometry::readoutBox({100, 300}, {80, 30}, area), QRectF(114, 256, 80, 30));
    }

    void aLabelShowsTheLinesThatFit()
    {
        const QFontMetrics metrics{QFont()};
        const QStringList lines{QStringLiteral("17:00–19:00"), QStringLiteral("−20 kW"), QStringLiteral("running now")};
        double wide = 0;
        for (const QString &line : lines)
            wide = std::max(wide, metrics.horizontalAdvance(line) + 8.0);
        const double h = metrics.height();
        QCOMPARE(TimelineGeometry::labelLinesThatFit(lines, metrics, QRectF(0, 0, wide + 40, 3 * h + 4)), 3);
        QCOMPARE(TimelineGeometry::labelLinesThatFit(lines, metrics, QRectF(0, 0, wide + 40, 3 * h + 3)), 2);
        QCOMPARE(TimelineGeometry::labelLinesThatFit(lines, metrics, QRectF(0, 0, wide + 40, h + 3)), 0);
        // Too narrow for one of its lines: no label at all.
        QCOMPARE(TimelineGeometry::labelLinesThatFit(lines, metrics, QRectF(0, 0, wide - 1, 3 * h + 4)), 0);
    }
};

QTEST_MAIN(tst_TimelineGeometry)
#include "tst_TimelineGeometry.moc"
