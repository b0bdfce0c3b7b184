// The emulator's scheduler as the client sees it (docs/aegis-api.md §7): the object GET serves, the
// PATCH body and its refusals, the history reply, and the state it saves and loads.

#include "core/CronsCodec.h"
#include "core/UtcTime.h"
#include "sim/PowerScheduler.h"
#include "sim/SchedulerSavedState.h"
#include "sim/SchedulerWire.h"
#include "support/SchedulerDriver.h"
#include "support/TestData.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace SchedulerTesting;

namespace {

// One line of tests/data/scheduler-served/<name>.json, without its newline.
QByteArray golden(const char *name)
{
    QFile file(TestData::path(QStringLiteral("scheduler-served/") + QString::fromLatin1(name) + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll().chopped(1);
}

} // namespace

class tst_SchedulerWire : public QObject
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
        const QStringList keys{QStringLiteral("crons"),
                               QStringLiteral("device_id"),
                               QStringLiteral("domain_id"),
                               QStringLiteral("enabled"),
                               QStringLiteral("info"),
                               QStringLiteral("notify_user_id"),
                               QStringLiteral("power_scheduler_id"),
                               QStringLiteral("start_time"),
                               QStringLiteral("stop_time"),
                               QStringLiteral("timezone"),
                               QStringLiteral("update_time")};
        QCOMPARE(o.keys(), keys);
        QCOMPARE(o.value(QStringLiteral("power_scheduler_id")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("domain_id")).toInt(), 187);
        QVERIFY(o.value(QStringLiteral("device_id")).isNull());
        QCOMPARE(o.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Taipei"));
        QCOMPARE(o.value(QStringLiteral("crons")).toString(),
                 QStringLiteral("[{\"start_time\":61200,\"stop_time\":68400,\"power\":-20000},{\"start_time\":3600,\"stop_time\":"
                                "10800,\"power\":10000}]"));
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
        const auto served = [&s](qint64 nowMs) {
            return QJsonDocument(QJsonArray{s.toJson(nowMs)}).toJson(QJsonDocument::Compact);
        };
        QCOMPARE(served(at("2024-12-06T10:25:38.178Z")), golden("fresh"));
        SchedulerDriver site(s, at("2024-12-09T00:00:00Z"));
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

    // The wire format and the saved state work on a bare state, without a running scheduler.
    void theFormatsNeedNoScheduler()
    {
        PowerSchedulerState state;
        state.id = 4;
        state.zone = kTaipei;
        state.schedule = vendorSchedule();
        state.updateMs = at("2024-12-06T10:25:38.178Z");
        state.records.append(SchedulerWire::createRecord(state.updateMs, state.schedule));
        QCOMPARE(QJsonDocument(QJsonArray{SchedulerWire::object(state, 187, state.fields)}).toJson(QJsonDocument::Compact),
                 golden("fresh"));

        const QString crons = QStringLiteral("[{\"start_time\":3600, \"stop_time\":7200, \"power\":8000}]");
        const Result<SchedulerWire::Patch> patch = SchedulerWire::decodePatch(cronsBody(crons));
        QVERIFY2(patch, qPrintable(patch.error()));
        QCOMPARE(patch->crons, crons); // the update record keeps the client's text
        QCOMPARE(patch->schedule, Schedule({{3600, 7200, 8000, {}}}));
        QCOMPARE(SchedulerWire::decodePatch("{\"crons\":5}").error(),
                 QStringLiteral("crons must be a string holding the JSON array of windows."));

        const QJsonObject saved = SchedulerSavedState::save(state);
        const Result<PowerSchedulerState> loaded = SchedulerSavedState::load(saved, 4);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(SchedulerSavedState::save(*loaded), saved);
        QCOMPARE(SchedulerSavedState::load(saved, 5).error(),
                 QStringLiteral("Scheduler state: it belongs to another scheduler than 5."));
    }

    void aPatchOfThousandsOfOverlappingWindowsIsRefusedAtOnce()
    {
        // 10,000 windows, every one overlapping every other: refused for their number, at once.
        QString crons = QStringLiteral("[");
        for (int i = 0; i < 10'000; ++i)
            crons += QStringLiteral("%1{\"start_time\":%2,\"stop_time\":86400,\"power\":1000}")
                         .arg(i ? QStringLiteral(",") : QString())
                         .arg(i);
        crons += QLatin1Char(']');
        QElapsedTimer timer;
        timer.start();
        const Result<SchedulerWire::Patch> patch = SchedulerWire::decodePatch(cronsBody(crons));
        QVERIFY(!patch);
        QCOMPARE(patch.error(), QStringLiteral("crons: The schedule has 10000 windows, more than the 96 a schedule may hold."));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
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
        QTest::newRow("window without power")
            << cronsBody(QStringLiteral("[{\"start_time\":0,\"stop_time\":60}]")) << QStringLiteral("power");
        QTest::newRow("overlap") << cronsBody(QStringLiteral("[{\"start_time\":3600,\"stop_time\":10800,\"power\":1000},"
                                                             "{\"start_time\":7200,\"stop_time\":14400,\"power\":-1000}]"))
                                 << QStringLiteral("overlaps");
        QTest::newRow("stop past midnight") << cronsBody(
            QStringLiteral("[{\"start_time\":82800,\"stop_time\":90000,\"power\":1000}]"))
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
        SchedulerDriver site(s, at("2024-12-09T16:00:00Z"));
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
                 QStringLiteral("[{\"start_time\":72000,\"stop_time\":75600,\"power\":0},{\"start_time\":3600,\"stop_time\":7200,"
                                "\"power\":8000}]"));
        QCOMPARE(s.schedule().size(), 2);
        QCOMPARE(s.schedule().at(1).powerW, 8000.0);

        const PowerScheduler::Record &update = s.records().last();
        QCOMPARE(update.type, QStringLiteral("update"));
        QCOMPARE(update.timeMs, now);
        QCOMPARE(update.message, QStringLiteral("排程已更新"));
        QCOMPARE(parseObject(update.data).value(QStringLiteral("crons")).toString(), crons);
        QVERIFY(!update.purchaseKWh);
    }

    void thePatchesKeepNoMoreThanTheWindows()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        const qint64 now = at("2024-12-09T12:34:56.789Z");
        const auto retained = [&s] {
            qsizetype bytes = 0;
            for (const PowerScheduler::Record &r : s.records())
                bytes += r.data.size() + r.message.size() * 2;
            return bytes + CronsCodec::encode(s.schedule()).size() * 2;
        };
        const qsizetype before = retained();
        // A window carrying a 1 MB key of the client's: accepted, but neither the windows nor the
        // update record keep it.
        const QString junk(1 << 20, QLatin1Char('x'));
        const QString crons =
            QStringLiteral("[{\"start_time\":3600,\"stop_time\":7200,\"power\":8000,\"note\":\"%1\"}]").arg(junk);
        QCOMPARE(s.patch(cronsBody(crons), now).status, 200);
        QCOMPARE(s.schedule(), Schedule({{3600, 7200, 8000, {}}}));
        QVERIFY2(retained() - before < 1000, qPrintable(QString::number(retained() - before)));
        QCOMPARE(parseObject(s.records().last().data).value(QStringLiteral("crons")).toString(),
                 QStringLiteral("[{\"start_time\":3600,\"stop_time\":7200,\"power\":8000}]"));

        // The history keeps the latest records only.
        const QByteArray body = cronsBody(QStringLiteral("[{\"start_time\":3600,\"stop_time\":7200,\"power\":8000}]"));
        for (qsizetype i = 0; i < PowerScheduler::kMaxRecords + 50; ++i)
            QCOMPARE(s.patch(body, now + 1 + i).status, 200);
        QCOMPARE(s.records().size(), PowerScheduler::kMaxRecords);
        QCOMPARE(s.records().last().timeMs, now + PowerScheduler::kMaxRecords + 50);
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

    void saveThenLoadReproducesEverything()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        SchedulerDriver site(s, at("2024-12-08T00:00:00Z"));
        site.runTo(at("2024-12-09T17:02:00Z")); // mid-run: start_stable pending, energy half counted
        QVERIFY(
            s.patch(cronsBody(QStringLiteral("[{\"start_time\":3600,\"stop_time\":10800,\"power\":12000}]")), site.now()).ok());

        const QByteArray saved = QJsonDocument(s.saveState()).toJson();
        PowerScheduler loaded(4, 187, QTimeZone("Europe/Berlin"), Schedule(), at("2020-01-01T00:00:00Z"));
        QString error;
        QVERIFY2(loaded.loadState(QJsonDocument::fromJson(saved).object(), &error), qPrintable(error));
        QCOMPARE(loaded.toJson(), s.toJson());
        QCOMPARE(loaded.historyJson(0, site.now() + 1, site.now()), s.historyJson(0, site.now() + 1, site.now()));
        QCOMPARE(QJsonDocument(loaded.saveState()).toJson(), saved);

        // Both go on identically: pending events and the half-counted energy came along.
        SchedulerDriver loadedSite(loaded, site.now());
        site.runTo(at("2024-12-11T00:00:00Z"));
        loadedSite.runTo(at("2024-12-11T00:00:00Z"));
        QCOMPARE(loaded.toJson(), s.toJson());
        QCOMPARE(loaded.historyJson(0, site.now(), site.now()), s.historyJson(0, site.now(), site.now()));
    }

    void loadRejectsBadStateAndChangesNothing()
    {
        PowerScheduler s(4, 187, kTaipei, vendorSchedule(), at("2024-12-01T00:00:00Z"));
        SchedulerDriver site(s, at("2024-12-09T16:00:00Z"));
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
        badPending.insert(QStringLiteral("pending"),
                          QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("explode")}}});
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
        SchedulerDriver site(s, at("2024-12-08T00:00:00Z"));
        site.runTo(at("2024-12-11T00:00:00Z"));

        const qint64 from = at("2024-12-09T00:00:00Z");
        const qint64 to = at("2024-12-10T00:00:00Z");
        const QJsonObject h = s.historyJson(from, to, site.now());
        QCOMPARE(h.keys(),
                 (QStringList{QStringLiteral("complete_count"), QStringLiteral("purchase_energy"), QStringLiteral("records"),
                              QStringLiteral("running"), QStringLiteral("sell_energy")}));
        QCOMPARE(h.value(QStringLiteral("running")).toBool(), s.running());
        const QJsonArray records = h.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 8);
        double purchase = 0;
        double sell = 0;
        QString previous;
        for (const QJsonValue &v : records) {
            const QJsonObject r = v.toObject();
            QCOMPARE(r.keys(),
                     (QStringList{QStringLiteral("_time"), QStringLiteral("data"), QStringLiteral("message"),
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

QTEST_GUILESS_MAIN(tst_SchedulerWire)
#include "tst_SchedulerWire.moc"
