#pragma once

#include "client/ApiError.h"
#include "gui/charts/ChartDefinition.h"

#include <QDateTime>
#include <QWidget>

class QStackedWidget;
class QTableView;
class QToolButton;
class SiteConnection;
class TimeChart;
class TimeSeriesTableModel;

// One chart of a page with its title, its data also as a table, and its own export menu.
// Loading keeps the operator's zoom (TimeChart keeps it across new data).
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

signals:
    void requestSent(const QString &path, const QUrlQuery &query);
    void dataArrived(const QDateTime &fetchedAt, bool fromCache);
    void failed(const ApiError &error);
    void exportRequested(ChartPanel *panel);

private:
    QString cacheKey(const TimeRange &range, int part = 0) const;
    struct Parts; // the replies of the chart's queries until all are in
    void apply(const QueryResult &result, const TimeRange &range, const QDateTime &fetchedAt, bool fromCache);
    void retranslate();
    void changeEvent(QEvent *event) override;

    ChartDefinition m_definition;
    SiteConnection &m_connection;
    QToolButton *m_tableButton;
    QToolButton *m_exportButton;
    QToolButton *m_resetButton;
    QStackedWidget *m_stack;
    TimeChart *m_chart;
    QTableView *m_table;
    TimeSeriesTableModel *m_model;
    QList<ChartSeries> m_series;
    TimeRange m_range;
    QDateTime m_fetchedAt;
    bool m_fromCache = false;
    quint64 m_generation = 0; // replies to an older range are dropped
};
