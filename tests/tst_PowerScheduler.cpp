#include "core/CronsCodec.h"
#include "core/UtcTime.h"
#include "sim/PowerScheduler.h"
#include "support/TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <cmath>

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 at(const char *iso)
{
    const std::optional<qint64> ms = UtcTime::parse(std::string_view(iso));
    if (!ms)
        qFatal("bad time in test: %s", iso);
    return *ms;
}

// The vendor document's example: 01:00–03:00 charge 10 kW, 17:00–19:00 discharge 20 kW.
Schedule vendorSchedule()
{
    return Schedule({{61200, 68400, -20000, {}}, {3600, 10800, 10000, {}}});
}

const QTimeZone kTaipei("Asia/Taipei");
const QTimeZone kBerlin("Europe/Berlin");

QList<PowerScheduler::UnitSnapshot> vendorUnits()
{
    return {{QStringLiteral("AA-70-2211-01-0078-938"), 31, 0, 3224},
            {QStringLiteral("AA-70-2211-01-0217-874"), 30, 0, 3274},
            {QStringLiteral("AA-70-2212-01-0028-070"), 30.4, 0, 3281}};
}

QJsonObject parseObject(const QByteArray &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object: %s", text.constData());
    return doc.object();
}

// Steps the scheduler as the site model would: fixed grid import/export per minute, pro rata.
class Driver
{
public:
    Driver(PowerScheduler &scheduler, qint64 startMs)
        : m_scheduler(scheduler)
        , m_nowMs(startMs)
    {
    }

    void runTo(qint64 toMs, qint64 stepMs = kMinute)
    {
        const PowerScheduler::SnapshotSource source = [this] {
            ++snapshotCalls;
            return vendorUnits();
        };
        while (m_nowMs < toMs) {
            const qint64 next = std::min(m_nowMs + stepMs, toMs);
            const double minutes = double(next - m_nowMs) / double(kMinute);
            m_scheduler.step(m_nowMs, next, importWhPerMinute * minutes, exportWhPerMinute * minutes, source);
            m_nowMs = next;
        }
    }
    qint64 now() const { return m_nowMs; }

    double importWhPerMinute = 10;
    double exportWhPerMinute = 2;
    int snapshotCalls = 0;

private:
    PowerScheduler &m_scheduler;
    qint64 m_nowMs;
};

QList<PowerScheduler::Record> recordsOfType(const PowerScheduler &s, const QString &type)
{
    QList<PowerScheduler::Record> found;
    for (const PowerScheduler::Record &r : s.records()) {
        if (r.type == type)
            found.append(r);
    }
    return found;
}

QStringList types(const QList<PowerScheduler::Record> &records)
{
    QStringList out;
    for (const PowerScheduler::Record &r : records)
        out.append(r.type);
    return out;
}

bool formulaRunning(const QJsonObject &o)
{
    const QJsonValue start = o.value(QStringLiteral("start_time"));
    const QJsonValue stop = o.value(QStringLiteral("stop_time"));
    if (start.isNull())
        return false;
    return stop.isNull() || *UtcTime::parse(start.toString()) > *UtcTime::parse(stop.toString());
}

bool inReactionDelay(qint64 recordMs, qint64 edgeMs)
{
    return recordMs >= edgeMs + 300 && recordMs <= edgeMs + 900;
}

// One line of tests/data/scheduler-served/<name>.json, without its newline.
QByteArray golden(const char *name)
{
    QFile file(TestData::path(QStringLiteral("scheduler-served/") + QString::fromLatin1(name) + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll().chopped(1);
}

QByteArray cronsBody(const QString &crons)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("crons"), crons}}).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_PowerScheduler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(kTaipei.isValid());
        QVERIFY(kBerlin.isValid());
    }

    void theCreateRecordAndTheObject()
    {
        const qint64 created = at("2024-12-06T10:25:38.178Z");
        const PowerScheduler s(4, 187, kTaipei, vendorSchedule(), created);
        QCOMPARE(s.records().size(), 1);
        QCOMPARE(s.records().first().type, QStringLiteral("create"));
        QCOMPARE(s.records().first().timeMs, created);
        QCOMPARE(s.records().first().message, QStringLiteral("排程已建立"));

        const QJsonObject o = s.toJson();
        const QStringList keys{QStringLiteral("crons"), QStringLiteral("device_id"), QStringLiteral("domain_id"),
                               QStringLiteral("enabled"), QStringLiteral("info"), QStringLiteral("notify_user_id"),
                               QStringLiteral("power_scheduler_id"), QStringLiteral("start_time"), QStringLiteral("stop_time"),
                               QStringLiteral("timezone"), QStringLiteral("update_time")};
        QCOMPARE(o.keys(), keys);
        QCOMPARE(o.value(QStringLiteral("power_scheduler_id")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("domain_id")).toInt(), 187);
        QVERIFY(o.value(QStringLiteral("device_id")).isNull());
        QCOMPARE(o.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Taipei"));
        QCOMPARE(o.value(QStringLiteral("crons")).toString(),
                 QStringLiteral("[{\"start_time\":61200,\"stop_time\":68400,\"power\":-20000},{\"start_time\":3600,\"stop_time\":10800,\"power\":10000}]"));
        QCOMPARE(o.value(QStringLiteral("notify_user_id")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("update_time")).toString(), QStringLiteral("2024-12-06T10:25:38.178Z"));
        QVERIFY(o.value(QStringLiteral("start_time")).isNull());
        QVERIFY(o.value(QStringLiteral("stop_time")).isNull());
        QVERIFY(o.value(QStringLiteral("info")).isNull());
        QCOMPARE(o.value(QStringLiteral("enabled")).toBool(), true);
        QVERIFY(!s.running());
    }

    // The bytes served for a known state, as the emulator wrote them before its scheduler was split
    // into the run state machine and its wire format: GET's array, PATCH's reply, a history reply and
    // the saved state (tests/data/scheduler-served/).
    void servedJsonIsPinned()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-06T10:25:38.178Z"));
        const auto served = [&s](qint64 nowMs) { return QJsonDocument(QJsonArray{s.toJson(nowMs)}).toJson(QJsonDocument::Compact); };
        QCOMPARE(served(at("2024-12-06T10:25:38.178Z")), golden("fresh"));
        Driver site(s, at("2024-12-09T00:00:00Z"));
        site.runTo(at("2024-12-09T12:00:00Z"));
        QCOMPARE(served(site.now()), golden("after-run"));
        site.runTo(at("2024-12-09T17:30:00Z"));
        QCOMPARE(served(site.now()), golden("in-run"));
        const QJsonObject history = s.historyJson(at("2024-12-09T00:00:00Z"), at("2024-12-09T12:00:00Z"), site.now());
        QCOMPARE(QJsonDocument(history).toJson(QJsonDocument::Compact), golden("history"));
        const SimReply patched = s.patch(cronsBody(QStringLiteral("[{\"start_time\":3600, \"stop_time\":7200, \"power\":8000}]")),
                                         at("2024-12-09T17:30:00.250Z"));
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.body, golden("patched"));
        QCOMPARE(QJsonDocument(s.saveState()).toJson(QJsonDocument::Compact), golden("saved-state"));
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
        Driver site(s, at("2024-12-09T00:00:00Z"));
        site.runTo(at("2024-12-10T00:00:00Z"));

        const QList<PowerScheduler::Record> &r = s.records();
        QCOMPARE(types(r), (QStringList{QStringLiteral("create"),
                                        QStringLiteral("start"), QStringLiteral("start_stable"), QStringLiteral("stop"), QStringLiteral("stop_stable"),
                                        QStringLiteral("start"), QStringLiteral("start_stable"), QStringLiteral("stop"), QStringLiteral("stop_stable")}));
        // Discharge 17:00–19:00 Taipei = 09:00–11:00Z; charge 01:00–03:00 Taipei = 17:00–19:00Z.
        const qint64 edges[] = {at("2024-12-09T09:00:00Z"), at("2024-12-09T11:00:00Z"), at("2024-12-09T17:00:00Z"), at("2024-12-09T19:00:00Z")};
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
        QCOMPARE(r.at(6).data, QByteArray("{\"AA-70-2211-01-0078-938\":{\"BatSoC\":31,\"GridPower\":3224,\"SolarPower\":0},"
                                          "\"AA-70-2211-01-0217-874\":{\"BatSoC\":30,\"GridPower\":3274,\"SolarPower\":0},"
                                          "\"AA-70-2212-01-0028-070\":{\"BatSoC\":30,\"GridPower\":3281,\"SolarPower\":0}}"));
        QCOMPARE(r.at(6).message, QStringLiteral("目前裝置狀態\r\nAA-70-2211-01-0078-938\r\n SoC : 31 %\r\n SolarPower : 0 w\r\n GridPower : 3224 w\r\n"
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
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("DeviceName")).toString(), QStringLiteral("AA-70-2211-01-0078-938"));
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
        Driver site(s, at("2024-12-09T12:00:00Z"));
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
        Driver freshSite(fresh, at("2024-12-09T12:00:00Z"));
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
        Driver site(s, at("2024-12-09T00:00:00Z"));
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
        Driver a(byMinute, at("2024-12-09T00:00:00Z"));
        Driver b(byStep, at("2024-12-09T00:00:00Z"));
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
        Driver site(s, at("2024-12-09T00:00:00Z"));
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
        Driver site(s, at("2024-12-09T12:00:00Z"));
        site.runTo(at("2024-12-09T18:00:00Z"));
        const QList<PowerScheduler::Record> &r = s.records();
        QCOMPARE(types(r), (QStringList{QStringLiteral("create"), QStringLiteral("start"), QStringLiteral("stop"),
                                        QStringLiteral("start_stable"), QStringLiteral("stop_stable")}));
        QVERIFY(inReactionDelay(r.at(1).timeMs, at("2024-12-09T17:00:00Z")));
        QVERIFY(inReactionDelay(r.at(2).timeMs, at("2024-12-09T17:01:00Z")));
        QCOMPARE(r.at(3).timeMs, r.at(1).timeMs + PowerScheduler::kStableDelayMs);
        QCOMPARE(r.at(4).timeMs, r.at(2).timeMs + PowerScheduler::kStableDelayMs);
        QCOMPARE(r.at(1).message, QStringLiteral("電池排程已啟動, 預定充電功率 2500.5 w"));
        QVERIFY(!s.running());
        QVERIFY(std::abs(*r.at(4).purchaseKWh - double(r.at(2).timeMs - r.at(1).timeMs) / kMinute * 10 / 1000) < 1e-12);
    }

    void patchRejectsBadBodiesAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{crons: [") << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("no crons") << QByteArray("{}") << QStringLiteral("crons");
        QTest::newRow("crons a number") << QByteArray("{\"crons\":5}") << QStringLiteral("crons must be a string");
        QTest::newRow("crons an array") << QByteArray("{\"crons\":[{\"start_time\":0,\"stop_time\":60,\"power\":1}]}")
                                        << QStringLiteral("crons must be a string");
        QTest::newRow("extra key") << cronsBody(QStringLiteral("[]")).replace("}", ",\"enabled\":false}")
                                   << QStringLiteral("Only crons may change: \"enabled\"");
        QTest::newRow("crons not JSON") << cronsBody(QStringLiteral("[{")) << QStringLiteral("crons:");
        QTest::newRow("window without power") << cronsBody(QStringLiteral("[{\"start_time\":0,\"stop_time\":60}]"))
                                              << QStringLiteral("power");
        QTest::newRow("overlap") << cronsBody(QStringLiteral("[{\"start_time\":3600,\"stop_time\":10800,\"power\":1000},"
                                                             "{\"start_time\":7200,\"stop_time\":14400,\"power\":-1000}]"))
                                 << QStringLiteral("overlaps");
        QTest::newRow("stop past midnight") << cronsBody(QStringLiteral("[{\"start_time\":82800,\"stop_time\":90000,\"power\":1000}]"))
                                            << QStringLiteral("outside the day");
        QTest::newRow("negative start") << cronsBody(QStringLiteral("[{\"start_time\":-60,\"stop_time\":600,\"power\":1000}]"))
                                        << QStringLiteral("outside the day");
        QTest::newRow("reversed") << cronsBody(QStringLiteral("[{\"start_time\":79200,\"stop_time\":7200,\"power\":1000}]"))
                                  << QStringLiteral("the start must come before the stop");
    }

    void patchRejectsBadBodiesAndChangesNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        Driver site(s, at("2024-12-09T16:00:00Z"));
        site.runTo(at("2024-12-09T17:30:00Z"));
        const QJsonObject before = s.toJson();
        const qsizetype recordCount = s.records().size();
        const QJsonObject historyBefore = s.historyJson(0, site.now() + kDay, site.now());

        const SimReply reply = s.patch(body, site.now());
        QCOMPARE(reply.status, 400);
        const QJsonObject error = parseObject(reply.body);
        QCOMPARE(error.value(QStringLiteral("statusCode")).toInt(), 400);
        QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("Bad Request"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(reason), reply.body.constData());

        QCOMPARE(s.toJson(), before);
        QCOMPARE(s.records().size(), recordCount);
        site.runTo(at("2024-12-09T17:40:00Z"));
        QCOMPARE(recordsOfType(s, QStringLiteral("stop")).size(), 0); // the run goes on
        QCOMPARE(s.historyJson(0, at("2024-12-09T17:30:00Z") + kDay, at("2024-12-09T17:30:00Z")), historyBefore);
    }

    void patchReplacesTheWindowsAndRepliesWithTheObject()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        const qint64 now = at("2024-12-09T12:34:56.789Z");
        // The client's order is kept; a zero-power window and the vendor's spacing are accepted.
        const QString crons = QStringLiteral("[{\"start_time\":72000, \"stop_time\":75600, \"power\":0},"
                                             "{\"start_time\":3600, \"stop_time\":7200, \"power\":8000}]");
        const SimReply reply = s.patch(cronsBody(crons), now);
        QCOMPARE(reply.status, 200);
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object(), s.toJson());
        QCOMPARE(doc.object().value(QStringLiteral("update_time")).toString(), QStringLiteral("2024-12-09T12:34:56.789Z"));
        QCOMPARE(doc.object().value(QStringLiteral("crons")).toString(),
                 QStringLiteral("[{\"start_time\":72000,\"stop_time\":75600,\"power\":0},{\"start_time\":3600,\"stop_time\":7200,\"power\":8000}]"));
        QCOMPARE(s.schedule().size(), 2);
        QCOMPARE(s.schedule().at(1).powerW, 8000.0);

        const PowerScheduler::Record &update = s.records().last();
        QCOMPARE(update.type, QStringLiteral("update"));
        QCOMPARE(update.timeMs, now);
        QCOMPARE(update.message, QStringLiteral("排程已更新"));
        QCOMPARE(parseObject(update.data).value(QStringLiteral("crons")).toString(), crons);
        QVERIFY(!update.purchaseKWh);
    }

    void replacingBehindTheClientsBackIsAnUpdate()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        const Schedule other({{7200, 9000, 4000, {}}});
        s.replaceBehindTheClientsBack(other, at("2024-12-05T01:02:03Z"));
        QCOMPARE(s.schedule(), other);
        QCOMPARE(s.toJson().value(QStringLiteral("update_time")).toString(), QStringLiteral("2024-12-05T01:02:03.000Z"));
        QCOMPARE(s.records().last().type, QStringLiteral("update"));
        QCOMPARE(s.records().last().message, QStringLiteral("排程已由其他使用者更新"));
        QCOMPARE(parseObject(s.records().last().data).value(QStringLiteral("crons")).toString(), CronsCodec::encode(other));
    }

    void aPatchRemovingTheRunningWindowStopsItThen()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        Driver site(s, at("2024-12-09T16:00:00Z"));
        site.runTo(at("2024-12-09T17:30:00Z"));
        QVERIFY(s.running());
        const qint64 now = at("2024-12-09T17:30:00Z");
        // Only the evening discharge stays.
        QCOMPARE(s.patch(cronsBody(QStringLiteral("[{\"start_time\":61200,\"stop_time\":68400,\"power\":-20000}]")), now).status, 200);
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
        QCOMPARE(types(s.records()).mid(1), (QStringList{QStringLiteral("start"), QStringLiteral("start_stable"), QStringLiteral("update"),
                                                         QStringLiteral("stop"), QStringLiteral("stop_stable")}));
    }

    void aPatchJustAfterAnEdgeKeepsTheRecordsInOrder()
    {
        // The window goes away 100 ms after its edge, before the start record is due.
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        Driver site(s, at("2024-12-09T16:59:00Z"));
        site.runTo(at("2024-12-09T17:00:00.100Z"), 100);
        QCOMPARE(recordsOfType(s, QStringLiteral("start")).size(), 0);
        const QString eveningOnly = QStringLiteral("[{\"start_time\":61200,\"stop_time\":68400,\"power\":-20000}]");
        QVERIFY(s.patch(cronsBody(eveningOnly), site.now()).ok());
        // And comes back at once: a new run, after the first one's records.
        QVERIFY(s.patch(cronsBody(CronsCodec::encode(vendorSchedule())), site.now()).ok());
        site.runTo(at("2024-12-09T17:20:00Z"));
        QCOMPARE(types(s.records()).mid(1), (QStringList{QStringLiteral("update"), QStringLiteral("update"),
                                                         QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("start"),
                                                         QStringLiteral("start_stable"), QStringLiteral("stop_stable"),
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
        Driver site(s, at("2024-12-09T11:30:00Z"));
        site.runTo(at("2024-12-09T12:01:00Z"));
        const qsizetype startsBefore = recordsOfType(s, QStringLiteral("start")).size();
        // 20:00–21:00 Taipei = 12:00–13:00Z; now is inside it.
        const qint64 now = site.now();
        QCOMPARE(s.patch(cronsBody(QStringLiteral("[{\"start_time\":72000,\"stop_time\":75600,\"power\":-6000}]")), now).status, 200);
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
        PowerScheduler s(9, 1, kBerlin, Schedule({{18000, 21600, 3000, {}}, {3600, 14400, 1000, {}}}), at("2024-03-01T00:00:00Z"));
        QCOMPARE(s.requestedPowerW(at("2024-03-30T04:00:00Z")), 3000.0); // 05:00 CET
        QCOMPARE(s.requestedPowerW(at("2024-03-31T03:00:00Z")), 3000.0); // 05:00 CEST
        QCOMPARE(s.requestedPowerW(at("2024-03-31T04:00:00Z")), 0.0);    // 06:00 CEST
        QCOMPARE(s.requestedPowerW(at("2024-03-31T01:30:00Z")), 1000.0); // 03:30 CEST
        QCOMPARE(s.requestedPowerW(at("2024-03-31T02:00:00Z")), 0.0);    // 04:00 CEST

        Driver site(s, at("2024-03-29T12:00:00Z"));
        site.runTo(at("2024-04-01T12:00:00Z"));
        const QList<PowerScheduler::Record> starts = recordsOfType(s, QStringLiteral("start"));
        const QList<PowerScheduler::Record> stops = recordsOfType(s, QStringLiteral("stop"));
        QCOMPARE(starts.size(), 6);
        QCOMPARE(stops.size(), 6);
        const qint64 expectedStarts[] = {at("2024-03-30T00:00:00Z"), at("2024-03-30T04:00:00Z"),  // CET
                                         at("2024-03-31T00:00:00Z"), at("2024-03-31T03:00:00Z"),  // the change day
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
        Driver site(s, at("2024-10-26T12:00:00Z"));
        site.runTo(at("2024-10-27T12:00:00Z"), 7 * kMinute);
        const QList<PowerScheduler::Record> starts = recordsOfType(s, QStringLiteral("start"));
        QCOMPARE(starts.size(), 2);
        QVERIFY(inReactionDelay(starts.at(0).timeMs, at("2024-10-27T00:00:00Z")));
        QVERIFY(inReactionDelay(starts.at(1).timeMs, at("2024-10-27T01:00:00Z")));
        // And none on the spring-forward day, where 02:00–02:30 does not exist.
        PowerScheduler spring(9, 1, kBerlin, Schedule({{7200, 9000, 1500, {}}}), at("2024-03-01T00:00:00Z"));
        Driver springSite(spring, at("2024-03-30T12:00:00Z"));
        springSite.runTo(at("2024-03-31T12:00:00Z"));
        QCOMPARE(recordsOfType(spring, QStringLiteral("start")).size(), 0);
    }

    void saveThenLoadReproducesEverything()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        Driver site(s, at("2024-12-08T00:00:00Z"));
        site.runTo(at("2024-12-09T17:02:00Z")); // mid-run: start_stable pending, energy half counted
        QVERIFY(s.patch(cronsBody(QStringLiteral("[{\"start_time\":3600,\"stop_time\":10800,\"power\":12000}]")), site.now()).ok());

        const QByteArray saved = QJsonDocument(s.saveState()).toJson();
        PowerScheduler loaded(4, 187, QTimeZone("Europe/Berlin"), Schedule(), at("2020-01-01T00:00:00Z"));
        QString error;
        QVERIFY2(loaded.loadState(QJsonDocument::fromJson(saved).object(), &error), qPrintable(error));
        QCOMPARE(loaded.toJson(), s.toJson());
        QCOMPARE(loaded.historyJson(0, site.now() + 1, site.now()), s.historyJson(0, site.now() + 1, site.now()));
        QCOMPARE(QJsonDocument(loaded.saveState()).toJson(), saved);

        // Both go on identically: pending events and the half-counted energy came along.
        Driver loadedSite(loaded, site.now());
        site.runTo(at("2024-12-11T00:00:00Z"));
        loadedSite.runTo(at("2024-12-11T00:00:00Z"));
        QCOMPARE(loaded.toJson(), s.toJson());
        QCOMPARE(loaded.historyJson(0, site.now(), site.now()), s.historyJson(0, site.now(), site.now()));
    }

    void loadRejectsBadStateAndChangesNothing()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        Driver site(s, at("2024-12-09T16:00:00Z"));
        site.runTo(at("2024-12-09T20:00:00Z"));
        const QJsonObject before = s.toJson();
        const QJsonObject good = s.saveState();

        QList<QJsonObject> bad;
        bad.append(QJsonObject());
        QJsonObject otherId = good;
        otherId.insert(QStringLiteral("power_scheduler_id"), 5);
        bad.append(otherId);
        QJsonObject badZone = good;
        badZone.insert(QStringLiteral("timezone"), QStringLiteral("Mars/Olympus"));
        bad.append(badZone);
        QJsonObject badCrons = good;
        badCrons.insert(QStringLiteral("crons"), QStringLiteral("[{"));
        bad.append(badCrons);
        QJsonObject badRecords = good;
        badRecords.insert(QStringLiteral("records"), QJsonArray{QJsonObject{{QStringLiteral("time"), QStringLiteral("x")}}});
        bad.append(badRecords);
        QJsonObject badPending = good;
        badPending.insert(QStringLiteral("pending"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("explode")}}});
        bad.append(badPending);
        QJsonObject badTime = good;
        badTime.insert(QStringLiteral("start_time"), QStringLiteral("yesterday"));
        bad.append(badTime);

        for (const QJsonObject &state : std::as_const(bad)) {
            QString error;
            QVERIFY(!s.loadState(state, &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(s.toJson(), before);
            QCOMPARE(s.saveState(), good);
        }
    }

    void historySelectsARangeWithTotals()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        Driver site(s, at("2024-12-08T00:00:00Z"));
        site.runTo(at("2024-12-11T00:00:00Z"));

        const qint64 from = at("2024-12-09T00:00:00Z");
        const qint64 to = at("2024-12-10T00:00:00Z");
        const QJsonObject h = s.historyJson(from, to, site.now());
        QCOMPARE(h.keys(), (QStringList{QStringLiteral("complete_count"), QStringLiteral("purchase_energy"), QStringLiteral("records"),
                                        QStringLiteral("running"), QStringLiteral("sell_energy")}));
        QCOMPARE(h.value(QStringLiteral("running")).toBool(), s.running());
        const QJsonArray records = h.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 8);
        double purchase = 0;
        double sell = 0;
        QString previous;
        for (const QJsonValue &v : records) {
            const QJsonObject r = v.toObject();
            QCOMPARE(r.keys(), (QStringList{QStringLiteral("_time"), QStringLiteral("data"), QStringLiteral("message"),
                                            QStringLiteral("purchase_energy"), QStringLiteral("sell_energy"), QStringLiteral("table"),
                                            QStringLiteral("type")}));
            QCOMPARE(r.value(QStringLiteral("table")).toInt(-1), 0);
            QVERIFY(r.value(QStringLiteral("data")).isString());
            const QString time = r.value(QStringLiteral("_time")).toString();
            QCOMPARE(time.size(), UtcTime::kFormattedLength);
            QVERIFY(time >= previous);
            previous = time;
            const qint64 ms = *UtcTime::parse(time);
            QVERIFY(ms >= from && ms < to);
            if (r.value(QStringLiteral("type")).toString() == QStringLiteral("stop_stable")) {
                purchase += r.value(QStringLiteral("purchase_energy")).toDouble();
                sell += r.value(QStringLiteral("sell_energy")).toDouble();
            } else {
                QVERIFY(r.value(QStringLiteral("purchase_energy")).isNull());
                QVERIFY(r.value(QStringLiteral("sell_energy")).isNull());
            }
        }
        QCOMPARE(h.value(QStringLiteral("complete_count")).toInt(), 2);
        QCOMPARE(h.value(QStringLiteral("purchase_energy")).toDouble(), purchase);
        QCOMPARE(h.value(QStringLiteral("sell_energy")).toDouble(), sell);
        QVERIFY(purchase > 0);

        // [from, to): a record exactly at `from` is in, one exactly at `to` is out.
        const qint64 first = *UtcTime::parse(records.first().toObject().value(QStringLiteral("_time")).toString());
        QCOMPARE(s.historyJson(first, to, site.now()).value(QStringLiteral("records")).toArray().size(), 8);
        QCOMPARE(s.historyJson(from, first, site.now()).value(QStringLiteral("records")).toArray().size(), 0);
        QCOMPARE(s.historyJson(from, first + 1, site.now()).value(QStringLiteral("records")).toArray().size(), 1);
        // Nothing after "now" is history yet.
        QCOMPARE(s.historyJson(from, to, first).value(QStringLiteral("records")).toArray().size(), 1);
        // The whole span: the create record and 3 days of 2 runs.
        const QJsonObject all = s.historyJson(0, site.now(), site.now());
        QCOMPARE(all.value(QStringLiteral("records")).toArray().size(), 1 + 3 * 2 * 4);
        QCOMPARE(all.value(QStringLiteral("complete_count")).toInt(), 6);
    }
};

QTEST_GUILESS_MAIN(tst_PowerScheduler)
#include "tst_PowerScheduler.moc"
