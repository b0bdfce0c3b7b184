// Prices of Taipower's built-in plans at every period edge, in both seasons, on every day
// type and on off-peak days, across the season boundaries, read in the site's zone; the
// live tariff flag; the basic charge over the contract. The expected figures are typed from
// the reference table (reference/taipower/README.md), not read from the plan files.
#include "core/GridLimits.h"
#include "core/TariffLibrary.h"

#include <QtTest>
#include <cmath>

namespace {

const QTimeZone kTaipei("Asia/Taipei");

Tariff plan(const char *id)
{
    const Result<Tariff> t = TariffLibrary::builtIn(QLatin1String(id));
    if (!t)
        qFatal("%s", qPrintable(t.error()));
    return t.value();
}

QDateTime local(const char *text)
{
    const QDateTime wall = QDateTime::fromString(QLatin1String(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(wall.date(), wall.time(), kTaipei);
}

} // namespace

class tst_Tariff : public QObject
{
    Q_OBJECT

private slots:
    void highVoltageThreePeriod_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<double>("price");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("season");
        // Summer weekday (Wednesday 2026-07-15): every edge and the minute before it.
        QTest::newRow("summer weekday 00:00") << "2026-07-15 00:00" << 2.53 << "offPeak"
                                              << "summer";
        QTest::newRow("summer weekday 08:59") << "2026-07-15 08:59" << 2.53 << "offPeak"
                                              << "summer";
        QTest::newRow("summer weekday 09:00") << "2026-07-15 09:00" << 5.85 << "semiPeak"
                                              << "summer";
        QTest::newRow("summer weekday 15:59") << "2026-07-15 15:59" << 5.85 << "semiPeak"
                                              << "summer";
        QTest::newRow("summer weekday 16:00") << "2026-07-15 16:00" << 9.39 << "peak"
                                              << "summer";
        QTest::newRow("summer weekday 21:59") << "2026-07-15 21:59" << 9.39 << "peak"
                                              << "summer";
        QTest::newRow("summer weekday 22:00") << "2026-07-15 22:00" << 5.85 << "semiPeak"
                                              << "summer";
        QTest::newRow("summer weekday 23:59") << "2026-07-15 23:59" << 5.85 << "semiPeak"
                                              << "summer";
        // Summer Saturday and Sunday.
        QTest::newRow("summer saturday 08:59") << "2026-07-18 08:59" << 2.53 << "offPeak"
                                               << "summer";
        QTest::newRow("summer saturday 09:00") << "2026-07-18 09:00" << 2.60 << "semiPeak"
                                               << "summer";
        QTest::newRow("summer saturday 23:59") << "2026-07-18 23:59" << 2.60 << "semiPeak"
                                               << "summer";
        QTest::newRow("summer sunday 00:00") << "2026-07-19 00:00" << 2.53 << "offPeak"
                                             << "summer";
        QTest::newRow("summer sunday 18:00") << "2026-07-19 18:00" << 2.53 << "offPeak"
                                             << "summer";
        // Non-summer weekday (Monday 2026-12-07): no peak; off-peak at night and at noon.
        QTest::newRow("winter weekday 05:59") << "2026-12-07 05:59" << 2.32 << "offPeak"
                                              << "nonSummer";
        QTest::newRow("winter weekday 06:00") << "2026-12-07 06:00" << 5.47 << "semiPeak"
                                              << "nonSummer";
        QTest::newRow("winter weekday 10:59") << "2026-12-07 10:59" << 5.47 << "semiPeak"
                                              << "nonSummer";
        QTest::newRow("winter weekday 11:00") << "2026-12-07 11:00" << 2.32 << "offPeak"
                                              << "nonSummer";
        QTest::newRow("winter weekday 13:59") << "2026-12-07 13:59" << 2.32 << "offPeak"
                                              << "nonSummer";
        QTest::newRow("winter weekday 14:00") << "2026-12-07 14:00" << 5.47 << "semiPeak"
                                              << "nonSummer";
        QTest::newRow("winter weekday 23:59") << "2026-12-07 23:59" << 5.47 << "semiPeak"
                                              << "nonSummer";
        QTest::newRow("winter saturday 06:00") << "2026-12-05 06:00" << 2.41 << "semiPeak"
                                               << "nonSummer";
        QTest::newRow("winter saturday 11:00") << "2026-12-05 11:00" << 2.32 << "offPeak"
                                               << "nonSummer";
        QTest::newRow("winter saturday 14:00") << "2026-12-05 14:00" << 2.41 << "semiPeak"
                                               << "nonSummer";
        QTest::newRow("winter sunday 18:00") << "2026-12-06 18:00" << 2.32 << "offPeak"
                                             << "nonSummer";
        // Off-peak days are billed like Sunday: Christmas (a Friday), National Day (a Saturday,
        // in summer: the summer ends on 10-15), the Lunar New Year.
        QTest::newRow("christmas 18:00") << "2026-12-25 18:00" << 2.32 << "offPeak"
                                         << "nonSummer";
        QTest::newRow("national day 10:00") << "2026-10-10 10:00" << 2.53 << "offPeak"
                                            << "summer";
        QTest::newRow("lunar new year 2026") << "2026-02-17 07:00" << 2.32 << "offPeak"
                                             << "nonSummer";
        QTest::newRow("day after new year 2026") << "2026-02-20 07:00" << 5.47 << "semiPeak"
                                                 << "nonSummer";
        QTest::newRow("dragon boat 2027") << "2027-06-09 17:00" << 2.53 << "offPeak"
                                          << "summer";
        // The summer's edges, both inclusive: 05-16 and 10-15.
        QTest::newRow("05-15 is not summer") << "2025-05-15 17:00" << 5.47 << "semiPeak"
                                             << "nonSummer";
        QTest::newRow("05-16 is summer") << "2025-05-16 17:00" << 9.39 << "peak"
                                         << "summer";
        QTest::newRow("10-15 is summer") << "2025-10-15 17:00" << 9.39 << "peak"
                                         << "summer";
        QTest::newRow("10-16 is not summer") << "2025-10-16 17:00" << 5.47 << "semiPeak"
                                             << "nonSummer";
    }

    void highVoltageThreePeriod()
    {
        QFETCH(QString, at);
        QFETCH(double, price);
        QFETCH(QString, kind);
        QFETCH(QString, season);
        const QDateTime when = local(qPrintable(at));
        QVERIFY(when.isValid());
        // Read on the site's wall clock whatever zone the instant is given in.
        const TariffPrice p = plan("taipower-hv-three-period").priceAt(when.toUTC(), kTaipei);
        QCOMPARE(p.price(), price);
        QCOMPARE(p.period.kind, kind);
        QCOMPARE(p.season, season);
        QVERIFY(!p.reducedByFlag);
    }

    void theSeasonChangesAtLocalMidnightNotUtc()
    {
        const Tariff t = plan("taipower-hv-three-period");
        // 2025-05-15 16:00 UTC is 05-16 00:00 in Taipei: summer's first minute.
        const QDateTime firstMinute(QDate(2025, 5, 15), QTime(16, 0), QTimeZone::utc());
        QCOMPARE(t.priceAt(firstMinute, kTaipei).season, QStringLiteral("summer"));
        QCOMPARE(t.priceAt(firstMinute.addSecs(-1), kTaipei).season, QStringLiteral("nonSummer"));
        QCOMPARE(t.priceAt(firstMinute.addSecs(-1), kTaipei).price(), 5.47); // Thursday 23:59:59
        QCOMPARE(t.priceAt(firstMinute, kTaipei).price(), 2.53); // Friday 00:00
    }

    void theOtherBuiltInPlans_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("at");
        QTest::addColumn<double>("price");
        QTest::newRow("hv2 summer weekday 08:59") << "taipower-hv-two-period"
                                                  << "2026-07-15 08:59" << 2.71;
        QTest::newRow("hv2 summer weekday 09:00") << "taipower-hv-two-period"
                                                  << "2026-07-15 09:00" << 6.75;
        QTest::newRow("hv2 summer saturday 09:00") << "taipower-hv-two-period"
                                                   << "2026-07-18 09:00" << 2.77;
        QTest::newRow("hv2 winter weekday 11:00") << "taipower-hv-two-period"
                                                  << "2026-12-07 11:00" << 2.46;
        QTest::newRow("hv2 winter weekday 14:00") << "taipower-hv-two-period"
                                                  << "2026-12-07 14:00" << 6.37;
        QTest::newRow("hv2 winter saturday 14:00") << "taipower-hv-two-period"
                                                   << "2026-12-05 14:00" << 2.54;
        QTest::newRow("hv2 summer sunday") << "taipower-hv-two-period"
                                           << "2026-07-19 12:00" << 2.71;
        // Low voltage: summer is 06-01 to 09-30.
        QTest::newRow("lv 05-31 not summer") << "taipower-lv-three-period"
                                             << "2027-05-31 17:00" << 4.86;
        QTest::newRow("lv 06-01 summer peak") << "taipower-lv-three-period"
                                              << "2027-06-01 16:00" << 8.12;
        QTest::newRow("lv summer 15:59") << "taipower-lv-three-period"
                                         << "2027-06-01 15:59" << 5.02;
        QTest::newRow("lv summer 22:00") << "taipower-lv-three-period"
                                         << "2027-06-01 22:00" << 5.02;
        QTest::newRow("lv 09-30 summer") << "taipower-lv-three-period"
                                         << "2027-09-30 08:00" << 2.23;
        QTest::newRow("lv 10-01 not summer") << "taipower-lv-three-period"
                                             << "2027-10-01 08:00" << 4.86;
        QTest::newRow("lv winter saturday") << "taipower-lv-three-period"
                                            << "2026-12-05 08:00" << 2.40;
        QTest::newRow("lv winter saturday noon") << "taipower-lv-three-period"
                                                 << "2026-12-05 12:00" << 2.12;
    }

    void theOtherBuiltInPlans()
    {
        QFETCH(QString, id);
        QFETCH(QString, at);
        QFETCH(double, price);
        const Result<Tariff> t = TariffLibrary::builtIn(id);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->priceAt(local(qPrintable(at)), kTaipei).price(), price);
    }

    void everyBuiltInPlanSaysWhereItsFiguresComeFrom()
    {
        for (const QString &id : TariffLibrary::builtInIds()) {
            const Result<Tariff> t = TariffLibrary::builtIn(id);
            QVERIFY2(t.ok(), qPrintable(t.error()));
            QVERIFY(t->source.contains(QStringLiteral("2025-10-01")));
            QCOMPARE(t->effective, QDate(2025, 10, 1));
            QVERIFY(t->offPeakDays.knowsYear(2026));
        }
    }

    void aYearWithoutOffPeakDaysIsBilledByTheWeekdayAlone()
    {
        const Tariff t = plan("taipower-hv-three-period");
        QVERIFY(!t.offPeakDays.knowsYear(2031));
        QCOMPARE(t.dayType(QDate(2031, 12, 25)), TariffDayType::Weekday); // a Thursday
        QCOMPARE(t.dayType(QDate(2026, 12, 25)), TariffDayType::Sunday);
        QCOMPARE(t.dayType(QDate(2026, 12, 26)), TariffDayType::Saturday);
    }

    void theReducedFlagBillsTheCheapestPeriodOfTheDay()
    {
        const Tariff t = plan("taipower-hv-three-period");
        const QDateTime peak = local("2026-07-15 17:00");
        QCOMPARE(t.priceAt(peak, kTaipei).price(), 9.39);
        const TariffPrice reduced = t.priceAt(peak, kTaipei, TariffFlag::Reduced);
        QCOMPARE(reduced.price(), 2.53);
        QVERIFY(reduced.reducedByFlag);
    }

    void theBasicChargeRisesAboveTheContract()
    {
        Tariff t = plan("taipower-hv-three-period");
        t.contractKw = 100;
        const QDate summer(2026, 7, 1);
        const QDate winter(2026, 12, 1);
        QCOMPARE(t.basicCharge(summer, 80), 100 * 223.6);
        QCOMPARE(t.basicCharge(winter, 100), 100 * 166.9);
        // Up to 10 % over: twice the rate; beyond: three times.
        QVERIFY(std::abs(t.basicCharge(summer, 105) - (100 * 223.6 + 5 * 2 * 223.6)) < 1e-9);
        QVERIFY(std::abs(t.basicCharge(summer, 120) - (100 * 223.6 + 10 * 2 * 223.6 + 10 * 3 * 223.6)) < 1e-9);
        // A plan without a contract (the built-in ones) bills none, not the peak at three times.
        t.contractKw = 0;
        QCOMPARE(t.basicCharge(summer, 30), 0.0);
    }

    void gridLimitsFollowTheGridOperatorsAvailability()
    {
        GridLimits limits;
        QVERIFY(std::isinf(limits.importCapKw()));
        QVERIFY(std::isinf(limits.exportCapKw()));
        limits.connectionKw = 60;
        QCOMPARE(limits.importCapKw(), 60.0);
        limits.setAvail(50);
        QCOMPARE(limits.importCapKw(), 30.0);
        limits.setAvail(250);
        QCOMPARE(limits.availPercent, 100.0);
        limits.setAvail(-3);
        QCOMPARE(limits.importCapKw(), 0.0);
        limits.setAvail(std::nan(""));
        QCOMPARE(limits.availPercent, 0.0);
        limits.exportLimitKw = 0; // zero feed-in
        QCOMPARE(limits.exportCapKw(), 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_Tariff)
#include "tst_Tariff.moc"
