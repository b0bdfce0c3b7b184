// What a schedule runs into before it is sent, on days worked by hand: the windows that save
// on a weekday and cost on the weekend (the scheduler repeats them every day), the import cap
// cutting a charge window, the load alone over the cap, the peak over the contract.
#include "core/ScheduleCostCheck.h"

#include <QtTest>

namespace {

constexpr int H = 3600;

// Weekdays: off-peak 00:00–09:00 at 2, peak 09:00–24:00 at 6. Saturdays and Sundays: 2 all day.
Tariff weekdayPeakTariff()
{
    TariffSeason all;
    all.id = QStringLiteral("all");
    all.fromMonth = 1;
    all.fromDay = 1;
    all.toMonth = 12;
    all.toDay = 31;
    all.days[int(TariffDayType::Weekday)] = {{QStringLiteral("offPeak"), 0, 9 * 60, 2.0},
                                             {QStringLiteral("peak"), 9 * 60, 24 * 60, 6.0}};
    all.days[int(TariffDayType::Saturday)] = {{QStringLiteral("offPeak"), 0, 24 * 60, 2.0}};
    all.days[int(TariffDayType::Sunday)] = {{QStringLiteral("offPeak"), 0, 24 * 60, 2.0}};
    Tariff t;
    t.name = QStringLiteral("weekday peak");
    t.effective = QDate(2026, 1, 1);
    t.seasons = {all};
    return t;
}

// Load 30 kW all day, no sun, on every kind of day.
std::array<DayProfile, kTariffDayTypes> flatLoad()
{
    std::array<DayProfile, kTariffDayTypes> profiles{};
    for (DayProfile &p : profiles) {
        p.loadKw.fill(30.0);
        p.daysAveraged = 4;
    }
    return profiles;
}

// 100 kWh at 50 %, 90 % efficient each way.
CostInput batteryAtHalf()
{
    CostInput in;
    in.battery.capacityKWh = 100;
    in.battery.socMinPercent = 10;
    in.battery.socMaxPercent = 90;
    in.battery.chargeEfficiency = 0.9;
    in.battery.dischargeEfficiency = 0.9;
    in.battery.maxChargeW = 50'000;
    in.battery.maxDischargeW = 50'000;
    in.startSocPercent = 50;
    in.season = QStringLiteral("all");
    return in;
}

// Charge 00:00–02:00 at 20 kW (40 kWh taken, 36 stored); give 18 kW 17:00–19:00 (36 kWh
// delivered, 40 drawn from the cells): the day ends 4 kWh lower.
const QList<DailyWindow> kNightToEvening{{0, 2 * H, 20'000, {}}, {17 * H, 2 * H, -18'000, {}}};

QList<CostFinding> ofKind(const QList<CostFinding> &all, CostFinding::Kind kind)
{
    QList<CostFinding> out;
    for (const CostFinding &f : all) {
        if (f.kind == kind)
            out.append(f);
    }
    return out;
}

} // namespace

class tst_ScheduleCostCheck : public QObject
{
    Q_OBJECT

private slots:
    void savingsAgainstAnIdleBatteryByHand()
    {
        CostInput in = batteryAtHalf();
        in.schedule = DailyWindows::toSchedule(kNightToEvening);
        // Weekday: 36 kWh not bought at 6 (216) − 40 kWh bought at 2 (80) − the 4 kWh the day
        // ends lower, at what charging them costs (4 / 0.9 × 2 = 8.89) = 127.11.
        QVERIFY(std::abs(ScheduleCostCheck::savedOn(in, flatLoad()[0], weekdayPeakTariff(), TariffDayType::Weekday) - 127.11)
                < 0.01);
        // Sunday: 36 × 2 − 80 − 8.89 = −16.89.
        QVERIFY(std::abs(ScheduleCostCheck::savedOn(in, flatLoad()[2], weekdayPeakTariff(), TariffDayType::Sunday) + 16.89)
                < 0.01);
        // No windows, no saving.
        in.schedule = Schedule();
        QCOMPARE(ScheduleCostCheck::savedOn(in, flatLoad()[0], weekdayPeakTariff(), TariffDayType::Weekday), 0.0);
    }

    void windowsThatPayOnWeekdaysAndCostOnWeekendsAreNamed()
    {
        CostInput in = batteryAtHalf();
        in.dayType = TariffDayType::Weekday;
        const QList<CostFinding> all = ScheduleCostCheck::check(kNightToEvening, in, flatLoad(), weekdayPeakTariff());
        const QList<CostFinding> other = ofKind(all, CostFinding::Kind::CostsOnOtherDays);
        QCOMPARE(all.size(), 1); // Saturday and Sunday in one finding, nothing else
        QCOMPARE(other.size(), 1);
        const CostFinding &f = other.at(0);
        QVERIFY(std::abs(f.ntd - 16.89) < 0.01);
        QVERIFY2(f.text.contains(QStringLiteral("NT$ 127")) && f.text.contains(QStringLiteral("NT$ 17 more on a Saturday"))
                     && f.text.contains(QStringLiteral("NT$ 17 more on a Sunday")),
                 qPrintable(f.text));

        // Shown on a Sunday: they cost on the day shown.
        in.dayType = TariffDayType::Sunday;
        const QList<CostFinding> sunday = ScheduleCostCheck::check(kNightToEvening, in, flatLoad(), weekdayPeakTariff());
        QCOMPARE(sunday.size(), 1);
        QCOMPARE(sunday.at(0).kind, CostFinding::Kind::CostsOnThisDay);
        QVERIFY(std::abs(sunday.at(0).ntd - 16.89) < 0.01);
    }

    void theImportCapCutsTheChargeWindowAndThePeakPassesTheContract()
    {
        CostInput in = batteryAtHalf();
        in.limits.connectionKw = 40; // load 30 + charge 20 = 50: 10 kW cut for 2 hours
        Tariff tariff = weekdayPeakTariff();
        tariff.contractKw = 35;
        const QList<CostFinding> all = ScheduleCostCheck::check(kNightToEvening, in, flatLoad(), tariff);
        const QList<CostFinding> cut = ofKind(all, CostFinding::Kind::CapCutsWindow);
        QCOMPARE(cut.size(), 1);
        QCOMPARE(cut.at(0).row, 0);
        QVERIFY(std::abs(cut.at(0).kWh - 20.0) < 1e-6);
        QVERIFY2(cut.at(0).text.contains(QStringLiteral("40 kW")) && cut.at(0).text.contains(QStringLiteral("20 kWh")),
                 qPrintable(cut.at(0).text));
        const QList<CostFinding> peak = ofKind(all, CostFinding::Kind::PeakOverContract);
        QCOMPARE(peak.size(), 1);
        QCOMPARE(peak.at(0).row, 0); // made by the charge window
        QVERIFY(std::abs(peak.at(0).kW - 40.0) < 1e-6);
        QVERIFY(ofKind(all, CostFinding::Kind::LoadOverCap).isEmpty());
    }

    void theLoadAloneOverTheCapIsSaidOnce()
    {
        CostInput in = batteryAtHalf();
        in.limits.connectionKw = 25; // the load's 30 kW passes it all day but while discharging
        const QList<CostFinding> all = ScheduleCostCheck::check(kNightToEvening, in, flatLoad(), weekdayPeakTariff());
        const QList<CostFinding> over = ofKind(all, CostFinding::Kind::LoadOverCap);
        QCOMPARE(over.size(), 1);
        QVERIFY(std::abs(over.at(0).kWh - 5.0 * 22) < 1e-6); // 5 kW over for the 22 hours not discharging
        QVERIFY2(over.at(0).text.contains(QStringLiteral("00:00")), qPrintable(over.at(0).text));
        const QList<CostFinding> cut = ofKind(all, CostFinding::Kind::CapCutsWindow);
        QCOMPARE(cut.size(), 1);
        QVERIFY(std::abs(cut.at(0).kWh - 40.0) < 1e-6); // no room at all to charge
    }

    void noWindowsNoFindings()
    {
        CostInput in = batteryAtHalf();
        in.limits.connectionKw = 100;
        Tariff tariff = weekdayPeakTariff();
        tariff.contractKw = 50;
        QVERIFY(ScheduleCostCheck::check({}, in, flatLoad(), tariff).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleCostCheck)
#include "tst_ScheduleCostCheck.moc"
