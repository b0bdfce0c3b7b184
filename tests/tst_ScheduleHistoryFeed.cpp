// The schedule history's fetching without a widget, against the in-process emulator: the records
// of the last 7 days as the scheduler API gives them, the site SOC over the same span in
// 15-minute means, replies of an older refresh dropped, and a failing part that keeps its data.
#include "core/Clock.h"
#include "core/UtcTime.h"
#include "gui/schedule/ScheduleHistoryFeed.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/ViewCache.h"
#include "sim/SimServer.h"
#include "sim/SimSite.h"
#include "support/SimFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// 12:00 in Taipei: between the day's runs.
constexpr char kSimStart[] = "2024-12-10T04:00:00Z";
constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kQuarterMs = 900'000;

QList<QPair<QDateTime, QString>> recordsOf(const SchedulerHistory &history)
{
    QList<QPair<QDateTime, QString>> records;
    for (const SchedulerRecord &r : history.records)
        records.append({r.time, r.type});
    return records;
}

} // namespace

class tst_ScheduleHistoryFeed : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<SiteSettings> m_settings;
    std::unique_ptr<ViewCache> m_cache;
    std::unique_ptr<SiteConnection> m_connection;
    std::unique_ptr<ScheduleHistoryFeed> m_feed;
    SchedulerHistory m_expected;

    QDateTime spanFrom() const { return m_clock->now().addMSecs(-ScheduleHistoryFeed::kHistoryDays * kDayMs); }
    QDateTime spanTo() const { return m_clock->now(); }

    void setFaultOn(const QString &route)
    {
        bool set = false;
        m_sim->runOnSim([&](SimSite &, SimServer &server) {
            set =
                server.setFaults({{QStringLiteral("error_500_share"), 1.0}, {QStringLiteral("routes"), QJsonArray{route}}}).ok();
        });
        QVERIFY(set);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimOptions options = SimFixture::testOptions();
        options.startMs = UtcTime::parse(std::string_view(kSimStart));
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_clock = std::make_unique<TestClock>(*options.startMs);
        m_settings = std::make_unique<SiteSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_cache = std::make_unique<ViewCache>(m_dir.filePath(QStringLiteral("cache")));
        m_connection = std::make_unique<SiteConnection>(*m_settings, m_cache.get());
        m_connection->setBaseUrl(m_sim->baseUrl());
        bool loggedIn = false;
        m_connection->logIn(m_sim->user(), m_sim->password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));

        // What the feed must give: the same span, asked for directly.
        bool fetched = false;
        m_connection->scheduler().fetchHistory(spanFrom(), spanTo(), this, [&](const ApiError &e, const SchedulerHistory &h) {
            QVERIFY2(!e.isError(), qPrintable(e.message()));
            m_expected = h;
            fetched = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return fetched; }, 10'000));
        QVERIFY(m_expected.records.size() > 20); // 7 days of two runs, four records each
    }

    void init()
    {
        m_sim->runOnSim([](SimSite &, SimServer &server) { server.resetFaults(); });
        m_feed = std::make_unique<ScheduleHistoryFeed>(*m_connection, *m_clock, QTimeZone("Asia/Taipei"));
    }

    void cleanup() { m_feed.reset(); }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_sim.reset();
    }

    void nothingBeforeTheFirstRefresh()
    {
        QVERIFY(!m_feed->from().isValid());
        QVERIFY(!m_feed->history());
        QVERIFY(!m_feed->soc());
    }

    void fetchesTheRecordsOfTheLastSevenDays()
    {
        QSignalSpy fetched(m_feed.get(), &ScheduleHistoryFeed::historyFetched);
        m_feed->refresh();
        QCOMPARE(m_feed->from(), spanFrom());
        QCOMPARE(m_feed->to(), spanTo());
        QCOMPARE(m_feed->to().timeSpec(), Qt::UTC);
        QVERIFY(fetched.wait(15'000));
        QCOMPARE(fetched.size(), 1);
        const SchedulerHistory emitted = fetched.constFirst().constFirst().value<SchedulerHistory>();
        QCOMPARE(recordsOf(emitted), recordsOf(m_expected));
        QVERIFY(m_feed->history());
        QCOMPARE(recordsOf(*m_feed->history()), recordsOf(m_expected));
        QCOMPARE(m_feed->history()->completeCount, m_expected.completeCount);
        QCOMPARE(m_feed->history()->purchaseKWh, m_expected.purchaseKWh);
        QCOMPARE(m_feed->history()->sellKWh, m_expected.sellKWh);
    }

    void fetchesTheSiteSocOverTheSameSpan()
    {
        QSignalSpy fetched(m_feed.get(), &ScheduleHistoryFeed::socFetched);
        m_feed->refresh();
        QVERIFY(fetched.wait(15'000));
        QVERIFY(m_feed->soc());
        const TimeSeries &soc = *m_feed->soc();
        QCOMPARE(fetched.constFirst().constFirst().value<TimeSeries>().size(), soc.size());
        QVERIFY2(soc.size() > 600, qPrintable(QString::number(soc.size()))); // 15-minute means
        QVERIFY(soc.firstTime() <= spanFrom().toMSecsSinceEpoch() + 3'600'000);
        QVERIFY(soc.lastTime() >= spanTo().toMSecsSinceEpoch() - 3'600'000);
        for (qsizetype i = 0; i < soc.size(); ++i) {
            QCOMPARE(soc.time(i) % kQuarterMs, 0); // each mean stamped with its window's start
            QVERIFY(soc.isNullAt(i) || (soc.value(i) >= 0 && soc.value(i) <= 100));
        }
    }

    void anOlderRefreshsRepliesAreDropped()
    {
        QSignalSpy history(m_feed.get(), &ScheduleHistoryFeed::historyFetched);
        QSignalSpy soc(m_feed.get(), &ScheduleHistoryFeed::socFetched);
        m_feed->refresh();
        m_feed->refresh();
        QVERIFY(QTest::qWaitFor([&] { return !history.isEmpty() && !soc.isEmpty(); }, 15'000));
        QTest::qWait(500); // time for the first refresh's replies, had they been kept
        QCOMPARE(history.size(), 1);
        QCOMPARE(soc.size(), 1);
    }

    void aFailingPartReportsAndKeepsWhatItHad()
    {
        QSignalSpy history(m_feed.get(), &ScheduleHistoryFeed::historyFetched);
        QSignalSpy soc(m_feed.get(), &ScheduleHistoryFeed::socFetched);
        m_feed->refresh();
        QVERIFY(QTest::qWaitFor([&] { return !history.isEmpty() && !soc.isEmpty(); }, 15'000));
        const qsizetype socPoints = m_feed->soc()->size();

        // The history fails; the SOC of the same refresh still comes.
        setFaultOn(QStringLiteral("power_schedulers/4/history"));
        QSignalSpy historyFailed(m_feed.get(), &ScheduleHistoryFeed::historyFailed);
        QSignalSpy socFailed(m_feed.get(), &ScheduleHistoryFeed::socFailed);
        m_feed->refresh();
        QVERIFY(historyFailed.wait(15'000));
        const ApiError error = historyFailed.constFirst().constFirst().value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::ServerError);
        QCOMPARE(error.httpStatus(), 500);
        QVERIFY(QTest::qWaitFor([&] { return soc.size() == 2; }, 15'000));
        QCOMPARE(history.size(), 1);
        QCOMPARE(recordsOf(*m_feed->history()), recordsOf(m_expected));

        // The SOC query fails; the history comes again and the SOC kept is the last one.
        setFaultOn(QStringLiteral("domain_datas/query"));
        m_feed->refresh();
        QVERIFY(socFailed.wait(15'000));
        QCOMPARE(socFailed.constFirst().constFirst().value<ApiError>().httpStatus(), 500);
        QVERIFY(QTest::qWaitFor([&] { return history.size() == 2; }, 15'000));
        QCOMPARE(soc.size(), 2);
        QVERIFY(m_feed->soc());
        QCOMPARE(m_feed->soc()->size(), socPoints);
        QCOMPARE(historyFailed.size(), 1);
    }
};

QTEST_MAIN(tst_ScheduleHistoryFeed)
#include "tst_ScheduleHistoryFeed.moc"
