#pragma once

#include "client/ApiError.h"
#include "gui/charts/ChartDefinition.h"
#include "gui/timechart/TimeZoom.h"

#include <QDateTime>
#include <QWidget>

class QStackedWidget;
class QTableView;
class QTimer;
class QAction;
class QHBoxLayout;
class QToolButton;
class SiteConnection;
class TimeChart;
class TimeSeriesTableModel;

// One chart of a page with its title, its data also as a table, and its own export menu.
// Loading keeps the operator's zoom (TimeChart keeps it across new data). A zoomed view asks
// for the span on show at the finer resolution that span deserves (TimeRange::resolution()),
// keeping the coarse data on show until it arrives and around it (docs/product.md "Zoom").
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    ChartPanel(ChartDefinition definition, SiteConnection &connection, QWidget *parent = nullptr);

    const ChartDefinition &definition() const { return m_definition; }
    TimeChart *chart() const { return m_chart; }
    TimeSeriesTableModel *model() const { return m_model; }
    QString title() const;
    const QList<ChartSeries> &series() const { return m_series; }
    const TimeRange &range() const { return m_range; }
    QDateTime lastFetch() const { return m_fetchedAt; }

    void load(const TimeRange &range);
    void showCached(const TimeRange &range);
    void updateStaleness(qint64 staleAfterSeconds, const QDateTime &now);
    void showTable(bool table);

    // The part of the range on show: the page's charts share it (ChartPage); invalid = all.
    TimeInterval view() const { return m_view; }
    void setView(TimeInterval view);
    // A button for `action` in the header, left of the chart's own (a page's action, ChartPage).
    void addHeaderAction(QAction *action);

signals:
    // The operator zoomed, panned or reset this chart (invalid: the whole range).
    void viewChanged(TimeInterval view);
    void requestSent(const QString &path, const QUrlQuery &query);
    void dataArrived(const QDateTime &fetchedAt, bool fromCache);
    void failed(const ApiError &error);
    void exportRequested(ChartPanel *panel);

private:
    QString cacheKey(const TimeRange &range, int part = 0) const;
    struct Parts; // the replies of the chart's queries until all are in
    void apply(const QueryResult &result, const TimeRange &range, const QDateTime &fetchedAt, bool fromCache);
    void onChartViewChanged();
    void loadDetail();
    void dropDetail();
    void scheduleDetail();
    void applyDetail(const QueryResult &result, const TimeRange &detail);
    void draw();
    // "No data" for the range or for the part of it on show, else the chart's own message.
    void showMessage();
    // The series as the operator reads them: power in kW, meters named by their roles.
    QList<ChartSeries> presented(QList<ChartSeries> series, const QTimeZone &zone) const;
    void retranslate();
    void changeEvent(QEvent *event) override;

    ChartDefinition m_definition;
    SiteConnection &m_connection;
    QToolButton *m_tableButton;
    QToolButton *m_exportButton;
    QHBoxLayout *m_header = nullptr;
    QToolButton *m_resetButton;
    QStackedWidget *m_stack;
    TimeChart *m_chart;
    QTableView *m_table;
    TimeSeriesTableModel *m_model;
    QList<ChartSeries> m_series; // as drawn: the range's data with the detail of the view inside it
    QList<ChartSeries> m_coarse; // the whole range at its own resolution
    QList<ChartSeries> m_detail; // the view's span at its finer resolution, if zoomed
    TimeInterval m_detailSpan;
    TimeInterval m_view;
    bool m_drawing = false; // the chart's view moves because of new data, not the operator
    QTimer *m_detailTimer;
    bool m_detailAgain = false; // the view moved again while the timer ran
    TimeRange m_range;
    QDateTime m_fetchedAt;
    bool m_fromCache = false;
    QString m_message; // the chart's message now (setMessage redraws)
    QString m_lookMessage; // what the chart's definition says about its data
    bool m_fetchedOnce = false;
    quint64 m_generation = 0; // replies to an older range are dropped
    quint64 m_detailGeneration = 0; // and replies to an older view
};
