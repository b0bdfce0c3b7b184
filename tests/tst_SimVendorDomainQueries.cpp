// The vendor document's domain_datas/query examples ("使用範例", 站點: the site's energy, power,
// SoC, irradiance, forecast and ratios) sent to the emulator over real HTTP (support/VendorExamples.h).

#include "core/CronsCodec.h"
#include "core/UtcTime.h"
#include "support/VendorExamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <cmath>

using namespace VendorExamples;

class tst_SimVendorDomainQueries
    : public QObject
    , protected VendorExampleSite
{
    Q_OBJECT

private slots:
    void initTestCase() { start(); }
    void cleanupTestCase() { stop(); }

    // 今日能耗度數(站點): today's energy per field, one daily window from local midnight.
    void todaysEnergy()
    {
        const qint64 now = simNow();
        const Params params = {{"organization_id", "182"},
                               {"domain_id", "187"},
                               {"start", isoLocal(localMidnight(now))},
                               {"fields", "SolarEnergy, LoadEnergy, GridEnergy"},
                               {"every", "1d"},
                               {"timezone", "Asia/Taipei"},
                               {"time_src", "_start"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 3);
        const QStringList order = {QStringLiteral("SolarEnergy"), QStringLiteral("LoadEnergy"), QStringLiteral("GridEnergy")};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject row = rows->at(i).toObject();
            QCOMPARE(row.value(QStringLiteral("table")).toInt(), i);
            QCOMPARE(row.value(QStringLiteral("_field")).toString(), order.at(i));
            QCOMPARE(timeOf(row), localMidnight(now));
            QVERIFY2(num(row, QStringLiteral("_value")) >= 0, qPrintable(describe(row)));
        }
        QVERIFY(num(rows->at(1).toObject(), QStringLiteral("_value")) > 0);
        if (localHour(now) >= 10) // the sun has been up for hours
            QVERIFY2(num(rows->at(0).toObject(), QStringLiteral("_value")) > 1, qPrintable(describe(rows->at(0).toObject())));
    }

    // 即時功率(站點): the latest site powers.
    void currentSitePower()
    {
        const qint64 before = simNow();
        const Params params = {{"organization_id", "182"},
                               {"domain_id", "187"},
                               {"start", "0"},
                               {"fields", "SolarPower, LoadPower, GridPower, GenPower"},
                               {"timezone", "Asia/Taipei"},
                               {"time_function", "last"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        const qint64 after = simNow();
        QCOMPARE(rows->size(), 4);
        QMap<QString, double> value;
        for (const QJsonObject &row : objects(*rows)) {
            QVERIFY2(timeOf(row) <= after && timeOf(row) > before - 2 * kMinuteMs, qPrintable(describe(row)));
            QVERIFY2(std::isfinite(num(row, QStringLiteral("_value"))), qPrintable(describe(row)));
            value.insert(row.value(QStringLiteral("_field")).toString(), num(row, QStringLiteral("_value")));
        }
        QVERIFY(value.value(QStringLiteral("SolarPower")) >= 0);
        QVERIFY(value.value(QStringLiteral("LoadPower")) > 0);
        QCOMPARE(value.value(QStringLiteral("GenPower")), 0.0);
        // What the balance leaves for the batteries stays within the three units' 10 kW each.
        const double battery = value.value(QStringLiteral("GridPower")) - value.value(QStringLiteral("LoadPower"))
            + value.value(QStringLiteral("SolarPower"));
        QVERIFY2(std::abs(battery) <= 30'000 + 1, qPrintable(QString::number(battery)));
    }

    // 即時 SoC, 剩餘電量(站點): SOC within the batteries' limits, remaining energy = SOC × capacity.
    void currentSocAndRemainingEnergy()
    {
        const Params params = {{"organization_id", "182"},           {"domain_id", "187"},        {"start", "0"},
                               {"fields", "BatRemainEnergy,BatSoC"}, {"timezone", "Asia/Taipei"}, {"time_function", "last"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 2);
        const auto fields = byField(*rows);
        const QJsonObject remain = fields.value(QStringLiteral("BatRemainEnergy")).value(0);
        const QJsonObject soc = fields.value(QStringLiteral("BatSoC")).value(0);
        QVERIFY2(num(soc, QStringLiteral("_value")) >= kSocMin && num(soc, QStringLiteral("_value")) <= kSocMax,
                 qPrintable(describe(soc)));

        const auto capacity =
            fetch(QStringLiteral("/api/domain_datas/query"), with(params, "fields", QStringLiteral("BatCapacity")), &why);
        QVERIFY2(capacity, qPrintable(why));
        QCOMPARE(capacity->size(), 1);
        const double kWh = num(capacity->first().toObject(), QStringLiteral("_value"));
        QVERIFY2(kWh > 0, qPrintable(QString::number(kWh)));
        if (timeOf(remain) == timeOf(soc)) {
            QVERIFY2(near(num(remain, QStringLiteral("_value")), num(soc, QStringLiteral("_value")) / 100.0 * kWh, 1e-3, 0.05),
                     qPrintable(describe(remain) + describe(soc)));
        }

        // Each unit's own BatSoC stays within its limits too.
        const Params units = {
            {"organization_id", "182"}, {"domain_id", "187"},     {"device_output_name", "pomcube_data"}, {"start", "0"},
            {"fields", "BatSoC"},       {"time_function", "last"}};
        const auto unitRows = fetch(QStringLiteral("/api/device_datas/query"), units, &why);
        QVERIFY2(unitRows, qPrintable(why));
        QCOMPARE(unitRows->size(), 3);
        for (const QJsonObject &row : objects(*unitRows))
            QVERIFY2(num(row, QStringLiteral("_value")) >= kSocMin && num(row, QStringLiteral("_value")) <= kSocMax,
                     qPrintable(describe(row)));
    }

    // 光照計照量(站點): hourly irradiance since local midnight; dark at night, sun by day.
    void photometerIrradianceHourly()
    {
        const qint64 now = simNow();
        const qint64 today = localMidnight(now);
        const Params params = {{"organization_id", "182"}, {"domain_id", "187"}, {"start", isoLocal(today)},
                               {"fields", "Irradiance"},   {"every", "1h"},      {"timezone", "Asia/Taipei"},
                               {"time_src", "_start"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), int((now - today + kHourMs - 1) / kHourMs));
        double brightest = 0;
        for (int i = 0; i < rows->size(); ++i) {
            const QJsonObject row = rows->at(i).toObject();
            QCOMPARE(timeOf(row), today + i * kHourMs);
            const double w = num(row, QStringLiteral("_value"));
            QVERIFY2(w >= 0 && w < 1400, qPrintable(describe(row)));
            if (i < 5)
                QVERIFY2(w < 1, qPrintable(QStringLiteral("sun at night: ") + describe(row)));
            brightest = std::max(brightest, w);
        }
        if (localHour(now) >= 11)
            QVERIFY2(brightest > 150, qPrintable(QString::number(brightest)));
    }

    // 每15分鐘平均SoC(站點): five days of 15-minute means; the vendor's windows charge at 01:00–03:00
    // and discharge at 17:00–19:00, and SOC shows it.
    void socEvery15Minutes()
    {
        const qint64 today = localMidnight(simNow());
        const Params params = {{"organization_id", "182"},  {"domain_id", "187"},  {"start", isoLocal(today - 5 * kDayMs)},
                               {"stop", isoLocal(today)},   {"fields", "BatSoC"},  {"every", "15m"},
                               {"timezone", "Asia/Taipei"}, {"time_src", "_start"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 5 * 96);
        QMap<qint64, double> soc;
        for (int i = 0; i < rows->size(); ++i) {
            const QJsonObject row = rows->at(i).toObject();
            QCOMPARE(timeOf(row), today - 5 * kDayMs + i * 15 * kMinuteMs);
            QVERIFY2(num(row, QStringLiteral("_value")) >= kSocMin && num(row, QStringLiteral("_value")) <= kSocMax,
                     qPrintable(describe(row)));
            soc.insert(timeOf(row), num(row, QStringLiteral("_value")));
        }
        int charged = 0, discharged = 0;
        for (int d = 5; d >= 1; --d) {
            const qint64 midnight = today - d * kDayMs;
            const auto at = [&](int hour, int minute) { return soc.value(midnight + hour * kHourMs + minute * kMinuteMs); };
            QVERIFY2(at(3, 0) >= at(0, 45), qPrintable(QStringLiteral("day -%1: %2 → %3").arg(d).arg(at(0, 45)).arg(at(3, 0))));
            QVERIFY2(at(19, 0) <= at(16, 45),
                     qPrintable(QStringLiteral("day -%1: %2 → %3").arg(d).arg(at(16, 45)).arg(at(19, 0))));
            charged += at(3, 0) > at(0, 45) + 1;
            discharged += at(19, 0) < at(16, 45) - 1;
        }
        QVERIFY(charged > 0);
        QVERIFY(discharged > 0);
    }

    // 預計發電功率(站點) and 預計發電度數(站點): the forecast in 15-minute means and daily kWh,
    // reaching at least two days past now; the daily energy agrees with the 15-minute power.
    void predictedPowerAndEnergy()
    {
        const qint64 now = simNow();
        const qint64 today = localMidnight(now);
        const qint64 start = today - 2 * kDayMs;
        const qint64 stop = today + 3 * kDayMs;
        Params params = {
            {"organization_id", "182"},         {"domain_id", "187"}, {"start", isoLocal(start)},  {"stop", isoLocal(stop)},
            {"fields", "PredictionSolarPower"}, {"every", "15m"},     {"timezone", "Asia/Taipei"}, {"time_src", "_start"}};
        QString why;
        const auto power = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(power, qPrintable(why));
        QCOMPARE(power->size(), 5 * 96);
        QVERIFY2(timeOf(power->last().toObject()) >= now + 2 * kDayMs, qPrintable(describe(power->last().toObject())));
        QMap<qint64, double> kWhByDay;
        for (int i = 0; i < power->size(); ++i) {
            const QJsonObject row = power->at(i).toObject();
            QCOMPARE(timeOf(row), start + i * 15 * kMinuteMs);
            const double w = num(row, QStringLiteral("_value"));
            QVERIFY2(w >= 0 && w < 60'000, qPrintable(describe(row)));
            if (localHour(timeOf(row)) < 4)
                QVERIFY2(w == 0, qPrintable(QStringLiteral("sun at night: ") + describe(row)));
            kWhByDay[localMidnight(timeOf(row))] += w * 0.25 / 1000.0;
        }

        params = with(with(params, "fields", QStringLiteral("PredictionSolarEnergy")), "every", QStringLiteral("1d"));
        const auto energy = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(energy, qPrintable(why));
        QCOMPARE(energy->size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject row = energy->at(i).toObject();
            QCOMPARE(timeOf(row), start + i * kDayMs);
            const double kWh = num(row, QStringLiteral("_value"));
            QVERIFY2(kWh > 10 && kWh < 54 * 10, qPrintable(describe(row)));
            // Trapezoids over 15-minute points against rectangles of 15-minute means.
            QVERIFY2(near(kWh, kWhByDay.value(timeOf(row)), 0.03, 0.5),
                     qPrintable(QStringLiteral("%1 vs %2").arg(kWh).arg(kWhByDay.value(timeOf(row)))));
        }
    }

    // 棄電比(站點) and 效能比 PR(站點): daily ratios in 0–100 (null without sun).
    void dailyRatios_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("CurtailmentRatio") << QStringLiteral("CurtailmentRatio");
        QTest::newRow("PR") << QStringLiteral("PR");
    }

    void dailyRatios()
    {
        QFETCH(QString, field);
        const qint64 today = localMidnight(simNow());
        const Params params = {{"organization_id", "182"},  {"domain_id", "187"},  {"start", isoLocal(today - 5 * kDayMs)},
                               {"stop", isoLocal(today)},   {"fields", field},     {"every", "1d"},
                               {"timezone", "Asia/Taipei"}, {"time_src", "_start"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject row = rows->at(i).toObject();
            QCOMPARE(timeOf(row), today - (5 - i) * kDayMs);
            QCOMPARE(row.value(QStringLiteral("_field")).toString(), field);
            const double v = num(row, QStringLiteral("_value"));
            QVERIFY2(v >= 0 && v <= 100, qPrintable(describe(row))); // every day has had sun: never null
        }
    }

    // PR by the hour over yesterday: null at night, 0–100 while the sun is up.
    void hourlyPerformanceRatio()
    {
        const qint64 today = localMidnight(simNow());
        const Params params = {{"organization_id", "182"},  {"domain_id", "187"},  {"start", isoLocal(today - kDayMs)},
                               {"stop", isoLocal(today)},   {"fields", "PR"},      {"every", "1h"},
                               {"timezone", "Asia/Taipei"}, {"time_src", "_start"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 24);
        int sunny = 0;
        for (const QJsonObject &row : objects(*rows)) {
            const int hour = localHour(timeOf(row));
            if (hour < 5 || hour >= 19) {
                QVERIFY2(isNull(row, QStringLiteral("_value")), qPrintable(QStringLiteral("PR at night: ") + describe(row)));
            } else if (!isNull(row, QStringLiteral("_value"))) {
                QVERIFY2(num(row, QStringLiteral("_value")) >= 0 && num(row, QStringLiteral("_value")) <= 100,
                         qPrintable(describe(row)));
                sunny += hour >= 9 && hour < 15;
            }
        }
        QCOMPARE(sunny, 6); // PR exists for every midday hour
    }

    // 每15分鐘平均功率圖(站點): four tables of 15-minute means, in the order of `fields`.
    void sitePowerEvery15Minutes()
    {
        const qint64 today = localMidnight(simNow());
        const qint64 start = today - 5 * kDayMs;
        const Params params = {{"organization_id", "182"},
                               {"domain_id", "187"},
                               {"start", isoLocal(start)},
                               {"stop", isoLocal(today)},
                               {"fields", "SolarPower, LoadPower, GridPower, GenPower"},
                               {"every", "15m"},
                               {"timezone", "Asia/Taipei"},
                               {"time_src", "_start"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 4 * 480);
        const QStringList order = {QStringLiteral("SolarPower"), QStringLiteral("LoadPower"), QStringLiteral("GridPower"),
                                   QStringLiteral("GenPower")};
        for (int i = 0; i < rows->size(); ++i) {
            const QJsonObject row = rows->at(i).toObject();
            QCOMPARE(row.value(QStringLiteral("table")).toInt(), i / 480);
            QCOMPARE(row.value(QStringLiteral("_field")).toString(), order.at(i / 480));
            QCOMPARE(timeOf(row), start + (i % 480) * 15 * kMinuteMs);
        }
        for (int i = 0; i < 480; ++i) {
            const double solar = num(rows->at(i).toObject(), QStringLiteral("_value"));
            const double load = num(rows->at(480 + i).toObject(), QStringLiteral("_value"));
            const double grid = num(rows->at(960 + i).toObject(), QStringLiteral("_value"));
            const double gen = num(rows->at(1440 + i).toObject(), QStringLiteral("_value"));
            QVERIFY2(solar >= 0 && load > 0 && gen == 0, qPrintable(describe(rows->at(i).toObject())));
            const double battery = grid - load + solar;
            QVERIFY2(std::abs(battery) <= 30'000 + 1,
                     qPrintable(QStringLiteral("battery %1 W at ").arg(battery) + describe(rows->at(i).toObject())));
            const int hour = localHour(start + i * 15 * kMinuteMs);
            if (hour >= 1 && hour < 3) // the vendor's charge window: the batteries take, never give
                QVERIFY2(battery >= -1,
                         qPrintable(QStringLiteral("battery %1 W at ").arg(battery) + describe(rows->at(i).toObject())));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SimVendorDomainQueries)
#include "tst_SimVendorDomainQueries.moc"
