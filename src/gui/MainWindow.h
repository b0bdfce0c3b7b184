#pragma once

#include "client/ApiError.h"
#include "gui/charts/TimeRange.h"
#include "gui/timechart/TimeZoom.h"

#include <QDateTime>
#include <QMainWindow>
#include <functional>

class BemsExporter;
class ChartPage;
class ChartPanel;
class Clock;
class ExportNotice;
class GridCostSummary;
struct ExportResult;
class OverviewPage;
class QLabel;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeView;
class ReportMaker;
class SchedulePage;
class SiteConnection;
class SiteTreeFeed;
class SiteTreeModel;
class TimeRangeBar;

// The monitoring half of the app (docs/product.md "The screens"): the site tree docked on the left,
// the shared time-range bar across the top (always there, so the tabs never move), a non-modal
// banner for failures under them, and a status bar with the server, the user, the last update
// and how old the data is. Size, dock and range are kept for the next start.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(SiteConnection &connection, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    OverviewPage *overview() const { return m_overview; }
    ChartPage *chartPage(const QString &name) const; // "power", "battery", "solar", "energy", "meters", "device"
    SchedulePage *schedulePage() const { return m_schedule; }
    GridCostSummary *gridCost() const { return m_gridCost; }
    TimeRangeBar *rangeBar() const { return m_rangeBar; }
    SiteTreeModel *siteTree() const { return m_treeModel; }
    QString bannerText() const;
    QList<ChartPanel *> allChartPanels() const;

    // After login: saved data at once, then fresh data, then every refresh period.
    void start();
    void refreshNow();
    void showDevice(const QString &deviceName);
    // The PDF report of the range bar's range (ReportMaker); `done` when written or failed.
    void exportReport(const QString &path, std::function<void(const ExportResult &)> done);
    ReportMaker *reportMaker() const { return m_reportMaker; }
    // One chart to PNG/SVG/PDF/CSV by the path's suffix; the status bar says where it went.
    bool exportChartTo(ChartPanel *panel, const QString &path, QString *error);
    // "K館_2026-11-07_2026-12-06_<what>.<suffix>" for the range bar's range.
    QString exportFileName(const QString &what, const QString &suffix) const;
    ExportNotice *exportNotice() const { return m_exportNotice; }
    // The site's quarter-hours of the range bar's range as a BEMS file (BemsExporter); the status
    // bar says where it went.
    void exportBems(const QString &path, std::function<void(const ExportResult &)> done);
    // How "Export BEMS CSV…" asks for the file: QFileDialog::getSaveFileName unless a test
    // chooses (parent, title, suggested path, filter → path; empty = cancelled).
    using SavePathChooser = std::function<QString(QWidget *, const QString &, const QString &, const QString &)>;
    void setSavePathChooser(SavePathChooser chooser) { m_savePathChooser = std::move(chooser); }

signals:
    void firstDataShown();

private:
    void buildMenus();
    void buildStatusBar();
    void loadCurrentPage();
    void onRangeChanged(const TimeRange &range);
    void onViewChanged(TimeInterval view);
    void step(int direction);
    void restoreLayout();
    void saveLayout();
    void closeEvent(QCloseEvent *event) override;
    void onSiteZoneChanged(const QTimeZone &zone);
    void onDataArrived(const QDateTime &fetchedAt, bool fromCache);
    void onFailure(const ApiError &error);
    void showBanner(const ApiError &error);
    void hideBanner();
    void tick();
    void exportChart(ChartPanel *panel);
    void exportReportInteractively();
    void exportBemsInteractively();
    void openSettings();
    void applyRefreshPeriod();
    void retranslate();
    void changeEvent(QEvent *event) override;
    qint64 staleAfterSeconds() const;

    SiteConnection &m_connection;
    const Clock &m_clock;
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    QList<QPair<QString, ChartPage *>> m_chartPages;
    ChartPage *m_devicePage;
    GridCostSummary *m_gridCost; // the Energy page's money, above its cost chart
    SchedulePage *m_schedule;
    TimeRangeBar *m_rangeBar;
    QWidget *m_banner;
    QLabel *m_bannerText;
    ApiError m_bannerError;
    QToolButton *m_bannerClose;
    QTreeView *m_tree;
    SiteTreeModel *m_treeModel;
    SiteTreeFeed *m_treeFeed;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_updateLabel;
    ExportNotice *m_exportNotice;
    ReportMaker *m_reportMaker;
    BemsExporter *m_bemsExporter;
    SavePathChooser m_savePathChooser;
    QString m_exportFolder; // where the last export went: the next one starts there
    QTimer *m_refreshTimer;
    QTimer *m_ticker;
    QDateTime m_lastUpdate;
    TimeInterval m_view; // the part of the range every chart page shows; invalid: all
    TimeRange m_shownRange; // the range m_view belongs to
    QString m_deviceShown;
    bool m_firstDataSignalled = false;
};
