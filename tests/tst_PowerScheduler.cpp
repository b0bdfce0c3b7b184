// The emulator's scheduler as a state machine: which window runs when, in local time across DST,
// the runs' records in time order, the energy they count, and what a PATCH does to a run.

#include "core/CronsCodec.h"
#include "core/UtcTime.h"
#include "sim/PowerScheduler.h"
#include "support/SchedulerDriver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <cmath>

using namespace SchedulerTesting;

class tst_PowerScheduler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(kTaipei.isValid());
        QVERIFY(kBerlin.isValid());
    }

    void requestedPowerIsHalfOpenInLocalTime()
    {
        const PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        // 01:00–03:00 Taipei is 17:00–19:00Z of the previous day.
        QCOMPARE(s.requestedPowerW(at("2024-12-09T16:59:59.999Z")), 0.0);
        QCOMPARE(s.requestedPowerW(at("2024-12-09T17:00:00.000Z")), 10000.0);
        QCOMPARE(s.requestedPowerW(at("2024-12-09T18:00:00Z")), 10000.0);
        QCOMPARE(s.requestedPowerW(at("2024-12-09T18:59:59.999Z")), 10000.0);
        QCOMPARE(s.requestedPowerW(at("2024-12-09T19:00:00.000Z")), 0.0);
        // 17:00–19:00 Taipei is 09:00–11:00Z.
        QCOMPARE(s.requestedPowerW(at("2024-12-09T08:59:59.999Z")), 0.0);
        QCOMPARE(s.requestedPowerW(at("2024-12-09T09:00:00Z")), -20000.0);
        QCOMPARE(s.requestedPowerW(at("2024-12-09T10:59:59.999Z")), -20000.0);
        QCOMPARE(s.requestedPowerW(at("2024-12-09T11:00:00Z")), 0.0);
        QCOMPARE(s.requestedPowerW(at("2024-12-09T13:00:00Z")), 0.0);
    }

    void theVendorExampleProducesFourRecordsPerRun()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-06T10:25:38.178Z"));
        SchedulerDriver site(s, at("2024-12-09T00:00:00Z"));
        site.runTo(at("2024-12-10T00:00:00Z"));

        const QList<PowerScheduler::Record> &r = s.records();
        QCOMPARE(types(r),
                 (QStringList{QStringLiteral("create"), QStringLiteral("start"), QStringLiteral("start_stable"),
                              QStringLiteral("stop"), QStringLiteral("stop_stable"), QStringLiteral("start"),
                              QStringLiteral("start_stable"), QStringLiteral("stop"), QStringLiteral("stop_stable")}));
        // Discharge 17:00–19:00 Taipei = 09:00–11:00Z; charge 01:00–03:00 Taipei = 17:00–19:00Z.
        const qint64 edges[] = {at("2024-12-09T09:00:00Z"), at("2024-12-09T11:00:00Z"), at("2024-12-09T17:00:00Z"),
                                at("2024-12-09T19:00:00Z")};
        QVERIFY(inReactionDelay(r.at(1).timeMs, edges[0]));
        QCOMPARE(r.at(2).timeMs, r.at(1).timeMs + PowerScheduler::kStableDelayMs);
        QVERIFY(inReactionDelay(r.at(3).timeMs, edges[1]));
        QCOMPARE(r.at(4).timeMs, r.at(3).timeMs + PowerScheduler::kStableDelayMs);
        QVERIFY(inReactionDelay(r.at(5).timeMs, edges[2]));
        QCOMPARE(r.at(6).timeMs, r.at(5).timeMs + PowerScheduler::kStableDelayMs);
        QVERIFY(inReactionDelay(r.at(7).timeMs, edges[3]));
        QCOMPARE(r.at(8).timeMs, r.at(7).timeMs + PowerScheduler::kStableDelayMs);

        QCOMPARE(r.at(1).data, QByteArray("{\"charge_power\":-20000}"));
        QCOMPARE(r.at(1).message, QStringLiteral("電池排程已啟動, 預定放電功率 20000 w"));
        QCOMPARE(r.at(5).data, QByteArray("{\"charge_power\":10000}"));
        QCOMPARE(r.at(5).message, QStringLiteral("電池排程已啟動, 預定充電功率 10000 w"));
        QCOMPARE(r.at(7).data, QByteArray("{\"charge_power\":null}"));
        QCOMPARE(r.at(7).message, QStringLiteral("電池排程已停止"));
        QCOMPARE(r.at(6).data,
                 QByteArray("{\"AA-70-2211-01-0078-938\":{\"BatSoC\":31,\"GridPower\":3224,\"SolarPower\":0},"
                            "\"AA-70-2211-01-0217-874\":{\"BatSoC\":30,\"GridPower\":3274,\"SolarPower\":0},"
                            "\"AA-70-2212-01-0028-070\":{\"BatSoC\":30,\"GridPower\":3281,\"SolarPower\":0}}"));
        QCOMPARE(
            r.at(6).message,
            QStringLiteral("目前裝置狀態\r\nAA-70-2211-01-0078-938\r\n SoC : 31 %\r\n SolarPower : 0 w\r\n GridPower : 3224 w\r\n"
                           "AA-70-2211-01-0217-874\r\n SoC : 30 %\r\n SolarPower : 0 w\r\n GridPower : 3274 w\r\n"
                           "AA-70-2212-01-0028-070\r\n SoC : 30 %\r\n SolarPower : 0 w\r\n GridPower : 3281 w\r\n"));
        for (qsizetype i = 0; i < r.size(); ++i)
            QCOMPARE(r.at(i).purchaseKWh.has_value(), r.at(i).type == QStringLiteral("stop_stable"));
        QCOMPARE(site.snapshotCalls, 4); // only at the stable points

        // The object's fields come from the last run's stable points.
        const QJsonObject o = s.toJson();
        QCOMPARE(o.value(QStringLiteral("start_time")).toString(), UtcTime::format(r.at(6).timeMs));
        QCOMPARE(o.value(QStringLiteral("stop_time")).toString(), UtcTime::format(r.at(8).timeMs));
        const QJsonObject info = parseObject(o.value(QStringLiteral("info")).toString().toUtf8());
        const QJsonObject start = info.value(QStringLiteral("start")).toObject();
        QCOMPARE(start.value(QStringLiteral("time")).toString(), o.value(QStringLiteral("start_time")).toString());
        QVERIFY(start.contains(QStringLiteral("error")) && start.value(QStringLiteral("error")).isNull());
        const QJsonArray devices = start.value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 3);
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("DeviceName")).toString(),
                 QStringLiteral("AA-70-2211-01-0078-938"));
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("SoC")).toDouble(), 31.0);
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("GridPower")).toDouble(), 3224.0);
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("SolarPower")).toDouble(), 0.0);
        QCOMPARE(info.value(QStringLiteral("stop")).toObject().value(QStringLiteral("time")).toString(),
                 o.value(QStringLiteral("stop_time")).toString());
        QCOMPARE(info.value(QStringLiteral("purchase_energy")).toDouble(), *r.at(8).purchaseKWh);
        QCOMPARE(info.value(QStringLiteral("sell_energy")).toDouble(), *r.at(8).sellKWh);
        QVERIFY(!s.running());
    }

    void runningFollowsTheObjectFieldsAndLags()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        SchedulerDriver site(s, at("2024-12-09T12:00:00Z"));
        QList<bool> states;
        while (site.now() < at("2024-12-09T20:00:00Z")) {
            site.runTo(site.now() + kMinute);
            QCOMPARE(s.running(), formulaRunning(s.toJson()));
            if (states.isEmpty() || states.last() != s.running())
                states.append(s.running());
        }
        QCOMPARE(states, (QList<bool>{false, true, false}));
        // Physically on from 17:00Z, but running only from the start_stable point 4 minutes later.
        PowerScheduler fresh(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        SchedulerDriver freshSite(fresh, at("2024-12-09T12:00:00Z"));
        freshSite.runTo(at("2024-12-09T17:04:00Z"));
        QVERIFY(!fresh.running());
        freshSite.runTo(at("2024-12-09T17:05:00Z"));
        QVERIFY(fresh.running());
        freshSite.runTo(at("2024-12-09T19:04:00Z")); // stopped physically at 19:00, still "running"
        QVERIFY(fresh.running());
        QCOMPARE(fresh.requestedPowerW(at("2024-12-09T19:03:00Z")), 0.0);
        freshSite.runTo(at("2024-12-09T19:05:00Z"));
        QVERIFY(!fresh.running());
        // A second run: start_time > stop_time while running.
        freshSite.runTo(at("2024-12-10T09:10:00Z"));
        QVERIFY(fresh.running());
        const QJsonObject o = fresh.toJson();
        QVERIFY(!o.value(QStringLiteral("stop_time")).isNull());
        QVERIFY(o.value(QStringLiteral("start_time")).toString() > o.value(QStringLiteral("stop_time")).toString());
    }

    void energyIsCountedFromStartRecordToStopRecord()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        SchedulerDriver site(s, at("2024-12-09T00:00:00Z"));
        site.importWhPerMinute = 50;
        site.exportWhPerMinute = 7;
        site.runTo(at("2024-12-11T00:00:00Z"));

        const QList<PowerScheduler::Record> starts = recordsOfType(s, QStringLiteral("start"));
        const QList<PowerScheduler::Record> stops = recordsOfType(s, QStringLiteral("stop"));
        const QList<PowerScheduler::Record> stables = recordsOfType(s, QStringLiteral("stop_stable"));
        QCOMPARE(starts.size(), 4);
        QCOMPARE(stables.size(), 4);
        double purchase = 0;
        double sell = 0;
        for (qsizetype i = 0; i < 4; ++i) {
            const double minutes = double(stops.at(i).timeMs - starts.at(i).timeMs) / double(kMinute);
            QVERIFY(std::abs(*stables.at(i).purchaseKWh - minutes * 50 / 1000) < 1e-9);
            QVERIFY(std::abs(*stables.at(i).sellKWh - minutes * 7 / 1000) < 1e-9);
            purchase += *stables.at(i).purchaseKWh;
            sell += *stables.at(i).sellKWh;
        }
        const QJsonObject h = s.historyJson(at("2024-12-09T00:00:00Z"), at("2024-12-11T00:00:00Z"), site.now());
        QCOMPARE(h.value(QStringLiteral("complete_count")).toInt(), 4);
        QVERIFY(std::abs(h.value(QStringLiteral("purchase_energy")).toDouble() - purchase) < 1e-9);
        QVERIFY(std::abs(h.value(QStringLiteral("sell_energy")).toDouble() - sell) < 1e-9);
    }

    void anyStepLengthGivesTheSameRecords_data()
    {
        QTest::addColumn<qint64>("stepMs");
        QTest::newRow("1 ms edges inside 7 min steps") << qint64(7 * kMinute + 1);
        QTest::newRow("45 s") << qint64(45'000);
        QTest::newRow("1 h") << qint64(kHour);
        QTest::newRow("1 day") << qint64(kDay);
        QTest::newRow("3 days") << qint64(3 * kDay);
    }

    void anyStepLengthGivesTheSameRecords()
    {
        QFETCH(qint64, stepMs);
        PowerScheduler byMinute(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        PowerScheduler byStep(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        SchedulerDriver a(byMinute, at("2024-12-09T00:00:00Z"));
        SchedulerDriver b(byStep, at("2024-12-09T00:00:00Z"));
        a.runTo(at("2024-12-12T00:00:00Z"));
        b.runTo(at("2024-12-12T00:00:00Z"), stepMs);
        QCOMPARE(byStep.records().size(), byMinute.records().size());
        for (qsizetype i = 0; i < byMinute.records().size(); ++i) {
            const PowerScheduler::Record &x = byMinute.records().at(i);
            const PowerScheduler::Record &y = byStep.records().at(i);
            QCOMPARE(y.timeMs, x.timeMs);
            QCOMPARE(y.type, x.type);
            QCOMPARE(y.data, x.data);
            QCOMPARE(y.purchaseKWh.has_value(), x.purchaseKWh.has_value());
            if (x.purchaseKWh) {
                QVERIFY(std::abs(*y.purchaseKWh - *x.purchaseKWh) < 1e-9);
                QVERIFY(std::abs(*y.sellKWh - *x.sellKWh) < 1e-9);
            }
        }
    }

    void touchingWindowsAndTheMidnightPairAreOneRun()
    {
        // 23:00–24:00 and 00:00–01:00 Taipei (15:00–17:00Z), plus 01:00–02:00 at another power.
        const Schedule schedule({{82800, 86400, 5000, {}}, {0, 3600, 5000, {}}, {3600, 7200, -3000, {}}});
        PowerScheduler s(4, 187, kTaipei, schedule, at("2024-12-01T00:00:00Z"));
        SchedulerDriver site(s, at("2024-12-09T00:00:00Z"));
        site.runTo(at("2024-12-12T00:00:00Z"));
        const QList<PowerScheduler::Record> starts = recordsOfType(s, QStringLiteral("start"));
        const QList<PowerScheduler::Record> stops = recordsOfType(s, QStringLiteral("stop"));
        QCOMPARE(starts.size(), 3);
        QCOMPARE(stops.size(), 3);
        for (int day = 0; day < 3; ++day) {
            QVERIFY(inReactionDelay(starts.at(day).timeMs, at("2024-12-09T15:00:00Z") + day * kDay));
            QVERIFY(inReactionDelay(stops.at(day).timeMs, at("2024-12-09T18:00:00Z") + day * kDay));
            QCOMPARE(starts.at(day).data, QByteArray("{\"charge_power\":5000}"));
        }
    }

    void aShortRunKeepsItsRecordsInTimeOrder()
    {
        PowerScheduler s(4, 187, kTaipei, Schedule({{3600, 3660, 2500.5, {}}}), at("2024-12-01T00:00:00Z"));
        SchedulerDriver site(s, at("2024-12-09T12:00:00Z"));
        site.runTo(at("2024-12-09T18:00:00Z"));
        const QList<PowerScheduler::Record> &r = s.records();
        QCOMPARE(types(r),
                 (QStringList{QStringLiteral("create"), QStringLiteral("start"), QStringLiteral("stop"),
                              QStringLiteral("start_stable"), QStringLiteral("stop_stable")}));
        QVERIFY(inReactionDelay(r.at(1).timeMs, at("2024-12-09T17:00:00Z")));
        QVERIFY(inReactionDelay(r.at(2).timeMs, at("2024-12-09T17:01:00Z")));
        QCOMPARE(r.at(3).timeMs, r.at(1).timeMs + PowerScheduler::kStableDelayMs);
        QCOMPARE(r.at(4).timeMs, r.at(2).timeMs + PowerScheduler::kStableDelayMs);
        QCOMPARE(r.at(1).message, QStringLiteral("電池排程已啟動, 預定充電功率 2500.5 w"));
        QVERIFY(!s.running());
        QVERIFY(std::abs(*r.at(4).purchaseKWh - double(r.at(2).timeMs - r.at(1).timeMs) / kMinute * 10 / 1000) < 1e-12);
    }

    void aPatchRemovingTheRunningWindowStopsItThen()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        SchedulerDriver site(s, at("2024-12-09T16:00:00Z"));
        site.runTo(at("2024-12-09T17:30:00Z"));
        QVERIFY(s.running());
        const qint64 now = at("2024-12-09T17:30:00Z");
        // Only the evening discharge stays.
        QCOMPARE(s.patch(cronsBody(QStringLiteral("[{\"start_time\":61200,\"stop_time\":68400,\"power\":-20000}]")), now).status,
                 200);
        QCOMPARE(s.requestedPowerW(now), 0.0);
        site.runTo(at("2024-12-09T17:31:00Z"));
        const QList<PowerScheduler::Record> stops = recordsOfType(s, QStringLiteral("stop"));
        QCOMPARE(stops.size(), 1);
        QCOMPARE(stops.first().timeMs, now);
        QVERIFY(s.running()); // until the stop_stable point
        site.runTo(at("2024-12-09T17:35:00Z"));
        QVERIFY(!s.running());
        const QList<PowerScheduler::Record> stables = recordsOfType(s, QStringLiteral("stop_stable"));
        QCOMPARE(stables.size(), 1);
        QCOMPARE(stables.first().timeMs, now + PowerScheduler::kStableDelayMs);
        const qint64 start = recordsOfType(s, QStringLiteral("start")).first().timeMs;
        QVERIFY(std::abs(*stables.first().purchaseKWh - double(now - start) / kMinute * 10 / 1000) < 1e-9);
        QCOMPARE(types(s.records()).mid(1),
                 (QStringList{QStringLiteral("start"), QStringLiteral("start_stable"), QStringLiteral("update"),
                              QStringLiteral("stop"), QStringLiteral("stop_stable")}));
    }

    void aPatchJustAfterAnEdgeKeepsTheRecordsInOrder()
    {
        // The window goes away 100 ms after its edge, before the start record is due.
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        SchedulerDriver site(s, at("2024-12-09T16:59:00Z"));
        site.runTo(at("2024-12-09T17:00:00.100Z"), 100);
        QCOMPARE(recordsOfType(s, QStringLiteral("start")).size(), 0);
        const QString eveningOnly = QStringLiteral("[{\"start_time\":61200,\"stop_time\":68400,\"power\":-20000}]");
        QVERIFY(s.patch(cronsBody(eveningOnly), site.now()).ok());
        // And comes back at once: a new run, after the first one's records.
        QVERIFY(s.patch(cronsBody(CronsCodec::encode(vendorSchedule())), site.now()).ok());
        site.runTo(at("2024-12-09T17:20:00Z"));
        QCOMPARE(types(s.records()).mid(1),
                 (QStringList{QStringLiteral("update"), QStringLiteral("update"), QStringLiteral("start"), QStringLiteral("stop"),
                              QStringLiteral("start"), QStringLiteral("start_stable"), QStringLiteral("stop_stable"),
                              QStringLiteral("start_stable")}));
        const QList<PowerScheduler::Record> &r = s.records();
        QCOMPARE(r.at(4).timeMs, r.at(3).timeMs); // the stop waits for its start record
        QVERIFY(r.at(5).timeMs > r.at(4).timeMs);
        for (qsizetype i = 1; i < r.size(); ++i)
            QVERIFY(r.at(i - 1).timeMs <= r.at(i).timeMs);
        QVERIFY(s.running());
        QCOMPARE(s.toJson().value(QStringLiteral("start_time")).toString(), UtcTime::format(r.at(8).timeMs));
    }

    void aPatchAddingAWindowAroundNowStartsARunAtTheNextStep()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        SchedulerDriver site(s, at("2024-12-09T11:30:00Z"));
        site.runTo(at("2024-12-09T12:01:00Z"));
        const qsizetype startsBefore = recordsOfType(s, QStringLiteral("start")).size();
        // 20:00–21:00 Taipei = 12:00–13:00Z; now is inside it.
        const qint64 now = site.now();
        QCOMPARE(s.patch(cronsBody(QStringLiteral("[{\"start_time\":72000,\"stop_time\":75600,\"power\":-6000}]")), now).status,
                 200);
        site.runTo(now + kMinute);
        const QList<PowerScheduler::Record> starts = recordsOfType(s, QStringLiteral("start"));
        QCOMPARE(starts.size(), startsBefore + 1);
        QVERIFY(inReactionDelay(starts.last().timeMs, now));
        QCOMPARE(starts.last().data, QByteArray("{\"charge_power\":-6000}"));
        site.runTo(at("2024-12-09T14:00:00Z"));
        QVERIFY(inReactionDelay(recordsOfType(s, QStringLiteral("stop")).last().timeMs, at("2024-12-09T13:00:00Z")));
    }

    void berlinWindowsFollowLocalTimeAcrossDst()
    {
        // 05:00–06:00 local, and 01:00–04:00 local which contains the spring-forward gap.
        PowerScheduler s(9, 1, kBerlin, Schedule({{18000, 21600, 3000, {}}, {3600, 14400, 1000, {}}}),
                         at("2024-03-01T00:00:00Z"));
        QCOMPARE(s.requestedPowerW(at("2024-03-30T04:00:00Z")), 3000.0); // 05:00 CET
        QCOMPARE(s.requestedPowerW(at("2024-03-31T03:00:00Z")), 3000.0); // 05:00 CEST
        QCOMPARE(s.requestedPowerW(at("2024-03-31T04:00:00Z")), 0.0); // 06:00 CEST
        QCOMPARE(s.requestedPowerW(at("2024-03-31T01:30:00Z")), 1000.0); // 03:30 CEST
        QCOMPARE(s.requestedPowerW(at("2024-03-31T02:00:00Z")), 0.0); // 04:00 CEST

        SchedulerDriver site(s, at("2024-03-29T12:00:00Z"));
        site.runTo(at("2024-04-01T12:00:00Z"));
        const QList<PowerScheduler::Record> starts = recordsOfType(s, QStringLiteral("start"));
        const QList<PowerScheduler::Record> stops = recordsOfType(s, QStringLiteral("stop"));
        QCOMPARE(starts.size(), 6);
        QCOMPARE(stops.size(), 6);
        const qint64 expectedStarts[] = {at("2024-03-30T00:00:00Z"), at("2024-03-30T04:00:00Z"), // CET
                                         at("2024-03-31T00:00:00Z"), at("2024-03-31T03:00:00Z"), // the change day
                                         at("2024-03-31T23:00:00Z"), at("2024-04-01T03:00:00Z")}; // CEST
        const qint64 expectedStops[] = {at("2024-03-30T03:00:00Z"), at("2024-03-30T05:00:00Z"),
                                        at("2024-03-31T02:00:00Z"), at("2024-03-31T04:00:00Z"), // a 2-hour 01:00–04:00
                                        at("2024-04-01T02:00:00Z"), at("2024-04-01T04:00:00Z")};
        for (int i = 0; i < 6; ++i) {
            QVERIFY2(inReactionDelay(starts.at(i).timeMs, expectedStarts[i]), qPrintable(UtcTime::format(starts.at(i).timeMs)));
            QVERIFY2(inReactionDelay(stops.at(i).timeMs, expectedStops[i]), qPrintable(UtcTime::format(stops.at(i).timeMs)));
        }
    }

    void berlinFallBackRunsTheRepeatedHourTwice()
    {
        // 02:00–02:30 local happens twice on 2024-10-27: at 00:00Z (CEST) and at 01:00Z (CET).
        PowerScheduler s(9, 1, kBerlin, Schedule({{7200, 9000, 1500, {}}}), at("2024-10-01T00:00:00Z"));
        SchedulerDriver site(s, at("2024-10-26T12:00:00Z"));
        site.runTo(at("2024-10-27T12:00:00Z"), 7 * kMinute);
        const QList<PowerScheduler::Record> starts = recordsOfType(s, QStringLiteral("start"));
        QCOMPARE(starts.size(), 2);
        QVERIFY(inReactionDelay(starts.at(0).timeMs, at("2024-10-27T00:00:00Z")));
        QVERIFY(inReactionDelay(starts.at(1).timeMs, at("2024-10-27T01:00:00Z")));
        // And none on the spring-forward day, where 02:00–02:30 does not exist.
        PowerScheduler spring(9, 1, kBerlin, Schedule({{7200, 9000, 1500, {}}}), at("2024-03-01T00:00:00Z"));
        SchedulerDriver springSite(spring, at("2024-03-30T12:00:00Z"));
        springSite.runTo(at("2024-03-31T12:00:00Z"));
        QCOMPARE(recordsOfType(spring, QStringLiteral("start")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_PowerScheduler)
#include "tst_PowerScheduler.moc"
