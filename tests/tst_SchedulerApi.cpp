// The scheduler routes through the client: the vendor document's samples decode, and applying
// windows is confirmed by reading them back (accepted-but-not-applied, concurrent edits).
#include "client/SchedulerApi.h"
#include "client/SchedulerDecoder.h"
#include "core/CronsCodec.h"
#include "sim/SimServer.h"
#include "sim/SimSite.h"
#include "support/SimFixture.h"
#include "support/TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QtTest>

using Status = SchedulerApi::ApplyOutcome::Status;

namespace {

// The vendor document's samples (seeds/000 "取得調度資訊", with the line break inside crons
// kept, and "取得歷史調度資訊"), in tests/data/vendor/.
QByteArray vendorSample(const QString &name)
{
    QFile file(TestData::path(QStringLiteral("vendor/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

} // namespace

class tst_SchedulerApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<AegisClient> m_client;
    std::unique_ptr<SchedulerApi> m_api;

    SchedulerState fetch()
    {
        std::optional<SchedulerState> state;
        m_api->fetch(this, [&](const ApiError &e, const SchedulerState &s) {
            if (e.isError())
                qWarning("%s", qPrintable(e.message()));
            state = s;
        });
        if (!QTest::qWaitFor([&] { return state.has_value(); }, 10'000))
            return {};
        return *state;
    }

    SchedulerApi::ApplyOutcome apply(const Schedule &draft, const QDateTime &base)
    {
        std::optional<SchedulerApi::ApplyOutcome> outcome;
        m_api->apply(draft, base, this, [&](const SchedulerApi::ApplyOutcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20'000))
            return {};
        return *outcome;
    }

    int patches()
    {
        int n = 0;
        m_sim->runOnSim([&](SimSite &, SimServer &server) { n = server.requestCount(QStringLiteral("power_schedulers/4")); });
        return n;
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_client = std::make_unique<AegisClient>(&m_network, AegisClient::Settings{.baseUrl = m_sim->baseUrl()});
        m_api = std::make_unique<SchedulerApi>(*m_client);
        bool done = false;
        m_client->login(m_sim->user(), m_sim->password(), this, [&](const ApiResult &r) {
            QVERIFY(r.ok());
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10'000));
    }

    void init()
    {
        m_sim->runOnSim([](SimSite &site, SimServer &server) {
            server.resetFaults();
            site.setPatchAcceptedButNotApplied(false);
        });
    }

    void theVendorSchedulerSampleDecodes()
    {
        const Result<SchedulerState> s = SchedulerDecoder::decodeState(vendorSample(QStringLiteral("power_scheduler.json")));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->id, 4);
        QCOMPARE(s->domainId, 187);
        QVERIFY(!s->deviceId.has_value());
        QCOMPARE(s->zone().id(), QByteArray("Asia/Taipei"));
        QVERIFY(s->schedule.sameWindowsAs(Schedule({{61200, 68400, -20000, {}}, {3600, 10800, 10000, {}}})));
        QCOMPARE(s->updateTime, utc("2024-12-06T10:25:38.178Z"));
        QCOMPARE(s->startTime, utc("2024-12-09T17:04:32.870Z"));
        QCOMPARE(s->stopTime, utc("2024-12-09T19:04:19.201Z"));
        QVERIFY(!s->running()); // start_time < stop_time
        QVERIFY(s->enabled);
        QVERIFY(s->lastRun.has_value());
        QCOMPARE(s->lastRun->start->devices.size(), 1);
        QCOMPARE(s->lastRun->start->devices.at(0).socPercent, 30.0);
        QCOMPARE(s->lastRun->start->devices.at(0).gridPowerW, 3281.0);
        QCOMPARE(s->lastRun->stop->devices.size(), 2);
        QCOMPARE(*s->lastRun->purchaseKWh, 19.407999999999987);
        QCOMPARE(*s->lastRun->sellKWh, 0.0);
    }

    void runningFollowsTheFormula()
    {
        SchedulerState s;
        QVERIFY(!s.running());
        s.startTime = utc("2024-12-09T17:04:32.870Z");
        QVERIFY(s.running()); // started, never stopped
        s.stopTime = utc("2024-12-09T19:04:19.201Z");
        QVERIFY(!s.running());
        s.startTime = utc("2024-12-10T17:04:00.000Z");
        QVERIFY(s.running()); // started after the last stop
    }

    void theVendorHistorySampleDecodes()
    {
        const Result<SchedulerHistory> h =
            SchedulerDecoder::decodeHistory(vendorSample(QStringLiteral("power_scheduler_history.json")));
        QVERIFY2(h.ok(), qPrintable(h.error()));
        QVERIFY(!h->running);
        QCOMPARE(h->purchaseKWh, 73.6569999999999);
        QCOMPARE(h->sellKWh, 113.58799999999962);
        QCOMPARE(h->records.size(), 4);
        QCOMPARE(h->records.at(0).type, QStringLiteral("start"));
        QCOMPARE(h->records.at(0).data.toObject().value(QStringLiteral("charge_power")).toInt(), 10000);
        QCOMPARE(h->records.at(0).message, QStringLiteral("電池排程已啟動, 預定充電功率 10000 w"));
        QCOMPARE(h->records.at(1)
                     .data.toObject()
                     .value(QStringLiteral("AA-70-2212-01-0028-070"))
                     .toObject()
                     .value(QStringLiteral("GridPower"))
                     .toInt(),
                 3281);
        QVERIFY(h->records.at(2).data.toObject().value(QStringLiteral("charge_power")).isNull());
        QVERIFY(!h->records.at(2).purchaseKWh.has_value());
        QCOMPARE(*h->records.at(3).purchaseKWh, 19.40799999999987);
        QCOMPARE(h->records.at(3).time, utc("2024-12-09T19:04:19.218Z"));
    }

    void brokenBodiesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("truncated") << vendorSample(QStringLiteral("power_scheduler.json")).left(200)
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("html") << QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>")
                              << QStringLiteral("not valid JSON");
        QTest::newRow("two objects") << QByteArrayLiteral("[{\"power_scheduler_id\":4},{\"power_scheduler_id\":5}]")
                                     << QStringLiteral("one object");
        QTest::newRow("crons as array") << QByteArrayLiteral("[{\"power_scheduler_id\":4,\"crons\":[]}]")
                                        << QStringLiteral("crons");
        QTest::newRow("bad crons text") << QByteArrayLiteral(
            "[{\"power_scheduler_id\":4,\"crons\":\"[{\\\"start_time\\\":1}]\"}]")
                                        << QStringLiteral("windows");
        QTest::newRow("bad time") << QByteArrayLiteral(
            "[{\"power_scheduler_id\":4,\"crons\":\"[]\",\"update_time\":\"yesterday\"}]")
                                  << QStringLiteral("update_time");
    }

    void brokenBodiesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const Result<SchedulerState> s = SchedulerDecoder::decodeState(body);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(mentions), qPrintable(s.error()));
    }

    void applyIsConfirmedByReadingBack()
    {
        const SchedulerState before = fetch();
        const Schedule draft({{61200, 68400, -20000, {}}, {3600, 10800, 10000, {}}, {43200, 46800, 5000, {}}});
        const SchedulerApi::ApplyOutcome o = apply(draft, before.updateTime);
        QCOMPARE(o.status, Status::Applied);
        QVERIFY(o.server->schedule.sameWindowsAs(draft));
        QVERIFY(o.server->updateTime > before.updateTime);
        QVERIFY(fetch().schedule.sameWindowsAs(draft));
    }

    void aPatchAcceptedButNotAppliedIsCaught()
    {
        const SchedulerState before = fetch();
        m_sim->runOnSim([](SimSite &site, SimServer &) { site.setPatchAcceptedButNotApplied(true); });
        const Schedule draft({{3600, 7200, 8000, {}}});
        const SchedulerApi::ApplyOutcome o = apply(draft, before.updateTime);
        QCOMPARE(o.status, Status::NotApplied);
        QVERIFY(o.server->schedule.sameWindowsAs(before.schedule));
        QVERIFY2(o.difference.contains(QStringLiteral("sent but not on the server: 01:00–02:00, +8 kW")),
                 qPrintable(o.difference));
    }

    void aConcurrentEditStopsTheApplyBeforeSending()
    {
        const SchedulerState before = fetch();
        m_sim->runOnSim([](SimSite &site, SimServer &) { site.editScheduleBehindTheClientsBack(); });
        const int requestsBefore = patches();
        const SchedulerApi::ApplyOutcome o = apply(Schedule({{3600, 7200, 8000, {}}}), before.updateTime);
        QCOMPARE(o.status, Status::Conflict);
        QVERIFY(o.server->updateTime != before.updateTime);
        QCOMPARE(patches() - requestsBefore, 1); // only the GET: nothing was sent
        QVERIFY(!fetch().schedule.sameWindowsAs(Schedule({{3600, 7200, 8000, {}}})));
    }

    void aRejectedScheduleChangesNothing()
    {
        const SchedulerState before = fetch();
        const SchedulerApi::ApplyOutcome o = apply(Schedule({{3600, 7200, 8000, {}}, {5400, 9000, 8000, {}}}), before.updateTime);
        QCOMPARE(o.status, Status::Rejected);
        QCOMPARE(o.error.kind(), ApiError::Kind::BadRequest);
        QVERIFY2(o.error.message().contains(QStringLiteral("overlap")), qPrintable(o.error.message()));
        QCOMPARE(fetch().updateTime, before.updateTime);
    }

    void anAmbiguousPatchFailureIsSettledByReadingBack()
    {
        // The PATCH is applied but its reply is cut off: only reading back can tell it arrived.
        const SchedulerState before = fetch();
        m_sim->runOnSim([](SimSite &, SimServer &server) {
            QVERIFY(server
                        .setFaults({{QStringLiteral("cut_share"), 1.0},
                                    {QStringLiteral("routes"), QJsonArray{QStringLiteral("PATCH power_schedulers")}}})
                        .ok());
        });
        const int requestsBefore = patches();
        const Schedule draft({{7200, 9000, -6000, {}}});
        const SchedulerApi::ApplyOutcome o = apply(draft, before.updateTime);
        QCOMPARE(o.status, Status::Applied);
        QVERIFY(o.server->schedule.sameWindowsAs(draft));
        QCOMPARE(patches() - requestsBefore, 3); // GET, one PATCH (never retried), GET
    }

    void anAmbiguousFailureThatDidNotArriveIsNotApplied()
    {
        const SchedulerState before = fetch();
        m_sim->runOnSim([](SimSite &, SimServer &server) {
            QVERIFY(server
                        .setFaults({{QStringLiteral("cut_share"), 1.0},
                                    {QStringLiteral("patch_not_applied"), true},
                                    {QStringLiteral("routes"), QJsonArray{QStringLiteral("PATCH power_schedulers")}}})
                        .ok());
        });
        const SchedulerApi::ApplyOutcome o = apply(Schedule({{7200, 9000, -7000, {}}}), before.updateTime);
        QCOMPARE(o.status, Status::NotApplied);
        QCOMPARE(o.error.kind(), ApiError::Kind::ConnectionLost); // why the outcome was in doubt
        QVERIFY(o.server->schedule.sameWindowsAs(before.schedule));
    }
};

QTEST_MAIN(tst_SchedulerApi)
#include "tst_SchedulerApi.moc"
