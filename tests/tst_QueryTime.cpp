#include "core/QueryTime.h"

#include <QtTest>

static QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

class tst_QueryTime : public QObject
{
    Q_OBJECT

private slots:
    void everyStartForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        // now = 2024-12-09 17:04:32.870 UTC
        QTest::newRow("ISO with Z and ms") << QStringLiteral("2023-09-01T00:00:00.000Z") << utc(2023, 9, 1);
        QTest::newRow("ISO with Z") << QStringLiteral("2024-06-26T16:00:00Z") << utc(2024, 6, 26, 16);
        QTest::newRow("ISO with +08:00") << QStringLiteral("2024-11-25T00:00:00+08:00") << utc(2024, 11, 24, 16);
        QTest::newRow("ISO with -0530") << QStringLiteral("2024-01-01T00:00:00-0530") << utc(2024, 1, 1, 5, 30);
        QTest::newRow("unix seconds") << QStringLiteral("1621726200") << utc(2021, 5, 22, 23, 30);
        QTest::newRow("0 = beginning") << QStringLiteral("0") << utc(1970, 1, 1);
        QTest::newRow("-10s") << QStringLiteral("-10s") << utc(2024, 12, 9, 17, 4, 22, 870);
        QTest::newRow("-30m") << QStringLiteral("-30m") << utc(2024, 12, 9, 16, 34, 32, 870);
        QTest::newRow("-6h") << QStringLiteral("-6h") << utc(2024, 12, 9, 11, 4, 32, 870);
        QTest::newRow("-7d") << QStringLiteral("-7d") << utc(2024, 12, 2, 17, 4, 32, 870);
        QTest::newRow("-2w") << QStringLiteral("-2w") << utc(2024, 11, 25, 17, 4, 32, 870);
        QTest::newRow("-1mo") << QStringLiteral("-1mo") << utc(2024, 11, 9, 17, 4, 32, 870);
        QTest::newRow("-1y") << QStringLiteral("-1y") << utc(2023, 12, 9, 17, 4, 32, 870);
        QTest::newRow("-1h30m") << QStringLiteral("-1h30m") << utc(2024, 12, 9, 15, 34, 32, 870);
        QTest::newRow("+2d ahead") << QStringLiteral("+2d") << utc(2024, 12, 11, 17, 4, 32, 870);
        QTest::newRow("spaces around") << QStringLiteral(" -24h ") << utc(2024, 12, 8, 17, 4, 32, 870);
    }

    void everyStartForm()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const TestClock clock(utc(2024, 12, 9, 17, 4, 32, 870));
        const Result<QDateTime> t = QueryTime::parse(text, clock);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(*t, expected);
        QCOMPARE(t->timeSpec(), Qt::UTC);
    }

    void oneMonthBackFrom31MarchIsTheEndOfFebruary()
    {
        TestClock clock(utc(2025, 3, 31, 10));
        QCOMPARE(*QueryTime::parse(QStringLiteral("-1mo"), clock), utc(2025, 2, 28, 10));
        clock.setNow(utc(2024, 3, 31, 10)); // leap year
        QCOMPARE(*QueryTime::parse(QStringLiteral("-1mo"), clock), utc(2024, 2, 29, 10));
        clock.setNow(utc(2024, 2, 29, 10));
        QCOMPARE(*QueryTime::parse(QStringLiteral("-1y"), clock), utc(2023, 2, 28, 10));
    }

    void followsTheInjectedClock()
    {
        TestClock clock(utc(2024, 1, 1));
        QCOMPARE(*QueryTime::parseMs(QStringLiteral("-1h"), clock), utc(2023, 12, 31, 23).toMSecsSinceEpoch());
        clock.advanceMs(3'600'000);
        QCOMPARE(*QueryTime::parseMs(QStringLiteral("-1h"), clock), utc(2024, 1, 1).toMSecsSinceEpoch());
    }

    void rejectsWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("no zone") << QStringLiteral("2024-11-25T00:00:00") << QStringLiteral("no time zone");
        QTest::newRow("date only") << QStringLiteral("2024-11-25") << QStringLiteral("no time zone");
        QTest::newRow("bad month") << QStringLiteral("2024-13-01T00:00:00Z") << QStringLiteral("not a valid date");
        QTest::newRow("31 February") << QStringLiteral("2024-02-31T00:00:00Z") << QStringLiteral("not a valid date");
        QTest::newRow("words") << QStringLiteral("yesterday") << QStringLiteral("not a time");
        QTest::newRow("unit missing") << QStringLiteral("-10") << QStringLiteral("not a time");
        QTest::newRow("unknown unit") << QStringLiteral("-3q") << QStringLiteral("not a time");
    }

    void rejectsWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const TestClock clock(utc(2024, 12, 9));
        const Result<qint64> t = QueryTime::parseMs(text, clock);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().contains(mentions), qPrintable(t.error()));
    }
};

QTEST_GUILESS_MAIN(tst_QueryTime)
#include "tst_QueryTime.moc"
