#include "core/Duration.h"

#include <QtTest>

using Unit = Duration::Unit;
Q_DECLARE_METATYPE(Duration::Unit)

class tst_Duration : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryUnit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<Unit>("unit");
        QTest::addColumn<qint64>("fixedMs");
        QTest::newRow("30s") << QStringLiteral("30s") << qint64(30) << Unit::Second << qint64(30'000);
        QTest::newRow("15m") << QStringLiteral("15m") << qint64(15) << Unit::Minute << qint64(900'000);
        QTest::newRow("1h") << QStringLiteral("1h") << qint64(1) << Unit::Hour << qint64(3'600'000);
        QTest::newRow("1d") << QStringLiteral("1d") << qint64(1) << Unit::Day << qint64(0);
        QTest::newRow("1w") << QStringLiteral("1w") << qint64(1) << Unit::Week << qint64(0);
        QTest::newRow("1mo") << QStringLiteral("1mo") << qint64(1) << Unit::Month << qint64(0);
        QTest::newRow("3mo") << QStringLiteral("3mo") << qint64(3) << Unit::Month << qint64(0);
        QTest::newRow("1y") << QStringLiteral("1y") << qint64(1) << Unit::Year << qint64(0);
        QTest::newRow("1h30m") << QStringLiteral("1h30m") << qint64(90) << Unit::Minute << qint64(5'400'000);
        QTest::newRow("60m is 1h") << QStringLiteral("60m") << qint64(1) << Unit::Hour << qint64(3'600'000);
        QTest::newRow("spaces") << QStringLiteral(" 5m ") << qint64(5) << Unit::Minute << qint64(300'000);
    }

    void parsesEveryUnit()
    {
        QFETCH(QString, text);
        QFETCH(qint64, count);
        QFETCH(Unit, unit);
        QFETCH(qint64, fixedMs);
        const Result<Duration> d = Duration::parse(text);
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QCOMPARE(d->count(), count);
        QCOMPARE(d->unit(), unit);
        QCOMPARE(d->fixedMs(), fixedMs);
        QCOMPARE(d->isCalendar(), fixedMs == 0);
    }

    void writesTheContractSpelling()
    {
        QCOMPARE(Duration(1, Unit::Month).toString(), QStringLiteral("1mo"));
        QCOMPARE(Duration(15, Unit::Minute).toString(), QStringLiteral("15m"));
        QCOMPARE(Duration::parse(QStringLiteral("2w"))->toString(), QStringLiteral("2w"));
    }

    void rejectsWhatIsNotALength_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no unit") << QStringLiteral("15");
        QTest::newRow("no number") << QStringLiteral("m");
        QTest::newRow("zero") << QStringLiteral("0h");
        QTest::newRow("negative") << QStringLiteral("-1d");
        QTest::newRow("unknown unit") << QStringLiteral("1q");
        QTest::newRow("typo lmo") << QStringLiteral("lmo");
        QTest::newRow("mixed calendar") << QStringLiteral("1d12h");
        QTest::newRow("trailing junk") << QStringLiteral("1h!");
    }

    void rejectsWhatIsNotALength()
    {
        QFETCH(QString, text);
        const Result<Duration> d = Duration::parse(text);
        QVERIFY(!d.ok());
        QVERIFY(!d.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Duration)
#include "tst_Duration.moc"
