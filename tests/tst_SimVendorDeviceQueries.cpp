// The vendor document's device_datas/query examples ("使用範例": one unit, several units, the
// A棟電表 meter) sent to the emulator over real HTTP (support/VendorExamples.h).

#include "core/CronsCodec.h"
#include "core/UtcTime.h"
#include "support/VendorExamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <cmath>

using namespace VendorExamples;

class tst_SimVendorDeviceQueries
    : public QObject
    , protected VendorExampleSite
{
    Q_OBJECT

private slots:
    void initTestCase() { start(); }
    void cleanupTestCase() { stop(); }

    // 太陽能功率預測(單台): the forecast of one unit, pivoted, reaching at least 2 days ahead.
    void solarPredictionOfOneUnit()
    {
        const qint64 now = simNow();
        const qint64 today = localMidnight(now);
        const Params params = {{"organization_id", "182"},
                               {"device_names", kUnit},
                               {"device_output_name", "solar_prediction"},
                               {"start", isoUtc(today)},
                               {"stop", isoUtc(localMidnight(now, 3))},
                               {"fields", "DirectRadiation, SolarArea, SolarEff, SolarPower"},
                               {"timezone", "Asia/Taipei"},
                               {"pivot_columns", "_field"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QVERIFY(rows->size() > 100);

        double maxRadiation = 0;
        for (const QJsonObject &row : objects(*rows)) {
            const QString keys = keysProblem(row,
                                             {QStringLiteral("table"), QStringLiteral("_time"), QStringLiteral("DeviceName"),
                                              QStringLiteral("DirectRadiation"), QStringLiteral("SolarArea"),
                                              QStringLiteral("SolarEff"), QStringLiteral("SolarPower")});
            QVERIFY2(keys.isEmpty(), qPrintable(keys));
            QCOMPARE(row.value(QStringLiteral("table")).toInt(), 0);
            QCOMPARE(row.value(QStringLiteral("DeviceName")).toString(), kUnit);
            const double radiation = num(row, QStringLiteral("DirectRadiation"));
            const double area = num(row, QStringLiteral("SolarArea"));
            const double eff = num(row, QStringLiteral("SolarEff"));
            const double power = num(row, QStringLiteral("SolarPower"));
            QVERIFY2(radiation >= 0 && radiation < 1400, qPrintable(describe(row)));
            QVERIFY2(area > 0 && eff > 0 && eff <= 1, qPrintable(describe(row)));
            QVERIFY2(power >= 0 && near(power, radiation * area * eff, 1e-4, 1.0), qPrintable(describe(row)));
            if (localHour(timeOf(row)) < 4)
                QVERIFY2(radiation == 0, qPrintable(QStringLiteral("sun at night: ") + describe(row)));
            maxRadiation = std::max(maxRadiation, radiation);
        }
        QVERIFY2(maxRadiation > 300, qPrintable(QString::number(maxRadiation)));
        QCOMPARE(timeOf(objects(*rows).first()), today);
        QVERIFY2(timeOf(objects(*rows).last()) >= now + 2 * kDayMs, qPrintable(describe(objects(*rows).last())));

        // Without the optional pivot: one table per field, each row with _field and _value.
        const auto unpivoted = fetch(QStringLiteral("/device_datas/query"), without(params, "pivot_columns"), &why);
        QVERIFY2(unpivoted, qPrintable(why));
        const auto fields = byField(*unpivoted);
        QCOMPARE(fields.keys(),
                 (QStringList{QStringLiteral("DirectRadiation"), QStringLiteral("SolarArea"), QStringLiteral("SolarEff"),
                              QStringLiteral("SolarPower")}));
        QCOMPARE(unpivoted->size(), 4 * rows->size());
        const QJsonObject first = unpivoted->first().toObject();
        QCOMPARE(first.value(QStringLiteral("_field")).toString(), QStringLiteral("DirectRadiation"));
        QVERIFY(first.value(QStringLiteral("_value")).isDouble());
        QCOMPARE(unpivoted->last().toObject().value(QStringLiteral("table")).toInt(), 3);
    }

    // 每日太陽能度數預測: the daily integral of DirectRadiation (W/m² × s) at each local midnight.
    void dailyPredictedRadiationIntegral()
    {
        const qint64 now = simNow();
        const qint64 today = localMidnight(now);
        Params params = {{"organization_id", "182"},
                         {"device_names", kUnit},
                         {"device_output_name", "solar_prediction"},
                         {"start", isoUtc(today)},
                         {"stop", isoUtc(localMidnight(now, 2))},
                         {"fields", "DirectRadiation"},
                         {"every", "1d"},
                         {"timezone", "Asia/Taipei"},
                         {"time_function", "integral"},
                         {"time_src", "_start"},
                         {"pivot_columns", "_field"}};
        QString why;
        const auto daily = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
        QVERIFY2(daily, qPrintable(why));
        QCOMPARE(daily->size(), 2);

        // The same range unaggregated, integrated here: the emulator's integral must agree.
        params = without(without(without(params, "every"), "time_function"), "time_src");
        const auto raw = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
        QVERIFY2(raw, qPrintable(why));

        for (int day = 0; day < 2; ++day) {
            const QJsonObject row = daily->at(day).toObject();
            QCOMPARE(timeOf(row), localMidnight(now, day)); // _start: local midnight = 16:00Z
            QVERIFY(row.value(QStringLiteral("_time")).toString().endsWith(QStringLiteral("T16:00:00.000Z")));
            const double wsPerM2 = num(row, QStringLiteral("DirectRadiation"));
            const double whPerM2 = wsPerM2 / 3600.0; // the document's conversion to Wh/m²
            QVERIFY2(whPerM2 > 1000 && whPerM2 < 9000, qPrintable(describe(row)));
            const double expected =
                trapezoid(objects(*raw), QStringLiteral("DirectRadiation"), localMidnight(now, day), localMidnight(now, day + 1));
            QVERIFY2(near(wsPerM2, expected, 1e-4, 1.0), qPrintable(QStringLiteral("%1 vs %2").arg(wsPerM2).arg(expected)));
        }
    }

    // 目前功率(單台): the latest SolarPower and LoadPower of one unit, one table per field.
    void currentPowerOfOneUnit()
    {
        const Params params = {{"organization_id", "182"},
                               {"device_names", kUnit},
                               {"device_output_name", "pomcube_data"},
                               {"start", "0"},
                               {"fields", "SolarPower, LoadPower"},
                               {"time_function", "last"},
                               {"group_by", "_field"}};
        const Params recent = {{"organization_id", "182"},
                               {"device_names", kUnit},
                               {"device_output_name", "pomcube_data"},
                               {"start", "-5m"},
                               {"fields", "SolarPower, LoadPower"}};
        // A new minute's sample may land between the two requests: retry for a consistent pair.
        bool consistent = false;
        for (int attempt = 0; attempt < 5 && !consistent; ++attempt) {
            const qint64 before = simNow();
            QString why;
            const auto rows = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
            QVERIFY2(rows, qPrintable(why));
            const auto raw = fetch(QStringLiteral("/api/device_datas/query"), recent, &why);
            QVERIFY2(raw, qPrintable(why));
            const qint64 after = simNow();

            QCOMPARE(rows->size(), 2);
            const QJsonObject solar = rows->at(0).toObject();
            const QJsonObject load = rows->at(1).toObject();
            QCOMPARE(solar.value(QStringLiteral("table")).toInt(), 0);
            QCOMPARE(load.value(QStringLiteral("table")).toInt(), 1);
            QCOMPARE(solar.value(QStringLiteral("_field")).toString(), QStringLiteral("SolarPower"));
            QCOMPARE(load.value(QStringLiteral("_field")).toString(), QStringLiteral("LoadPower"));
            for (const QJsonObject &row : {solar, load}) {
                QVERIFY2(timeOf(row) <= after && timeOf(row) > before - 2 * kMinuteMs, qPrintable(describe(row)));
                QVERIFY2(num(row, QStringLiteral("_value")) >= 0, qPrintable(describe(row)));
            }
            QVERIFY2(num(load, QStringLiteral("_value")) > 0, qPrintable(describe(load)));

            const auto fields = byField(*raw);
            const QJsonObject lastSolar = fields.value(QStringLiteral("SolarPower")).last();
            const QJsonObject lastLoad = fields.value(QStringLiteral("LoadPower")).last();
            consistent = timeOf(lastSolar) == timeOf(solar) && timeOf(lastLoad) == timeOf(load);
            if (consistent) {
                QCOMPARE(num(solar, QStringLiteral("_value")), num(lastSolar, QStringLiteral("_value")));
                QCOMPARE(num(load, QStringLiteral("_value")), num(lastLoad, QStringLiteral("_value")));
            }
        }
        QVERIFY(consistent);
    }

    // pomcube 目前太陽能發電功率(多台) and pv及ess目前太陽能發電功率總和: the latest SolarPower of each
    // selected device, summed into one value per field (DeviceName grouped only before `last`).
    void currentSolarPowerSummed_data()
    {
        QTest::addColumn<QString>("selectorKey");
        QTest::addColumn<QString>("selectorValue");
        QTest::addColumn<int>("devices");
        QTest::newRow("pomcube") << QStringLiteral("device_output_name") << QStringLiteral("pomcube_data") << 3;
        QTest::newRow("pv,ess") << QStringLiteral("device_type_category_name") << QStringLiteral("pv,ess") << 8;
    }

    void currentSolarPowerSummed()
    {
        QFETCH(QString, selectorKey);
        QFETCH(QString, selectorValue);
        QFETCH(int, devices);
        Params params = {{"organization_id", "182"}, {"domain_id", "187"},      {"start", "0"},
                         {"fields", "SolarPower"},   {"time_function", "last"}, {"group_by", "!DeviceName,_field"},
                         {"group_function", "sum"}};
        params.insert(2, Param(qPrintable(selectorKey), selectorValue));
        const Params perDevice = with(without(params, "group_function"), "group_by", QStringLiteral("DeviceName,_field"));

        bool consistent = false;
        for (int attempt = 0; attempt < 5 && !consistent; ++attempt) {
            const qint64 before = simNow();
            QString why;
            const auto summed = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
            QVERIFY2(summed, qPrintable(why));
            const auto each = fetch(QStringLiteral("/device_datas/query"), perDevice, &why);
            QVERIFY2(each, qPrintable(why));
            const qint64 after = simNow();

            QCOMPARE(summed->size(), 1);
            const QJsonObject row = summed->first().toObject();
            const QString keys = keysProblem(
                row, {QStringLiteral("table"), QStringLiteral("_time"), QStringLiteral("_value"), QStringLiteral("_field")});
            QVERIFY2(keys.isEmpty(), qPrintable(keys)); // DeviceName is gone after the time function
            QCOMPARE(row.value(QStringLiteral("_field")).toString(), QStringLiteral("SolarPower"));
            QVERIFY2(num(row, QStringLiteral("_value")) >= 0, qPrintable(describe(row)));
            QVERIFY2(timeOf(row) <= after && timeOf(row) > before - 2 * kMinuteMs, qPrintable(describe(row)));

            QCOMPARE(each->size(), devices); // one table per device, one latest row each
            double total = 0;
            qint64 latest = 0;
            QSet<QString> names;
            for (const QJsonObject &d : objects(*each)) {
                QVERIFY2(num(d, QStringLiteral("_value")) >= 0, qPrintable(describe(d)));
                total += num(d, QStringLiteral("_value"));
                latest = std::max(latest, timeOf(d));
                names.insert(d.value(QStringLiteral("DeviceName")).toString());
            }
            QCOMPARE(names.size(), devices);
            consistent = latest == timeOf(row);
            if (consistent)
                QVERIFY2(near(num(row, QStringLiteral("_value")), total, 1e-5, 0.01),
                         qPrintable(QStringLiteral("%1 vs %2").arg(num(row, QStringLiteral("_value"))).arg(total)));
        }
        QVERIFY(consistent);
    }

    // 每日歷史功率圖(單台) and (多台): daily means with create_empty, pivoted; days before the
    // history are null rows; the several-unit chart is the sum of the units' charts.
    void dailyPowerChart()
    {
        const qint64 now = simNow();
        // From two days before the history began (empty days) to tomorrow's local midnight.
        const qint64 start = localMidnight(m_historyStart, -2);
        const qint64 stop = localMidnight(now, 1);
        const QStringList fields = {QStringLiteral("SolarPower"), QStringLiteral("LoadPower"), QStringLiteral("GenPower"),
                                    QStringLiteral("GridPower")};
        const Params single = {{"organization_id", "182"},
                               {"device_names", kUnit},
                               {"device_output_name", "pomcube_data"},
                               {"start", isoUtc(start)},
                               {"stop", isoUtc(stop)},
                               {"fields", "SolarPower,LoadPower,GenPower,GridPower"},
                               {"every", "1d"},
                               {"timezone", "Asia/Taipei"},
                               {"time_function", "mean"},
                               {"create_empty", "true"},
                               {"time_src", "_start"},
                               {"group_by", "_field"},
                               {"pivot_columns", "_field"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/device_datas/query"), single, &why);
        QVERIFY2(rows, qPrintable(why));
        const int days = int(
            QDateTime::fromMSecsSinceEpoch(start, taipei()).date().daysTo(QDateTime::fromMSecsSinceEpoch(stop, taipei()).date()));
        QCOMPARE(rows->size(), days);
        int withData = 0;
        for (int i = 0; i < days; ++i) {
            const QJsonObject row = rows->at(i).toObject();
            const QString keys = keysProblem(row, QStringList{QStringLiteral("table"), QStringLiteral("_time")} + fields);
            QVERIFY2(keys.isEmpty(), qPrintable(keys));
            QCOMPARE(timeOf(row), localMidnight(start, i));
            const bool before = localMidnight(start, i + 1) <= m_historyStart;
            if (before) {
                for (const QString &f : fields)
                    QVERIFY2(isNull(row, f), qPrintable(QStringLiteral("data before the history: ") + describe(row)));
                continue;
            }
            ++withData;
            QVERIFY2(num(row, QStringLiteral("SolarPower")) >= 0 && num(row, QStringLiteral("SolarPower")) < 6000,
                     qPrintable(describe(row)));
            QVERIFY2(num(row, QStringLiteral("LoadPower")) > 0, qPrintable(describe(row)));
            QVERIFY2(num(row, QStringLiteral("GenPower")) == 0, qPrintable(describe(row))); // no generator
            QVERIFY2(std::isfinite(num(row, QStringLiteral("GridPower"))), qPrintable(describe(row)));
        }
        QCOMPARE(withData, kHistoryDays + 1);

        // 多台: the domain's units summed per day; compare with each unit's own chart.
        Params multi = without(single, "device_names");
        multi.insert(1, Param("domain_id", "187"));
        multi = with(multi, "group_by", QStringLiteral("!DeviceName,_field"));
        multi.insert(12, Param("group_function", "sum"));
        const auto summed = fetch(QStringLiteral("/device_datas/query"), multi, &why);
        QVERIFY2(summed, qPrintable(why));
        const Params perUnit = with(without(multi, "group_function"), "group_by", QStringLiteral("DeviceName,_field"));
        const auto units = fetch(QStringLiteral("/api/device_datas/query"), perUnit, &why);
        QVERIFY2(units, qPrintable(why));
        QCOMPARE(units->size(), 3 * days);
        QCOMPARE(summed->size(), days);
        for (int i = 0; i < days; ++i) {
            const QJsonObject row = summed->at(i).toObject();
            QCOMPARE(timeOf(row), localMidnight(start, i));
            QVERIFY2(!row.contains(QStringLiteral("DeviceName")), qPrintable(describe(row)));
            for (const QString &f : fields) {
                double total = 0;
                bool any = false;
                for (const QJsonObject &u : objects(*units)) {
                    if (timeOf(u) == timeOf(row) && !u.value(f).isNull()) {
                        total += num(u, f);
                        any = true;
                    }
                }
                if (!any)
                    QVERIFY2(isNull(row, f), qPrintable(describe(row)));
                else
                    QVERIFY2(near(num(row, f), total, 1e-5, 0.01),
                             qPrintable(QStringLiteral("%1 %2 vs %3").arg(f).arg(num(row, f)).arg(total)));
            }
        }
    }

    // 每日電表累計度數 (last, _stop) and 每日太陽能發電度數及用電度數 (differenceNonNegativeSource + sum,
    // _start): the day's energy is the counter's rise from the previous day's last reading.
    void dailyCountersAndEnergy()
    {
        const qint64 now = simNow();
        const qint64 start = localMidnight(m_historyStart, -1);
        const qint64 stop = localMidnight(now, 1);
        const Params readings = {{"organization_id", "182"},
                                 {"device_names", kUnit},
                                 {"device_output_name", "pomcube_data"},
                                 {"start", isoUtc(start)},
                                 {"stop", isoUtc(stop)},
                                 {"fields", "SolarEnergy,LoadEnergy"},
                                 {"every", "1d"},
                                 {"timezone", "Asia/Taipei"},
                                 {"time_function", "last"},
                                 {"create_empty", "true"},
                                 {"group_by", "_field"},
                                 {"pivot_columns", "_field"}};
        QString why;
        const auto counters = fetch(QStringLiteral("/api/device_datas/query"), readings, &why);
        QVERIFY2(counters, qPrintable(why));
        const int days = int(
            QDateTime::fromMSecsSinceEpoch(start, taipei()).date().daysTo(QDateTime::fromMSecsSinceEpoch(stop, taipei()).date()));
        QCOMPARE(counters->size(), days);
        for (int i = 0; i < days; ++i) {
            const QJsonObject row = counters->at(i).toObject();
            QCOMPARE(timeOf(row), localMidnight(start, i + 1)); // no time_src: the window's _stop
            if (i > 0 && !counters->at(i - 1).toObject().value(QStringLiteral("LoadEnergy")).isNull()) {
                for (const QString &f : {QStringLiteral("SolarEnergy"), QStringLiteral("LoadEnergy")})
                    QVERIFY2(num(row, f) >= num(counters->at(i - 1).toObject(), f), qPrintable(describe(row)));
            }
        }
        QVERIFY(isNull(counters->first().toObject(), QStringLiteral("SolarEnergy"))); // before the history
        QVERIFY(num(counters->last().toObject(), QStringLiteral("LoadEnergy")) > 0);

        Params energyParams = with(readings, "time_function", QStringLiteral("sum"));
        energyParams.insert(6, Param("differenceNonNegativeSource", "true"));
        energyParams.insert(11, Param("time_src", "_start"));
        const auto energy = fetch(QStringLiteral("/device_datas/query"), energyParams, &why);
        QVERIFY2(energy, qPrintable(why));
        QCOMPARE(energy->size(), days);
        int compared = 0;
        for (int i = 0; i < days; ++i) {
            const QJsonObject row = energy->at(i).toObject();
            QCOMPARE(timeOf(row), localMidnight(start, i)); // _start
            if (isNull(row, QStringLiteral("LoadEnergy")))
                continue;
            QVERIFY2(num(row, QStringLiteral("SolarEnergy")) >= 0 && num(row, QStringLiteral("SolarEnergy")) < 60,
                     qPrintable(describe(row)));
            QVERIFY2(num(row, QStringLiteral("LoadEnergy")) > 0, qPrintable(describe(row)));
            if (i == 0 || isNull(counters->at(i - 1).toObject(), QStringLiteral("LoadEnergy")))
                continue;
            const QJsonObject yesterday = counters->at(i - 1).toObject();
            for (const QString &f : {QStringLiteral("SolarEnergy"), QStringLiteral("LoadEnergy")}) {
                const double rise = num(counters->at(i).toObject(), f) - num(yesterday, f);
                QVERIFY2(near(num(row, f), rise, 1e-6, 1e-3),
                         qPrintable(QStringLiteral("%1: %2 vs %3").arg(f).arg(num(row, f)).arg(rise)));
            }
            ++compared;
        }
        QVERIFY(compared >= kHistoryDays - 1);
    }

    // 每月太陽能發電度數及用電度數(多台): every 1mo (the document's "lmo" is a typo for it). Each month
    // starts at local midnight on the 1st (16:00Z of the day before); the months add up to the range.
    void monthlyEnergy()
    {
        const qint64 now = simNow();
        const qint64 start = localMonthStart(m_historyStart, -1); // one month with no data first
        const qint64 stop = localMonthStart(now, 1);
        Params params = {{"organization_id", "182"},
                         {"domain_id", "187"},
                         {"device_output_name", "pomcube_data"},
                         {"start", isoUtc(start)},
                         {"stop", isoUtc(stop)},
                         {"fields", "SolarEnergy, LoadEnergy"},
                         {"differenceNonNegativeSource", "true"},
                         {"every", "1mo"},
                         {"timezone", "Asia/Taipei"},
                         {"time_function", "sum"},
                         {"create_empty", "true"},
                         {"time_src", "_start"},
                         {"group_by", "!DeviceName,_field"},
                         {"group_function", "sum"},
                         {"pivot_columns", "_field"}};
        QString why;
        const auto months = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
        QVERIFY2(months, qPrintable(why));
        int count = 0;
        while (localMonthStart(start, count) < stop)
            ++count;
        QVERIFY2(count >= 3, "the history must span two months");
        QCOMPARE(months->size(), count);
        double solar = 0, load = 0;
        int withData = 0;
        for (int i = 0; i < count; ++i) {
            const QJsonObject row = months->at(i).toObject();
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(timeOf(row), taipei());
            QCOMPARE(timeOf(row), localMonthStart(start, i));
            QCOMPARE(local.date().day(), 1);
            QCOMPARE(local.time(), QTime(0, 0));
            QVERIFY(row.value(QStringLiteral("_time")).toString().endsWith(QStringLiteral("T16:00:00.000Z")));
            if (localMonthStart(start, i + 1) <= m_historyStart) {
                QVERIFY2(isNull(row, QStringLiteral("LoadEnergy")), qPrintable(describe(row)));
                continue;
            }
            ++withData;
            QVERIFY2(num(row, QStringLiteral("SolarEnergy")) >= 0, qPrintable(describe(row)));
            QVERIFY2(num(row, QStringLiteral("LoadEnergy")) > 0, qPrintable(describe(row)));
            solar += num(row, QStringLiteral("SolarEnergy"));
            load += num(row, QStringLiteral("LoadEnergy"));
        }
        QVERIFY(withData >= 2);

        // The whole range in one window: the months must add up to it.
        const Params whole = without(params, "every");
        const auto total = fetch(QStringLiteral("/api/device_datas/query"), whole, &why);
        QVERIFY2(total, qPrintable(why));
        QCOMPARE(total->size(), 1);
        QVERIFY(near(num(total->first().toObject(), QStringLiteral("SolarEnergy")), solar, 1e-6, 1e-3));
        QVERIFY(near(num(total->first().toObject(), QStringLiteral("LoadEnergy")), load, 1e-6, 1e-3));

        // The document's "lmo" as written: a 400 that names `every`.
        const HttpResult typo = m_http.get(
            queryUrl(QStringLiteral("/api/device_datas/query"), with(params, "every", QStringLiteral("lmo"))), m_token);
        QCOMPARE(typo.status, 400);
        QCOMPARE(typo.object().value(QStringLiteral("statusCode")).toInt(), 400);
        QVERIFY2(typo.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("every")),
                 typo.body.constData());
    }

    // 最近24小時太陽能發電度數及用電度數(多台): -24h, summed per device then across devices, no every.
    void last24HoursEnergy()
    {
        const Params params = {{"organization_id", "182"},
                               {"domain_id", "187"},
                               {"device_output_name", "pomcube_data"},
                               {"start", "-24h"},
                               {"fields", "SolarEnergy,LoadEnergy"},
                               {"differenceNonNegativeSource", "true"},
                               {"timezone", "Asia/Taipei"},
                               {"time_function", "sum"},
                               {"group_by", "!DeviceName,_field"},
                               {"group_function", "sum"}};
        // Each counter's rise over the same range, per device: spread of a monotonic counter.
        const Params rises = {{"organization_id", "182"},
                              {"domain_id", "187"},
                              {"device_output_name", "pomcube_data"},
                              {"start", "-24h"},
                              {"fields", "SolarEnergy,LoadEnergy"},
                              {"time_function", "spread"}};
        bool consistent = false;
        for (int attempt = 0; attempt < 5 && !consistent; ++attempt) {
            const qint64 before = simNow();
            QString why;
            const auto rows = fetch(QStringLiteral("/device_datas/query"), params, &why);
            QVERIFY2(rows, qPrintable(why));
            const auto each = fetch(QStringLiteral("/device_datas/query"), rises, &why);
            QVERIFY2(each, qPrintable(why));
            const qint64 after = simNow();
            QCOMPARE(rows->size(), 2);
            QCOMPARE(each->size(), 6);
            const auto fields = byField(*rows);
            QCOMPARE(fields.keys(), (QStringList{QStringLiteral("LoadEnergy"), QStringLiteral("SolarEnergy")}));
            for (const QJsonObject &row : objects(*rows)) {
                QVERIFY2(!row.contains(QStringLiteral("DeviceName")), qPrintable(describe(row)));
                QVERIFY2(timeOf(row) <= after && timeOf(row) > before - 2 * kMinuteMs, qPrintable(describe(row)));
                QVERIFY2(num(row, QStringLiteral("_value")) >= 0, qPrintable(describe(row)));
            }
            const double load = num(fields.value(QStringLiteral("LoadEnergy")).first(), QStringLiteral("_value"));
            QVERIFY2(load > 10, qPrintable(QString::number(load))); // a day of the building's load
            const auto spreads = byField(*each);
            double expectedLoad = 0;
            for (const QJsonObject &d : spreads.value(QStringLiteral("LoadEnergy")))
                expectedLoad += num(d, QStringLiteral("_value"));
            consistent = near(load, expectedLoad, 1e-6, 1e-3);
        }
        QVERIFY(consistent);
    }

    // Building A's meter: the latest Active_Power and InputEnergy, pivoted into one row.
    void buildingAMeter()
    {
        const qint64 now = simNow();
        const Params params = {{"organization_id", "182"},
                               {"device_output_name", "hermes_smartmeter_data"},
                               {"device_names", "HERMES_SM000010"},
                               {"fields", "Active_Power,InputEnergy"},
                               {"start", isoLocal(localMidnight(now))},
                               {"group_by", "!DeviceName,_field"},
                               {"timezone", "Asia/Taipei"},
                               {"time_function", "last"},
                               {"pivot_columns", "_field"}};
        const Params recent = {{"organization_id", "182"},
                               {"device_output_name", "hermes_smartmeter_data"},
                               {"device_names", "HERMES_SM000010"},
                               {"fields", "Active_Power,InputEnergy"},
                               {"start", "-5m"},
                               {"pivot_columns", "_field"}};
        bool consistent = false;
        for (int attempt = 0; attempt < 5 && !consistent; ++attempt) {
            const qint64 before = simNow();
            QString why;
            const auto rows = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
            QVERIFY2(rows, qPrintable(why));
            const auto raw = fetch(QStringLiteral("/api/device_datas/query"), recent, &why);
            QVERIFY2(raw, qPrintable(why));
            const qint64 after = simNow();
            QCOMPARE(rows->size(), 1);
            const QJsonObject row = rows->first().toObject();
            const QString keys = keysProblem(row,
                                             {QStringLiteral("table"), QStringLiteral("_time"), QStringLiteral("Active_Power"),
                                              QStringLiteral("InputEnergy")});
            QVERIFY2(keys.isEmpty(), qPrintable(keys));
            QCOMPARE(row.value(QStringLiteral("table")).toInt(), 0);
            QVERIFY2(timeOf(row) <= after && timeOf(row) > before - 2 * kMinuteMs, qPrintable(describe(row)));
            QVERIFY2(num(row, QStringLiteral("Active_Power")) >= 0, qPrintable(describe(row))); // a building's load
            QVERIFY2(num(row, QStringLiteral("InputEnergy")) > 0, qPrintable(describe(row)));
            const QJsonObject latest = raw->last().toObject();
            consistent = timeOf(latest) == timeOf(row);
            if (consistent) {
                QCOMPARE(num(row, QStringLiteral("Active_Power")), num(latest, QStringLiteral("Active_Power")));
                QCOMPARE(num(row, QStringLiteral("InputEnergy")), num(latest, QStringLiteral("InputEnergy")));
            }
        }
        QVERIFY(consistent);
    }
};

QTEST_GUILESS_MAIN(tst_SimVendorDeviceQueries)
#include "tst_SimVendorDeviceQueries.moc"
