#include "core/Clock.h"
#include "gui/common/TimeSpanText.h"
#include "gui/schedule/SchedulerStatusWidget.h"

#include <QTimer>
#include <QtTest>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

// Values and spans keep their parts together with no-break spaces, written here as '~'.
QString nb(QString text)
{
    return text.replace(QLatin1Char('~'), QChar::Nbsp);
}

ScheduleWindow window(int startHour, int stopHour, double powerW)
{
    return ScheduleWindow{startHour * 3600, stopHour * 3600, powerW, {}};
}

// The vendor document's scheduler (docs/aegis-api.md §7), idle, after a run yesterday 17:00–19:00 Taipei.
SchedulerState taipeiState()
{
    SchedulerState s;
    s.id = 4;
    s.timezone = QStringLiteral("Asia/Taipei");
    s.enabled = true;
    s.schedule = Schedule({window(17, 19, -20000), window(1, 3, 10000)});
    s.startTime = utc(2024, 12, 8, 9, 0, 3);
    s.stopTime = utc(2024, 12, 8, 11, 0, 2);
    SchedulerRunInfo run;
    run.start = SchedulerRunPoint{s.startTime, {}, {}};
    run.stop = SchedulerRunPoint{s.stopTime, {}, {}};
    run.purchaseKWh = 3.2;
    run.sellKWh = 38.6;
    s.lastRun = run;
    return s;
}

} // namespace

class tst_SchedulerStatusWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void spans_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("countdown");
        QTest::addColumn<QString>("ago");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("0~s") << QStringLiteral("just now");
        QTest::newRow("seconds") << qint64(45) << QStringLiteral("45~s") << QStringLiteral("just now");
        QTest::newRow("minutes") << qint64(14 * 60 + 5) << QStringLiteral("14~min~5~s") << QStringLiteral("14 min ago");
        QTest::newRow("hours round down") << qint64(2 * 3600 + 14 * 60 + 59) << QStringLiteral("2~h~14~min")
                                          << QStringLiteral("2 h ago");
        QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600 + 5) << QStringLiteral("3~d~4~h") << QStringLiteral("3 d ago");
    }

    void spans()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, countdown);
        QFETCH(QString, ago);
        QCOMPARE(TimeSpanText::span(seconds), nb(countdown));
        QCOMPARE(TimeSpanText::ago(seconds), ago);
    }

    void countsDownToTheNextWindow()
    {
        TestClock clock(utc(2024, 12, 9, 6, 46, 12)); // 14:46:12 in Taipei
        SchedulerStatusWidget widget(clock);
        widget.setState(taipeiState());
        QCOMPARE(widget.statusText(), QStringLiteral("Idle"));
        QCOMPARE(widget.windowCaption(), QStringLiteral("Next"));
        QCOMPARE(widget.windowText(), nb(QStringLiteral("17:00–19:00, discharge 20.0~kW")));
        QCOMPARE(widget.countdownText(), nb(QStringLiteral("in 2~h~13~min")));
        QVERIFY(widget.describe().contains(QStringLiteral("Next: 17:00–19:00")));
        QCOMPARE(widget.accessibleDescription(), widget.describe());
    }

    void showsTheWindowRunningNow()
    {
        TestClock clock(utc(2024, 12, 9, 10, 0)); // 18:00 in Taipei
        SchedulerStatusWidget widget(clock);
        SchedulerState state = taipeiState();
        state.startTime = utc(2024, 12, 9, 9, 0, 3);
        state.stopTime = utc(2024, 12, 8, 11, 0, 2); // start > stop: running (docs/aegis-api.md §7)
        state.lastRun->start = SchedulerRunPoint{state.startTime, {}, {}};
        widget.setState(state);
        QCOMPARE(widget.statusText(), QStringLiteral("Dispatching"));
        QCOMPARE(widget.windowCaption(), QStringLiteral("Now"));
        QCOMPARE(widget.windowText(), nb(QStringLiteral("17:00–19:00, discharge 20.0~kW")));
        QCOMPARE(widget.countdownText(), nb(QStringLiteral("ends in 1~h~0~min")));
        QCOMPARE(widget.lastRunText(), QStringLiteral("since 2024-12-09 17:00"));
    }

    void nextWindowAcrossMidnightIsOneWindow()
    {
        TestClock clock(utc(2024, 12, 9, 6, 46, 12));
        SchedulerStatusWidget widget(clock);
        SchedulerState state = taipeiState();
        state.schedule = Schedule({window(23, 24, -8000), window(0, 2, -8000)});
        widget.setState(state);
        QCOMPARE(widget.windowText(), nb(QStringLiteral("23:00–02:00, discharge 8.0~kW")));
        QCOMPARE(widget.countdownText(), nb(QStringLiteral("in 8~h~13~min")));

        clock.setNow(utc(2024, 12, 9, 17, 30)); // 01:30 the next morning, inside the pair
        widget.tick();
        QCOMPARE(widget.windowCaption(), QStringLiteral("Now"));
        QCOMPARE(widget.windowText(), nb(QStringLiteral("23:00–02:00, discharge 8.0~kW")));
        QCOMPARE(widget.countdownText(), nb(QStringLiteral("ends in 30~min~0~s")));
    }

    void emptyScheduleSaysSo()
    {
        TestClock clock(utc(2024, 12, 9, 6, 46));
        SchedulerStatusWidget widget(clock);
        SchedulerState state = taipeiState();
        state.schedule = Schedule();
        widget.setState(state);
        QCOMPARE(widget.windowText(), QStringLiteral("No windows in the schedule"));
        QVERIFY(widget.countdownText().isEmpty());
    }

    void noStateYet()
    {
        TestClock clock(utc(2024, 12, 9, 6, 46));
        SchedulerStatusWidget widget(clock);
        QCOMPARE(widget.statusText(), QStringLiteral("No data"));
        QCOMPARE(widget.windowText(), QStringLiteral("—"));
        QCOMPARE(widget.lastRunText(), QStringLiteral("—"));
        QCOMPARE(widget.energyText(), QStringLiteral("—"));
        widget.setState(taipeiState());
        widget.clearState();
        QCOMPARE(widget.statusText(), QStringLiteral("No data"));
    }

    void disabledScheduler()
    {
        TestClock clock(utc(2024, 12, 9, 6, 46));
        SchedulerStatusWidget widget(clock);
        SchedulerState state = taipeiState();
        state.enabled = false;
        widget.setState(state);
        QCOMPARE(widget.statusText(), QStringLiteral("Idle, schedule disabled"));
    }

    void lastRunInTheSchedulersZone()
    {
        TestClock clock(utc(2024, 12, 9, 6, 46));
        SchedulerStatusWidget widget(clock);
        widget.setState(taipeiState());
        QCOMPARE(widget.lastRunText(), QStringLiteral("2024-12-08 17:00–19:00"));
        QCOMPARE(widget.energyText(), nb(QStringLiteral("bought 3.2~kWh, sold 38.6~kWh")));

        SchedulerState acrossMidnight = taipeiState();
        acrossMidnight.lastRun->start = SchedulerRunPoint{utc(2024, 12, 8, 15, 0), {}, {}};
        acrossMidnight.lastRun->stop = SchedulerRunPoint{utc(2024, 12, 8, 18, 0), {}, {}};
        widget.setState(acrossMidnight);
        QCOMPARE(widget.lastRunText(), QStringLiteral("2024-12-08 23:00 – 2024-12-09 02:00"));
    }

    void timerUpdatesTheCountdownWhileShown()
    {
        TestClock clock(utc(2024, 12, 9, 6, 46, 12));
        SchedulerStatusWidget widget(clock);
        widget.setState(taipeiState());
        auto *timer = widget.findChild<QTimer *>(QStringLiteral("countdownTimer"));
        QVERIFY(timer);
        QVERIFY2(!timer->isActive(), "no ticking while hidden");

        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(timer->isActive());
        clock.advanceMs(60'000);
        QTRY_COMPARE_WITH_TIMEOUT(widget.countdownText(), nb(QStringLiteral("in 2~h~12~min")), 3000);

        // The window starts: the row turns to "Now" without anyone calling setState().
        clock.setNow(utc(2024, 12, 9, 9, 0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(widget.windowCaption(), QStringLiteral("Now"), 3000);
        QCOMPARE(widget.countdownText(), nb(QStringLiteral("ends in 2~h~0~min")));

        widget.hide();
        QVERIFY(!timer->isActive());
    }

    void staleShowsTheAge()
    {
        TestClock clock(utc(2024, 12, 9, 6, 46));
        SchedulerStatusWidget widget(clock);
        widget.setState(taipeiState());
        QVERIFY(widget.describe().endsWith(QStringLiteral("Times in Asia/Taipei")));
        widget.setStale(true, 600);
        QVERIFY(widget.describe().endsWith(QStringLiteral("Last update 10 min ago")));
    }
};

QTEST_MAIN(tst_SchedulerStatusWidget)
#include "tst_SchedulerStatusWidget.moc"
