// The cost of a schedule checked against a hand computation on a small day (the figures in the
// comments are worked by hand), the grid operator's import cap and export limit, a month priced
// day by day, and the usual day of a day type built from history.
#include "core/ScheduleCost.h"
#include "core/TariffFile.h"
#include "core/TariffLibrary.h"

#include <QtTest>

namespace {

constexpr int H = 3600;
const QTimeZone kTaipei("Asia/Taipei");

// Off-peak 00:00–09:00 at 2, peak 09:00–24:00 at 6, every day; export paid 1.
Tariff twoPriceTariff()
{
    TariffSeason all;
    all.id = QStringLiteral("all");
    all.fromMonth = 1;
    all.fromDay = 1;
    all.toMonth = 12;
    all.toDay = 31;
    all.basicChargePerKwMonth = 200;
    for (auto &day : all.days)
        day = {{QStringLiteral("offPeak"), 0, 9 * 60, 2.0}, {QStringLiteral("peak"), 9 * 60, 24 * 60, 6.0}};
    Tariff t;
    t.name = QStringLiteral("two prices");
    t.effective = QDate(2026, 1, 1);
    t.feedInRate = 1.0;
    t.contractKw = 40;
    t.seasons = {all};
    return t;
}

// Load 10 kW all day; 30 kW of sun from 12:00 to 13:00.
DayProfile smallDay()
{
    DayProfile p;
    p.loadKw.fill(10.0);
    for (int k = 48; k < 52; ++k)
        p.solarKw[size_t(k)] = 30.0;
    return p;
}

CostInput smallInput()
{
    CostInput in;
    in.schedule = Schedule({{1 * H, 2 * H, 20'000, {}}, {17 * H, 19 * H, -10'000, {}}});
    in.battery.capacityKWh = 40;
    in.battery.socMinPercent = 10;
    in.battery.socMaxPercent = 90;
    in.battery.chargeEfficiency = 1.0;
    in.battery.dischargeEfficiency = 1.0;
    in.battery.maxChargeW = 20'000;
    in.battery.maxDischargeW = 20'000;
    in.startSocPercent = 50;
    in.season = QStringLiteral("all");
    return in;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class tst_ScheduleCost : public QObject
{
    Q_OBJECT

private slots:
    void theSmallDayCostsWhatTheHandComputationSays()
    {
        const DayCost c = ScheduleCost::day(smallInput(), smallDay(), twoPriceTariff());
        // 01:00–02:00 at +20 kW: 5 kWh a step; room for 16 kWh (50 → 90 % of 40 kWh), so the
        // fourth step takes only 1 kWh (4 kW).
        QCOMPARE(c.steps[4].batteryKw, 20.0);
        QCOMPARE(c.steps[6].batteryKw, 20.0);
        QVERIFY(near(c.steps[7].batteryKw, 4.0));
        QVERIFY(near(c.steps[7].socPercent, 90.0));
        QCOMPARE(c.steps[4].importKw, 30.0);
        // Noon: 20 kW exported for an hour, paid 1 a kWh.
        QCOMPARE(c.steps[48].exportKw, 20.0);
        QCOMPARE(c.steps[48].importKw, 0.0);
        QVERIFY(near(c.exportKWh, 20.0));
        QVERIFY(near(c.exportCredit, 20.0));
        // 17:00–19:00 at −10 kW: 20 kWh, SOC 90 → 40 %, no import meanwhile.
        QCOMPARE(c.steps[70].importKw, 0.0);
        QVERIFY(near(c.endSocPercent, 40.0));
        // Import 240 − 10 (noon) − 20 (discharge) + 16 (charge) = 226 kWh:
        // off-peak 90 + 16 = 106 kWh × 2 = 212; peak 150 − 10 − 20 = 120 kWh × 6 = 720.
        QVERIFY(near(c.importKWh, 226.0));
        QVERIFY(near(c.importCost, 932.0));
        QVERIFY(near(c.netCost(), 912.0));
        QCOMPARE(c.peakImportKw, 30.0);
        QCOMPARE(c.peakStep, 4);
        QCOMPARE(c.steps[4].period, QStringLiteral("offPeak"));
        QCOMPARE(c.steps[36].period, QStringLiteral("peak"));
        QCOMPARE(c.capCutKWh, 0.0);
        QCOMPARE(c.curtailedKWh, 0.0);
    }

    void efficiencyLosesEnergyBothWays()
    {
        CostInput in = smallInput();
        in.battery.chargeEfficiency = 0.8;
        in.battery.dischargeEfficiency = 0.8;
        const DayCost c = ScheduleCost::day(in, smallDay(), twoPriceTariff());
        // 20 kWh taken stores 16 kWh: exactly the room, so all four steps charge at 20 kW.
        QVERIFY(near(c.steps[7].batteryKw, 20.0));
        QVERIFY(near(c.steps[7].socPercent, 90.0));
        // 20 kWh delivered draws 25 kWh from the cells: 90 % − 62.5 % = 27.5 %.
        QVERIFY(near(c.endSocPercent, 27.5));
    }

    void theImportCapHoldsChargingBack()
    {
        CostInput in = smallInput();
        in.limits.connectionKw = 50;
        in.limits.setAvail(50); // cap 25 kW
        const DayCost c = ScheduleCost::day(in, smallDay(), twoPriceTariff());
        QCOMPARE(c.steps[4].batteryKw, 15.0);
        QCOMPARE(c.steps[4].capCutKw, 5.0);
        QCOMPARE(c.steps[4].importKw, 25.0);
        // The cut is what the battery would have taken: 20 kW three times, then 19 kW (room
        // for 4.75 kWh after 11.25 kWh), each less 15: (5 + 5 + 5 + 4) × 0.25 = 4.75 kWh.
        QVERIFY(near(c.capCutKWh, 4.75));
        QCOMPARE(c.peakImportKw, 25.0);
        QCOMPARE(c.overrunKWh, 0.0);
        // 4 × 3.75 kWh = 15 kWh stored: 87.5 %.
        QVERIFY(near(c.steps[7].socPercent, 87.5));
    }

    void loadAloneAboveTheCapIsAnOverrun()
    {
        CostInput in = smallInput();
        in.limits.connectionKw = 8; // the 10 kW load alone passes it
        const DayCost c = ScheduleCost::day(in, smallDay(), twoPriceTariff());
        QCOMPARE(c.steps[0].overrunKw, 2.0);
        QCOMPARE(c.steps[4].batteryKw, 0.0); // no room for charging at all
        QVERIFY(c.overrunKWh > 0);
    }

    void exportAboveItsLimitIsCurtailed()
    {
        CostInput in = smallInput();
        in.limits.exportLimitKw = 5;
        const DayCost c = ScheduleCost::day(in, smallDay(), twoPriceTariff());
        QCOMPARE(c.steps[48].exportKw, 5.0);
        QCOMPARE(c.steps[48].curtailedKw, 15.0);
        QVERIFY(near(c.curtailedKWh, 15.0));
        QVERIFY(near(c.exportKWh, 5.0));
    }

    void aWindowPartOfAStepCountsForItsPart()
    {
        const Schedule half({{H + 5 * 60, H + 15 * 60, 12'000, {}}});
        const DaySteps p = ScheduleCost::scheduledKw(half);
        QCOMPARE(p[4], 8.0); // 10 of 15 minutes at 12 kW
        QCOMPARE(p[5], 0.0);
        const Schedule night({{23 * H, 24 * H, -6'000, {}}, {0, H, -6'000, {}}});
        QCOMPARE(ScheduleCost::scheduledKw(night)[95], -6.0);
        QCOMPARE(ScheduleCost::scheduledKw(night)[0], -6.0);
    }

    void aMonthIsPricedDayByDay()
    {
        const Tariff taipower = TariffLibrary::builtIn(QStringLiteral("taipower-hv-three-period")).value();
        Tariff t = taipower;
        t.contractKw = 40;
        CostInput in = smallInput();
        const std::array<DayProfile, kTariffDayTypes> profiles{smallDay(), smallDay(), smallDay()};
        const MonthCost m = ScheduleCost::month(in, profiles, t, QDate(2026, 12, 17));
        QCOMPARE(m.month, QDate(2026, 12, 1));
        QCOMPARE(m.days.size(), 31);
        double sum = 0;
        for (const DayCost &d : m.days)
            sum += d.netCost();
        QVERIFY(near(m.energyCost, sum));
        // The battery carries its charge over midnight.
        QCOMPARE(m.days.at(1).startSocPercent, m.days.at(0).endSocPercent);
        // Christmas (a Friday, an off-peak day) costs what a Sunday costs from the same SOC.
        CostInput sunday = in;
        sunday.season = QStringLiteral("nonSummer");
        sunday.dayType = TariffDayType::Sunday;
        sunday.startSocPercent = m.days.at(24).startSocPercent;
        QVERIFY(near(m.days.at(24).netCost(), ScheduleCost::day(sunday, smallDay(), t).netCost()));
        sunday.dayType = TariffDayType::Weekday;
        QVERIFY(m.days.at(24).netCost() < ScheduleCost::day(sunday, smallDay(), t).netCost());
        // Peak 30 kW within the 40 kW contract: the basic charge is the contract's.
        QCOMPARE(m.peakImportKw, 30.0);
        QVERIFY(near(m.basicCharge, 40 * 166.9));
        QVERIFY(near(m.total(), m.energyCost + m.basicCharge));
    }

    void theUsualDayOfADayTypeComesFromItsOwnDays()
    {
        const Tariff t = TariffLibrary::builtIn(QStringLiteral("taipower-hv-three-period")).value();
        const QDate today(2026, 12, 28); // a Monday
        TimeSeries load;
        TimeSeries solar;
        for (QDate d = today.addDays(-35); d < today; d = d.addDays(1)) {
            const double kw = d == QDate(2026, 12, 25) ? 7.0 : (d.dayOfWeek() >= 6 ? 5.0 : 10.0);
            for (int m = 0; m < 24 * 60; m += 5) {
                const qint64 ms = QDateTime(d, QTime(m / 60, m % 60), kTaipei).toMSecsSinceEpoch();
                load.append(ms, kw * 1000.0 + (m % 15 == 0 ? 300 : -150)); // the quarter-hour's mean is kw
                solar.append(ms, m >= 12 * 60 && m < 13 * 60 ? 20'000.0 : 0.0);
            }
        }
        const DayProfile weekday = DayProfile::typical(TariffDayType::Weekday, load, solar, t, kTaipei, today);
        QCOMPARE(weekday.daysAveraged, 19); // 20 weekdays in four weeks, less Christmas
        QVERIFY(near(weekday.loadKw[0], 10.0));
        QVERIFY(near(weekday.solarKw[48], 20.0));
        QCOMPARE(weekday.solarKw[40], 0.0);
        const DayProfile sunday = DayProfile::typical(TariffDayType::Sunday, load, solar, t, kTaipei, today);
        QCOMPARE(sunday.daysAveraged, 5); // four Sundays and Christmas
        QVERIFY(near(sunday.loadKw[10], (4 * 5.0 + 7.0) / 5));
        const DayProfile none = DayProfile::typical(TariffDayType::Saturday, TimeSeries(), solar, t, kTaipei, today);
        QCOMPARE(none.daysAveraged, 0);
        QCOMPARE(none.loadKw[5], 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleCost)
#include "tst_ScheduleCost.moc"
