// The invariants of docs/emulator.md over the whole default history (35 days): energy balance at
// every step, SOC limits and efficiency, monotonic counters, counters = integral of power,
// PR plausible on sunny days (those without a grid operator's export cap), some curtailment.
#include "sim/PowerScheduler.h"
#include "sim/SimSite.h"
#include "sim/SiteModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>

namespace {

const qint64 kNow = QDateTime(QDate(2025, 6, 20), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr int kDays = 35;

int fieldIndex(const SiteModel::DeviceData &d, const char *name)
{
    static const SiteCatalog catalog;
    return catalog.output(d.spec.output)->fieldIndex(QString::fromLatin1(name));
}

} // namespace

class tst_SiteInvariants : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PowerScheduler> m_scheduler;
    std::unique_ptr<SiteModel> m_site;
    qint64 m_steps = 0;

    const StoredSeries &field(int device, const char *name) const
    {
        const SiteModel::DeviceData &d = m_site->devices().at(device);
        return d.fields.at(fieldIndex(d, name));
    }

private slots:
    void initTestCase()
    {
        const qint64 origin = kNow - kDays * 86'400'000LL;
        m_scheduler = std::make_unique<PowerScheduler>(4, 187, QTimeZone("Asia/Taipei"),
                                                       Schedule({{61200, 68400, -20000, {}}, {3600, 10800, 10000, {}}}), origin);
        m_site = std::make_unique<SiteModel>(11, origin, WeatherModel(11), LoadModel(11), m_scheduler.get());
        m_site->advanceTo(kNow);
        m_steps = m_site->siteSeries(SiteModel::LoadPower).size();
        QCOMPARE(m_steps, kDays * 1440 + 1);
    }

    void anExactForecastIsThePvToCome()
    {
        // Made a day ahead, each quarter-hour's forecast is the mean of the PV (used and
        // curtailed) the site then has; the default forecast has an error of its own.
        const qint64 origin = kNow - 2 * 86'400'000LL;
        PowerScheduler scheduler(4, 187, QTimeZone("Asia/Taipei"), Schedule(), origin);
        SiteModel site(11, origin, WeatherModel(11), LoadModel(11), &scheduler);
        site.setExactForecast(true);
        SiteModel usual(11, origin, WeatherModel(11), LoadModel(11), &scheduler);
        site.advanceTo(origin + 3600'000);
        usual.advanceTo(origin + 3600'000);
        const StoredSeries forecast = site.forecastSeries(SiteModel::PredictionSolarPower);
        const StoredSeries &usualForecast = usual.forecastSeries(SiteModel::PredictionSolarPower);
        site.advanceTo(origin + 2 * 86'400'000LL);
        const StoredSeries &solar = site.siteSeries(SiteModel::SolarPower);
        const StoredSeries &curtailed = site.siteSeries(SiteModel::CurtailedPower);
        double sunlit = 0, usualError = 0;
        for (qsizetype q = 8; q < 2 * 96 - 1; ++q) { // from two hours on: made well ahead
            double mean = 0;
            for (qsizetype m = 0; m < 15; ++m) {
                const qsizetype i = solar.lowerBound(forecast.time(q) + m * 60'000);
                mean += (solar.value(i) + curtailed.value(i)) / 15.0;
            }
            QVERIFY2(std::abs(forecast.value(q) - mean) <= 1.0 + 1e-5 * mean,
                     qPrintable(QStringLiteral("quarter %1: forecast %2 W, then %3 W").arg(q).arg(forecast.value(q)).arg(mean)));
            sunlit += mean;
            usualError += std::abs(usualForecast.value(q) - mean);
        }
        QVERIFY(sunlit > 0);
        QVERIFY2(usualError > 0.02 * sunlit, qPrintable(QString::number(usualError / sunlit)));
    }

    void energyBalancesAtEveryStep()
    {
        const StoredSeries &solar = m_site->siteSeries(SiteModel::SolarPower);
        const StoredSeries &load = m_site->siteSeries(SiteModel::LoadPower);
        const StoredSeries &grid = m_site->siteSeries(SiteModel::GridPower);
        const StoredSeries &batteryMeter = field(12, "Power"); // HERMES_SM000003, the battery circuit
        const StoredSeries &gridMeter = field(10, "Power"); // HERMES_SM000001, the grid connection
        QList<const StoredSeries *> unitLoads, unitSolars, unitGrids;
        for (int d = 0; d < 6; ++d) {
            unitLoads.append(&field(d, "LoadPower"));
            unitSolars.append(&field(d, "SolarPower"));
            unitGrids.append(&field(d, "GridPower"));
        }
        const StoredSeries &inverter1 = field(6, "SolarPower");
        const StoredSeries &inverter2 = field(7, "SolarPower");
        double worst = 0;
        for (qsizetype s = 0; s < m_steps; ++s) {
            // solar used + import + discharge = load + charge + export, i.e. solar + grid = load + battery
            worst = std::max(worst, std::abs(solar.value(s) + grid.value(s) - load.value(s) - batteryMeter.value(s)));
            // The devices add up to the site: units' load ports carry the whole building.
            double unitLoad = 0, unitSolar = 0, unitGrid = 0;
            for (int d = 0; d < 6; ++d) {
                unitLoad += unitLoads.at(d)->value(s);
                unitSolar += unitSolars.at(d)->value(s);
                unitGrid += unitGrids.at(d)->value(s);
            }
            const double inverters = inverter1.value(s) + inverter2.value(s);
            worst = std::max({worst, std::abs(unitLoad - load.value(s)), std::abs(unitSolar + inverters - solar.value(s)),
                              std::abs(unitGrid - inverters - grid.value(s)), std::abs(gridMeter.value(s) - grid.value(s))});
        }
        QVERIFY2(worst < 0.05, qPrintable(QString::number(worst))); // float storage of W values
    }

    void socStaysInItsLimitsAndMovesOnlyWithBatteryPower()
    {
        for (int d = 0; d < 6; ++d) {
            const StoredSeries &soc = field(d, "BatSoC");
            const StoredSeries &grid = field(d, "GridPower");
            const StoredSeries &load = field(d, "LoadPower");
            const StoredSeries &solar = field(d, "SolarPower");
            const SiteModel::Battery &b = m_site->batteries().at(d);
            double moved = 0;
            for (qsizetype s = 0; s + 1 < m_steps; ++s) {
                QVERIFY(soc.value(s) >= b.socMin - 1e-3 && soc.value(s) <= b.socMax + 1e-3);
                // The unit's battery power is what its ports do not explain.
                const double power = grid.value(s) - load.value(s) + solar.value(s);
                const double stored = power > 0 ? power * b.chargeEfficiency : power / b.dischargeEfficiency;
                const double expected = stored / 60.0 / (b.capacityKWh * 1000.0) * 100.0;
                const double delta = soc.value(s + 1) - soc.value(s);
                QVERIFY2(std::abs(delta - expected) < 2e-4,
                         qPrintable(QStringLiteral("unit %1 step %2: %3 vs %4").arg(d).arg(s).arg(delta).arg(expected)));
                moved += std::abs(delta);
            }
            if (d < 3)
                QVERIFY2(moved > 100, "the scheduled Pomcube units cycle every day");
            else
                QCOMPARE(moved, 0.0); // the Hermes units have no windows
        }
    }

    void countersNeverDecrease()
    {
        int checked = 0;
        for (const SiteModel::DeviceData &d : m_site->devices()) {
            for (const StoredSeries &s : d.fields) {
                if (s.kind() != SiteCatalog::FieldKind::Counter)
                    continue;
                double last = -1;
                for (qsizetype i = 0; i < s.size(); ++i) {
                    const double v = s.value(i);
                    if (std::isnan(v))
                        continue; // a meter in maintenance reports nothing
                    QVERIFY2(v >= last, qPrintable(d.spec.name));
                    last = v;
                }
                ++checked;
            }
        }
        QCOMPARE(checked, 6 * 4 + 2 + 10 * 2);
    }

    void counterEnergyIsTheIntegralOfPower()
    {
        // Per device and day: the counter's increase against the trapezoidal integral of power.
        const char *pairs[][2] = {{"SolarPower", "SolarEnergy"}, {"LoadPower", "LoadEnergy"}};
        int days = 0;
        for (int d = 0; d < 6; ++d) {
            for (const auto &pair : pairs) {
                const StoredSeries &power = field(d, pair[0]);
                const StoredSeries &counter = field(d, pair[1]);
                for (qsizetype from = 0; from + 1440 < m_steps; from += 1440) {
                    double integral = 0;
                    for (qsizetype i = from; i < from + 1440; ++i)
                        integral += (power.value(i) + power.value(i + 1)) / 2.0 / 60.0 / 1000.0;
                    const double increase = counter.value(from + 1440) - counter.value(from);
                    if (increase < 1.0)
                        continue;
                    QVERIFY2(std::abs(increase - integral) <= 0.01 * increase,
                             qPrintable(QStringLiteral("%1 %2 day %3: %4 vs %5")
                                            .arg(m_site->devices().at(d).spec.name, QString::fromLatin1(pair[1]))
                                            .arg(from / 1440)
                                            .arg(increase)
                                            .arg(integral)));
                    ++days;
                }
            }
        }
        QVERIFY(days > 300);
    }

    void prIsPlausibleOnSunnyDaysAndCurtailmentHappens()
    {
        SimOptions options;
        options.startMs = kNow;
        options.acceleration = 0;
        options.seed = 11;
        SimSite site(options);
        QVERIFY(site.start().ok());
        QUrlQuery q;
        for (const auto &[k, v] : {std::pair{"organization_id", "182"},
                                   {"domain_id", "187"},
                                   {"start", "-35d"},
                                   {"fields", "PR,CurtailmentRatio,PhotometerSolarPower"},
                                   {"every", "1d"},
                                   {"timezone", "Asia/Taipei"},
                                   {"time_src", "_start"},
                                   {"pivot_columns", "_field"}})
            q.addQueryItem(QString::fromLatin1(k), QString::fromLatin1(v));
        const SimReply reply = site.domainQuery(q);
        QCOMPARE(reply.status, 200);
        const QJsonArray days = QJsonDocument::fromJson(reply.body).array();
        QVERIFY(days.size() >= kDays);
        double brightest = 0;
        for (const QJsonValue &v : days)
            brightest = std::max(brightest, v.toObject().value(QStringLiteral("PhotometerSolarPower")).toDouble());
        int sunny = 0, curtailed = 0;
        for (const QJsonValue &v : days) {
            const QJsonObject day = v.toObject();
            if (day.value(QStringLiteral("CurtailmentRatio")).toDouble() > 0)
                ++curtailed;
            if (day.value(QStringLiteral("PhotometerSolarPower")).toDouble() < 0.8 * brightest)
                continue;
            // PR counts the PV the site used: a day the grid operator ordered zero feed-in
            // (GridEvents) curtails PV on purpose, and its PR is low by design.
            if (day.value(QStringLiteral("CurtailmentRatio")).toDouble() >= 0.05)
                continue;
            ++sunny;
            const double pr = day.value(QStringLiteral("PR")).toDouble();
            QVERIFY2(pr >= 60 && pr <= 95,
                     qPrintable(QStringLiteral("PR %1 on %2").arg(pr).arg(day.value(QStringLiteral("_time")).toString())));
        }
        QVERIFY2(sunny >= 5, qPrintable(QString::number(sunny)));
        QVERIFY2(curtailed >= 1, "some day of the history curtails PV");
    }

    void aMeterInMaintenanceReportsNulls()
    {
        const StoredSeries &status = field(17, "Status"); // HERMES_SM000008, circuit Ba8
        const StoredSeries &power = field(17, "Power");
        int maintenance = 0;
        for (qsizetype s = 0; s < m_steps; ++s) {
            if (status.text(s) == u"Maintenance") {
                ++maintenance;
                QVERIFY(std::isnan(power.value(s)));
            } else {
                QVERIFY(!std::isnan(power.value(s)));
            }
        }
        QVERIFY(maintenance >= 120);
    }
};

QTEST_GUILESS_MAIN(tst_SiteInvariants)
#include "tst_SiteInvariants.moc"
