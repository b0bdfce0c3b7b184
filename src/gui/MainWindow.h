#pragma once

#include "client/ApiError.h"
#include "gui/charts/TimeRange.h"
#include "gui/timechart/TimeZoom.h"

#include <QDateTime>
#include <QMainWindow>

class ChartPage;
class ChartPanel;
class Clock;
class OverviewPage;
class QLabel;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeView;
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
    TimeRangeBar *rangeBar() const { return m_rangeBar; }
    SiteTreeModel *siteTree() const { return m_treeModel; }
    QString bannerText() const;
    QList<ChartPanel *> allChartPanels() const;

    // After login: saved data at once, then fresh data, then every refresh period.
    void start();
    void refreshNow();
    void showDevice(const QString &deviceName);
    bool exportReport(const QString &path, QString *error);

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
    void showBanner(const QString &text);
    void hideBanner();
    void tick();
    void exportChart(ChartPanel *panel);
    void exportReportInteractively();
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
    SchedulePage *m_schedule;
    TimeRangeBar *m_rangeBar;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QToolButton *m_bannerClose;
    QTreeView *m_tree;
    SiteTreeModel *m_treeModel;
    SiteTreeFeed *m_treeFeed;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_updateLabel;
    QTimer *m_refreshTimer;
    QTimer *m_ticker;
    QDateTime m_lastUpdate;
    TimeInterval m_view; // the part of the range every chart page shows; invalid: all
    TimeRange m_shownRange; // the range m_view belongs to
    QString m_deviceShown;
    bool m_firstDataSignalled = false;
};
