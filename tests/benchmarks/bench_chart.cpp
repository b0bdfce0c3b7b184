// Chart redraw budget (issue 5 "Charts"): with a 1,000,000-point series, a zoom/pan redraw of
// TimeChart is at least 50× faster than handing all visible points to a plain QLineSeries,
// measured side by side in one run, and its median stays under 16 ms. The series is a day-long
// profile plus noise at 1-second steps (11.6 days) with a few single-sample spikes. 30 steps as
// an operator makes them (10 wheel zooms in, 10 pans, 10 zooms out) give the visible ranges;
// each step is timed from the new range to a rendered 1200×600 image, for both charts.
// Run the release build under QT_QPA_PLATFORM=offscreen. AEGIS_BENCH_IMAGES=<dir> saves the
// last frame of each chart to compare them.
#include "gui/timechart/TimeChart.h"
#include "gui/timechart/TimeZoom.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <vector>

namespace {

constexpr qint64 kPoints = 1'000'000;
constexpr qint64 kStart = 1'719'936'000'000; // 2024-07-03 00:00 in Taipei
constexpr QSize kSize(1200, 600);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

TimeSeries makeSeries()
{
    QRandomGenerator random(2024);
    TimeSeries s;
    s.reserve(kPoints);
    for (qint64 i = 0; i < kPoints; ++i) {
        const double day = double(i % 86'400) / 86'400;
        const double v =
            40'000 + 25'000 * std::sin(2 * std::numbers::pi * (day - 0.25)) + 3'000 * (random.generateDouble() - 0.5);
        s.append(kStart + i * 1000, v);
    }
    QList<double> values = s.values();
    for (const qint64 at : {123'457, 400'001, 650'000, 777'777, 999'000})
        values[at] = 150'000; // one-second spikes a decimation must not lose
    return TimeSeries(s.times(), values);
}

// The visible ranges of 30 operator steps, as TimeZoom computes them.
QList<TimeInterval> zoomPanSteps(const TimeSeries &s)
{
    TimeZoom zoom;
    zoom.setFull({s.firstTime(), s.lastTime()});
    const qint64 anchor = s.firstTime() + (s.lastTime() - s.firstTime()) * 2 / 5;
    QList<TimeInterval> ranges;
    for (int i = 0; i < 10; ++i) {
        zoom.zoom(0.8, anchor);
        ranges.append(zoom.visible());
    }
    for (int i = 0; i < 10; ++i) {
        zoom.pan(zoom.visible().span() / 10);
        ranges.append(zoom.visible());
    }
    for (int i = 0; i < 10; ++i) {
        zoom.zoom(1.25, anchor);
        ranges.append(zoom.visible());
    }
    return ranges;
}

// QWidget::render, which QGraphicsView's own render() overload hides.
void renderInto(QWidget &widget, QImage &image)
{
    widget.render(&image);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const TimeSeries data = makeSeries();
    const QList<TimeInterval> ranges = zoomPanSteps(data);
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);

    // (a) TimeChart: decimates the raw series for each range.
    TimeChart chart;
    chart.resize(kSize);
    chart.setTimeZone(QTimeZone("Asia/Taipei"));
    ChartSeries power;
    power.name = QStringLiteral("Power");
    power.unit = QStringLiteral("W");
    power.data = data;
    chart.setSeries({power});
    chart.show();
    chart.updateNow();
    renderInto(chart, image); // warm-up: fonts, glyph caches

    // (b) The same range in a plain QChartView: every visible point into one QLineSeries.
    auto *plainChart = new QChart;
    auto *line = new QLineSeries;
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    plainChart->addSeries(line);
    plainChart->addAxis(xAxis, Qt::AlignBottom);
    plainChart->addAxis(yAxis, Qt::AlignLeft);
    line->attachAxis(xAxis);
    line->attachAxis(yAxis);
    plainChart->legend()->hide();
    plainChart->setAnimationOptions(QChart::NoAnimation);
    QChartView plain(plainChart);
    plain.setRenderHint(QPainter::Antialiasing); // as TimeChart
    plain.resize(kSize);
    plain.show();
    QCoreApplication::processEvents();
    renderInto(plain, image);

    std::vector<double> chartMs, plainMs;
    double visiblePoints = 0;
    QElapsedTimer timer;
    for (const TimeInterval &range : ranges) {
        timer.start();
        chart.setVisibleRange(range);
        QCoreApplication::sendPostedEvents(); // layout after the axis change, as the event loop would
        renderInto(chart, image);
        chartMs.push_back(double(timer.nsecsElapsed()) / 1e6);

        timer.start();
        const qsizetype from = data.lowerBound(range.fromMs);
        const qsizetype to = data.upperBound(range.toMs);
        QList<QPointF> points;
        points.reserve(to - from);
        double low = HUGE_VAL, high = -HUGE_VAL;
        for (qsizetype i = from; i < to; ++i) {
            const double v = data.value(i);
            points.append(QPointF(double(data.time(i)), v));
            low = std::min(low, v);
            high = std::max(high, v);
        }
        line->replace(points);
        xAxis->setRange(double(range.fromMs), double(range.toMs));
        yAxis->setRange(low, high);
        QCoreApplication::sendPostedEvents();
        renderInto(plain, image);
        plainMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        visiblePoints += double(to - from);
    }

    const QString imageDir = qEnvironmentVariable("AEGIS_BENCH_IMAGES");
    if (!imageDir.isEmpty()) {
        QDir().mkpath(imageDir);
        chart.grab().save(QDir(imageDir).filePath(QStringLiteral("bench-timechart.png")));
        plain.grab().save(QDir(imageDir).filePath(QStringLiteral("bench-qlineseries.png")));
    }

    const double chartMedian = median(chartMs);
    const double plainMedian = median(plainMs);
    const double ratio = plainMedian / chartMedian;
    std::printf("bench_chart: %lld points, %lld zoom/pan steps, %.0f visible points per step on average, %dx%d render\n",
                qlonglong(kPoints), qlonglong(ranges.size()), visiblePoints / double(ranges.size()), kSize.width(),
                kSize.height());
    std::printf("  TimeChart (decimate + draw + render)      median %8.2f ms  (min %.2f, max %.2f)\n", chartMedian,
                *std::min_element(chartMs.begin(), chartMs.end()), *std::max_element(chartMs.begin(), chartMs.end()));
    std::printf("  QLineSeries, all points (replace + render) median %8.2f ms  (min %.2f, max %.2f)\n", plainMedian,
                *std::min_element(plainMs.begin(), plainMs.end()), *std::max_element(plainMs.begin(), plainMs.end()));
    std::printf("  ratio %.1fx (target >= 50x); TimeChart median %s 16 ms\n", ratio, chartMedian < 16 ? "under" : "OVER");
    return ratio >= 50 && chartMedian < 16 ? 0 : 1;
}
