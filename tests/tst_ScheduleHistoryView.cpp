// The schedule page's state and history view against the in-process emulator: the history
// table newest first with Taipei times and translated types, the totals, the start/stop markers
// on the SOC chart (drawn where the time axis puts them, also after a zoom), the last run from
// `info`, and a server fault that reports and keeps what is shown.
#include "client/SchedulerDecoder.h"
#include "core/Clock.h"
#include "core/UtcTime.h"
#include "gui/common/Units.h"
#include "gui/schedule/HistoryRecordReading.h"
#include "gui/schedule/ScheduleHistoryView.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/ViewCache.h"
#include "gui/timechart/TimeChart.h"
#include "sim/SimServer.h"
#include "sim/SimSite.h"
#include "support/SimFixture.h"
#include "support/TestData.h"

#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

namespace {

// 12:00 in Taipei: between the day's runs, so `info` holds a finished run with its energy.
constexpr char kSimStart[] = "2024-12-10T04:00:00Z";
constexpr qint64 kDayMs = 86'400'000;

QTimeZone taipei()
{
    return QTimeZone("Asia/Taipei");
}

// Newest first, records of one instant in the server's order reversed (as the view sorts).
QList<SchedulerRecord> newestFirst(const SchedulerHistory &history)
{
    QList<SchedulerRecord> records(history.records.crbegin(), history.records.crend());
    std::stable_sort(records.begin(), records.end(),
                     [](const SchedulerRecord &a, const SchedulerRecord &b) { return a.time > b.time; });
    return records;
}

// Whether a column near x of the image has, somewhere in [top, bottom], a pixel of this colour.
bool columnHasColor(const QImage &image, double x, int top, int bottom, const QColor &color)
{
    const int centre = int(std::lround(x));
    for (int dx = -2; dx <= 2; ++dx) {
        for (int y = top; y <= bottom; ++y) {
            const QPoint p(centre + dx, y);
            if (image.rect().contains(p) && image.pixelColor(p).rgb() == color.rgb())
                return true;
        }
    }
    return false;
}

} // namespace

class tst_ScheduleHistoryView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<SiteSettings> m_settings;
    std::unique_ptr<ViewCache> m_cache;
    std::unique_ptr<SiteConnection> m_connection;
    std::unique_ptr<ScheduleHistoryView> m_view;
    SchedulerState m_state;
    SchedulerHistory m_expected;

    QDateTime spanFrom() const { return m_clock->now().addMSecs(-ScheduleHistoryView::kHistoryDays * kDayMs); }
    QDateTime spanTo() const { return m_clock->now(); }

    bool waitForRows()
    {
        return QTest::qWaitFor([&] { return m_view->historyTable()->rowCount() == m_expected.records.size(); }, 15'000);
    }

    bool waitForSoc()
    {
        return QTest::qWaitFor(
            [&] {
                const QList<ChartSeries> &s = m_view->socChart()->series();
                return s.size() == 1 && !s.constFirst().data.isEmpty();
            },
            15'000);
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

        bool fetched = false;
        m_connection->scheduler().fetch(this, [&](const ApiError &e, const SchedulerState &s) {
            QVERIFY2(!e.isError(), qPrintable(e.message()));
            m_state = s;
            fetched = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return fetched; }, 10'000));
        // What the view must show: the same span, asked for directly.
        fetched = false;
        m_connection->scheduler().fetchHistory(spanFrom(), spanTo(), this, [&](const ApiError &e, const SchedulerHistory &h) {
            QVERIFY2(!e.isError(), qPrintable(e.message()));
            m_expected = h;
            fetched = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return fetched; }, 10'000));
        QVERIFY(m_expected.records.size() > 20); // 7 days of two runs, four records each

        m_view = std::make_unique<ScheduleHistoryView>(*m_connection, *m_clock);
        m_view->resize(1280, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setState(m_state);
        m_view->refresh();
        QVERIFY(waitForRows());
        QVERIFY(waitForSoc());
    }

    void init()
    {
        m_sim->runOnSim([](SimSite &, SimServer &server) { server.resetFaults(); });
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_connection.reset();
        m_sim.reset();
    }

    void tableListsTheRecordsNewestFirstInTaipeiTime()
    {
        QTableWidget *table = m_view->historyTable();
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Time (Asia/Taipei)"));
        const QList<SchedulerRecord> expected = newestFirst(m_expected);
        QCOMPARE(table->rowCount(), expected.size());
        QSet<int> startHours;
        QSet<int> stopHours;
        for (int row = 0; row < table->rowCount(); ++row) {
            const SchedulerRecord &r = expected.at(row);
            QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toDateTime(), r.time);
            QCOMPARE(table->item(row, 0)->text(), r.time.toTimeZone(taipei()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            QCOMPARE(table->item(row, 1)->data(Qt::UserRole).toString(), r.type);
            QCOMPARE(table->item(row, 1)->text(), ScheduleHistoryView::eventName(r.type));
            if (row > 0)
                QVERIFY(table->item(row - 1, 0)->data(Qt::UserRole).toDateTime() >= r.time);
            if (r.type == u"start")
                startHours.insert(r.time.toTimeZone(taipei()).time().hour());
            if (r.type == u"stop")
                stopHours.insert(r.time.toTimeZone(taipei()).time().hour());
            if (r.type == u"stop_stable") {
                QVERIFY(r.purchaseKWh.has_value());
                QCOMPARE(table->item(row, ScheduleHistoryView::BoughtColumn)->text(), Units::energy(*r.purchaseKWh));
                QCOMPARE(table->item(row, ScheduleHistoryView::SoldColumn)->text(), Units::energy(*r.sellKWh));
            }
            QVERIFY(!table->item(row, ScheduleHistoryView::DetailsColumn)->text().contains(QLatin1Char('\n')));
        }
        QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toDateTime(), m_expected.records.constLast().time);
        // The vendor windows run 01:00–03:00 and 17:00–19:00 in Taipei (in UTC: 17:00 and 09:00).
        QCOMPARE(startHours, (QSet<int>{1, 17}));
        QCOMPARE(stopHours, (QSet<int>{3, 19}));
        // Types are translated, not the server's words.
        QCOMPARE(ScheduleHistoryView::eventName(QStringLiteral("start")), QStringLiteral("Run started"));
        QCOMPARE(ScheduleHistoryView::eventName(QStringLiteral("stop_stable")), QStringLiteral("Stopped (4 min after stop)"));
        QCOMPARE(ScheduleHistoryView::eventName(QStringLiteral("something_new")), QStringLiteral("something_new"));
    }

    void historyColumnsReadTheRecordsInKw()
    {
        QTableWidget *table = m_view->historyTable();
        const auto column = [table](const QString &header) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->horizontalHeaderItem(c)->text() == header)
                    return c;
            }
            return -1;
        };
        const int battery = column(QStringLiteral("Battery"));
        const int soc = column(QStringLiteral("SOC"));
        const int solar = column(QStringLiteral("Solar"));
        const int grid = column(QStringLiteral("Grid"));
        QVERIFY(battery >= 0 && soc >= 0 && solar >= 0 && grid >= 0);
        const QList<SchedulerRecord> expected = newestFirst(m_expected);
        int snapshots = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const SchedulerRecord &r = expected.at(row);
            QStringList cells;
            for (int c = 0; c < table->columnCount(); ++c)
                cells.append(table->item(row, c)->text());
            const QString shown = cells.join(QStringLiteral(" | "));
            // The server's raw text is not what the table shows; it stays one hover away.
            QVERIFY2(!shown.contains(QStringLiteral("SolarPower"))
                         && !shown.contains(QRegularExpression(QStringLiteral("[0-9] w\\b"))),
                     qPrintable(shown));
            if (!r.message.isEmpty())
                QVERIFY2(table->item(row, 0)->toolTip().contains(r.message.section(QLatin1Char('\r'), 0, 0)),
                         qPrintable(table->item(row, 0)->toolTip()));
            if (r.type == u"start") {
                const double w = r.data.toObject().value(u"charge_power").toDouble();
                QVERIFY2(table->item(row, battery)->text().contains(Units::power(std::abs(w))), qPrintable(shown));
                QVERIFY2(table->item(row, battery)->text().endsWith(QStringLiteral(" kW")), qPrintable(shown));
                QCOMPARE(table->item(row, battery)->data(Qt::UserRole).toDouble(), w);
            }
            if (r.type == u"start_stable" || r.type == u"stop_stable") {
                ++snapshots;
                double solarW = 0;
                double gridW = 0;
                const QJsonObject units = r.data.toObject();
                for (const QString &unit : units.keys()) {
                    solarW += units.value(unit).toObject().value(u"SolarPower").toDouble();
                    gridW += units.value(unit).toObject().value(u"GridPower").toDouble();
                }
                QCOMPARE(table->item(row, solar)->text(), Units::power(solarW));
                QCOMPARE(table->item(row, grid)->text(), Units::power(gridW));
                QVERIFY2(table->item(row, grid)->text().endsWith(QStringLiteral(" kW")), qPrintable(shown));
                QCOMPARE(table->item(row, grid)->data(Qt::UserRole).toDouble(), gridW);
                QVERIFY2(table->item(row, soc)->text().endsWith(QStringLiteral(" %")), qPrintable(shown));
            }
        }
        QVERIFY(snapshots >= 20);
    }

    void theVendorsRecordsAreReadToo()
    {
        QFile file(TestData::path(QStringLiteral("vendor/power_scheduler_history.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<SchedulerHistory> history = SchedulerDecoder::decodeHistory(file.readAll());
        QVERIFY2(history.ok(), qPrintable(history.error()));
        const QList<SchedulerRecord> &records = history->records;
        QCOMPARE(records.size(), 4);
        const HistoryRecordReading start = HistoryRecordReading::read(records.at(0));
        QVERIFY(start.understood);
        QCOMPARE(start.batteryW.value_or(0), 10000.0);
        const HistoryRecordReading snapshot = HistoryRecordReading::read(records.at(1));
        QCOMPARE(snapshot.units.size(), 3);
        QCOMPARE(snapshot.solarW().value_or(-1), 0.0);
        QCOMPARE(snapshot.gridW().value_or(-1), 3224.0 + 3274.0 + 3281.0);
        QCOMPARE(snapshot.socLowPercent().value_or(-1), 30.0);
        QCOMPARE(snapshot.socHighPercent().value_or(-1), 31.0);
        // A snapshot whose data is not JSON is read from the vendor's message text.
        SchedulerRecord textOnly = records.at(1);
        textOnly.data = QJsonValue(QStringLiteral("not json"));
        textOnly.message = QStringLiteral("目前裝置狀態\r\nAA-1\r\n SoC : 31 %\r\n SolarPower : 1500 w\r\n GridPower : -200 w\r\n"
                                          "AA-2\r\n SoC : 33 %\r\n SolarPower : 500 w\r\n GridPower : 100 w\r\n");
        const HistoryRecordReading fromText = HistoryRecordReading::read(textOnly);
        QVERIFY(fromText.understood);
        QCOMPARE(fromText.units.size(), 2);
        QCOMPARE(fromText.solarW().value_or(-1), 2000.0);
        QCOMPARE(fromText.gridW().value_or(0), -100.0);
        // Anything else is shown as the server sent it.
        SchedulerRecord unknown = records.at(1);
        unknown.type = QStringLiteral("maintenance");
        unknown.message = QStringLiteral("Firmware update\r\nplanned");
        const HistoryRecordReading other = HistoryRecordReading::read(unknown);
        QVERIFY(!other.understood);
        QCOMPARE(other.details(unknown.message), QStringLiteral("Firmware update · planned"));
    }

    void totalsMatchTheHistory()
    {
        QVERIFY(m_expected.completeCount >= 12);
        // English plurals come from the catalogue once translated: "run(s)" until then.
        const QString expected =
            QCoreApplication::translate("ScheduleHistoryView", "Last 7 days: %n complete run(s), bought %1, sold %2.", nullptr,
                                        m_expected.completeCount)
                .arg(Units::energy(m_expected.purchaseKWh), Units::energy(m_expected.sellKWh));
        QCOMPARE(m_view->totalsText(), expected);
        QVERIFY(expected.startsWith(QStringLiteral("Last 7 days: %1 complete run").arg(m_expected.completeCount)));
    }

    void markersSitAtTheStartAndStopRecords()
    {
        QList<QPair<QDateTime, QString>> expected;
        for (const SchedulerRecord &r : m_expected.records) {
            if (r.type == u"start" || r.type == u"stop")
                expected.append({r.time, r.type});
        }
        QVERIFY(expected.size() >= 24);
        QCOMPARE(m_view->markers(), expected);
        const QList<ChartMarker> &drawn = m_view->socChart()->markers();
        QCOMPARE(drawn.size(), expected.size());
        for (qsizetype i = 0; i < drawn.size(); ++i) {
            QCOMPARE(drawn.at(i).timeMs, expected.at(i).first.toMSecsSinceEpoch());
            QCOMPARE(drawn.at(i).label, expected.at(i).second == u"start" ? QStringLiteral("Start") : QStringLiteral("Stop"));
        }
        QVERIFY(drawn.constFirst().color != drawn.constLast().color
                || expected.constFirst().second == expected.constLast().second);
    }

    void socChartCoversTheSevenDays()
    {
        TimeChart *chart = m_view->socChart();
        QCOMPARE(chart->fullRange().fromMs, spanFrom().toMSecsSinceEpoch());
        QCOMPARE(chart->fullRange().toMs, spanTo().toMSecsSinceEpoch());
        const TimeSeries &soc = chart->series().constFirst().data;
        QVERIFY(soc.firstTime() <= spanFrom().toMSecsSinceEpoch() + 3'600'000);
        QVERIFY(soc.lastTime() >= spanTo().toMSecsSinceEpoch() - 3'600'000);
        QVERIFY2(soc.size() > 600, qPrintable(QString::number(soc.size()))); // 15-minute means
        for (qsizetype i = 0; i < soc.size(); ++i)
            QVERIFY(soc.isNullAt(i) || (soc.value(i) >= 0 && soc.value(i) <= 100));
        QVERIFY(chart->noticeText().isEmpty());
        QCOMPARE(chart->timeZone().id(), QByteArray("Asia/Taipei"));
    }

    void markersAreDrawnWhereTheTimeAxisPutsThemAlsoWhenZoomed()
    {
        TimeChart *chart = m_view->socChart();
        chart->resetZoom();
        chart->updateNow();
        const QList<ChartMarker> &markers = chart->markers();
        const ChartMarker &last = markers.constLast();
        const QRectF area = chart->plotAreaRect();
        const int low = int(area.bottom()) - 30;
        const int high = int(area.bottom()) - 2;
        QImage image = chart->viewport()->grab().toImage();
        QVERIFY(columnHasColor(image, chart->positionOfTime(last.timeMs), low, high, last.color));

        // Six hours around the last marker: it moves with the axis; markers outside are not drawn.
        chart->setVisibleRange({last.timeMs - 3 * 3'600'000, last.timeMs + 3 * 3'600'000});
        chart->updateNow();
        const double x = chart->positionOfTime(last.timeMs);
        QVERIFY(std::abs(x - area.center().x()) < 3);
        image = chart->viewport()->grab().toImage();
        QVERIFY(columnHasColor(image, x, low, high, last.color));
        QVERIFY(!columnHasColor(image, area.left() + area.width() / 4, low, high, last.color));
        chart->resetZoom();
    }

    void lastRunShowsTheEnergyFromInfo()
    {
        QVERIFY(m_state.lastRun.has_value());
        QVERIFY(m_state.lastRun->purchaseKWh.has_value()); // the sim starts between two runs
        const QString text = m_view->lastRunText();
        QVERIFY2(text.contains(QStringLiteral("Bought from the grid: ") + Units::energy(*m_state.lastRun->purchaseKWh)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Sold to the grid: ") + Units::energy(*m_state.lastRun->sellKWh)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Last run (Asia/Taipei)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Stopped: ")
                               + m_state.stopTime.toTimeZone(taipei()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 qPrintable(text));
        // Three Pomcube units, each with a start and a stop snapshot.
        QCOMPARE(m_view->deviceTable()->rowCount(), 6);
        QCOMPARE(m_view->deviceTable()->item(0, 2)->data(Qt::UserRole).toDouble(),
                 m_state.lastRun->start->devices.constFirst().socPercent);
    }

    void lastRunOfTheVendorSample()
    {
        QFile file(TestData::path(QStringLiteral("vendor/power_scheduler.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Result<SchedulerState> sample = SchedulerDecoder::decodeState(file.readAll());
        QVERIFY2(sample.ok(), qPrintable(sample.error()));
        SchedulerState state = *sample;
        state.lastRun->stop->error = QStringLiteral("Inverter did not answer");
        m_view->setState(state);
        const QString text = m_view->lastRunText();
        // 17:04:32Z is 01:04:32 the next day in Taipei.
        QVERIFY2(text.contains(QStringLiteral("Started: 2024-12-10 01:04:32")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Stopped: 2024-12-10 03:04:19")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Bought from the grid: ") + Units::energy(19.407999999999987)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Sold to the grid: ") + Units::energy(0)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("At the stop: Inverter did not answer")), qPrintable(text));
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("lastRunError"))->isVisible());
        // One unit reported at the start, two others at the stop: one row each.
        QCOMPARE(m_view->deviceTable()->rowCount(), 3);
        QCOMPARE(m_view->deviceTable()->item(0, 0)->text(), QStringLiteral("AA-70-2212-01-0028-070"));
        QCOMPARE(m_view->deviceTable()->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("start"));
        QCOMPARE(m_view->deviceTable()->item(2, 1)->data(Qt::UserRole).toString(), QStringLiteral("stop"));
        m_view->setState(m_state);
        QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("lastRunError"))->isVisible());
    }

    void aServerFaultReportsAndKeepsTheRows()
    {
        const int rows = m_view->historyTable()->rowCount();
        const QString newest = m_view->historyTable()->item(0, 0)->text();
        const QString totals = m_view->totalsText();
        const auto markers = m_view->markers();
        bool set = false;
        m_sim->runOnSim([&](SimSite &, SimServer &server) {
            set = server
                      .setFaults({{QStringLiteral("error_500_share"), 1.0},
                                  {QStringLiteral("routes"), QJsonArray{QStringLiteral("power_schedulers/4/history")}}})
                      .ok();
        });
        QVERIFY(set);
        QSignalSpy failed(m_view.get(), &ScheduleHistoryView::failed);
        m_view->refresh();
        QVERIFY(failed.wait(15'000));
        const ApiError error = failed.constFirst().constFirst().value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::ServerError);
        QCOMPARE(error.httpStatus(), 500);
        QTest::qWait(500); // the SOC query of the same refresh succeeds: no second report
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_view->historyTable()->rowCount(), rows);
        QCOMPARE(m_view->historyTable()->item(0, 0)->text(), newest);
        QCOMPARE(m_view->totalsText(), totals);
        QCOMPARE(m_view->markers(), markers);
        QCOMPARE(m_view->socChart()->markers().size(), markers.size());

        // Back to normal, the next refresh shows the history again.
        m_sim->runOnSim([](SimSite &, SimServer &server) { server.resetFaults(); });
        m_view->refresh();
        QVERIFY(waitForRows());
    }
};

QTEST_MAIN(tst_ScheduleHistoryView)
#include "tst_ScheduleHistoryView.moc"
