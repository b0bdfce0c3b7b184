// Exports from the main window against the in-process emulator (docs/product.md "Export", "The
// report"): the report covers the range bar's range whatever a chart's zoom, file names carry
// the site and the period, and an export says where it went with a way to open its folder.
#include "core/BemsCsv.h"
#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "gui/charts/ChartPage.h"
#include "gui/charts/ChartPanel.h"
#include "gui/charts/TimeRangeBar.h"
#include "gui/common/MessageSink.h"
#include "gui/report/ExportNotice.h"
#include "gui/report/ReportMaker.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/ViewCache.h"
#include "gui/timechart/TimeChart.h"
#include "support/SimFixture.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

class tst_MainWindowExports : public QObject
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<SimFixture>();
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

    void theReportCoversTheRangeNotTheZoom()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
        tabs->setCurrentWidget(m_window->chartPage(QStringLiteral("power")));
        m_window->rangeBar()->setPreset(TimeRange::Preset::Last7Days);
        ChartPanel *power = panel(QStringLiteral("power"), QStringLiteral("power/site"));
        QVERIFY(QTest::qWaitFor(
            [&] { return power->range().preset == TimeRange::Preset::Last7Days && !power->series().isEmpty(); }, 15'000));
        const TimeRange range = m_window->rangeBar()->range();
        const qint64 day = 86'400'000;
        power->chart()->setVisibleRange({range.stop.toMSecsSinceEpoch() - day, range.stop.toMSecsSinceEpoch()});
        QVERIFY(power->chart()->isZoomed());

        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        std::optional<ExportResult> result;
        m_window->exportReport(path, [&](const ExportResult &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 60'000));
        QVERIFY2(result->ok, qPrintable(result->error));
        const ReportMaker &maker = *m_window->reportMaker();
        QCOMPARE(maker.header().range.fromMs, range.start.toMSecsSinceEpoch());
        QCOMPARE(maker.header().range.toMs, range.stop.toMSecsSinceEpoch());
        const TimeSeries &solar = maker.charts().constFirst().series.constFirst().data;
        QVERIFY(solar.lastTime() - solar.firstTime() > 6 * day); // all seven days, not the zoomed one
        // Charts of pages never opened are in it too, with their data.
        for (const ReportChart &chart : maker.charts())
            QVERIFY2(chart.message.isEmpty(), qPrintable(chart.title + QStringLiteral(": ") + chart.message));
        QVERIFY(power->chart()->isZoomed()); // the screen keeps the operator's zoom
        // The window says where the report went.
        QVERIFY(m_window->exportNotice()->isVisible());
        QVERIFY2(m_window->exportNotice()->text().contains(QDir::toNativeSeparators(path)),
                 qPrintable(m_window->exportNotice()->text()));
    }

    // The Energy page's "Export BEMS CSV…" writes the range's quarter-hours as a file the
    // platform and `aegis-sim --load-csv` read, under a name with the site and the period.
    void theEnergyPageExportsABemsFile()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
        ChartPage *energy = m_window->chartPage(QStringLiteral("energy"));
        tabs->setCurrentWidget(energy);
        m_window->rangeBar()->setPreset(TimeRange::Preset::Yesterday);
        const TimeRange range = m_window->rangeBar()->range();
        auto *button = energy->findChild<QToolButton *>(QStringLiteral("actionExportBems"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!button->text().isEmpty());

        QString suggested;
        QString path = m_dir.filePath(QStringLiteral("yesterday-bems.csv"));
        QString filterGiven;
        m_window->setSavePathChooser([&](QWidget *, const QString &, const QString &name, const QString &filter) {
            suggested = name;
            filterGiven = filter;
            return path;
        });
        m_window->exportNotice()->hide();
        button->click();
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(path); }, 30'000));
        const QString first = range.start.toTimeZone(range.zone).toString(QStringLiteral("yyyy-MM-dd"));
        QVERIFY2(QFileInfo(suggested).fileName().startsWith(QStringLiteral("K館_") + first), qPrintable(suggested));
        QVERIFY2(suggested.endsWith(QStringLiteral("_BEMS.csv")), qPrintable(suggested));
        QVERIFY2(filterGiven.contains(QStringLiteral("*.csv")), qPrintable(filterGiven));
        const Result<BemsCsv::Table> table = BemsCsv::read(path);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table->rows.size(), 96);
        QCOMPARE(table->rows.constFirst().date, range.start.toTimeZone(range.zone).date());
        QCOMPARE(table->rows.constFirst().minuteOfDay, 0);
        QVERIFY(table->rows.constFirst().totalLoadKw > 0);
        QVERIFY(QTest::qWaitFor([&] { return m_window->exportNotice()->isVisible(); }, 5'000));
        QVERIFY2(m_window->exportNotice()->text().contains(QDir::toNativeSeparators(path)),
                 qPrintable(m_window->exportNotice()->text()));

        // The File menu has the same action; a file that cannot be written is said so.
        QAction *menuAction = m_window->findChild<QAction *>(QStringLiteral("actionExportBems"));
        QVERIFY(menuAction);
        QCOMPARE(button->defaultAction(), menuAction);
        MessageSink::preAnswer(QMessageBox::Ok);
        path = m_dir.filePath(QStringLiteral("no/such/dir/bems.csv"));
        const qsizetype shown = MessageSink::shownTexts().size();
        menuAction->trigger();
        QVERIFY(QTest::qWaitFor([&] { return MessageSink::shownTexts().size() > shown; }, 30'000));
        QVERIFY2(MessageSink::shownTexts().constLast().contains(QStringLiteral("no/such/dir")),
                 qPrintable(MessageSink::shownTexts().constLast()));
        MessageSink::stopPreAnswering();
        m_window->setSavePathChooser({});
    }

    void fileNamesCarryTheSiteAndThePeriod()
    {
        const TimeRange range = m_window->rangeBar()->range();
        const QString first = range.start.toTimeZone(range.zone).toString(QStringLiteral("yyyy-MM-dd"));
        const QString name = m_window->exportFileName(QStringLiteral("report"), QStringLiteral("pdf"));
        QVERIFY2(name.startsWith(QStringLiteral("K館_") + first + QLatin1Char('_')), qPrintable(name));
        QVERIFY2(name.endsWith(QStringLiteral("_report.pdf")), qPrintable(name));
    }

    void aChartExportSaysWhereItWent()
    {
        ChartPanel *soc = panel(QStringLiteral("battery"), QStringLiteral("battery/site"));
        QVERIFY(soc);
        m_window->exportNotice()->hide();
        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("csv")}) {
            const QString path = m_dir.filePath(m_window->exportFileName(soc->title(), suffix));
            QVERIFY2(path.contains(QStringLiteral("K館_")), qPrintable(path));
            QString error;
            QVERIFY2(m_window->exportChartTo(soc, path, &error), qPrintable(error));
            QVERIFY(QFile::exists(path));
            QVERIFY(m_window->exportNotice()->isVisible());
            QVERIFY2(m_window->exportNotice()->text().contains(QDir::toNativeSeparators(path)),
                     qPrintable(m_window->exportNotice()->text()));
            auto *open = m_window->exportNotice()->findChild<QAbstractButton *>(QStringLiteral("openExportFolder"));
            QVERIFY(open && open->isVisible());
            QCOMPARE(m_window->exportNotice()->folder(), QFileInfo(path).absolutePath());
        }
        // The drawing's title names the site and the period; the screen keeps its own title.
        const QString title = soc->chart()->title();
        const QString svgPath = m_dir.filePath(m_window->exportFileName(soc->title(), QStringLiteral("svg")));
        QVERIFY(m_window->exportChartTo(soc, svgPath, nullptr));
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString drawing = QString::fromUtf8(svg.readAll());
        const TimeRange range = m_window->rangeBar()->range();
        QVERIFY(drawing.contains(title + QStringLiteral(" — K館, ")
                                 + range.start.toTimeZone(range.zone).toString(QStringLiteral("yyyy-MM-dd"))));
        QCOMPARE(soc->chart()->title(), title);
        QString error;
        QVERIFY(!m_window->exportChartTo(soc, m_dir.filePath(QStringLiteral("no/such/dir/x.png")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(tst_MainWindowExports)
#include "tst_MainWindowExports.moc"
