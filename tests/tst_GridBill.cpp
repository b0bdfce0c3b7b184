// core/GridBill: metered quarter-hours priced by day and by month, and the same quarter-hours
// without the battery, against figures worked out by hand on a flat plan; their total.

#include "core/GridBill.h"

#include <QtTest>
#include <cmath>

namespace {

const QTimeZone kTaipei("Asia/Taipei");

// One season all year, 3 NT$/kWh all day, 1 NT$/kWh feed-in.
Tariff flatPlan()
{
    Tariff t;
    t.name = QStringLiteral("flat");
    t.feedInRate = 1.0;
    TariffSeason all;
    all.id = QStringLiteral("all");
    for (auto &day : all.days)
        day = {TariffPeriod{QStringLiteral("flat"), 0, 24 * 60, 3.0}};
    t.seasons = {all};
    return t;
}

qint64 at(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), kTaipei).toMSecsSinceEpoch();
}

} // namespace

class tst_GridBill : public QObject
{
    Q_OBJECT

private slots:
    void aDayWithAndWithoutTheBattery()
    {
        const QDate day(2026, 7, 27);
        const double nan = std::nan("");
        const QList<MeteredStep> steps = {
            {at(day, 1, 0), 2.0, 0.0, 1.0, 0.0}, // charging from the grid: without it, 1 kWh less import
            {at(day, 12, 0), 0.0, 3.0, 0.0, 1.0}, // discharging into export: without it, 1 kWh less export
            {at(day, 18, 0), 1.0, 1.0, 0.0, 0.0}, // no battery: the same both ways
            {at(day, 19, 0), nan, 0.0, 0.0, 0.0}, // no reading
            {at(day, 20, 0), 0.5, 0.0, 0.0, 2.0}, // a discharge beyond export: without it, 2 kWh more import
            {at(day.addDays(1), 1, 0), 1.0, 0.0, 0.0, 0.0},
        };
        const QList<BillPeriod> periods = GridBill::bill(steps, flatPlan(), kTaipei, GridBill::Every::Day, day, day.addDays(1));
        QCOMPARE(periods.size(), 2);
        const BillPeriod &p = periods.at(0);
        QCOMPARE(p.first, day);
        QCOMPARE(p.last, day);
        QCOMPARE(p.steps, 4);
        QCOMPARE(p.missingSteps, 1);
        QCOMPARE(p.importKWh, 3.5);
        QCOMPARE(p.exportKWh, 4.0);
        QCOMPARE(p.chargeKWh, 1.0);
        QCOMPARE(p.dischargeKWh, 3.0);
        QCOMPARE(p.importCost, 10.5);
        QCOMPARE(p.exportCredit, 4.0);
        QCOMPARE(p.peakImportKw, 8.0);
        QCOMPARE(p.peakStartMs, at(day, 1, 0));
        // Without: import 1 + 0 + 1 + 2.5, export 0 + 2 + 1 + 0.
        QCOMPARE(p.importKWhWithoutBattery, 4.5);
        QCOMPARE(p.exportKWhWithoutBattery, 3.0);
        QCOMPARE(p.netCostWithoutBattery(), 4.5 * 3 - 3.0);
        QCOMPARE(p.saved(), (4.5 * 3 - 3.0) - (10.5 - 4.0));
        QCOMPARE(p.peakImportKwWithoutBattery, 10.0);
        QCOMPARE(periods.at(1).steps, 1);
        QCOMPARE(periods.at(1).importCost, 3.0);

        // The two days together: sums, the span of both, the larger peak with its time.
        const BillPeriod total = GridBill::total(periods);
        QCOMPARE(total.first, day);
        QCOMPARE(total.last, day.addDays(1));
        QCOMPARE(total.steps, 5);
        QCOMPARE(total.missingSteps, 1);
        QCOMPARE(total.importCost, 13.5);
        QCOMPARE(total.exportCredit, 4.0);
        QCOMPARE(total.peakImportKw, 8.0);
        QCOMPARE(total.peakStartMs, at(day, 1, 0));
        QCOMPARE(total.saved(), p.saved() + periods.at(1).saved());
        QCOMPARE(total.peakImportKwWithoutBattery, 10.0);
    }

    void monthsAreLocalAndClippedToTheRange()
    {
        // 2026-07-31 23:45 Taipei is 15:45 UTC on the 31st; 2026-08-01 00:00 Taipei is still July in UTC.
        const QList<MeteredStep> steps = {{at(QDate(2026, 7, 31), 23, 45), 1.0, 0.0, 0.0, 0.0},
                                          {at(QDate(2026, 8, 1), 0, 0), 2.0, 0.0, 0.0, 0.0},
                                          {at(QDate(2026, 9, 1), 0, 0), 4.0, 0.0, 0.0, 0.0}};
        const QList<BillPeriod> months =
            GridBill::bill(steps, flatPlan(), kTaipei, GridBill::Every::Month, QDate(2026, 7, 15), QDate(2026, 8, 31));
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).first, QDate(2026, 7, 15));
        QCOMPARE(months.at(0).last, QDate(2026, 7, 31));
        QCOMPARE(months.at(0).importKWh, 1.0);
        QCOMPARE(months.at(1).first, QDate(2026, 8, 1));
        QCOMPARE(months.at(1).last, QDate(2026, 8, 31));
        QCOMPARE(months.at(1).importKWh, 2.0); // September is outside the range
    }
};

QTEST_GUILESS_MAIN(tst_GridBill)
#include "tst_GridBill.moc"
