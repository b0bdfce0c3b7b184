// Zoom that shows detail, in the main window against the in-process emulator: a narrower view
// asks for finer data and keeps the view while it comes; a box on the time axis zooms; ◀ ▶ step
// by the visible span; a page's charts and the pages share one view; Reset returns to the range.
#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "gui/charts/ChartPage.h"
#include "gui/charts/ChartPanel.h"
#include "gui/charts/TimeRangeBar.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/ViewCache.h"
#include "gui/timechart/TimeChart.h"
#include "support/SimFixture.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

QDateTime queryTime(const QUrlQuery &q, const char *key)
{
    return QDateTime::fromString(q.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded), Qt::ISODateWithMs);
}

// The usual gap between points of a series inside an interval (the median: a first point
// at the range's unaligned start does not count).
qint64 typicalStep(const ChartSeries &series, TimeInterval within)
{
    std::vector<qint64> gaps;
    qint64 last = -1;
    for (qsizetype i = 0; i < series.data.size(); ++i) {
        const qint64 t = series.data.time(i);
        if (t < within.fromMs || t > within.toMs)
            continue;
        if (last >= 0)
            gaps.push_back(t - last);
        last = t;
    }
    if (gaps.empty())
        return -1;
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    return gaps[gaps.size() / 2];
}

} // namespace

class tst_ChartZoom : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<SiteSettings> m_settings;
    std::unique_ptr<ViewCache> m_cache;
    std::unique_ptr<SiteConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;

    ChartPanel *panel(const QString &page, const QString &id)
    {
        for (ChartPanel *p : m_window->chartPage(page)->panels()) {
            if (p->definition().id == id)
                return p;
        }
        return nullptr;
    }

    void selectTab(const QString &objectName)
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->objectName() == objectName)
                tabs->setCurrentIndex(i);
        }
    }

    // Thirty days on the Power page, loaded.
    ChartPanel *powerOver30Days()
    {
        selectTab(QStringLiteral("powerPage"));
        ChartPanel *power = panel(QStringLiteral("power"), QStringLiteral("power/site"));
        QSignalSpy arrived(power, &ChartPanel::dataArrived);
        m_window->rangeBar()
            ->findChild<QAbstractButton *>(QStringLiteral("range_%1").arg(int(TimeRange::Preset::Last30Days)))
            ->click();
        if (!arrived.wait(15'000))
            return nullptr;
        return power;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 31;
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_settings = std::make_unique<SiteSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_cache = std::make_unique<ViewCache>(m_dir.filePath(QStringLiteral("cache")));
        m_connection = std::make_unique<SiteConnection>(*m_settings, m_cache.get());
        m_connection->setDemo(true);
        m_connection->setBaseUrl(m_sim->baseUrl());
        m_window = std::make_unique<MainWindow>(*m_connection, SystemClock::instance());
        m_window->resize(1280, 800);
        m_window->show();
        bool loggedIn = false;
        m_connection->logIn(m_sim->user(), m_sim->password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));
        m_window->start();
    }

    void zoomAsksForFinerDataAndKeepsTheView()
    {
        ChartPanel *power = powerOver30Days();
        QVERIFY(power);
        TimeChart *chart = power->chart();
        const TimeInterval full = chart->fullRange();
        QVERIFY(std::abs(full.span() - 30 * kDayMs) < kHourMs);
        QCOMPARE(typicalStep(power->series().at(0), full), 2 * kHourMs);

        QSignalSpy sent(power, &ChartPanel::requestSent);
        QSignalSpy arrived(power, &ChartPanel::dataArrived);
        const TimeInterval day{full.toMs - 3 * kDayMs, full.toMs - 2 * kDayMs};
        chart->setVisibleRange(day);
        // The coarse data stays on show, at the new view, until the finer data is in.
        QCOMPARE(chart->visibleRange(), day);
        QVERIFY(!sent.isEmpty() || sent.wait(5000)); // at once, or once a wheel turn is at rest
        const QUrlQuery q = sent.first().at(1).value<QUrlQuery>();
        QCOMPARE(q.queryItemValue(QStringLiteral("every")), QStringLiteral("5m")); // as TimeRange does for one day
        QVERIFY(queryTime(q, "start").toMSecsSinceEpoch() <= day.fromMs);
        QVERIFY(queryTime(q, "stop").toMSecsSinceEpoch() >= day.toMs);
        QVERIFY(queryTime(q, "start").msecsTo(queryTime(q, "stop")) <= 2 * kDayMs);
        QVERIFY(arrived.wait(15'000));
        QCOMPARE(chart->visibleRange(), day);
        QCOMPARE(chart->fullRange(), full); // Reset still returns to the 30 days
        QCOMPARE(typicalStep(power->series().at(0), day), 5 * 60'000);
        QCOMPARE(power->range().preset, TimeRange::Preset::Last30Days);
        // A refresh keeps the view and its detail.
        QSignalSpy refreshed(power, &ChartPanel::dataArrived);
        m_window->refreshNow();
        QVERIFY(refreshed.wait(15'000));
        QTRY_COMPARE_WITH_TIMEOUT(typicalStep(power->series().at(0), day), 5 * 60'000, 15'000);
        QCOMPARE(chart->visibleRange(), day);

        // Reset zoom: back to the range, all of it.
        power->findChild<QAbstractButton *>(QStringLiteral("resetZoom"))->click();
        QVERIFY(!chart->isZoomed());
        QVERIFY(std::abs(chart->visibleRange().span() - full.span()) < kHourMs);
    }

    void sixWheelNotchesGoFrom30DaysToOneDay()
    {
        ChartPanel *power = powerOver30Days();
        QVERIFY(power);
        TimeChart *chart = power->chart();
        chart->resetZoom();
        const QRectF area = chart->plotAreaRect();
        const QPoint at = area.center().toPoint();
        for (int notch = 0; notch < 6; ++notch) {
            QWheelEvent event(at, chart->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(chart->viewport(), &event);
        }
        QVERIFY2(chart->visibleRange().span() <= kDayMs + kHourMs,
                 qPrintable(QString::number(chart->visibleRange().span() / kHourMs)));
    }

    void aBoxOnTheTimeAxisZooms()
    {
        ChartPanel *power = powerOver30Days();
        QVERIFY(power);
        TimeChart *chart = power->chart();
        chart->resetZoom();
        const QRectF area = chart->plotAreaRect();
        const int y = int(area.bottom()) + 8; // on the time axis' labels, under the plot
        const qint64 from = chart->fullRange().fromMs + 10 * kDayMs;
        const qint64 to = from + 2 * kDayMs;
        const QPoint a(int(std::lround(chart->positionOfTime(from))), y);
        const QPoint b(int(std::lround(chart->positionOfTime(to))), y);
        QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, a);
        QTest::mouseMove(chart->viewport(), (a + b) / 2);
        QTest::mouseMove(chart->viewport(), b);
        QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, b);
        const TimeInterval shown = chart->visibleRange();
        const qint64 pixel = chart->fullRange().span() / qint64(area.width());
        QVERIFY2(std::abs(shown.fromMs - from) <= 2 * pixel && std::abs(shown.toMs - to) <= 2 * pixel,
                 qPrintable(QStringLiteral("%1 h span").arg(shown.span() / kHourMs)));
    }

    void theChartsOfAPageAndThePagesShareTheView()
    {
        ChartPanel *power = powerOver30Days();
        QVERIFY(power);
        const TimeInterval full = power->chart()->fullRange();
        const TimeInterval day{full.toMs - 5 * kDayMs, full.toMs - 4 * kDayMs};
        power->chart()->setVisibleRange(day);
        for (ChartPanel *other : m_window->chartPage(QStringLiteral("power"))->panels())
            QCOMPARE(other->chart()->visibleRange(), day);
        // The Power chart gets the day's detail too.
        QTRY_COMPARE_WITH_TIMEOUT(typicalStep(power->series().at(0), day), 5 * 60'000, 15'000);
        // The SOC over the same day, one tab away.
        selectTab(QStringLiteral("batteryPage"));
        ChartPanel *soc = m_window->chartPage(QStringLiteral("battery"))->panels().first();
        QTRY_COMPARE_WITH_TIMEOUT(soc->chart()->visibleRange(), day, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(typicalStep(soc->series().at(0), day), 5 * 60'000, 15'000);
        soc->chart()->resetZoom();
        selectTab(QStringLiteral("powerPage"));
        // The reset reaches the other page when it is shown, after the data it may refetch.
        // Its whole range, as the page has it now: the auto-refresh may have moved the 30 days
        // on to "now" since `full` was taken.
        for (ChartPanel *other : m_window->chartPage(QStringLiteral("power"))->panels()) {
            QTRY_VERIFY_WITH_TIMEOUT(!other->chart()->isZoomed(), 5'000);
            QCOMPARE(other->chart()->visibleRange(), other->chart()->fullRange());
            QVERIFY(std::abs(other->chart()->fullRange().span() - full.span()) < kHourMs);
        }
    }

    void aViewWithoutDataSaysSo()
    {
        ChartPanel *power = powerOver30Days();
        QVERIFY(power);
        TimeChart *chart = power->chart();
        const qint64 now = chart->fullRange().toMs;
        // A custom range that begins 14 days before the emulator's 31 days of history.
        QSignalSpy arrived(power, &ChartPanel::dataArrived);
        const auto day = [&](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toTimeZone(power->range().zone).date(); };
        m_window->rangeBar()->setCustomDays(day(now - 45 * kDayMs), day(now - 20 * kDayMs));
        QVERIFY(arrived.wait(15'000));
        QVERIFY2(chart->noticeText().isEmpty(), qPrintable(chart->noticeText()));
        // Zoomed into the part before the history: the plot is empty and says why.
        chart->setVisibleRange({now - 44 * kDayMs, now - 40 * kDayMs});
        QVERIFY(chart->isZoomed());
        QTRY_VERIFY_WITH_TIMEOUT(chart->noticeText().contains(QStringLiteral("No data")), 5'000);
        // Panned onto the history again: the message goes.
        chart->setVisibleRange({now - 30 * kDayMs, now - 26 * kDayMs});
        QTRY_VERIFY_WITH_TIMEOUT(chart->noticeText().isEmpty(), 5'000);
        m_window->rangeBar()
            ->findChild<QAbstractButton *>(QStringLiteral("range_%1").arg(int(TimeRange::Preset::Last30Days)))
            ->click();
    }

    void aChartJoinedFromTwoQueriesRefinesBoth()
    {
        // The energy bars: the domain's energies joined with the grid meter's export.
        selectTab(QStringLiteral("energyPage"));
        ChartPanel *energy = panel(QStringLiteral("energy"), QStringLiteral("energy/site"));
        QVERIFY(energy);
        QSignalSpy arrived(energy, &ChartPanel::dataArrived);
        m_window->rangeBar()
            ->findChild<QAbstractButton *>(QStringLiteral("range_%1").arg(int(TimeRange::Preset::Last30Days)))
            ->click();
        QVERIFY(arrived.wait(15'000));
        const TimeInterval full = energy->chart()->fullRange();
        const TimeInterval day{full.toMs - 6 * kDayMs, full.toMs - 5 * kDayMs};
        QSignalSpy sent(energy, &ChartPanel::requestSent);
        energy->chart()->setVisibleRange(day);
        // Both queries asked again at the finer resolution, and every series, the export
        // included, in hourly bars over the day.
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, 5'000);
        const auto hourly = [&] {
            int withData = 0;
            for (const ChartSeries &s : energy->series()) {
                if (s.data.upperBound(day.toMs) - s.data.lowerBound(day.fromMs) < 2)
                    continue;
                ++withData;
                if (typicalStep(s, day) != kHourMs)
                    return false;
            }
            return withData >= 4;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hourly(), 15'000);
        bool exportSeen = false;
        for (const ChartSeries &s : energy->series())
            exportSeen =
                exportSeen || (s.name.contains(QStringLiteral("export"), Qt::CaseInsensitive) && typicalStep(s, day) == kHourMs);
        QVERIFY(exportSeen);
        energy->chart()->resetZoom();
        selectTab(QStringLiteral("powerPage"));
    }

    void stepButtonsMoveByTheVisibleSpan()
    {
        ChartPanel *power = powerOver30Days();
        QVERIFY(power);
        TimeChart *chart = power->chart();
        const TimeInterval full = chart->fullRange();
        const TimeInterval day{full.toMs - 10 * kDayMs, full.toMs - 9 * kDayMs};
        chart->setVisibleRange(day);
        auto *back = m_window->rangeBar()->findChild<QAbstractButton *>(QStringLiteral("stepBack"));
        auto *forward = m_window->rangeBar()->findChild<QAbstractButton *>(QStringLiteral("stepForward"));
        QVERIFY(back && forward);
        back->click();
        QCOMPARE(chart->visibleRange(), (TimeInterval{day.fromMs - kDayMs, day.toMs - kDayMs}));
        forward->click();
        forward->click();
        QCOMPARE(chart->visibleRange(), (TimeInterval{day.fromMs + kDayMs, day.toMs + kDayMs}));
        QCOMPARE(power->range().preset, TimeRange::Preset::Last30Days); // the range stayed
        // Not zoomed: the range itself steps by its length.
        chart->resetZoom();
        QSignalSpy arrived(power, &ChartPanel::dataArrived);
        back->click();
        QVERIFY(arrived.wait(15'000));
        QCOMPARE(power->range().preset, TimeRange::Preset::Custom);
        QVERIFY(std::abs(power->chart()->fullRange().toMs - (full.toMs - 30 * kDayMs)) < 2 * kDayMs);
    }
};

QTEST_MAIN(tst_ChartZoom)
#include "tst_ChartZoom.moc"
