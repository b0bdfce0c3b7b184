// The monitoring window against the in-process emulator (issue: demo start reaches a populated
// Overview; a range change issues the expected query and redraws; auto-refresh keeps the zoom;
// exports; a server fault shows the banner and keeps the data).
#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "gui/charts/ChartPage.h"
#include "gui/charts/ChartPanel.h"
#include "gui/charts/TimeRangeBar.h"
#include "gui/common/Translations.h"
#include "gui/overview/EnergyTile.h"
#include "gui/overview/OverviewPage.h"
#include "gui/overview/PowerFlowWidget.h"
#include "gui/overview/SocGauge.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/SiteTreeModel.h"
#include "gui/site/ViewCache.h"
#include "gui/timechart/ChartExporter.h"
#include "gui/timechart/TimeChart.h"
#include "gui/timechart/TimeSeriesTableModel.h"
#include "sim/SimServer.h"
#include "sim/SimSite.h"
#include "support/SimFixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QtTest>

class tst_MainWindow : public QObject
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
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            // Pages that scroll sit in a scroll area named after them.
            const QString name = tabs->widget(i)->objectName();
            if (name == objectName || name == objectName + QStringLiteral("Scroll")) {
                tabs->setCurrentIndex(i);
                return;
            }
        }
        QFAIL("no such tab");
    }

    // Every text the window shows in words, by widget: labels, buttons, group boxes, tabs,
    // table headers, chart titles, menus and the dock.
    QHash<QString, QString> shownTexts() const
    {
        QHash<QString, QString> texts;
        const auto key = [](const QObject *o, const QString &what) -> QString {
            return QString::number(quintptr(o), 16) + QLatin1Char(':') + QString::fromLatin1(o->metaObject()->className())
                + QLatin1Char('/') + o->objectName() + QLatin1Char('/') + what;
        };
        for (const QLabel *l : m_window->findChildren<QLabel *>())
            texts.insert(key(l, QStringLiteral("text")), l->text());
        for (const QAbstractButton *b : m_window->findChildren<QAbstractButton *>())
            texts.insert(key(b, QStringLiteral("text")), b->text());
        for (const QGroupBox *g : m_window->findChildren<QGroupBox *>())
            texts.insert(key(g, QStringLiteral("title")), g->title());
        for (const QTabWidget *t : m_window->findChildren<QTabWidget *>()) {
            for (int i = 0; i < t->count(); ++i)
                texts.insert(key(t, QStringLiteral("tab%1").arg(i)), t->tabText(i));
        }
        for (const QTableWidget *t : m_window->findChildren<QTableWidget *>()) {
            for (int c = 0; c < t->columnCount(); ++c) {
                if (t->horizontalHeaderItem(c))
                    texts.insert(key(t, QStringLiteral("header%1").arg(c)), t->horizontalHeaderItem(c)->text());
            }
        }
        for (const TimeChart *c : m_window->findChildren<TimeChart *>())
            texts.insert(key(c, QStringLiteral("title")), c->title());
        for (const QAction *a : m_window->findChildren<QAction *>())
            texts.insert(key(a, QStringLiteral("text")), a->text());
        for (const QDockWidget *d : m_window->findChildren<QDockWidget *>())
            texts.insert(key(d, QStringLiteral("title")), d->windowTitle());
        for (const QWidget *w : m_window->findChildren<QWidget *>()) {
            if (!w->accessibleDescription().isEmpty())
                texts.insert(key(w, QStringLiteral("description")), w->accessibleDescription());
        }
        return texts;
    }

    static bool hasHan(const QString &text)
    {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
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
        m_window->resize(1300, 900);
        m_window->show();
        bool loggedIn = false;
        m_connection->logIn(m_sim->user(), m_sim->password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));
        m_window->start();
    }

    void demoStartReachesAPopulatedOverview()
    {
        QSignalSpy first(m_window.get(), &MainWindow::firstDataShown);
        QVERIFY(first.count() > 0 || first.wait(15'000));
        const OverviewSnapshot &s = m_window->overview()->feed().snapshot();
        QVERIFY(QTest::qWaitFor(
            [&] { return !std::isnan(m_window->overview()->feed().snapshot().solarTodayKWh) && s.scheduler.has_value(); },
            10'000));
        QVERIFY(s.loadW > 0);
        QVERIFY(s.socPercent > 0 && s.socPercent <= 100);
        QVERIFY(s.capacityKWh > 60);
        auto *flow = m_window->findChild<PowerFlowWidget *>(QStringLiteral("powerFlow"));
        QVERIFY(flow);
        QVERIFY2(flow->describe().contains(QStringLiteral("Load")), qPrintable(flow->describe()));
        QVERIFY(!flow->describe().contains(QStringLiteral("no data")));
        // The site tree shows every device with a status.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QModelIndex pv = m_window->siteTree()->indexOfDevice(QStringLiteral("HERMES_PV000001"));
                return !pv.siblingAtColumn(SiteTreeModel::StatusColumn).data().toString().startsWith(QStringLiteral("—"));
            },
            10'000));
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("siteTree"));
        QVERIFY(tree);
        const QModelIndex k = m_window->siteTree()->indexOfDevice(QStringLiteral("HERMES_PV000001"));
        QVERIFY(tree->visualRect(k).height() > 8); // expanded and drawn, not collapsed to nothing
        m_window->grab().save(QStringLiteral("/tmp/tst_MainWindow_overview.png"));
    }

    void changingTheRangeIssuesTheExpectedQueryAndRedraws()
    {
        selectTab(QStringLiteral("powerPage"));
        ChartPanel *power = panel(QStringLiteral("power"), QStringLiteral("power/site"));
        QVERIFY(power);
        QVERIFY(QTest::qWaitFor([&] { return power->lastFetch().isValid(); }, 10'000));
        QSignalSpy sent(power, &ChartPanel::requestSent);
        QSignalSpy arrived(power, &ChartPanel::dataArrived);
        auto *sevenDays =
            m_window->rangeBar()->findChild<QAbstractButton *>(QStringLiteral("range_%1").arg(int(TimeRange::Preset::Last7Days)));
        QVERIFY(sevenDays);
        sevenDays->click();
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("domain_datas/query"));
        const QUrlQuery q = sent.at(0).at(1).value<QUrlQuery>();
        QCOMPARE(q.queryItemValue(QStringLiteral("every")), QStringLiteral("30m"));
        QCOMPARE(q.queryItemValue(QStringLiteral("timezone")), QStringLiteral("Asia/Taipei"));
        QCOMPARE(q.queryItemValue(QStringLiteral("domain_id")), QStringLiteral("187"));
        QCOMPARE(q.queryItemValue(QStringLiteral("organization_id")), QStringLiteral("182"));
        QVERIFY(q.queryItemValue(QStringLiteral("fields")).contains(QStringLiteral("SolarPower")));
        const QDateTime start =
            QDateTime::fromString(q.queryItemValue(QStringLiteral("start"), QUrl::FullyDecoded), Qt::ISODateWithMs);
        const QDateTime stop =
            QDateTime::fromString(q.queryItemValue(QStringLiteral("stop"), QUrl::FullyDecoded), Qt::ISODateWithMs);
        QVERIFY(std::abs(start.secsTo(stop) - 7 * 86400) < 5);
        QVERIFY(arrived.wait(10'000));
        QVERIFY(power->range().preset == TimeRange::Preset::Last7Days);
        QVERIFY(power->series().size() == 7); // the balance: four sources, three sinks
        QVERIFY(power->series().at(0).data.size() > 100); // 7 days of 30-minute means
    }

    void autoRefreshKeepsTheZoom()
    {
        ChartPanel *power = panel(QStringLiteral("power"), QStringLiteral("power/site"));
        TimeChart *chart = power->chart();
        const TimeInterval full = chart->visibleRange();
        chart->zoomBy(0.25, full.fromMs + full.span() / 2);
        const TimeInterval zoomed = chart->visibleRange();
        QVERIFY(zoomed.span() < full.span() / 2);
        QSignalSpy arrived(power, &ChartPanel::dataArrived);
        m_window->refreshNow();
        QVERIFY(arrived.wait(10'000));
        QCOMPARE(chart->visibleRange(), zoomed);
        chart->resetZoom();
        QVERIFY(chart->visibleRange().span() > zoomed.span());
    }

    void aServerFaultShowsTheBannerAndKeepsTheData_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("inBanner");
        QTest::newRow("HTTP 500") << QStringLiteral("error_500_share") << QStringLiteral("500");
        // A 200 whose body is not JSON: the reply is refused as unreadable, not shown as data.
        QTest::newRow("malformed JSON") << QStringLiteral("malformed_json_share") << QStringLiteral("could not be read");
    }
    void aServerFaultShowsTheBannerAndKeepsTheData()
    {
        QFETCH(QString, fault);
        QFETCH(QString, inBanner);
        ChartPanel *power = panel(QStringLiteral("power"), QStringLiteral("power/site"));
        const QList<ChartSeries> before = power->series();
        QVERIFY(!before.isEmpty() && !before.at(0).data.isEmpty());
        bool faultSet = false;
        m_sim->runOnSim([&](SimSite &, SimServer &server) { faultSet = server.setFaults({{fault, 1.0}}).ok(); });
        QVERIFY(faultSet);
        QSignalSpy failed(power, &ChartPanel::failed);
        m_window->refreshNow();
        QVERIFY(failed.wait(15'000));
        QVERIFY(QTest::qWaitFor([&] { return !m_window->bannerText().isEmpty(); }, 5000));
        if (!inBanner.isEmpty())
            QVERIFY2(m_window->bannerText().contains(inBanner), qPrintable(m_window->bannerText()));
        // The last data stays, point for point.
        QCOMPARE(power->series().size(), before.size());
        QCOMPARE(power->series().at(0).data.size(), before.at(0).data.size());
        QCOMPARE(power->series().at(0).data.lastTime(), before.at(0).data.lastTime());
        m_window->grab().save(QStringLiteral("/tmp/tst_MainWindow_banner.png"));
        m_sim->runOnSim([](SimSite &, SimServer &server) { server.resetFaults(); });
        QSignalSpy arrived(power, &ChartPanel::dataArrived);
        m_window->refreshNow();
        QVERIFY(arrived.wait(15'000));
        QVERIFY(QTest::qWaitFor([&] { return m_window->bannerText().isEmpty(); }, 5000));
    }

    void aDeviceFromTheTreeGetsItsOwnCharts()
    {
        m_window->showDevice(QStringLiteral("HERMES_SP000001"));
        ChartPage *device = m_window->chartPage(QStringLiteral("device"));
        QCOMPARE(device->panels().size(), 1);
        QSignalSpy arrived(device->panels().first(), &ChartPanel::dataArrived);
        QVERIFY(arrived.wait(10'000));
        QCOMPARE(device->panels().first()->series().first().unit, QStringLiteral("W/m²"));
        m_window->grab().save(QStringLiteral("/tmp/tst_MainWindow_device.png"));
    }

    void aChartExportsToEveryFormat()
    {
        ChartPanel *power = panel(QStringLiteral("power"), QStringLiteral("power/site"));
        QVERIFY(!power->series().isEmpty());
        QCOMPARE(power->model(), power->chart()->model()); // the table shows the chart's own data
        const QString png = m_dir.filePath(QStringLiteral("power.png"));
        QVERIFY(ChartExporter::save(*power->chart(), png).ok);
        QCOMPARE(QImage(png).size(), power->chart()->size() * 2);
        const QString svg = m_dir.filePath(QStringLiteral("power.svg"));
        QVERIFY(ChartExporter::save(*power->chart(), svg).ok);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svgFile);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString pdf = m_dir.filePath(QStringLiteral("power.pdf"));
        QVERIFY(ChartExporter::save(*power->chart(), pdf).ok);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5).startsWith("%PDF"));
        const QString csv = m_dir.filePath(QStringLiteral("power.csv"));
        QVERIFY(ChartExporter::saveCsv(*power->model(), csv).ok);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().contains(QStringLiteral("Asia/Taipei")));
        QVERIFY(lines.first().contains(QStringLiteral("(kW)"))); // power reads in kW, as on the chart
        QCOMPARE(lines.size() - 1, power->model()->rowCount());
    }

    void shortcutsWorkOnEveryLinuxDesktop()
    {
        // Qt binds Preferences only on macOS; Ctrl+, and Ctrl+Q are what other apps use here.
        const auto keysOf = [this](const char *name) {
            auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
            return action ? action->shortcuts() : QList<QKeySequence>{};
        };
        QVERIFY(keysOf("actionSettings").contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        QVERIFY(keysOf("actionQuit").contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QVERIFY(keysOf("actionExportReport").contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)));
        QVERIFY(keysOf("actionRefresh").contains(QKeySequence(Qt::Key_F5)));
    }

    void theReportHoldsTheLoadedCharts()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        std::optional<ExportResult> result;
        m_window->exportReport(path, [&](const ExportResult &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 60'000));
        QVERIFY2(result->ok, qPrintable(result->error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5).startsWith("%PDF"));
    }

    void theLanguageSwitchesWhileRunning()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(tabs);
        ChartPanel *power = panel(QStringLiteral("power"), QStringLiteral("power/site"));
        const QString englishTitle = power->chart()->title();
        Translations::apply(QStringLiteral("zh_TW"));
        // Widgets hear of the new language through the event loop, as in the app.
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("總覽"));
        QVERIFY(power->chart()->title() != englishTitle);
        QVERIFY2(power->chart()->title().contains(QStringLiteral("功率")), qPrintable(power->chart()->title()));
        m_window->grab().save(QStringLiteral("/tmp/tst_MainWindow_zh_TW.png"));
        Translations::apply(QStringLiteral("en"));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Overview"));
        QCOMPARE(power->chart()->title(), englishTitle);
    }

    void aLanguageSwitchLeavesNoStringInTheOldLanguage()
    {
        selectTab(QStringLiteral("schedulePage")); // every page has been shown
        QTest::qWait(1500);
        selectTab(QStringLiteral("overviewPage"));
        const QHash<QString, QString> english = shownTexts();
        Translations::apply(QStringLiteral("zh_TW"));
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("總覽"));
        QTest::qWait(300);
        const QHash<QString, QString> chinese = shownTexts();
        Translations::apply(QStringLiteral("en"));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Overview"));
        QTest::qWait(300);
        const QHash<QString, QString> back = shownTexts();
        // A text still as it was in Chinese, and not so before the switch, was not retranslated.
        QStringList stale;
        for (auto it = back.cbegin(); it != back.cend(); ++it) {
            const QString zh = chinese.value(it.key());
            if (hasHan(it.value()) && it.value() == zh && english.value(it.key()) != zh)
                stale.append(it.key() + QStringLiteral(" = ") + it.value());
        }
        QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QLatin1Char('\n'))));
    }

    void theChineseBannerIsChineseButForTheServersQuotedWords()
    {
        Translations::apply(QStringLiteral("zh_TW"));
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("總覽"));
        bool faultSet = false;
        m_sim->runOnSim([&](SimSite &, SimServer &server) {
            faultSet = server.setFaults({{QStringLiteral("error_500_share"), 1.0}}).ok();
        });
        QVERIFY(faultSet);
        m_window->refreshNow();
        QVERIFY(QTest::qWaitFor([&] { return !m_window->bannerText().isEmpty(); }, 15'000));
        const QString banner = m_window->bannerText();
        m_sim->runOnSim([](SimSite &, SimServer &server) { server.resetFaults(); });
        // The server's own words stand in quotes; everything else is in the operator's language.
        QString ours = banner;
        ours.remove(QRegularExpression(QStringLiteral("「[^」]*」|“[^”]*”")));
        ours.remove(QRegularExpression(QStringLiteral("\\b(HTTP|JSON|HTML|URL|API|AEGIS)\\b")));
        const bool english = ours.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")));
        Translations::apply(QStringLiteral("en"));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Overview"));
        // Back in English, the banner is English again.
        QVERIFY2(m_window->bannerText().isEmpty() || !hasHan(m_window->bannerText().section(QStringLiteral("“"), 0, 0)),
                 qPrintable(m_window->bannerText()));
        QVERIFY2(!english, qPrintable(banner));
        qInfo().noquote() << "banner:" << banner;
        m_window->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bannerText().isEmpty(), 15'000);
    }

    void powerReadsInKwInTheChartTheTableAndTheCsv()
    {
        selectTab(QStringLiteral("powerPage"));
        auto *last24 = m_window->rangeBar()->findChild<QAbstractButton *>(
            QStringLiteral("range_%1").arg(int(TimeRange::Preset::Last24Hours)));
        QVERIFY(last24);
        ChartPanel *power = panel(QStringLiteral("power"), QStringLiteral("power/site"));
        QSignalSpy arrived(power, &ChartPanel::dataArrived);
        last24->click();
        QVERIFY(arrived.wait(15'000));
        for (const ChartSeries &s : power->series())
            QCOMPARE(s.unit, QStringLiteral("kW"));
        const TimeSeriesTableModel *model = power->chart()->model();
        QVERIFY(model->rowCount() > 100);
        for (int c = 1; c < model->columnCount(); ++c)
            QVERIFY2(model->headerData(c, Qt::Horizontal).toString().endsWith(QStringLiteral("(kW)")),
                     qPrintable(model->headerData(c, Qt::Horizontal).toString()));
        // The last 24 h start at an odd minute; the first row is still on its 5-minute bucket.
        const qint64 first = model->timeAt(0);
        QCOMPARE(first % (5 * 60'000), 0);
        QCOMPARE(model->timeAt(1) - first, 5 * 60'000);
        const QStringList lines = QString::fromUtf8(ChartExporter::csv(*model)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 100);
        QVERIFY2(lines.at(0).contains(QStringLiteral("Solar (kW)")) && !lines.at(0).contains(QStringLiteral("(W)")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).section(QLatin1Char(','), 0, 0).endsWith(QStringLiteral(":00")), qPrintable(lines.at(1)));
        const QRegularExpression tooLong(QStringLiteral("\\.[0-9]{4,}"));
        for (const QString &line : lines.mid(1))
            QVERIFY2(!line.contains(tooLong), qPrintable(line)); // kW to the watt, no float noise
        auto *today =
            m_window->rangeBar()->findChild<QAbstractButton *>(QStringLiteral("range_%1").arg(int(TimeRange::Preset::Today)));
        today->click();
        QVERIFY(arrived.wait(15'000));
    }

    void savedDataShowsAtStartUntilFreshDataArrives()
    {
        // The server is down at the next start: the views show what the last run fetched,
        // marked as saved data with its age.
        m_sim->runOnSim([](SimSite &, SimServer &server) {
            QVERIFY(server.setFaults({{QStringLiteral("error_500_share"), 1.0}}).ok());
        });
        SiteSettings settings(m_dir.filePath(QStringLiteral("restart.ini")));
        SiteConnection connection(settings, m_cache.get());
        connection.setDemo(true);
        connection.setBaseUrl(m_sim->baseUrl());
        MainWindow window(connection, SystemClock::instance());
        window.resize(1300, 900);
        window.show();
        window.start();
        const auto &snapshot = [&]() -> const OverviewSnapshot & { return window.overview()->feed().snapshot(); };
        QVERIFY(QTest::qWaitFor([&] { return snapshot().fromCache && !std::isnan(snapshot().loadW); }, 10'000));
        QVERIFY(snapshot().loadW > 0);
        auto *flow = window.findChild<PowerFlowWidget *>(QStringLiteral("powerFlow"));
        QVERIFY(flow);
        QVERIFY(QTest::qWaitFor([&] { return flow->isStale(); }, 5000));
        ChartPanel *power = nullptr;
        for (ChartPanel *p : window.chartPage(QStringLiteral("power"))->panels()) {
            if (p->definition().id == u"power/site")
                power = p;
        }
        QVERIFY(power);
        QVERIFY(QTest::qWaitFor([&] { return !power->series().isEmpty(); }, 10'000));
        QVERIFY(power->chart()->isStale());
        QVERIFY2(power->chart()->noticeText().contains(QStringLiteral("Saved data")), qPrintable(power->chart()->noticeText()));
        window.grab().save(QStringLiteral("/tmp/tst_MainWindow_saved.png"));
        // Another server's saved views are not shown for this one.
        SiteSettings otherSettings(m_dir.filePath(QStringLiteral("other.ini")));
        SiteConnection other(otherSettings, m_cache.get());
        other.setBaseUrl(QUrl(QStringLiteral("http://aegis.example.invalid/api")));
        bool cached = false;
        other.queries().runCached(QStringLiteral("overview/latest"), this, [&](const QueryRunner::Reply &) { cached = true; });
        QTest::qWait(200);
        QVERIFY(!cached);
        m_sim->runOnSim([](SimSite &, SimServer &server) { server.resetFaults(); });
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
