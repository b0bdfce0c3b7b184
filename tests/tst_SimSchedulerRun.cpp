// The power scheduler running a window over real HTTP (docs/aegis-api.md §7): a PATCHed window that
// starts shortly after the sim's "now" runs at an accelerated clock, writes its start,
// start_stable, stop and stop_stable records, moves the batteries' SOC, and `running` and the
// object's start_time/stop_time agree at every moment observed. Invalid crons change nothing.

#include "core/CronsCodec.h"
#include "core/UtcTime.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>
#include <QtTest>
#include <cmath>
#include <memory>
#include <optional>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kStableDelayMs = 4 * kMinuteMs; // start_stable / stop_stable: 4 minutes after
// 12:00 in Asia/Taipei: the vendor's windows (01:00–03:00, 17:00–19:00) are far, and after the
// night's charge the batteries have room both ways.
constexpr char kSimStart[] = "2024-12-09T04:00:00Z";
constexpr double kAcceleration = 600; // 10 sim minutes per real second
constexpr int kLeadSeconds = 150; // the window starts 2.5 sim minutes after "now"
constexpr int kWindowSeconds = 600;
constexpr double kSocMin = 10.0;
constexpr double kSocMax = 95.0;

const QStringList &runTypes()
{
    static const QStringList types = {QStringLiteral("start"), QStringLiteral("start_stable"), QStringLiteral("stop"),
                                      QStringLiteral("stop_stable")};
    return types;
}

const QTimeZone &taipei()
{
    static const QTimeZone zone("Asia/Taipei");
    return zone;
}

qint64 timeOf(const QJsonObject &o, const QString &key = QStringLiteral("_time"))
{
    return UtcTime::parse(o.value(key).toString()).value_or(-1);
}

QString describe(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// §7: running = (start_time != null && stop_time == null) || start_time > stop_time.
bool runningByFormula(const QJsonObject &scheduler)
{
    const QJsonValue start = scheduler.value(QStringLiteral("start_time"));
    const QJsonValue stop = scheduler.value(QStringLiteral("stop_time"));
    return (!start.isNull() && stop.isNull())
        || (!start.isNull() && !stop.isNull()
            && timeOf(scheduler, QStringLiteral("start_time")) > timeOf(scheduler, QStringLiteral("stop_time")));
}

QList<QJsonObject> objects(const QJsonArray &array)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : array)
        out.append(v.toObject());
    return out;
}

// The run records (start … stop_stable) among the history's records.
QList<QJsonObject> runRecords(const QJsonObject &history)
{
    QList<QJsonObject> out;
    for (const QJsonObject &r : objects(history.value(QStringLiteral("records")).toArray())) {
        if (runTypes().contains(r.value(QStringLiteral("type")).toString()))
            out.append(r);
    }
    return out;
}

QStringList typesOf(const QList<QJsonObject> &records)
{
    QStringList out;
    for (const QJsonObject &r : records)
        out.append(r.value(QStringLiteral("type")).toString());
    return out;
}

QJsonObject dataOf(const QJsonObject &record)
{
    return QJsonDocument::fromJson(record.value(QStringLiteral("data")).toString().toUtf8()).object();
}

QString isoUtc(qint64 ms)
{
    return UtcTime::format(ms);
}

QJsonObject window(int startSecond, int stopSecond, double powerW)
{
    return {{QStringLiteral("start_time"), startSecond},
            {QStringLiteral("stop_time"), stopSecond},
            {QStringLiteral("power"), powerW}};
}

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A PATCH body: {"crons": "<the windows as JSON text>"} (§7).
QByteArray cronsBody(const QJsonArray &windows)
{
    return jsonBody({{QStringLiteral("crons"), QString::fromUtf8(QJsonDocument(windows).toJson(QJsonDocument::Compact))}});
}

} // namespace

class tst_SimSchedulerRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    SyncHttp m_http;
    QByteArray m_token;

    qint64 simNow() { return timeOf(m_sim->control("GET", QStringLiteral("/sim/state")).object(), QStringLiteral("now")); }

    int setAcceleration(double factor)
    {
        return m_sim->controlJson("PUT", QStringLiteral("/sim/acceleration"), {{QStringLiteral("acceleration"), factor}}).status;
    }

    QJsonObject schedulerObject()
    {
        const QJsonArray array = m_http.get(m_sim->url(QStringLiteral("/api/power_schedulers/4")), m_token).json().array();
        return array.size() == 1 ? array.first().toObject() : QJsonObject();
    }

    // The history from `fromMs` on (its optional `start` parameter).
    QJsonObject history(qint64 fromMs)
    {
        QUrl url = m_sim->url(QStringLiteral("/power_schedulers/4/history"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("start"), isoUtc(fromMs));
        url.setQuery(query);
        return m_http.get(url, m_token).object();
    }

    std::optional<double> siteSoc()
    {
        QUrl url = m_sim->url(QStringLiteral("/api/domain_datas/query"));
        QUrlQuery query;
        for (const auto &[key, value] : {std::pair{"organization_id", "182"},
                                         {"domain_id", "187"},
                                         {"start", "-5m"},
                                         {"fields", "BatSoC"},
                                         {"time_function", "last"}})
            query.addQueryItem(QString::fromLatin1(key), QString::fromLatin1(value));
        url.setQuery(query);
        const QJsonArray rows = m_http.get(url, m_token).json().array();
        if (rows.size() != 1)
            return std::nullopt;
        return rows.first().toObject().value(QStringLiteral("_value")).toDouble();
    }

    // Site BatSoC each sim minute over [fromMs, toMs).
    QList<QJsonObject> socByMinute(qint64 fromMs, qint64 toMs)
    {
        QUrl url = m_sim->url(QStringLiteral("/api/domain_datas/query"));
        QUrlQuery query;
        for (const auto &[key, value] : {std::pair{QStringLiteral("organization_id"), QStringLiteral("182")},
                                         {QStringLiteral("domain_id"), QStringLiteral("187")},
                                         {QStringLiteral("start"), isoUtc(fromMs)},
                                         {QStringLiteral("stop"), isoUtc(toMs)},
                                         {QStringLiteral("fields"), QStringLiteral("BatSoC")},
                                         {QStringLiteral("every"), QStringLiteral("1m")},
                                         {QStringLiteral("time_src"), QStringLiteral("_start")}})
            query.addQueryItem(key, value);
        url.setQuery(query);
        return objects(m_http.get(url, m_token).json().array());
    }

    // The windows' instant for a second of the local day holding `dayOfMs` (real zone rules).
    static qint64 localInstant(qint64 dayOfMs, int secondOfDay)
    {
        const QDate day = QDateTime::fromMSecsSinceEpoch(dayOfMs, taipei()).date();
        return QDateTime(day, QTime(0, 0).addSecs(secondOfDay), taipei()).toMSecsSinceEpoch();
    }

    static int localSecondOfDay(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, taipei()).time().msecsSinceStartOfDay() / 1000;
    }

private slots:
    void initTestCase()
    {
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 1;
        options.startMs = UtcTime::parse(std::string_view(kSimStart));
        // The grid operator capped the night of 2024-12-09 (docs/emulator.md "Grid-operator
        // events"): its charge would be cut and the one-day history would leave the battery
        // at its floor, with no room for a discharge window. The cap has tests of its own.
        options.gridEvents = false;
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_token = m_sim->login();
        QVERIFY(!m_token.isEmpty());
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            // A run cut short by a failure would leave the next case a running scheduler: end it.
            m_http.send("PATCH", m_sim->url(QStringLiteral("/api/power_schedulers/4")), cronsBody({}), m_token);
            setAcceleration(kAcceleration);
            QTRY_VERIFY_WITH_TIMEOUT(!runningByFormula(schedulerObject()), 10'000);
        }
        QCOMPARE(setAcceleration(1), 200);
    }

    void cleanupTestCase() { m_sim.reset(); }

    // Bad crons get 400 (§3 shape) and leave the scheduler as it was: same crons text, same
    // update_time, no update record.
    void rejectsInvalidCrons_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("overlapping windows")
            << cronsBody({window(0, 7200, 1000), window(3600, 10800, 1000)}) << QStringLiteral("crons");
        QTest::newRow("start below 0") << cronsBody({window(-60, 3600, 1000)}) << QStringLiteral("crons");
        QTest::newRow("stop beyond 86400") << cronsBody({window(82800, 86460, 1000)}) << QStringLiteral("crons");
        QTest::newRow("start not before stop") << cronsBody({window(7200, 3600, 1000)}) << QStringLiteral("crons");
        QTest::newRow("crons not JSON") << jsonBody({{QStringLiteral("crons"), QStringLiteral("[{\"start_time\":3600,")}})
                                        << QStringLiteral("crons");
        QTest::newRow("crons an array, not a string")
            << jsonBody({{QStringLiteral("crons"), QJsonArray{window(3600, 7200, 1000)}}}) << QStringLiteral("crons");
        QTest::newRow("crons a number") << jsonBody({{QStringLiteral("crons"), 5}}) << QStringLiteral("crons");
        QTest::newRow("no crons") << jsonBody({}) << QStringLiteral("crons");
        QTest::newRow("body not JSON") << QByteArray("{crons") << QStringLiteral("JSON");
        QTest::newRow("another key") << jsonBody(
            {{QStringLiteral("crons"), QStringLiteral("[]")}, {QStringLiteral("enabled"), false}})
                                     << QStringLiteral("enabled");
    }

    void rejectsInvalidCrons()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const QJsonObject before = schedulerObject();
        QVERIFY(before.value(QStringLiteral("crons")).isString());
        const qint64 sentAt = simNow();

        const HttpResult r = m_http.send("PATCH", m_sim->url(QStringLiteral("/api/power_schedulers/4")), body, m_token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("statusCode")).toInt(), 400);
        QVERIFY(!r.object().value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(messagePart), r.body.constData());

        const QJsonObject after = schedulerObject();
        QCOMPARE(after.value(QStringLiteral("crons")).toString(), before.value(QStringLiteral("crons")).toString());
        QCOMPARE(after.value(QStringLiteral("update_time")).toString(), before.value(QStringLiteral("update_time")).toString());
        for (const QJsonObject &record : objects(history(sentAt).value(QStringLiteral("records")).toArray()))
            QVERIFY2(record.value(QStringLiteral("type")).toString() != u"update", qPrintable(describe(record)));
    }

    void runsAWindow_data()
    {
        QTest::addColumn<double>("powerW");
        QTest::newRow("charge +15 kW") << 15'000.0;
        QTest::newRow("discharge -15 kW") << -15'000.0;
    }

    void runsAWindow()
    {
        QFETCH(double, powerW);
        // Set the window up at real speed, so that "now" cannot overtake it before it is in place.
        QCOMPARE(setAcceleration(1), 200);
        const QJsonObject idle = schedulerObject();
        QVERIFY2(!runningByFormula(idle), qPrintable(describe(idle)));
        const qint64 now = simNow();
        const int startSecond = localSecondOfDay(now) + kLeadSeconds;
        const int stopSecond = startSecond + kWindowSeconds;
        QVERIFY2(stopSecond <= 86400, "the window must end by midnight: choose another sim start");
        const qint64 windowStart = localInstant(now, startSecond);
        const qint64 windowStop = localInstant(now, stopSecond);
        const std::optional<double> socBefore = siteSoc();
        QVERIFY(socBefore);
        QVERIFY2(*socBefore > kSocMin + 5 && *socBefore < kSocMax - 5, qPrintable(QString::number(*socBefore)));

        const HttpResult patched = m_http.send("PATCH", m_sim->url(QStringLiteral("/api/power_schedulers/4")),
                                               cronsBody({window(startSecond, stopSecond, powerW)}), m_token);
        QVERIFY2(patched.status == 200, patched.body.constData());
        const qint64 patchedAt = timeOf(patched.object(), QStringLiteral("update_time"));
        QVERIFY(patchedAt >= now && patchedAt < windowStart);
        const Result<Schedule> shown = CronsCodec::decode(schedulerObject().value(QStringLiteral("crons")).toString());
        QVERIFY(shown && shown->sameWindowsAs(Schedule({{startSecond, stopSecond, powerW, {}}})));

        QCOMPARE(setAcceleration(kAcceleration), 200);
        // Watch until stop_stable, checking `running` against the records and the object each time.
        QDeadlineTimer deadline(30'000);
        QSet<QString> runningSeenIn;
        bool done = false;
        while (!done && !deadline.hasExpired()) {
            const QJsonObject objectBefore = schedulerObject();
            const QJsonObject h = history(patchedAt);
            const QJsonObject objectAfter = schedulerObject();
            const qint64 observedAt = simNow();
            QVERIFY2(h.value(QStringLiteral("running")).isBool(), qPrintable(describe(h)));
            const bool running = h.value(QStringLiteral("running")).toBool();
            const QStringList seen = typesOf(runRecords(h));
            QVERIFY2(runTypes().mid(0, seen.size()) == seen, qPrintable(seen.join(u',')));

            // In one reply: running between start_stable and stop_stable, as the vendor sets
            // start_time/stop_time at the stable points.
            const QString phase = seen.isEmpty() ? QStringLiteral("before") : seen.last();
            const bool expected = phase == u"start_stable" || phase == u"stop";
            QVERIFY2(running == expected,
                     qPrintable(QStringLiteral("running %1 after %2 at %3").arg(running).arg(phase, isoUtc(observedAt))));
            // The object agrees with the formula whenever it did not change around the history.
            if (objectBefore == objectAfter) {
                QVERIFY2(runningByFormula(objectAfter) == running, qPrintable(describe(objectAfter)));
            }
            // start_time and stop_time are moments that have been, never ahead of "now".
            for (const QString &key : {QStringLiteral("start_time"), QStringLiteral("stop_time")}) {
                QVERIFY2(timeOf(objectAfter, key) <= observedAt,
                         qPrintable(QStringLiteral("%1 ahead of now %2: ").arg(key, isoUtc(observedAt)) + describe(objectAfter)));
            }
            if (running)
                runningSeenIn.insert(phase);
            done = phase == u"stop_stable";
            if (!done)
                QTest::qWait(5); // a breath between polls; the loop ends on the condition or the deadline
        }
        QVERIFY2(done, "no stop_stable record within 30 s");
        QVERIFY2(!runningSeenIn.isEmpty(), "running was never observed during the run");

        // The whole run: its update, then exactly start, start_stable, stop, stop_stable.
        const QJsonObject h = history(patchedAt);
        const QList<QJsonObject> all = objects(h.value(QStringLiteral("records")).toArray());
        QCOMPARE(typesOf(all), (QStringList{QStringLiteral("update")} + runTypes()));
        const QJsonObject start = all.at(1), startStable = all.at(2), stop = all.at(3), stopStable = all.at(4);
        for (const QJsonObject &r : all)
            QCOMPARE(r.value(QStringLiteral("table")).toInt(), 0);
        QCOMPARE(timeOf(all.at(0)), patchedAt);
        QVERIFY2(timeOf(start) >= windowStart && timeOf(start) - windowStart <= 5000, qPrintable(describe(start)));
        QVERIFY2(timeOf(stop) >= windowStop && timeOf(stop) - windowStop <= 5000, qPrintable(describe(stop)));
        QCOMPARE(timeOf(startStable) - timeOf(start), kStableDelayMs);
        QCOMPARE(timeOf(stopStable) - timeOf(stop), kStableDelayMs);

        QCOMPARE(dataOf(start).value(QStringLiteral("charge_power")).toDouble(), powerW);
        const QString message = start.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(powerW > 0 ? QStringLiteral("充電") : QStringLiteral("放電"))
                     && message.contains(QStringLiteral("15000")),
                 qPrintable(message));
        QVERIFY(dataOf(stop).contains(QStringLiteral("charge_power")));
        QVERIFY(dataOf(stop).value(QStringLiteral("charge_power")).isNull());
        for (const QJsonObject &r : all.mid(0, 4)) {
            QVERIFY2(r.value(QStringLiteral("purchase_energy")).isNull() && r.value(QStringLiteral("sell_energy")).isNull(),
                     qPrintable(describe(r)));
        }
        const double purchase = stopStable.value(QStringLiteral("purchase_energy")).toDouble(-1);
        const double sell = stopStable.value(QStringLiteral("sell_energy")).toDouble(-1);
        QVERIFY2(purchase >= 0 && sell >= 0 && purchase + sell > 0, qPrintable(describe(stopStable)));
        QVERIFY(h.value(QStringLiteral("complete_count")).toInt() == 1);
        QCOMPARE(h.value(QStringLiteral("purchase_energy")).toDouble(), purchase);
        QCOMPARE(h.value(QStringLiteral("sell_energy")).toDouble(), sell);
        QCOMPARE(h.value(QStringLiteral("running")).toBool(true), false);

        // The object now describes this run.
        const QJsonObject finished = schedulerObject();
        QCOMPARE(timeOf(finished, QStringLiteral("start_time")), timeOf(startStable));
        QCOMPARE(timeOf(finished, QStringLiteral("stop_time")), timeOf(stopStable));
        QVERIFY(!runningByFormula(finished));
        const QJsonObject info = QJsonDocument::fromJson(finished.value(QStringLiteral("info")).toString().toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("start")).toObject().value(QStringLiteral("time")).toString(),
                 startStable.value(QStringLiteral("_time")).toString());
        QCOMPARE(info.value(QStringLiteral("stop")).toObject().value(QStringLiteral("time")).toString(),
                 stopStable.value(QStringLiteral("_time")).toString());
        QCOMPARE(info.value(QStringLiteral("purchase_energy")).toDouble(), purchase);
        QCOMPARE(info.value(QStringLiteral("sell_energy")).toDouble(), sell);

        // SOC moves the window's way: each unit between the stable snapshots ...
        const QJsonObject unitsAtStart = dataOf(startStable);
        const QJsonObject unitsAtStop = dataOf(stopStable);
        QCOMPARE(unitsAtStart.size(), 3);
        QCOMPARE(unitsAtStop.keys(), unitsAtStart.keys());
        for (const QString &unit : unitsAtStart.keys()) {
            const double from = unitsAtStart.value(unit).toObject().value(QStringLiteral("BatSoC")).toDouble();
            const double to = unitsAtStop.value(unit).toObject().value(QStringLiteral("BatSoC")).toDouble();
            QVERIFY2(powerW > 0 ? to >= from + 1 : to <= from - 1,
                     qPrintable(QStringLiteral("%1: %2 → %3").arg(unit).arg(from).arg(to)));
        }
        // ... and the site's SOC minute by minute: steady through the window, about 3 % in all.
        const QList<QJsonObject> soc = socByMinute(windowStart - 2 * kMinuteMs, windowStop + 2 * kMinuteMs);
        QCOMPARE(soc.size(), 14);
        double previous = std::nan("");
        double first = std::nan(""), last = std::nan("");
        for (const QJsonObject &row : soc) {
            const double v = row.value(QStringLiteral("_value")).toDouble();
            QVERIFY2(v >= kSocMin && v <= kSocMax, qPrintable(describe(row)));
            if (!std::isnan(previous))
                QVERIFY2(powerW > 0 ? v >= previous : v <= previous, qPrintable(describe(row)));
            previous = v;
            if (timeOf(row) <= windowStart)
                first = v;
            if (timeOf(row) >= windowStop && std::isnan(last))
                last = v;
        }
        QVERIFY2(std::abs(last - first) >= 2.5 && (last - first) * powerW > 0,
                 qPrintable(QStringLiteral("%1 → %2").arg(first).arg(last)));
        const std::optional<double> socAfter = siteSoc();
        QVERIFY(socAfter);
        QVERIFY2(powerW > 0 ? *socAfter > *socBefore + 2 : *socAfter < *socBefore - 2,
                 qPrintable(QStringLiteral("%1 → %2").arg(*socBefore).arg(*socAfter)));
    }
};

QTEST_GUILESS_MAIN(tst_SimSchedulerRun)
#include "tst_SimSchedulerRun.moc"
