// Interaction speed (issue: a range change and a zoom step each reach the chart redrawn with the
// finer data within 150 ms on the release build): drives the real main window against the
// in-process emulator, 1280×800, on the Power page, and prints medians over repeated runs of
//  - Today → 30 days: from the click to every chart of the page holding the 30 days, repainted;
//  - a zoom step: one wheel notch on a 9-day view of the 30 days (2-hour points → 30-minute),
//    from the notch to every chart of the page holding the finer data, repainted;
//  - a box zoom to one day on the time axis (→ 5-minute points), likewise;
// each beside its baseline: the same queries sent and decoded through the app's QueryRunner
// with no window at all (the part the network and the emulator take), and with the CPU time the
// GUI thread spent on it (the window's own work, which the machine's load does not inflate).
// Run the release build: QT_QPA_PLATFORM=offscreen build/release/bin/bench_interaction
#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "gui/charts/ChartPage.h"
#include "gui/charts/ChartPanel.h"
#include "gui/charts/TimeRangeBar.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/ViewCache.h"
#include "gui/timechart/TimeChart.h"
#include "sim/SimHost.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMouseEvent>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace {

constexpr int kRuns = 9;
constexpr qint64 kDayMs = 86'400'000;

// CPU time of the calling thread, in ms.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Runs the event loop until `done` holds (checked every millisecond), or fails after 20 s.
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > 20'000)
            loop.quit();
    });
    poll.start(1);
    if (!done())
        loop.exec();
    return done();
}

void pause(int ms)
{
    QElapsedTimer clock;
    clock.start();
    waitFor([&] { return clock.elapsed() >= ms; });
}

// Every chart of the page drawn now, as a screen would show it.
void repaint(ChartPage *page)
{
    for (ChartPanel *panel : page->panels())
        panel->chart()->viewport()->repaint();
}

// Counts, per chart, the replies that came after a finer request.
struct DetailWatch
{
    std::vector<int> sent, arrived;
    std::vector<QMetaObject::Connection> connections;

    explicit DetailWatch(ChartPage *page)
        : sent(page->panels().size())
        , arrived(page->panels().size())
    {
        for (int i = 0; i < int(page->panels().size()); ++i) {
            ChartPanel *panel = page->panels().at(i);
            connections.push_back(QObject::connect(panel, &ChartPanel::requestSent, [this, i] { ++sent[i]; }));
            connections.push_back(QObject::connect(panel, &ChartPanel::dataArrived, [this, i] {
                if (sent[i] > 0)
                    ++arrived[i];
            }));
        }
    }
    ~DetailWatch()
    {
        for (const auto &c : connections)
            QObject::disconnect(c);
    }
    bool allArrived() const
    {
        return std::all_of(arrived.begin(), arrived.end(), [](int n) { return n > 0; });
    }
};

// The baseline: the page's queries for `range`, sent at once and decoded, without a window.
double queriesAlone(SiteConnection &connection, ChartPage *page, const TimeRange &range)
{
    QElapsedTimer timer;
    timer.start();
    int pending = int(page->panels().size());
    QObject context;
    for (ChartPanel *panel : page->panels()) {
        const ChartRequest request = panel->definition().request(range, connection.scope());
        connection.queries().run(QString(), request.path, request.query, &context,
                                 [&](const QueryRunner::Reply &) { --pending; });
    }
    waitFor([&] { return pending == 0; });
    return double(timer.nsecsElapsed()) / 1e6;
}

TimeRange rangeOf(const TimeInterval &span, const QTimeZone &zone)
{
    return TimeRange::custom(QDateTime::fromMSecsSinceEpoch(span.fromMs, QTimeZone::utc()),
                             QDateTime::fromMSecsSinceEpoch(span.toMs, QTimeZone::utc()), zone);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    SimHost site;
    SimOptions options;
    options.port = 0;
    if (const Result<bool> started = site.start(options); !started) {
        std::fprintf(stderr, "the emulator did not start: %s\n", qPrintable(started.error()));
        return 1;
    }
    SiteSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    ViewCache cache(dir.filePath(QStringLiteral("cache")));
    SiteConnection connection(settings, &cache);
    connection.setDemo(true);
    connection.setBaseUrl(site.baseUrl());
    bool loggedIn = false;
    connection.logIn(options.user, options.password, false, &app, [&](const ApiError &e) { loggedIn = !e.isError(); });
    if (!waitFor([&] { return loggedIn; })) {
        std::fprintf(stderr, "could not log in to the emulator\n");
        return 1;
    }
    MainWindow window(connection, *site.clock());
    window.resize(1280, 800);
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    ChartPage *page = window.chartPage(QStringLiteral("power"));
    tabs->setCurrentWidget(page);
    const auto preset = [&](TimeRange::Preset p) {
        return window.rangeBar()->findChild<QAbstractButton *>(QStringLiteral("range_%1").arg(int(p)));
    };
    const auto allHold = [&](TimeRange::Preset p) {
        return std::all_of(page->panels().begin(), page->panels().end(),
                           [p](ChartPanel *panel) { return panel->range().preset == p && !panel->series().isEmpty(); });
    };
    TimeChart *chart = page->panels().first()->chart();

    std::vector<double> rangeMs, rangeBase, stepMs, stepBase, boxMs, boxBase, rangeCpu, stepCpu, boxCpu;
    for (int run = 0; run < kRuns; ++run) {
        // Today → 30 days.
        preset(TimeRange::Preset::Today)->click();
        if (!waitFor([&] { return allHold(TimeRange::Preset::Today); }))
            return 1;
        QElapsedTimer timer;
        timer.start();
        double cpu = threadCpuMs();
        preset(TimeRange::Preset::Last30Days)->click();
        if (!waitFor([&] { return allHold(TimeRange::Preset::Last30Days); }))
            return 1;
        repaint(page);
        rangeMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        rangeCpu.push_back(threadCpuMs() - cpu);
        rangeBase.push_back(queriesAlone(connection, page, window.rangeBar()->range()));

        // One wheel notch on a 9-day view: the notch's view gets 30-minute points.
        const TimeInterval full = chart->fullRange();
        const TimeInterval nineDays{full.toMs - 12 * kDayMs, full.toMs - 3 * kDayMs};
        chart->setVisibleRange(nineDays); // still 2-hour points: nothing to fetch
        pause(200);
        const QPoint centre = chart->plotAreaRect().center().toPoint();
        {
            DetailWatch watch(page);
            timer.restart();
            cpu = threadCpuMs();
            QWheelEvent notch(centre, chart->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(chart->viewport(), &notch);
            if (!waitFor([&] { return watch.allArrived(); }))
                return 1;
            repaint(page);
            stepMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            stepCpu.push_back(threadCpuMs() - cpu);
        }
        stepBase.push_back(queriesAlone(connection, page, rangeOf(chart->visibleRange(), chart->timeZone())));

        // A box on the time axis over one day: 5-minute points.
        chart->resetZoom();
        pause(200);
        {
            const QRectF area = chart->plotAreaRect();
            const int y = int(area.bottom()) + 8;
            const qint64 from = full.toMs - 6 * kDayMs;
            const QPoint a(int(chart->positionOfTime(from)), y);
            const QPoint b(int(chart->positionOfTime(from + kDayMs)), y);
            DetailWatch watch(page);
            timer.restart();
            cpu = threadCpuMs();
            QMouseEvent press(QEvent::MouseButtonPress, a, chart->viewport()->mapToGlobal(a), Qt::LeftButton, Qt::LeftButton,
                              Qt::NoModifier);
            QMouseEvent move(QEvent::MouseMove, b, chart->viewport()->mapToGlobal(b), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QMouseEvent release(QEvent::MouseButtonRelease, b, chart->viewport()->mapToGlobal(b), Qt::LeftButton, Qt::NoButton,
                                Qt::NoModifier);
            QCoreApplication::sendEvent(chart->viewport(), &press);
            QCoreApplication::sendEvent(chart->viewport(), &move);
            QCoreApplication::sendEvent(chart->viewport(), &release);
            if (!waitFor([&] { return watch.allArrived(); }))
                return 1;
            repaint(page);
            boxMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            boxCpu.push_back(threadCpuMs() - cpu);
        }
        boxBase.push_back(queriesAlone(connection, page, rangeOf(chart->visibleRange(), chart->timeZone())));
        chart->resetZoom();
    }
    std::printf("Power page (%d charts), 1280x800, %d runs, medians (budget 150 ms each):\n", int(page->panels().size()), kRuns);
    std::printf("  Today -> 30 days:        %6.1f ms (GUI thread CPU %5.1f ms; the queries alone %6.1f ms)\n", median(rangeMs),
                median(rangeCpu), median(rangeBase));
    std::printf("  wheel notch, 9 d -> 5 d: %6.1f ms (GUI thread CPU %5.1f ms; the queries alone %6.1f ms)\n", median(stepMs),
                median(stepCpu), median(stepBase));
    std::printf("  box zoom to one day:     %6.1f ms (GUI thread CPU %5.1f ms; the queries alone %6.1f ms)\n", median(boxMs),
                median(boxCpu), median(boxBase));
    return 0;
}
