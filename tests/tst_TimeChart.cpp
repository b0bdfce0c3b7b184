#include "gui/timechart/ChartExporter.h"
#include "gui/timechart/ReportWriter.h"
#include "gui/timechart/TimeChart.h"
#include "gui/timechart/TimeSeriesTableModel.h"

#include <QDir>
#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <numbers>

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
// 2024-07-02T16:00:00Z, midnight of 2024-07-03 in Taipei.
constexpr qint64 kTaipeiMidnight = 1'719'936'000'000;

// A day of one-minute readings from Taipei midnight: solar in W, SOC in %.
TimeSeries solarDay(double scale = 1)
{
    TimeSeries s;
    for (qint64 i = 0; i <= 24 * 60; ++i) {
        const double hour = double(i) / 60.0;
        const double sun = std::max(0.0, std::sin((hour - 6) / 12 * std::numbers::pi));
        s.append(kTaipeiMidnight + i * kMinute, 50'000 * sun * scale);
    }
    return s;
}

TimeSeries flat(double value, qint64 from, qint64 to, qint64 step)
{
    TimeSeries s;
    for (qint64 t = from; t <= to; t += step)
        s.append(t, value);
    return s;
}

ChartSeries series(const QString &name, const QString &unit, TimeSeries data, ChartSeries::Kind kind = ChartSeries::Kind::Line)
{
    ChartSeries s;
    s.name = name;
    s.unit = unit;
    s.data = std::move(data);
    s.kind = kind;
    return s;
}

void wheel(QWidget *viewport, const QPointF &pos, int delta)
{
    QWheelEvent event(pos, viewport->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &event);
}

QPoint pointAt(const TimeChart &chart, qint64 ms)
{
    return QPoint(int(std::lround(chart.positionOfTime(ms))), int(chart.plotAreaRect().center().y()));
}

} // namespace

class tst_TimeChart : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TimeChart> m_chart;

    void showPowerChart()
    {
        m_chart = std::make_unique<TimeChart>();
        m_chart->setTimeZone(QTimeZone("Asia/Taipei"));
        m_chart->resize(1000, 500);
        m_chart->setSeries({series(QStringLiteral("Solar"), QStringLiteral("W"), solarDay()),
                            series(QStringLiteral("SOC"), QStringLiteral("%"),
                                   flat(40, kTaipeiMidnight, kTaipeiMidnight + 24 * kHour, 5 * kMinute))});
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
        m_chart->updateNow();
    }

private slots:
    void cleanup() { m_chart.reset(); }

    void axisTitleNamesTheZone()
    {
        showPowerChart();
        QCOMPARE(m_chart->timeAxisTitle(), QStringLiteral("Time (Asia/Taipei, UTC+08:00)"));
        QCOMPARE(m_chart->valueAxisTitle(TimeChart::AxisSide::Left), QStringLiteral("kW")); // 50 000 W reads as kW
        QCOMPARE(m_chart->valueAxisTitle(TimeChart::AxisSide::Right), QStringLiteral("%"));
        m_chart->setValueAxisTitle(TimeChart::AxisSide::Left, QStringLiteral("Power"));
        QCOMPARE(m_chart->valueAxisTitle(TimeChart::AxisSide::Left), QStringLiteral("Power (kW)"));
    }

    void labelsAreInTheChartsZone()
    {
        showPowerChart();
        m_chart->setVisibleRange({kTaipeiMidnight - 6 * kHour, kTaipeiMidnight + 6 * kHour});
        m_chart->updateNow();
        const QList<qint64> ticks = m_chart->timeAxisTicks();
        const QStringList labels = m_chart->timeAxisLabels();
        const qsizetype at = ticks.indexOf(kTaipeiMidnight); // 16:00Z
        QVERIFY2(at >= 0, qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.at(at).startsWith(QStringLiteral("00:00")), qPrintable(labels.at(at)));
        QVERIFY(labels.at(at).contains(QStringLiteral("07-03"))); // the new day is named under it
        // Every label is the Taipei wall clock, whatever the machine's zone.
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(ticks.at(i), QTimeZone("Asia/Taipei"));
            QVERIFY(labels.at(i).startsWith(local.toString(QStringLiteral("HH:mm"))));
        }

        m_chart->setTimeZone(QTimeZone::utc());
        m_chart->updateNow();
        QCOMPARE(m_chart->timeAxisTitle(), QStringLiteral("Time (UTC)"));
        const qsizetype utcAt = m_chart->timeAxisTicks().indexOf(kTaipeiMidnight);
        QVERIFY(utcAt >= 0);
        QVERIFY(m_chart->timeAxisLabels().at(utcAt).startsWith(QStringLiteral("16:00")));
    }

    void labelsFollowDaylightSavingTime()
    {
        // Berlin springs from 02:00 to 03:00 on 2024-03-31 (01:00Z).
        const qint64 change = 1'711'846'800'000;
        m_chart = std::make_unique<TimeChart>();
        m_chart->setTimeZone(QTimeZone("Europe/Berlin"));
        m_chart->resize(1600, 400);
        m_chart->setSeries(
            {series(QStringLiteral("Load"), QStringLiteral("W"), flat(100, change - 4 * kHour, change + 4 * kHour, kMinute))});
        m_chart->updateNow();
        const QStringList labels = m_chart->timeAxisLabels();
        QVERIFY2(labels.contains(QStringLiteral("01:00")) && labels.contains(QStringLiteral("03:00")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(!labels.contains(QStringLiteral("02:00")));
        QCOMPARE(m_chart->timeAxisTitle(), QStringLiteral("Time (Europe/Berlin, UTC+01:00/+02:00)"));

        // And back on 2024-10-27 (01:00Z), when 02:00–03:00 comes twice: every label is the
        // true wall clock of its instant, in order.
        const qint64 back = 1'729'990'800'000;
        m_chart->setSeries(
            {series(QStringLiteral("Load"), QStringLiteral("W"), flat(100, back - 4 * kHour, back + 4 * kHour, kMinute))});
        m_chart->updateNow();
        const QList<qint64> ticks = m_chart->timeAxisTicks();
        QVERIFY(ticks.size() >= 6);
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const QString wallClock =
                QDateTime::fromMSecsSinceEpoch(ticks.at(i), QTimeZone("Europe/Berlin")).toString(QStringLiteral("HH:mm"));
            QVERIFY2(m_chart->timeAxisLabels().at(i).startsWith(wallClock),
                     qPrintable(m_chart->timeAxisLabels().join(QLatin1Char('|'))));
            QVERIFY(i == 0 || ticks.at(i) > ticks.at(i - 1));
        }
    }

    void wheelZoomsAroundTheCursor()
    {
        showPowerChart();
        QSignalSpy changed(m_chart.get(), &TimeChart::visibleRangeChanged);
        const TimeInterval before = m_chart->visibleRange();
        QCOMPARE(before, (TimeInterval{kTaipeiMidnight, kTaipeiMidnight + 24 * kHour}));
        QVERIFY(!m_chart->isZoomed());
        const qint64 anchor = kTaipeiMidnight + 6 * kHour;
        const QPoint at = pointAt(*m_chart, anchor);
        const qint64 anchorUnderCursor = m_chart->timeAtPosition(at.x());
        wheel(m_chart->viewport(), at, 120);
        const TimeInterval after = m_chart->visibleRange();
        QVERIFY(m_chart->isZoomed());
        QVERIFY(after.span() < before.span());
        QVERIFY(after.fromMs > before.fromMs && after.toMs < before.toMs);
        QVERIFY(after.fromMs < anchor && anchor < after.toMs);
        // The instant under the cursor stays under it (to a pixel).
        const qint64 msPerPixel = after.span() / qint64(m_chart->plotAreaRect().width());
        QVERIFY(std::abs(m_chart->timeAtPosition(at.x()) - anchorUnderCursor) <= msPerPixel);
        QCOMPARE(changed.size(), 1);
        wheel(m_chart->viewport(), at, -120 * 10); // far out: back to the full range
        QVERIFY(!m_chart->isZoomed());
        QCOMPARE(m_chart->visibleRange(), before);
    }

    void newDataKeepsTheZoomAndResetRestores()
    {
        showPowerChart();
        const TimeInterval zoomed{kTaipeiMidnight + 10 * kHour, kTaipeiMidnight + 12 * kHour};
        m_chart->setVisibleRange(zoomed);
        QCOMPARE(m_chart->visibleRange(), zoomed);
        // Auto-refresh: an hour more data.
        const auto refreshed = [](qint64 extra) {
            TimeSeries solar = solarDay();
            const qint64 end = solar.lastTime() + extra;
            for (qint64 t = solar.lastTime() + kMinute; t <= end; t += kMinute)
                solar.append(t, 0);
            return QList<ChartSeries>{series(QStringLiteral("Solar"), QStringLiteral("W"), solar)};
        };
        m_chart->setSeries(refreshed(kHour));
        QCOMPARE(m_chart->visibleRange(), zoomed);
        QCOMPARE(m_chart->fullRange().toMs, kTaipeiMidnight + 25 * kHour);

        // Double-click resets; at the full range, new data moves the view with it.
        QTest::mouseDClick(m_chart->viewport(), Qt::LeftButton, {}, pointAt(*m_chart, kTaipeiMidnight + 11 * kHour));
        QVERIFY(!m_chart->isZoomed());
        m_chart->setSeries(refreshed(2 * kHour));
        QCOMPARE(m_chart->visibleRange(), (TimeInterval{kTaipeiMidnight, kTaipeiMidnight + 26 * kHour}));

        m_chart->setVisibleRange(zoomed);
        m_chart->resetZoom();
        QCOMPARE(m_chart->visibleRange(), m_chart->fullRange());
    }

    void dragPansAndShiftDragZooms()
    {
        showPowerChart();
        m_chart->setVisibleRange({kTaipeiMidnight + 10 * kHour, kTaipeiMidnight + 12 * kHour});
        const QPoint start = pointAt(*m_chart, kTaipeiMidnight + 11 * kHour);
        QTest::mousePress(m_chart->viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(m_chart->viewport(), start - QPoint(200, 0));
        QTest::mouseRelease(m_chart->viewport(), Qt::LeftButton, {}, start - QPoint(200, 0));
        const TimeInterval panned = m_chart->visibleRange();
        QCOMPARE(panned.span(), 2 * kHour);
        QVERIFY2(panned.fromMs > kTaipeiMidnight + 10 * kHour, "dragging left shows later times");

        const QPoint a = pointAt(*m_chart, panned.fromMs + 15 * kMinute);
        const QPoint b = pointAt(*m_chart, panned.fromMs + 45 * kMinute);
        QTest::mousePress(m_chart->viewport(), Qt::LeftButton, Qt::ShiftModifier, a);
        QTest::mouseMove(m_chart->viewport(), b);
        QTest::mouseRelease(m_chart->viewport(), Qt::LeftButton, Qt::ShiftModifier, b);
        QVERIFY(std::abs(m_chart->visibleRange().span() - 30 * kMinute) < 2 * kMinute);
    }

    void hoverReadsEverySeriesAtTheCursor()
    {
        showPowerChart();
        const qint64 noon = kTaipeiMidnight + 12 * kHour; // solar at its 50 kW peak
        const QString text = m_chart->readoutText(noon + 20'000);
        QVERIFY2(text.contains(QStringLiteral("2024-07-03 12:00")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Solar: 50.0 kW")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SOC: 40 %")), qPrintable(text));

        QTest::mouseMove(m_chart->viewport(), pointAt(*m_chart, noon + 20'000));
        QVERIFY2(m_chart->hoverText().contains(QStringLiteral("Solar: 50.0 kW")), qPrintable(m_chart->hoverText()));
        QVERIFY(m_chart->hoverText().contains(QStringLiteral("SOC: 40 %")));
        // Outside the plot area there is no read-out.
        QTest::mouseMove(m_chart->viewport(), QPoint(2, 2));
        QVERIFY(m_chart->hoverText().isEmpty());
    }

    void clickingALegendEntryHidesTheSeries()
    {
        showPowerChart();
        QSignalSpy toggled(m_chart.get(), &TimeChart::seriesVisibilityChanged);
        const QRect entry = m_chart->legendEntryRect(1);
        QVERIFY(!entry.isEmpty());
        QVERIFY(m_chart->viewport()->rect().contains(entry));
        QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, {}, entry.center());
        QVERIFY(!m_chart->isSeriesVisible(1));
        QVERIFY(m_chart->isSeriesVisible(0));
        QCOMPARE(toggled.size(), 1);
        QVERIFY(!m_chart->readoutText(kTaipeiMidnight + 12 * kHour).contains(QStringLiteral("SOC")));

        // A refresh keeps it hidden; a second click brings it back.
        m_chart->setSeries(m_chart->series());
        QVERIFY(!m_chart->isSeriesVisible(1));
        QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, {}, m_chart->legendEntryRect(1).center());
        QVERIFY(m_chart->isSeriesVisible(1));
    }

    void noDataAndStaleNotices()
    {
        m_chart = std::make_unique<TimeChart>();
        m_chart->resize(600, 300);
        m_chart->updateNow();
        QVERIFY(m_chart->noticeText().contains(QStringLiteral("No data")));
        m_chart->setSeries(
            {series(QStringLiteral("Solar"), QStringLiteral("W"),
                    TimeSeries({kTaipeiMidnight, kTaipeiMidnight + kHour}, {TimeSeries::null(), TimeSeries::null()}))});
        QVERIFY(m_chart->noticeText().contains(QStringLiteral("No data")));
        m_chart->setSeries({series(QStringLiteral("Solar"), QStringLiteral("W"), solarDay())});
        QVERIFY(m_chart->noticeText().isEmpty());
        m_chart->setStale(true, QStringLiteral("last update 10:42"));
        QVERIFY(m_chart->noticeText().contains(QStringLiteral("last update 10:42")));
        m_chart->setStale(false);
        QVERIFY(m_chart->noticeText().isEmpty());
        m_chart->setMessage(QStringLiteral("Loading…"));
        QCOMPARE(m_chart->noticeText(), QStringLiteral("Loading…"));
    }

    void aScreenReaderHearsTitleSeriesSpanAndNotices()
    {
        showPowerChart();
        m_chart->setTitle(QStringLiteral("Site power"));
        QCOMPARE(m_chart->accessibleName(), QStringLiteral("Site power"));
        QCOMPARE(m_chart->accessibleDescription(), QStringLiteral("Solar, SOC, from 2024-07-03 00:00 to 2024-07-04 00:00."));
        m_chart->setSeriesVisible(1, false);
        QVERIFY(m_chart->accessibleDescription().startsWith(QStringLiteral("Solar, from")));
        m_chart->setStale(true, QStringLiteral("last update 10:42"));
        QVERIFY(m_chart->accessibleDescription().contains(QStringLiteral("last update 10:42")));
    }

    void barsStandForTheirWindows()
    {
        // Daily energy for a week, each bar a Taipei day.
        ChartSeries energy = series(QStringLiteral("Solar energy"), QStringLiteral("kWh"), {}, ChartSeries::Kind::Bar);
        energy.window = Duration(1, Duration::Unit::Day);
        for (int d = 0; d < 7; ++d)
            energy.data.append(kTaipeiMidnight + d * 24 * kHour, 100.0 + d);
        m_chart = std::make_unique<TimeChart>();
        m_chart->setTimeZone(QTimeZone("Asia/Taipei"));
        m_chart->resize(800, 400);
        m_chart->setSeries({energy});
        m_chart->updateNow();
        QCOMPARE(m_chart->fullRange(), (TimeInterval{kTaipeiMidnight, kTaipeiMidnight + 7 * 24 * kHour}));
        QVERIFY2(m_chart->readoutText(kTaipeiMidnight + 2 * 24 * kHour + 15 * kHour).contains(QStringLiteral("102 kWh")),
                 qPrintable(m_chart->readoutText(kTaipeiMidnight + 2 * 24 * kHour + 15 * kHour)));
        QVERIFY(m_chart->timeAxisLabels().contains(QStringLiteral("07-05")));
    }

    void seriesWithoutAColourNeverShareOneWithAnother()
    {
        // The solar series is orange; the forecast beside it must not be orange too.
        m_chart = std::make_unique<TimeChart>();
        ChartSeries solar = series(QStringLiteral("Actual"), QStringLiteral("W"), {});
        solar.color = QColor(0xe6, 0x9f, 0x00);
        m_chart->setSeries({solar, series(QStringLiteral("Forecast"), QStringLiteral("W"), {}),
                            series(QStringLiteral("Load"), QStringLiteral("W"), {})});
        const QList<ChartSeries> &drawn = m_chart->series();
        QCOMPARE(drawn.at(0).color, solar.color);
        for (int i = 0; i < drawn.size(); ++i) {
            for (int j = i + 1; j < drawn.size(); ++j) {
                const QColor a = drawn.at(i).color;
                const QColor b = drawn.at(j).color;
                const int distance =
                    std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
                QVERIFY2(distance >= 90, qPrintable(drawn.at(i).name + QStringLiteral(" and ") + drawn.at(j).name));
            }
        }
    }

    void theModelHoldsTheChartsData()
    {
        showPowerChart();
        TimeSeriesTableModel *model = m_chart->model();
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->rowCount(), 24 * 60 + 1);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Solar (W)"));
        QCOMPARE(model->timeZone(), QTimeZone("Asia/Taipei"));
        QVERIFY(m_chart->series().at(0).color.isValid()); // the palette filled it in
    }

    // Not a check: with AEGIS_CHART_SNAPSHOTS=<dir>, renders realistic charts there to look at.
    void snapshots()
    {
        const QString dir = qEnvironmentVariable("AEGIS_CHART_SNAPSHOTS");
        if (dir.isEmpty())
            QSKIP("set AEGIS_CHART_SNAPSHOTS to a folder to render snapshots");
        QDir().mkpath(dir);
        QRandomGenerator random(42);
        TimeSeries solar, load, grid, soc;
        for (qint64 i = 0; i < 24 * 60; ++i) {
            const qint64 t = kTaipeiMidnight + i * kMinute;
            const double hour = double(i) / 60.0;
            const double sun =
                std::max(0.0, std::sin((hour - 6) / 12.5 * std::numbers::pi)) * (0.85 + 0.15 * random.generateDouble());
            const double l = 38'000 + 12'000 * std::exp(-std::pow((hour - 14) / 4, 2)) + 2000 * random.generateDouble()
                + (i == 800 ? 30'000 : 0);
            const double s = 62'000 * sun;
            const bool gap = i >= 600 && i < 640; // a lost connection
            solar.append(t, gap ? TimeSeries::null() : s);
            load.append(t, gap ? TimeSeries::null() : l);
            grid.append(t, gap ? TimeSeries::null() : l - s);
            if (i % 5 == 0)
                soc.append(t, 35 + 40 * std::max(0.0, std::sin((hour - 8) / 14 * std::numbers::pi)));
        }
        const auto render = [&](TimeChart &chart, const QString &name) {
            const ExportResult r = ChartExporter::savePng(chart, QDir(dir).filePath(name));
            QVERIFY2(r.ok, qPrintable(r.error));
        };
        {
            TimeChart chart;
            chart.setTitle(QStringLiteral("Power"));
            chart.setTimeZone(QTimeZone("Asia/Taipei"));
            chart.resize(1000, 480);
            chart.setValueAxisTitle(TimeChart::AxisSide::Left, QStringLiteral("Power"));
            chart.setSeries({series(QStringLiteral("Solar"), QStringLiteral("W"), solar, ChartSeries::Kind::Area),
                             series(QStringLiteral("Load"), QStringLiteral("W"), load),
                             series(QStringLiteral("Grid"), QStringLiteral("W"), grid),
                             series(QStringLiteral("SOC"), QStringLiteral("%"), soc)});
            render(chart, QStringLiteral("power-day.png"));
            chart.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chart));
            chart.setVisibleRange({kTaipeiMidnight + 11 * kHour, kTaipeiMidnight + 13 * kHour + 30 * kMinute});
            chart.updateNow();
            QTest::mouseMove(chart.viewport(), pointAt(chart, kTaipeiMidnight + 12 * kHour + 7 * kMinute));
            chart.grab().save(QDir(dir).filePath(QStringLiteral("power-zoom-hover.png")));
            QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, chart.legendEntryRect(2).center());
            chart.setStale(true, QStringLiteral("last update 12:40"));
            QTest::mouseMove(chart.viewport(), pointAt(chart, kTaipeiMidnight + 13 * kHour + 20 * kMinute));
            chart.grab().save(QDir(dir).filePath(QStringLiteral("power-hidden-stale.png")));
            chart.resize(420, 260);
            chart.resetZoom();
            chart.updateNow();
            render(chart, QStringLiteral("power-small.png"));
        }
        {
            TimeChart chart;
            chart.setTitle(QStringLiteral("功率"));
            chart.setTimeZone(QTimeZone("Asia/Taipei"));
            chart.resize(900, 420);
            chart.setValueAxisTitle(TimeChart::AxisSide::Left, QStringLiteral("功率"));
            chart.setSeries({series(QStringLiteral("太陽能"), QStringLiteral("W"), solar),
                             series(QStringLiteral("負載"), QStringLiteral("W"), load),
                             series(QStringLiteral("市電"), QStringLiteral("W"), grid)});
            render(chart, QStringLiteral("power-zh.png"));
            chart.setVisibleRange({kTaipeiMidnight - 2 * kHour, kTaipeiMidnight + 30 * kHour}); // clamps to the data
            TimeSeries week;
            for (qint64 t = kTaipeiMidnight - 3 * 24 * kHour; t < kTaipeiMidnight + 4 * 24 * kHour; t += 5 * kMinute)
                week.append(t, 40'000 + 20'000 * std::sin(double(t) / 3.6e6 / 24 * 2 * std::numbers::pi));
            chart.setSeries({series(QStringLiteral("負載"), QStringLiteral("W"), week)});
            chart.resetZoom();
            render(chart, QStringLiteral("week-zh.png"));
        }
        {
            ChartSeries pv = series(QStringLiteral("Solar energy"), QStringLiteral("kWh"), {}, ChartSeries::Kind::Bar);
            ChartSeries used = series(QStringLiteral("Load energy"), QStringLiteral("kWh"), {}, ChartSeries::Kind::Bar);
            pv.window = used.window = Duration(1, Duration::Unit::Day);
            for (int d = 0; d < 30; ++d) {
                pv.data.append(kTaipeiMidnight + d * 24 * kHour, 250 + 120 * random.generateDouble());
                used.data.append(kTaipeiMidnight + d * 24 * kHour, 900 + 100 * random.generateDouble());
            }
            TimeChart chart;
            chart.setTitle(QStringLiteral("Daily energy"));
            chart.setTimeZone(QTimeZone("Asia/Taipei"));
            chart.resize(1000, 420);
            chart.setSeries({pv, used});
            render(chart, QStringLiteral("energy-bars.png"));
        }
        {
            TimeChart power, zh;
            for (TimeChart *chart : {&power, &zh}) {
                chart->setTimeZone(QTimeZone("Asia/Taipei"));
                chart->resize(900, 420);
            }
            power.setTitle(QStringLiteral("Power"));
            power.setSeries({series(QStringLiteral("Solar"), QStringLiteral("W"), solar, ChartSeries::Kind::Area),
                             series(QStringLiteral("Load"), QStringLiteral("W"), load),
                             series(QStringLiteral("SOC"), QStringLiteral("%"), soc)});
            zh.setTitle(QStringLiteral("功率"));
            zh.setSeries({series(QStringLiteral("太陽能"), QStringLiteral("W"), solar),
                          series(QStringLiteral("市電"), QStringLiteral("W"), grid)});
            ReportWriter::Header header;
            header.site = QStringLiteral("K館");
            header.range = {kTaipeiMidnight, kTaipeiMidnight + 24 * kHour};
            header.zone = QTimeZone("Asia/Taipei");
            header.generatedMs = kTaipeiMidnight + 25 * kHour;
            QVERIFY(ReportWriter::write(QDir(dir).filePath(QStringLiteral("report.pdf")), header, {&power, &zh}).ok);
            QVERIFY(ChartExporter::save(power, QDir(dir).filePath(QStringLiteral("power.svg"))).ok);
            QVERIFY(ChartExporter::save(zh, QDir(dir).filePath(QStringLiteral("power-zh.pdf"))).ok);
            QVERIFY(ChartExporter::save(zh, QDir(dir).filePath(QStringLiteral("power-zh.csv"))).ok);
        }
        {
            TimeChart chart;
            chart.setTitle(QStringLiteral("Irradiance"));
            chart.resize(600, 300);
            chart.setSeries({series(QStringLiteral("Irradiance"), QStringLiteral("W/m²"), {})});
            render(chart, QStringLiteral("no-data.png"));
        }
    }
};

QTEST_MAIN(tst_TimeChart)
#include "tst_TimeChart.moc"
