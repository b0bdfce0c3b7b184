#include "core/Clock.h"

#include <QtTest>

class tst_Clock : public QObject
{
    Q_OBJECT

private slots:
    void systemClockFollowsRealTime()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = SystemClock::instance().nowMs();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(before <= now && now <= after);
        QCOMPARE(SystemClock::instance().now().timeSpec(), Qt::UTC);
    }

    void testClockMovesOnlyWhenTold()
    {
        const QDateTime start(QDate(2024, 12, 9), QTime(17, 0), Qt::UTC);
        TestClock clock(start);
        QCOMPARE(clock.now(), start);
        QTest::qWait(5);
        QCOMPARE(clock.now(), start);
        clock.advanceMs(4 * 60'000);
        QCOMPARE(clock.now(), start.addSecs(240));
        clock.setNowMs(0);
        QCOMPARE(clock.now(), QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    }

    void codeTakesAnyClock()
    {
        TestClock test(1000);
        const Clock &asInterface = test;
        QCOMPARE(asInterface.nowMs(), 1000);
    }
};

QTEST_GUILESS_MAIN(tst_Clock)
#include "tst_Clock.moc"
