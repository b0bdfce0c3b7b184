#include "core/Clock.h"
#include "core/CronsCodec.h"
#include "gui/common/Translations.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/TimelineEditor.h"

#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int H = 3600;
constexpr int M = 60;

DailyWindow window(int start, int stop, double kW)
{
    return DailyWindow{start, stop - start, kW * 1000.0, {}};
}

Schedule scheduleOf(const QList<DailyWindow> &windows)
{
    return DailyWindows::toSchedule(windows);
}

} // namespace

// The timeline driven as an operator drives it: mouse drags and keys on the real widget.
class tst_TimelineEditor : public QObject
{
    Q_OBJECT

private:
    // 10:00 in Taipei: no window of the tests runs now.
    TestClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(2, 0), QTimeZone::utc())};
    std::unique_ptr<ScheduleModel> m_model;
    std::unique_ptr<TimelineEditor> m_timeline;

    void load(const QList<DailyWindow> &windows)
    {
        m_model->loadFromServer(scheduleOf(windows), QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
    }

    QPoint at(int second, double kW) const { return m_timeline->pointAt(second, kW * 1000.0).toPoint(); }

    void drag(const QPoint &from, const QPoint &to)
    {
        QTest::mousePress(m_timeline.get(), Qt::LeftButton, {}, from);
        // In steps, as a hand moves: the result must not depend on the path.
        for (int i = 1; i <= 8; ++i)
            QTest::mouseMove(m_timeline.get(), from + (to - from) * i / 8);
        QTest::mouseRelease(m_timeline.get(), Qt::LeftButton, {}, to);
    }

private slots:
    void init()
    {
        m_model = std::make_unique<ScheduleModel>();
        m_timeline = std::make_unique<TimelineEditor>(*m_model, m_clock);
        m_timeline->setZone(QTimeZone("Asia/Taipei"));
        m_timeline->resize(984, 320);
        m_timeline->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_timeline.get()));
    }

    void cleanup()
    {
        m_timeline.reset();
        m_model.reset();
    }

    void aScreenReaderHearsTheWindows()
    {
        Translations::apply(QStringLiteral("en")); // English plural forms come from the catalogue
        QCOMPARE(m_timeline->accessibleName(), QStringLiteral("Battery schedule timeline"));
        QCOMPARE(m_timeline->accessibleDescription(), QStringLiteral("No windows: the battery idles all day."));
        load({DailyWindow{17 * 3600, 2 * 3600, -20000.0, {}}});
        QVERIFY2(m_timeline->accessibleDescription().contains(m_model->window(0).describe()),
                 qPrintable(m_timeline->accessibleDescription()));
        m_model->edit({DailyWindow{17 * 3600, 2 * 3600, -20000.0, {}}, DailyWindow{2 * 3600, 3600, 5000.0, {}}},
                      QStringLiteral("two"));
        QVERIFY2(m_timeline->accessibleDescription().startsWith(QStringLiteral("2 windows:")),
                 qPrintable(m_timeline->accessibleDescription()));
    }

    void everyWindowIsLabelledWithItsPower_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("wide") << 1200;
        QTest::newRow("the schedule page at 1280x800") << 800;
        QTest::newRow("narrow") << 520;
    }
    void everyWindowIsLabelledWithItsPower()
    {
        QFETCH(int, width);
        // The vendor's windows: charge 01:00–03:00 at 10 kW, discharge 17:00–19:00 at 20 kW, the
        // discharge warned of (an empty battery), as on the demo site.
        load({window(1 * H, 3 * H, 10), window(17 * H, 19 * H, -20)});
        m_timeline->setWindowWarnings({{1, QStringLiteral("The battery is empty from 17:54")}});
        m_timeline->resize(width, 300);
        QTRY_COMPARE(m_timeline->width(), width);
        for (int row = 0; row < 2; ++row) {
            const QStringList label = m_timeline->windowLabel(row);
            QVERIFY2(!label.isEmpty(), qPrintable(QStringLiteral("window %1 has no label").arg(row)));
            QVERIFY2(label.first().endsWith(QStringLiteral(" kW")), qPrintable(label.join(QLatin1Char('|'))));
            // Drawn on or beside its window, not somewhere else on the timeline.
            const DailyWindow &w = m_model->window(row);
            const QRectF box = m_timeline->windowLabelBox(row);
            const QPointF start = m_timeline->pointAt(w.start, w.powerW);
            const QPointF stop = m_timeline->pointAt(w.stop(), 0);
            QVERIFY2(box.center().x() > start.x() && box.center().x() < stop.x(), qPrintable(label.join(QLatin1Char('|'))));
            QVERIFY2(box.top() <= std::max(start.y(), stop.y()) + box.height() + 1
                         && box.bottom() >= std::min(start.y(), stop.y()) - box.height() - 1,
                     qPrintable(label.join(QLatin1Char('|'))));
        }
        QVERIFY(m_timeline->windowLabel(0).first().contains(QStringLiteral("+10 kW")));
        QVERIFY(m_timeline->windowLabel(1).first().contains(QStringLiteral("\u221220 kW")));
    }

    void dragOnEmptySpaceCreatesAWindow()
    {
        load({window(1 * H, 3 * H, 10)});
        // Press at 17:00 at the height of −20 kW, drag to 19:00.
        drag(at(17 * H, -20), at(19 * H, -20));
        QCOMPARE(m_model->windows(), (QList<DailyWindow>{window(1 * H, 3 * H, 10), window(17 * H, 19 * H, -20)}));
        QCOMPARE(m_model->undoStack()->count(), 1);
        QCOMPARE(m_timeline->selectedRow(), 1);
        QVERIFY(m_model->isModified());
    }

    void dragOnABodyMovesIt()
    {
        load({window(1 * H, 3 * H, 10)});
        drag(at(2 * H, 5), at(4 * H, 5));
        QCOMPARE(m_model->windows(), QList<DailyWindow>{window(3 * H, 5 * H, 10)});
    }

    void dragOnAnEdgeResizesIt()
    {
        load({window(1 * H, 3 * H, 10)});
        drag(at(3 * H, 5), at(4 * H + 30 * M, 5));
        QCOMPARE(m_model->windows(), QList<DailyWindow>{window(1 * H, 4 * H + 30 * M, 10)});
        drag(at(1 * H, 5), at(0, 5));
        QCOMPARE(m_model->windows(), QList<DailyWindow>{window(0, 4 * H + 30 * M, 10)});
    }

    void dragOnTheTopEdgeSetsThePower()
    {
        load({window(1 * H, 3 * H, 10), window(17 * H, 19 * H, -20)});
        drag(at(2 * H, 10), at(2 * H, 15));
        QCOMPARE(m_model->window(0).powerW, 15000.0);
        // The bottom edge of a discharge window, raised to −12.5 kW, then pulled past the limit.
        drag(at(18 * H, -20), at(18 * H, -12.5));
        QCOMPARE(m_model->window(1).powerW, -12500.0);
        QVERIFY(m_timeline->lastStop().isEmpty());
        drag(at(18 * H, -12.5), m_timeline->rect().bottomLeft() + QPoint(m_timeline->pointAt(18 * H, 0).toPoint().x(), -1));
        QCOMPARE(m_model->window(1).powerW, -30000.0); // the default discharge limit
        QVERIFY(!m_timeline->lastStop().isEmpty());
    }

    void dragIntoANeighbourStopsAtItsEdge()
    {
        load({window(1 * H, 3 * H, 10), window(17 * H, 19 * H, -20)});
        QSignalSpy stops(m_timeline.get(), &TimelineEditor::ruleStopped);
        drag(at(2 * H, 5), at(18 * H, 5));
        QCOMPARE(m_model->windows(), (QList<DailyWindow>{window(15 * H, 17 * H, 10), window(17 * H, 19 * H, -20)}));
        QVERIFY(!stops.isEmpty());
        QVERIFY2(stops.last().first().toString().contains(QStringLiteral("17:00–19:00")),
                 qPrintable(stops.last().first().toString()));
        QVERIFY(ScheduleRules().check(m_model->draft()).isEmpty());
    }

    void dragAcrossMidnightYieldsTheSplitPair()
    {
        load({window(20 * H, 22 * H, -20)});
        drag(at(21 * H, -10), at(24 * H, -10));
        const Schedule stored = m_model->draft();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0), (ScheduleWindow{0, 1 * H, -20000, {}}));
        QCOMPARE(stored.at(1), (ScheduleWindow{23 * H, 24 * H, -20000, {}}));
        // Drawn as one: both parts are the same window.
        int evening = -1;
        int morning = -1;
        QCOMPARE(m_timeline->handleAt(at(23 * H + 30 * M, -10), &evening), TimelineEditor::Handle::Move);
        QCOMPARE(m_timeline->handleAt(at(30 * M, -10), &morning), TimelineEditor::Handle::Move);
        QCOMPARE(evening, morning);
        // Its end is on the next morning's part.
        drag(at(1 * H, -10), at(2 * H, -10));
        QCOMPARE(m_model->windows(), QList<DailyWindow>{window(23 * H, 26 * H, -20)});
    }

    void oneDragIsOneUndoStep()
    {
        const QList<DailyWindow> start{window(1 * H, 3 * H, 10), window(17 * H, 19 * H, -20)};
        load(start);
        drag(at(2 * H, 5), at(6 * H, 5));
        const QList<DailyWindow> moved = m_model->windows();
        QCOMPARE(moved.first(), window(5 * H, 7 * H, 10));
        drag(at(18 * H, -20), at(18 * H, -25));
        const QList<DailyWindow> powered = m_model->windows();
        QCOMPARE(m_model->undoStack()->count(), 2);
        m_model->undoStack()->undo();
        QCOMPARE(m_model->windows(), moved);
        m_model->undoStack()->undo();
        QCOMPARE(m_model->windows(), start);
        QVERIFY(!m_model->isModified());
        m_model->undoStack()->redo();
        m_model->undoStack()->redo();
        QCOMPARE(m_model->windows(), powered);
    }

    void escapeCancelsADrag()
    {
        load({window(1 * H, 3 * H, 10)});
        drag(at(12 * H, 5), at(13 * H, 5)); // an earlier edit that must survive
        const QList<DailyWindow> before = m_model->windows();
        QCOMPARE(before.size(), 2);
        QTest::mousePress(m_timeline.get(), Qt::LeftButton, {}, at(2 * H, 5));
        QTest::mouseMove(m_timeline.get(), at(5 * H, 5));
        QCOMPARE(m_model->window(0).start, 4 * H);
        QVERIFY(!m_timeline->dragReadout().isEmpty());
        QTest::keyClick(m_timeline.get(), Qt::Key_Escape);
        QTest::mouseRelease(m_timeline.get(), Qt::LeftButton, {}, at(5 * H, 5));
        QCOMPARE(m_model->windows(), before);
        QCOMPARE(m_model->undoStack()->count(), 1);
        QVERIFY(!m_model->undoStack()->canRedo());
        // A press that never became a drag: Escape takes back nothing.
        QTest::mousePress(m_timeline.get(), Qt::LeftButton, {}, at(20 * H, 5));
        QTest::mouseMove(m_timeline.get(), at(20 * H + 5 * 60, 5)); // shorter than a drag
        QTest::mouseMove(m_timeline.get(), at(20 * H, 5));
        QTest::keyClick(m_timeline.get(), Qt::Key_Escape);
        QTest::mouseRelease(m_timeline.get(), Qt::LeftButton, {}, at(20 * H, 5));
        QCOMPARE(m_model->windows(), before);
        QCOMPARE(m_model->undoStack()->count(), 1);
    }

    void aDragBackToItsStartIsNoStep()
    {
        load({window(1 * H, 3 * H, 10)});
        QTest::mousePress(m_timeline.get(), Qt::LeftButton, {}, at(2 * H, 5));
        QTest::mouseMove(m_timeline.get(), at(4 * H, 5));
        QTest::mouseMove(m_timeline.get(), at(2 * H, 5));
        QTest::mouseRelease(m_timeline.get(), Qt::LeftButton, {}, at(2 * H, 5));
        QCOMPARE(m_model->windows(), QList<DailyWindow>{window(1 * H, 3 * H, 10)});
        QCOMPARE(m_model->undoStack()->count(), 0);
    }

    void aWindowCanBeMadeUpToMidnight()
    {
        load({});
        // Pressed at 23:55, which snaps to 24:00: the press stays in the day.
        drag(at(23 * H + 55 * 60, 5), at(22 * H, 5));
        QCOMPARE(m_model->windows(), QList<DailyWindow>{window(22 * H, 23 * H + 45 * 60, 5)});
    }

    void keysNudgeAndDelete()
    {
        load({window(1 * H, 3 * H, 10), window(17 * H, 19 * H, -20)});
        m_timeline->setFocus();
        m_timeline->setSelectedRow(1);
        QTest::keyClick(m_timeline.get(), Qt::Key_Right);
        QCOMPARE(m_model->window(1), window(17 * H + 15 * M, 19 * H + 15 * M, -20));
        m_timeline->setSnapMinutes(60);
        QTest::keyClick(m_timeline.get(), Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(m_model->window(1), window(17 * H + 15 * M, 18 * H + 15 * M, -20));
        QTest::keyClick(m_timeline.get(), Qt::Key_Up); // a kW less discharge
        QCOMPARE(m_model->window(1).powerW, -19000.0);
        QTest::keyClick(m_timeline.get(), Qt::Key_Delete);
        QCOMPARE(m_model->windows(), QList<DailyWindow>{window(1 * H, 3 * H, 10)});
        QCOMPARE(m_model->undoStack()->count(), 4);
    }

    void snappingFollowsTheStep()
    {
        load({});
        m_timeline->setSnapMinutes(60);
        drag(at(9 * H + 20 * M, 5), at(11 * H + 10 * M, 5));
        QCOMPARE(m_model->windows(), QList<DailyWindow>{window(9 * H, 11 * H, 5)});
        m_model->undoStack()->undo();
        m_timeline->setSnapMinutes(5);
        drag(at(9 * H + 20 * M, 5), at(11 * H + 10 * M, 5));
        QCOMPARE(m_model->windows(), QList<DailyWindow>{window(9 * H + 20 * M, 11 * H + 10 * M, 5)});
    }

    void tableEditsMoveTheTimeline()
    {
        load({window(1 * H, 3 * H, 10)});
        QVERIFY(m_model->setData(m_model->index(0, ScheduleModel::StartColumn), QTime(6, 0)));
        QVERIFY(m_model->setData(m_model->index(0, ScheduleModel::StopColumn), QTime(8, 0)));
        int row = -1;
        QCOMPARE(m_timeline->handleAt(at(7 * H, 5), &row), TimelineEditor::Handle::Move);
        QCOMPARE(row, 0);
        QCOMPARE(m_timeline->handleAt(at(2 * H, 5)), TimelineEditor::Handle::Create);
        // A value the rules refuse is not taken, and the reason is given.
        QSignalSpy refused(m_model.get(), &ScheduleModel::editRefused);
        QVERIFY(!m_model->setData(m_model->index(0, ScheduleModel::PowerColumn), 0.0));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(m_model->window(0), window(6 * H, 8 * H, 10));
    }
};

QTEST_MAIN(tst_TimelineEditor)
#include "tst_TimelineEditor.moc"
