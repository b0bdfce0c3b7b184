// The vendor document's power_schedulers examples ("電力調度": GET, history, the PATCH body as
// printed) sent to the emulator over real HTTP (support/VendorExamples.h).

#include "core/CronsCodec.h"
#include "core/UtcTime.h"
#include "support/VendorExamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <cmath>

using namespace VendorExamples;

class tst_SimVendorScheduler
    : public QObject
    , protected VendorExampleSite
{
    Q_OBJECT

private slots:
    void initTestCase() { start(); }
    void cleanupTestCase() { stop(); }

    // 取得調度資訊: an array of one object with exactly the §7 keys and the vendor's windows.
    void schedulerGet()
    {
        for (const QString &path : {QStringLiteral("/api/power_schedulers/4"), QStringLiteral("/power_schedulers/4")}) {
            const HttpResult r = m_http.get(m_sim->url(path), m_token);
            QCOMPARE(r.status, 200);
            QVERIFY(r.json().isArray());
            QCOMPARE(r.json().array().size(), 1);
        }
        const qint64 now = simNow();
        const QJsonObject o = schedulerObject(QStringLiteral("/power_schedulers/4"));
        const QString keys = keysProblem(
            o,
            {QStringLiteral("power_scheduler_id"), QStringLiteral("domain_id"), QStringLiteral("device_id"),
             QStringLiteral("timezone"), QStringLiteral("crons"), QStringLiteral("notify_user_id"), QStringLiteral("update_time"),
             QStringLiteral("start_time"), QStringLiteral("stop_time"), QStringLiteral("info"), QStringLiteral("enabled")});
        QVERIFY2(keys.isEmpty(), qPrintable(keys));
        QCOMPARE(o.value(QStringLiteral("power_scheduler_id")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("domain_id")).toInt(), 187);
        QVERIFY(o.value(QStringLiteral("device_id")).isNull());
        QCOMPARE(o.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Taipei"));
        QCOMPARE(o.value(QStringLiteral("notify_user_id")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("enabled")).toBool(false), true);

        QVERIFY(o.value(QStringLiteral("crons")).isString());
        const Result<Schedule> crons = CronsCodec::decode(o.value(QStringLiteral("crons")).toString());
        QVERIFY2(crons, qPrintable(crons.error()));
        QCOMPARE(crons->size(), 2);
        QVERIFY(crons->sameWindowsAs(vendorSchedule()));

        for (const QString &key : {QStringLiteral("update_time"), QStringLiteral("start_time"), QStringLiteral("stop_time")}) {
            QVERIFY2(isVendorTime(o.value(key)), qPrintable(describe(o)));
            QVERIFY2(timeOf(o, key) <= now, qPrintable(key + QStringLiteral(" after now: ") + describe(o)));
        }
        // Ten days of the vendor's windows: the last run is less than a day old.
        QVERIFY(timeOf(o, QStringLiteral("start_time")) > now - kDayMs);
        QVERIFY(timeOf(o, QStringLiteral("stop_time")) > now - kDayMs);

        // info: JSON text with the last run's start/stop snapshots and energies.
        QVERIFY(o.value(QStringLiteral("info")).isString());
        QJsonParseError error{};
        const QJsonObject info = QJsonDocument::fromJson(o.value(QStringLiteral("info")).toString().toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QString infoKeys = keysProblem(
            info,
            {QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("purchase_energy"), QStringLiteral("sell_energy")});
        QVERIFY2(infoKeys.isEmpty(), qPrintable(infoKeys));
        for (const QString &point : {QStringLiteral("start"), QStringLiteral("stop")}) {
            const QJsonObject snapshot = info.value(point).toObject();
            QCOMPARE(snapshot.value(QStringLiteral("time")).toString(), o.value(point + QStringLiteral("_time")).toString());
            QVERIFY(snapshot.contains(QStringLiteral("error")));
            const QJsonArray devices = snapshot.value(QStringLiteral("devices")).toArray();
            QCOMPARE(devices.size(), 3);
            for (const QJsonValue &d : devices) {
                const QJsonObject unit = d.toObject();
                const QString unitKeys = keysProblem(unit,
                                                     {QStringLiteral("DeviceName"), QStringLiteral("SoC"),
                                                      QStringLiteral("SolarPower"), QStringLiteral("GridPower")});
                QVERIFY2(unitKeys.isEmpty(), qPrintable(unitKeys));
                QVERIFY(unit.value(QStringLiteral("DeviceName")).toString().startsWith(QStringLiteral("AA-70-")));
                QVERIFY2(num(unit, QStringLiteral("SoC")) >= kSocMin && num(unit, QStringLiteral("SoC")) <= kSocMax,
                         qPrintable(describe(unit)));
                QVERIFY(num(unit, QStringLiteral("SolarPower")) >= 0);
            }
        }
        QVERIFY(num(info, QStringLiteral("purchase_energy")) >= 0);
        QVERIFY(num(info, QStringLiteral("sell_energy")) >= 0);
    }

    // 取得歷史調度資訊: totals, and each run's start → start_stable → stop → stop_stable records.
    void schedulerHistory()
    {
        // The object before and after the history must agree, so that `running` is compared
        // with the start_time/stop_time that held when the history was answered.
        QJsonObject history;
        bool settled = false;
        for (int attempt = 0; attempt < 5 && !settled; ++attempt) {
            const QJsonObject before = schedulerObject();
            const HttpResult r = m_http.get(m_sim->url(attempt % 2 ? QStringLiteral("/power_schedulers/4/history")
                                                                   : QStringLiteral("/api/power_schedulers/4/history")),
                                            m_token);
            QCOMPARE(r.status, 200);
            history = r.object();
            const QJsonObject after = schedulerObject();
            settled = before == after;
            if (settled) {
                const qint64 start = timeOf(after, QStringLiteral("start_time"));
                const qint64 stop = timeOf(after, QStringLiteral("stop_time"));
                const bool running = start > 0 && (stop < 0 || start > stop); // §7
                QCOMPARE(history.value(QStringLiteral("running")).toBool(!running), running);
            }
        }
        QVERIFY(settled);
        const qint64 now = simNow();

        const QString keys =
            keysProblem(history,
                        {QStringLiteral("running"), QStringLiteral("complete_count"), QStringLiteral("purchase_energy"),
                         QStringLiteral("sell_energy"), QStringLiteral("records")});
        QVERIFY2(keys.isEmpty(), qPrintable(keys));
        QVERIFY(history.value(QStringLiteral("running")).isBool());
        const QJsonArray records = history.value(QStringLiteral("records")).toArray();
        const QString shape = shapeProblem(records);
        QVERIFY2(shape.isEmpty(), qPrintable(shape));
        QVERIFY(records.size() >= 4 * 13); // two runs a day over the default 7 days

        const Schedule &vendor = vendorSchedule();
        const QStringList types = {QStringLiteral("create"),       QStringLiteral("update"), QStringLiteral("start"),
                                   QStringLiteral("start_stable"), QStringLiteral("stop"),   QStringLiteral("stop_stable")};
        int completed = 0;
        double purchase = 0, sell = 0;
        QString previousRunType = QStringLiteral("stop_stable");
        qint64 previousRunTime = 0;
        double runPower = 0;
        for (const QJsonObject &record : objects(records)) {
            const QString recordKeys =
                keysProblem(record,
                            {QStringLiteral("table"), QStringLiteral("_time"), QStringLiteral("type"), QStringLiteral("data"),
                             QStringLiteral("message"), QStringLiteral("purchase_energy"), QStringLiteral("sell_energy")});
            QVERIFY2(recordKeys.isEmpty(), qPrintable(recordKeys));
            QCOMPARE(record.value(QStringLiteral("table")).toInt(), 0);
            const qint64 t = timeOf(record);
            QVERIFY2(t >= now - 7 * kDayMs - kMinuteMs && t <= now, qPrintable(describe(record))); // default: last 7 days
            const QString type = record.value(QStringLiteral("type")).toString();
            QVERIFY2(types.contains(type), qPrintable(describe(record)));
            QVERIFY(record.value(QStringLiteral("message")).isString());
            QJsonParseError error{};
            const QJsonDocument data = QJsonDocument::fromJson(record.value(QStringLiteral("data")).toString().toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && data.isObject(), qPrintable(describe(record)));

            const bool stable = type == u"stop_stable";
            for (const QString &energy : {QStringLiteral("purchase_energy"), QStringLiteral("sell_energy")}) {
                if (stable)
                    QVERIFY2(record.value(energy).isDouble() && num(record, energy) >= 0, qPrintable(describe(record)));
                else
                    QVERIFY2(isNull(record, energy), qPrintable(describe(record)));
            }
            if (type == u"create" || type == u"update")
                continue;

            // The run's records follow each other in order, the stable ones 4 minutes after.
            const QString expectedType = previousRunType == u"start" ? QStringLiteral("start_stable")
                : previousRunType == u"start_stable"                 ? QStringLiteral("stop")
                : previousRunType == u"stop"                         ? QStringLiteral("stop_stable")
                                                                     : QStringLiteral("start");
            if (previousRunTime == 0 && type != u"start") {
                previousRunType = type; // the 7 days began in the middle of a run
                previousRunTime = t;
                continue;
            }
            QCOMPARE(type, expectedType);
            if (type == u"start_stable" || type == u"stop_stable")
                QCOMPARE(t - previousRunTime, 4 * kMinuteMs);
            const int second = int((t - localMidnight(t)) / 1000);
            if (type == u"start") {
                const auto window = vendor.windowAt(second);
                QVERIFY2(window, qPrintable(describe(record)));
                QVERIFY2(second - vendor.at(*window).startSecond < 5, qPrintable(describe(record)));
                runPower = vendor.at(*window).powerW;
                QCOMPARE(data.object().value(QStringLiteral("charge_power")).toDouble(), runPower);
                QVERIFY(record.value(QStringLiteral("message"))
                            .toString()
                            .contains(runPower > 0 ? QStringLiteral("充電") : QStringLiteral("放電")));
            } else if (type == u"stop") {
                QVERIFY(data.object().value(QStringLiteral("charge_power")).isNull());
                QVERIFY2(!vendor.windowAt(second), qPrintable(describe(record)));
                QVERIFY2(vendor.windowAt(second - 5), qPrintable(describe(record)));
            } else {
                // Snapshots of the three scheduled units.
                const QJsonObject units = data.object();
                QCOMPARE(units.size(), 3);
                for (auto it = units.begin(); it != units.end(); ++it) {
                    const QJsonObject unit = it.value().toObject();
                    QVERIFY2(num(unit, QStringLiteral("BatSoC")) >= kSocMin && num(unit, QStringLiteral("BatSoC")) <= kSocMax,
                             qPrintable(describe(record)));
                    QVERIFY(unit.value(QStringLiteral("GridPower")).isDouble());
                    QVERIFY(num(unit, QStringLiteral("SolarPower")) >= 0);
                }
            }
            if (stable) {
                ++completed;
                purchase += num(record, QStringLiteral("purchase_energy"));
                sell += num(record, QStringLiteral("sell_energy"));
                // Charging at night comes from the grid.
                if (runPower > 0)
                    QVERIFY2(num(record, QStringLiteral("purchase_energy")) > 0, qPrintable(describe(record)));
            }
            previousRunType = type;
            previousRunTime = t;
        }
        QVERIFY(completed >= 13);
        QCOMPARE(history.value(QStringLiteral("complete_count")).toInt(), completed);
        QVERIFY(near(num(history, QStringLiteral("purchase_energy")), purchase, 1e-9, 1e-6));
        QVERIFY(near(num(history, QStringLiteral("sell_energy")), sell, 1e-9, 1e-6));
    }

    // 設定電力調度: the document's PATCH body → 200 with the object itself (not in an array);
    // GET then shows it, and update_time has moved to "now".
    void patchWithTheDocumentsExample()
    {
        // First something else, so that the document's example is a change GET can show.
        const QJsonObject window{
            {QStringLiteral("start_time"), 72000}, {QStringLiteral("stop_time"), 75600}, {QStringLiteral("power"), 5000}};
        const QString otherCrons = QString::fromUtf8(QJsonDocument(QJsonArray{window}).toJson(QJsonDocument::Compact));
        const HttpResult other = m_http.sendJson("PATCH", m_sim->url(QStringLiteral("/power_schedulers/4")),
                                                 {{QStringLiteral("crons"), otherCrons}}, m_token);
        QVERIFY2(other.status == 200, other.body.constData());
        QVERIFY(hasWindows(schedulerObject().value(QStringLiteral("crons")).toString(), Schedule({{72000, 75600, 5000, {}}})));
        const qint64 previousUpdate = timeOf(schedulerObject(), QStringLiteral("update_time"));
        QTRY_VERIFY(simNow() > previousUpdate);

        const qint64 before = simNow();
        // The body exactly as the document prints it (spaces after the commas inside crons).
        const QByteArray body = "{\n    \"crons\": \"[{\\\"start_time\\\":61200, \\\"stop_time\\\":68400, \\\"power\\\":-20000}, "
                                "{\\\"start_time\\\":3600, \\\"stop_time\\\":10800, \\\"power\\\":10000}]\"\n}";
        const HttpResult r = m_http.send("PATCH", m_sim->url(QStringLiteral("/api/power_schedulers/4")), body, m_token);
        const qint64 after = simNow();
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(r.json().isObject());
        const QJsonObject patched = r.object();
        QCOMPARE(patched.size(), 11);
        QCOMPARE(patched.value(QStringLiteral("power_scheduler_id")).toInt(), 4);
        QVERIFY(hasWindows(patched.value(QStringLiteral("crons")).toString(), vendorSchedule()));
        const qint64 updated = timeOf(patched, QStringLiteral("update_time"));
        QVERIFY2(updated > previousUpdate && updated >= before && updated <= after, qPrintable(describe(patched)));

        const QJsonObject shown = schedulerObject();
        QCOMPARE(shown.value(QStringLiteral("crons")).toString(), patched.value(QStringLiteral("crons")).toString());
        QCOMPARE(shown.value(QStringLiteral("update_time")).toString(), patched.value(QStringLiteral("update_time")).toString());

        // The history holds the change as an `update` record at update_time.
        const QJsonArray records = m_http.get(m_sim->url(QStringLiteral("/api/power_schedulers/4/history")), m_token)
                                       .object()
                                       .value(QStringLiteral("records"))
                                       .toArray();
        QVERIFY(!records.isEmpty());
        const QJsonObject last = records.last().toObject();
        QCOMPARE(last.value(QStringLiteral("type")).toString(), QStringLiteral("update"));
        QCOMPARE(timeOf(last), updated);
        const QString crons = QJsonDocument::fromJson(last.value(QStringLiteral("data")).toString().toUtf8())
                                  .object()
                                  .value(QStringLiteral("crons"))
                                  .toString();
        QVERIFY(hasWindows(crons, vendorSchedule()));
    }
};

QTEST_GUILESS_MAIN(tst_SimVendorScheduler)
#include "tst_SimVendorScheduler.moc"
