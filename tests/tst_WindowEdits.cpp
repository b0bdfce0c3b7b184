#include "core/CronsCodec.h"
#include "core/DailyWindow.h"
#include "core/ScheduleDiff.h"
#include "core/WindowEdits.h"

#include <QTest>

namespace {

constexpr int H = 3600;
constexpr int M = 60;

DailyWindow window(int start, int stop, double kW)
{
    return DailyWindow{start, stop - start, kW * 1000.0, {}};
}

// The vendor's example day: 01:00–03:00 +10 kW and 17:00–19:00 −20 kW.
QList<DailyWindow> vendorDay()
{
    return {window(1 * H, 3 * H, 10), window(17 * H, 19 * H, -20)};
}

} // namespace

class tst_WindowEdits : public QObject
{
    Q_OBJECT

private slots:
    void midnightPairIsOneWindow()
    {
        const Schedule stored = CronsCodec::decode(QStringLiteral("[{\"start_time\":0,\"stop_time\":7200,\"power\":-20000},"
                                                                  "{\"start_time\":82800,\"stop_time\":86400,\"power\":-20000}]"))
                                    .value();
        const QList<DailyWindow> days = DailyWindows::fromSchedule(stored);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.first().start, 23 * H);
        QCOMPARE(days.first().duration, 3 * H);
        QCOMPARE(days.first().stop(), 2 * H);
        QVERIFY(days.first().crossesMidnight());
        // And back: the scheduler's two windows, evening and morning.
        QVERIFY(DailyWindows::toSchedule(days).sameWindowsAs(stored));
    }

    void windowsAtMidnightWithDifferentPowerStayApart()
    {
        const Schedule stored({ScheduleWindow{0, 3600, 5000, {}}, ScheduleWindow{82800, 86400, -20000, {}}});
        QCOMPARE(DailyWindows::fromSchedule(stored).size(), 2);
    }

    void overlapIsJudgedRoundTheClock()
    {
        const DailyWindow late = window(23 * H, 26 * H, -5); // 23:00–02:00
        QVERIFY(late.overlaps(window(1 * H, 3 * H, 10)));
        QVERIFY(!late.overlaps(window(2 * H, 3 * H, 10))); // touches only
        QVERIFY(late.contains(1 * H));
        QVERIFY(!late.contains(2 * H));
    }

    void moveStopsAtTheNextWindow()
    {
        const WindowEdits edits(vendorDay(), {});
        // Drag 01:00–03:00 to start at 16:00: it would end at 18:00, inside 17:00–19:00.
        const WindowEdit e = edits.move(0, 16 * H);
        QCOMPARE(e.window.start, 15 * H);
        QCOMPARE(e.window.duration, 2 * H);
        QVERIFY(e.wasStopped());
        QVERIFY2(e.stoppedBy.contains(QStringLiteral("17:00–19:00")), qPrintable(e.stoppedBy));
    }

    void moveStopsAtThePreviousWindowRoundMidnight()
    {
        const WindowEdits edits(vendorDay(), {});
        // 17:00–19:00 dragged back to 23:00 of the day before (−18 h): stops at 03:00.
        const WindowEdit e = edits.move(1, 17 * H - 18 * H);
        QCOMPARE(e.window.start, 3 * H);
        QVERIFY(e.wasStopped());
    }

    void moveAcrossMidnightWraps()
    {
        const WindowEdits edits({window(20 * H, 22 * H, -20)}, {});
        const WindowEdit e = edits.move(0, 23 * H);
        QVERIFY(!e.wasStopped());
        QCOMPARE(e.window.start, 23 * H);
        QVERIFY(e.window.crossesMidnight());
        const Schedule stored = DailyWindows::toSchedule({e.window});
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0), (ScheduleWindow{0, 1 * H, -20000, {}}));
        QCOMPARE(stored.at(1), (ScheduleWindow{23 * H, 24 * H, -20000, {}}));
        QVERIFY(ScheduleRules().check(stored).isEmpty());
    }

    void resizeKeepsTheOtherEdge()
    {
        const WindowEdits edits(vendorDay(), {});
        WindowEdit e = edits.moveEnd(1, 20 * H + 30 * M);
        QCOMPARE(e.window.start, 17 * H);
        QCOMPARE(e.window.stop(), 20 * H + 30 * M);
        e = edits.moveStart(1, 16 * H);
        QCOMPARE(e.window.start, 16 * H);
        QCOMPARE(e.window.stop(), 19 * H);
        QVERIFY(!e.wasStopped());
    }

    void resizeStopsAtNeighbourAndMinimum()
    {
        const WindowEdits edits(vendorDay(), {});
        WindowEdit e = edits.moveStart(1, 2 * H);
        QCOMPARE(e.window.start, 3 * H);
        QCOMPARE(e.window.stop(), 19 * H);
        QVERIFY(e.wasStopped());
        e = edits.moveEnd(0, 0, 15 * M);
        QCOMPARE(e.window.start, 1 * H);
        QCOMPARE(e.window.duration, 15 * M);
        QVERIFY(e.stoppedBy.contains(QStringLiteral("15")));
    }

    void powerDragKeepsSignAndLimit()
    {
        const WindowEdits edits(vendorDay(), ScheduleLimits{30000, 25000});
        QCOMPARE(edits.dragPower(1, -12000).window.powerW, -12000.0);
        WindowEdit e = edits.dragPower(1, -40000);
        QCOMPARE(e.window.powerW, -25000.0);
        QVERIFY(e.wasStopped());
        e = edits.dragPower(1, 3000); // past the zero line
        QCOMPARE(e.window.powerW, -WindowEdits::kMinimumPowerW);
        QVERIFY(e.wasStopped());
        e = edits.dragPower(0, 35000);
        QCOMPARE(e.window.powerW, 30000.0);
    }

    void createInsideTheFreeTime()
    {
        const WindowEdits edits(vendorDay(), {});
        std::optional<WindowEdit> e = edits.create(17 * H + 0, 19 * H, -20000);
        QVERIFY(!e); // pressed inside 17:00–19:00
        e = edits.create(12 * H, 14 * H, 5000);
        QVERIFY(e);
        QCOMPARE(e->window, window(12 * H, 14 * H, 5));
        QVERIFY(!e->wasStopped());
        // Dragged from 12:00 to 18:00: held at 17:00.
        e = edits.create(12 * H, 18 * H, 5000);
        QCOMPARE(e->window, window(12 * H, 17 * H, 5));
        QVERIFY(e->wasStopped());
        // Dragged leftwards from 05:00 to midnight: held at 03:00.
        e = edits.create(5 * H, 0, -3000);
        QCOMPARE(e->window, window(3 * H, 5 * H, -3));
        // A click makes a window of the minimum length.
        e = edits.create(10 * H, 10 * H, 5000, 15 * M);
        QCOMPARE(e->window, window(10 * H, 10 * H + 15 * M, 5));
    }

    void createSeesThePartPastMidnight()
    {
        const WindowEdits edits({window(23 * H, 26 * H, -5)}, {}); // 23:00–02:00
        QVERIFY(!edits.create(1 * H, 4 * H, 5000));
        const std::optional<WindowEdit> e = edits.create(3 * H, 0, 5000);
        QVERIFY(e);
        QCOMPARE(e->window, window(2 * H, 3 * H, 5));
    }

    void refusalNamesTheRule()
    {
        const WindowEdits edits(vendorDay(), {});
        QVERIFY(edits.refusal(0, window(2 * H, 4 * H, 10)).isEmpty());
        QVERIFY(edits.refusal(0, window(16 * H, 18 * H, 10)).contains(QStringLiteral("overlap")));
        QVERIFY(!edits.refusal(0, window(2 * H, 4 * H, 0)).isEmpty());
        QVERIFY(!edits.refusal(0, window(2 * H, 4 * H, 31)).isEmpty());
        QVERIFY(!edits.refusal(-1, window(4 * H, 4 * H, 10)).isEmpty());
        QCOMPARE(edits.with(-1, window(5 * H, 6 * H, 1)).at(1), window(5 * H, 6 * H, 1));
    }

    void diffNamesWhatSendingChanges()
    {
        using Kind = ScheduleChange::Kind;
        const Schedule server = DailyWindows::toSchedule(vendorDay());
        // Keep 01:00–03:00, move 17:00–19:00 to 18:00–20:00, add 23:00–01:00.
        const Schedule draft =
            DailyWindows::toSchedule({window(1 * H, 3 * H, 10), window(18 * H, 20 * H, -20), window(23 * H, 25 * H, -5)});
        const QList<ScheduleChange> changes = ScheduleDiff::compare(server, draft);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).kind, Kind::Unchanged);
        QCOMPARE(changes.at(1).kind, Kind::Changed);
        QCOMPARE(*changes.at(1).server, window(17 * H, 19 * H, -20));
        QCOMPARE(*changes.at(1).draft, window(18 * H, 20 * H, -20));
        QCOMPARE(changes.at(2).kind, Kind::Added);
        QVERIFY(!changes.at(2).server);
        // Everything removed.
        const QList<ScheduleChange> cleared = ScheduleDiff::compare(server, Schedule());
        QCOMPARE(cleared.size(), 2);
        QCOMPARE(cleared.at(0).kind, Kind::Removed);
        QCOMPARE(cleared.at(1).kind, Kind::Removed);
    }
};

QTEST_APPLESS_MAIN(tst_WindowEdits)
#include "tst_WindowEdits.moc"
