#pragma once

#include "client/ApiError.h"
#include "gui/charts/ChartDefinition.h"
#include "gui/timechart/TimeZoom.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class ChartPanel;
class QAction;
class SiteConnection;
class QVBoxLayout;

// A page of charts (Power, Battery, Solar, Energy, Meters, a device) that all follow the
// shared time range and show one view of it: a zoom or pan on one chart moves them all.
class ChartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPage)

public:
    ChartPage(const QList<ChartDefinition> &charts, SiteConnection &connection, QWidget *parent = nullptr);

    const QList<ChartPanel *> &panels() const { return m_panels; }
    void setCharts(const QList<ChartDefinition> &charts); // a device page shows another device
    // A widget of the page that is not a chart (the Energy page's grid cost figures), laid out
    // just above `panel`.
    void insertAbove(ChartPanel *panel, QWidget *widget);
    void load(const TimeRange &range);
    void showCached(const TimeRange &range);
    void updateStaleness(qint64 staleAfterSeconds, const QDateTime &now);
    // The part of the range on show (invalid: all of it), for every chart of the page.
    TimeInterval view() const;
    void setView(TimeInterval view);
    // An action of the whole page (the Energy page's BEMS export), as a button in the header of
    // its first chart.
    void addPageAction(QAction *action);

signals:
    void viewChanged(TimeInterval view);
    void dataArrived(const QDateTime &fetchedAt, bool fromCache);
    void failed(const ApiError &error);
    void exportRequested(ChartPanel *panel);

private:
    SiteConnection &m_connection;
    QVBoxLayout *m_layout;
    QList<ChartPanel *> m_panels;
    QList<QAction *> m_pageActions;
};
