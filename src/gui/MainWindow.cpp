#include "gui/MainWindow.h"

#include "core/Clock.h"
#include "gui/charts/ChartPage.h"
#include "gui/charts/ChartPanel.h"
#include "gui/charts/TimeRangeBar.h"
#include "gui/common/MessageSink.h"
#include "gui/common/Shortcuts.h"
#include "gui/common/TimeSpanText.h"
#include "gui/common/Translations.h"
#include "gui/cost/GridCostSummary.h"
#include "gui/overview/OverviewPage.h"
#include "gui/report/BemsExporter.h"
#include "gui/report/ExportNotice.h"
#include "gui/report/ReportMaker.h"
#include "gui/report/ReportPeriod.h"
#include "gui/schedule/SchedulePage.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SettingsDialog.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/SiteTreeFeed.h"
#include "gui/site/SiteTreeModel.h"
#include "gui/tariff/TariffSettingsDialog.h"
#include "gui/timechart/ChartExporter.h"
#include "gui/timechart/TimeChart.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

enum Tab { OverviewTab, PowerTab, BatteryTab, SolarTab, EnergyTab, MetersTab, ScheduleTab, DeviceTab };

QScrollArea *scrolling(QWidget *page)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

} // namespace

MainWindow::MainWindow(SiteConnection &connection, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(connection, clock, connection.siteZone(), this))
    , m_devicePage(new ChartPage({}, connection, this))
    , m_gridCost(new GridCostSummary(connection.settings(), TariffSettingsDialog::defaultPlansDirectory(), this))
    , m_schedule(new SchedulePage(connection, clock, this))
    , m_rangeBar(new TimeRangeBar(clock, connection.siteZone(), this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerClose(new QToolButton(m_banner))
    , m_tree(new QTreeView(this))
    , m_treeModel(new SiteTreeModel(SiteLayout::buildingK(), this))
    , m_treeFeed(new SiteTreeFeed(connection, this))
    , m_serverLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_updateLabel(new QLabel(this))
    , m_exportNotice(new ExportNotice(this))
    , m_reportMaker(new ReportMaker(connection, clock, this))
    , m_bemsExporter(new BemsExporter(connection, clock, this))
    , m_exportFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
    , m_refreshTimer(new QTimer(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_rangeBar->setObjectName(QStringLiteral("rangeBar"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_bannerText->setObjectName(QStringLiteral("bannerText"));

    m_chartPages = {{QStringLiteral("power"), new ChartPage(ChartCatalog::power(), connection, this)},
                    {QStringLiteral("battery"), new ChartPage(ChartCatalog::battery(), connection, this)},
                    {QStringLiteral("solar"), new ChartPage(ChartCatalog::solar(), connection, this)},
                    {QStringLiteral("energy"), new ChartPage(ChartCatalog::energy() << m_gridCost->chart(), connection, this)},
                    {QStringLiteral("meters"), new ChartPage(ChartCatalog::meters(), connection, this)},
                    {QStringLiteral("device"), m_devicePage}};
    // Pages taller than a 1280×800 screen allows scroll instead of growing the window.
    m_tabs->addTab(scrolling(m_overview), QString());
    for (qsizetype i = 0; i < m_chartPages.size() - 1; ++i)
        m_tabs->addTab(m_chartPages.at(i).second, QString());
    m_tabs->addTab(scrolling(m_schedule), QString());
    for (const auto &[name, page] : m_chartPages) {
        page->setObjectName(name + QStringLiteral("Page"));
        connect(page, &ChartPage::dataArrived, this, &MainWindow::onDataArrived);
        connect(page, &ChartPage::failed, this, &MainWindow::onFailure);
        connect(page, &ChartPage::exportRequested, this, &MainWindow::exportChart);
        connect(page, &ChartPage::viewChanged, this, &MainWindow::onViewChanged);
    }
    m_devicePage->hide();
    ChartPage *energy = chartPage(QStringLiteral("energy"));
    energy->insertAbove(energy->panels().constLast(), m_gridCost);
    m_gridCost->attach(energy->panels().constLast());
    connect(m_overview, &OverviewPage::dataArrived, this, &MainWindow::onDataArrived);
    connect(m_overview, &OverviewPage::failed, this, &MainWindow::onFailure);
    connect(m_overview, &OverviewPage::tariffSettingsRequested, this, [this] {
        if (QAction *a = findChild<QAction *>(QStringLiteral("actionTariffSettings")))
            a->trigger();
    });
    connect(m_schedule, &SchedulePage::dataArrived, this, &MainWindow::onDataArrived);
    connect(m_schedule, &SchedulePage::failed, this, &MainWindow::onFailure);

    // The banner: failures show here, non-modally, over data that stays visible.
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 6, 6);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerClose);
    m_bannerClose->setAutoRaise(true);
    m_banner->setAutoFillBackground(true);
    QPalette warn = m_banner->palette();
    warn.setColor(QPalette::Window, QColor(0xFF, 0xF3, 0xCD));
    warn.setColor(QPalette::WindowText, QColor(0x5C, 0x45, 0x00));
    m_banner->setPalette(warn);
    m_banner->hide();
    connect(m_bannerClose, &QToolButton::clicked, this, &MainWindow::hideBanner);

    // One header row across the window, over the site tree too, so the bar has room at 1280 px
    // and the tabs under it never move; it cannot be moved, floated or hidden.
    auto *header = new QToolBar(this);
    header->setObjectName(QStringLiteral("rangeToolBar"));
    header->setMovable(false);
    header->setFloatable(false);
    header->toggleViewAction()->setVisible(false);
    header->addWidget(m_rangeBar);
    addToolBar(Qt::TopToolBarArea, header);

    // The banner comes and goes under the pages, so nothing above it moves.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_banner);
    setCentralWidget(central);

    m_tree->setObjectName(QStringLiteral("siteTree"));
    m_tree->setModel(m_treeModel);
    m_tree->expandAll();
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(SiteTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(SiteTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    m_tree->setIndentation(14);
    auto *dock = new QDockWidget(this);
    dock->setObjectName(QStringLiteral("siteDock"));
    dock->setWidget(m_tree);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString device = index.data(SiteTreeModel::DeviceNameRole).toString();
        if (!device.isEmpty())
            showDevice(device);
    });
    connect(m_tree, &QTreeView::clicked, m_tree, &QTreeView::activated);
    connect(m_treeFeed, &SiteTreeFeed::statusRead, m_treeModel, &SiteTreeModel::setStatus);
    connect(m_treeFeed, &SiteTreeFeed::meterTypeRead, m_treeModel, &SiteTreeModel::setMeterType);

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::loadCurrentPage);
    connect(m_rangeBar, &TimeRangeBar::rangeChanged, this, &MainWindow::onRangeChanged);
    connect(m_rangeBar, &TimeRangeBar::stepRequested, this, &MainWindow::step);
    connect(&m_connection, &SiteConnection::siteZoneChanged, this, &MainWindow::onSiteZoneChanged);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshNow);
    connect(m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker->start(1000);

    buildMenus();
    buildStatusBar();
    retranslate();
    resize(1280, 760); // a 1280×800 screen with its panel
    restoreLayout();
    m_shownRange = m_rangeBar->range();
    loadCurrentPage();
}

MainWindow::~MainWindow() = default;

ChartPage *MainWindow::chartPage(const QString &name) const
{
    for (const auto &[n, page] : m_chartPages) {
        if (n == name)
            return page;
    }
    return nullptr;
}

QList<ChartPanel *> MainWindow::allChartPanels() const
{
    QList<ChartPanel *> out;
    for (const auto &[name, page] : m_chartPages) {
        if (page != m_devicePage || !m_deviceShown.isEmpty())
            out.append(page->panels());
    }
    return out;
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_bannerText->text() : QString();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *report = file->addAction(QString(), this, &MainWindow::exportReportInteractively);
    report->setObjectName(QStringLiteral("actionExportReport"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    // The same action on the Energy page, over the range shown.
    QAction *bems = file->addAction(QString(), this, &MainWindow::exportBemsInteractively);
    bems->setObjectName(QStringLiteral("actionExportBems"));
    chartPage(QStringLiteral("energy"))->addPageAction(bems);
    file->addSeparator();
    QAction *quit = file->addAction(QString(), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    Shortcuts::set(quit, QKeySequence::Quit, {QKeySequence(Qt::CTRL | Qt::Key_Q)});

    QMenu *view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *refresh = view->addAction(QString(), this, &MainWindow::refreshNow);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("siteDock"))) {
        QAction *tree = dock->toggleViewAction();
        tree->setObjectName(QStringLiteral("actionShowSiteTree"));
        tree->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        view->addAction(tree);
    }

    QMenu *tools = menuBar()->addMenu(QString());
    tools->setObjectName(QStringLiteral("toolsMenu"));
    QAction *settings = tools->addAction(QString(), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    Shortcuts::set(settings, QKeySequence::Preferences, {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    QAction *tariff = tools->addAction(QString(), this, [this] {
        TariffSettingsDialog dialog(m_connection.settings(), TariffSettingsDialog::defaultPlansDirectory(), this);
        dialog.setCredentials(m_connection.credentials());
        if (m_connection.isDemo())
            dialog.setDemoEndpoint(m_connection.demoGridOperator().url);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_gridCost->readPlan(); // and the page priced anew by it
        m_overview->tariffSettingsChanged();
        m_overview->refresh();
        loadCurrentPage();
    });
    tariff->setObjectName(QStringLiteral("actionTariffSettings"));
    connect(m_gridCost, &GridCostSummary::tariffSettingsRequested, tariff, &QAction::trigger);

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(QString(), this, [this] {
        MessageSink::show(
            this, MessageSink::Level::Information, tr("About AEGIS Console"),
            tr("AEGIS Console %1\nMonitoring and battery scheduling for building K of the Shalun green-energy campus.")
                .arg(QCoreApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::buildStatusBar()
{
    m_serverLabel->setObjectName(QStringLiteral("statusServer"));
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_updateLabel->setObjectName(QStringLiteral("statusUpdate"));
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_exportNotice);
    statusBar()->addPermanentWidget(m_updateLabel);
}

void MainWindow::start()
{
    // Wide enough for a device's name, type and status side by side; asked for once the window
    // is laid out, since a dock's size before that is not kept.
    if (m_connection.settings().windowLayout().state.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (auto *dock = findChild<QDockWidget *>(QStringLiteral("siteDock")))
                resizeDocks({dock}, {std::min(width() / 3, 400)}, Qt::Horizontal);
        });
    }
    m_overview->showCached();
    for (const auto &[name, page] : m_chartPages)
        page->showCached(m_rangeBar->range());
    applyRefreshPeriod();
    refreshNow();
    m_treeFeed->refresh();
    retranslate();
}

void MainWindow::applyRefreshPeriod()
{
    m_refreshTimer->start(std::chrono::seconds(m_connection.refreshSeconds()));
}

void MainWindow::refreshNow()
{
    m_rangeBar->refresh();
    m_overview->refresh();
    loadCurrentPage();
    m_treeFeed->refresh();
}

void MainWindow::loadCurrentPage()
{
    QWidget *current = m_tabs->currentWidget();
    // Always there, so the tabs under it never move; it applies to the chart pages only.
    m_rangeBar->setEnabled(current != m_tabs->widget(OverviewTab) && current != m_tabs->widget(ScheduleTab));
    if (current == m_tabs->widget(ScheduleTab)) {
        m_schedule->refresh();
        return;
    }
    for (const auto &[name, page] : m_chartPages) {
        if (page == current) {
            page->setView(m_view);
            page->load(m_rangeBar->range());
        }
    }
}

void MainWindow::onRangeChanged(const TimeRange &range)
{
    // Another range shows whole; the same preset moved to "now" (auto-refresh) keeps the view.
    if (range.preset != m_shownRange.preset || range.preset == TimeRange::Preset::Custom)
        m_view = {};
    m_shownRange = range;
    loadCurrentPage();
}

void MainWindow::onViewChanged(TimeInterval view)
{
    m_view = view;
}

void MainWindow::step(int direction)
{
    auto *page = qobject_cast<ChartPage *>(m_tabs->currentWidget());
    if (!page || !m_view.isValid()) {
        m_rangeBar->stepRange(direction);
        return;
    }
    // A zoomed view steps by its own span, inside the range.
    const qint64 shift = m_view.span() * (direction < 0 ? -1 : 1);
    page->setView({m_view.fromMs + shift, m_view.toMs + shift});
    m_view = page->view(); // held inside the range at its ends
    page->setView(m_view);
}

void MainWindow::restoreLayout()
{
    const WindowLayout saved = m_connection.settings().windowLayout();
    if (!saved.geometry.isEmpty())
        restoreGeometry(saved.geometry);
    if (!saved.state.isEmpty())
        restoreState(saved.state);
    const auto preset = TimeRange::Preset(saved.rangePreset);
    if (preset == TimeRange::Preset::Custom)
        m_rangeBar->setCustomDays(saved.firstDay, saved.lastDay);
    else if (saved.rangePreset >= 0 && saved.rangePreset <= int(TimeRange::Preset::Yesterday))
        m_rangeBar->setPreset(preset);
}

void MainWindow::saveLayout()
{
    const TimeRange &range = m_rangeBar->range();
    WindowLayout layout;
    layout.geometry = saveGeometry();
    layout.state = saveState();
    layout.rangePreset = int(range.preset);
    layout.firstDay = range.firstDay();
    layout.lastDay = range.lastDay();
    m_connection.settings().setWindowLayout(layout);
    m_connection.settings().sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::onSiteZoneChanged(const QTimeZone &zone)
{
    // The charts follow the range bar's zone; the overview's "today" is asked for again.
    m_overview->feed().setZone(zone);
    m_rangeBar->setZone(zone);
    m_overview->refresh();
    tick();
}

void MainWindow::showDevice(const QString &deviceName)
{
    const SiteLayout::Device *device = m_treeModel->layout().device(deviceName);
    if (!device)
        return;
    if (m_deviceShown != deviceName) {
        m_deviceShown = deviceName;
        m_devicePage->setCharts(ChartCatalog::device(device->name, device->output));
    }
    if (m_tabs->indexOf(m_devicePage) < 0)
        m_tabs->addTab(m_devicePage, QString());
    m_tabs->setTabText(m_tabs->indexOf(m_devicePage), deviceName);
    m_tabs->setCurrentWidget(m_devicePage);
    loadCurrentPage();
}

void MainWindow::onDataArrived(const QDateTime &fetchedAt, bool fromCache)
{
    if (!fromCache) {
        m_lastUpdate = std::max(m_lastUpdate, fetchedAt);
        hideBanner();
    } else if (!m_lastUpdate.isValid()) {
        m_lastUpdate = fetchedAt;
    }
    if (!m_firstDataSignalled && !fromCache) {
        m_firstDataSignalled = true;
        emit firstDataShown();
    }
    tick();
}

void MainWindow::onFailure(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    showBanner(error);
}

void MainWindow::showBanner(const ApiError &error)
{
    m_bannerError = error; // kept to say it again in another language
    m_bannerText->setText(tr("Could not update: %1 The data shown is from the last successful update.").arg(error.message()));
    m_banner->show();
}

void MainWindow::hideBanner()
{
    m_banner->hide();
}

qint64 MainWindow::staleAfterSeconds() const
{
    // Two missed refreshes make data stale.
    return 2LL * m_connection.refreshSeconds() + 5;
}

void MainWindow::tick()
{
    // Data ages in wall-clock time (when it was fetched), even when the site's clock runs faster
    // (an accelerated demo).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastUpdate.isValid()) {
        const qint64 age = std::max<qint64>(0, m_lastUpdate.secsTo(now));
        const bool stale = age > staleAfterSeconds();
        m_updateLabel->setText(
            stale ? tr("Last update %1 (%2, stale)")
                        .arg(QLocale().toString(m_lastUpdate.toTimeZone(m_connection.siteZone()), QStringLiteral("HH:mm:ss")),
                             TimeSpanText::ago(age))
                  : tr("Last update %1 (%2)")
                        .arg(QLocale().toString(m_lastUpdate.toTimeZone(m_connection.siteZone()), QStringLiteral("HH:mm:ss")),
                             TimeSpanText::ago(age)));
    } else {
        m_updateLabel->setText(tr("No data yet"));
    }
    m_overview->updateStaleness(staleAfterSeconds());
    for (const auto &[name, page] : m_chartPages)
        page->updateStaleness(staleAfterSeconds(), now);
}

QString MainWindow::exportFileName(const QString &what, const QString &suffix) const
{
    return ReportPeriod::fileName(ReportMaker::siteName(m_connection), m_rangeBar->range(), what, suffix);
}

void MainWindow::exportChart(ChartPanel *panel)
{
    const QString filters = tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)");
    QString selected;
    const QString suggested = QDir(m_exportFolder).filePath(exportFileName(panel->title(), QStringLiteral("png")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export “%1”").arg(panel->title()), suggested, filters, &selected);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChartTo(panel, path, &error))
        MessageSink::show(this, MessageSink::Level::Warning, tr("Export failed"), error);
}

bool MainWindow::exportChartTo(ChartPanel *panel, const QString &path, QString *error)
{
    // A file read away from the app says whose data and which period it shows.
    TimeChart *chart = panel->chart();
    const QString title = chart->title();
    chart->setTitle(tr("%1 — %2, %3").arg(title, ReportMaker::siteName(m_connection), ReportPeriod::text(m_rangeBar->range())));
    const ExportResult result = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
        ? ChartExporter::saveCsv(*panel->model(), path)
        : ChartExporter::save(*chart, path);
    chart->setTitle(title);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    m_exportFolder = QFileInfo(path).absolutePath();
    m_exportNotice->showSaved(path);
    return true;
}

void MainWindow::exportReport(const QString &path, std::function<void(const ExportResult &)> done)
{
    // The report asks for its own data over the range: charts never shown and the on-screen
    // zoom play no part.
    if (m_reportMaker->isBusy()) {
        if (done)
            done(ExportResult::failure(tr("A report is being written already; try again when it is done.")));
        return;
    }
    m_reportMaker->write(path, m_rangeBar->range(), [this, path, done](const ExportResult &result) {
        if (result.ok) {
            m_exportFolder = QFileInfo(path).absolutePath();
            m_exportNotice->showSaved(path);
        }
        if (done)
            done(result);
    });
}

void MainWindow::exportReportInteractively()
{
    const QString suggested = QDir(m_exportFolder).filePath(exportFileName(QStringLiteral("report"), QStringLiteral("pdf")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the report of all charts"), suggested, tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    statusBar()->showMessage(tr("Writing the report…"));
    exportReport(path, [this](const ExportResult &result) {
        statusBar()->clearMessage();
        if (!result.ok)
            MessageSink::show(this, MessageSink::Level::Warning, tr("Report failed"), result.error);
    });
}

void MainWindow::exportBems(const QString &path, std::function<void(const ExportResult &)> done)
{
    m_bemsExporter->write(path, m_rangeBar->range(), [this, path, done](const ExportResult &result) {
        if (result.ok) {
            m_exportFolder = QFileInfo(path).absolutePath();
            m_exportNotice->showSaved(path);
        }
        if (done)
            done(result);
    });
}

void MainWindow::exportBemsInteractively()
{
    const QString suggested = QDir(m_exportFolder).filePath(exportFileName(QStringLiteral("BEMS"), QStringLiteral("csv")));
    const QString title = tr("Export the site's 15-minute data for the trading platform (BEMS)");
    const QString filter = tr("BEMS CSV file (*.csv)");
    const QString path = m_savePathChooser ? m_savePathChooser(this, title, suggested, filter)
                                           : QFileDialog::getSaveFileName(this, title, suggested, filter);
    if (path.isEmpty())
        return;
    statusBar()->showMessage(tr("Writing the BEMS file…"));
    exportBems(path, [this](const ExportResult &result) {
        statusBar()->clearMessage();
        if (!result.ok)
            MessageSink::show(this, MessageSink::Level::Warning, tr("Export failed"), result.error);
    });
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_connection.settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SiteSettings &settings = m_connection.settings();
    if (!m_connection.isDemo() && settings.baseUrl() != m_connection.baseUrl()) {
        MessageSink::show(this, MessageSink::Level::Information, tr("Settings"),
                          tr("The new server address is used the next time you log in."));
    }
    Translations::apply(settings.language());
    m_schedule->setLimits(settings.scheduleLimits());
    m_overview->setBatteryLimits(settings.batteryLimits());
    applyRefreshPeriod();
    refreshNow();
}

void MainWindow::retranslate()
{
    // The platform adds the application's name after the title.
    setWindowTitle(m_connection.isDemo() ? tr("Building K (demo site)") : tr("Building K"));
    const QStringList names = {tr("Overview"), tr("Power"),  tr("Battery"), tr("Solar"),
                               tr("Energy"),   tr("Meters"), tr("Schedule")};
    for (int i = 0; i < names.size() && i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, names.at(i));
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
    for (QMenu *menu : menus) {
        const QString name = menu->objectName();
        if (name == u"fileMenu")
            menu->setTitle(tr("&File"));
        else if (name == u"viewMenu")
            menu->setTitle(tr("&View"));
        else if (name == u"toolsMenu")
            menu->setTitle(tr("&Tools"));
        else if (name == u"helpMenu")
            menu->setTitle(tr("&Help"));
    }
    if (QAction *a = findChild<QAction *>(QStringLiteral("actionExportReport")))
        a->setText(tr("Export &report of all charts (PDF)…"));
    if (QAction *a = findChild<QAction *>(QStringLiteral("actionExportBems"))) {
        a->setText(tr("Export &BEMS CSV…"));
        a->setToolTip(tr("Save the site's load, PV and net load of the range, every 15 minutes, in the energy-trading "
                         "platform's BEMS form"));
    }
    if (QAction *a = findChild<QAction *>(QStringLiteral("actionQuit")))
        a->setText(tr("&Quit"));
    if (QAction *a = findChild<QAction *>(QStringLiteral("actionRefresh")))
        a->setText(tr("&Refresh now"));
    if (QAction *a = findChild<QAction *>(QStringLiteral("actionShowSiteTree")))
        a->setText(tr("Site &tree"));
    if (QAction *a = findChild<QAction *>(QStringLiteral("actionSettings")))
        a->setText(tr("&Settings…"));
    if (QAction *a = findChild<QAction *>(QStringLiteral("actionTariffSettings")))
        a->setText(tr("&Tariff and grid…"));
    if (QAction *a = findChild<QAction *>(QStringLiteral("actionAbout")))
        a->setText(tr("&About AEGIS Console"));
    if (QDockWidget *dock = findChild<QDockWidget *>(QStringLiteral("siteDock")))
        dock->setWindowTitle(tr("Site"));
    m_bannerClose->setText(tr("Dismiss"));
    if (!m_banner->isHidden())
        showBanner(m_bannerError);
    m_serverLabel->setText(m_connection.isDemo() ? tr("Server: built-in demo site (%1)").arg(m_connection.baseUrl().authority())
                                                 : tr("Server: %1").arg(m_connection.baseUrl().host()));
    const SessionInfo &session = m_connection.client().session();
    m_userLabel->setText(session.userName.isEmpty() ? QString() : tr("User: %1").arg(session.userName));
    tick();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_devicePage->setCharts(m_deviceShown.isEmpty()
                                    ? QList<ChartDefinition>()
                                    : ChartCatalog::device(m_deviceShown, m_treeModel->layout().device(m_deviceShown)->output));
        loadCurrentPage();
    }
    QMainWindow::changeEvent(event);
}
