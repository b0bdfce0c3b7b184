#pragma once

#include "gui/overview/OverviewFeed.h"
#include "gui/site/SiteSettings.h"

#include <QWidget>

class ChartPanel;
class Clock;
class EnergyTile;
class GridOperatorFeed;
class PowerFlowWidget;
class SchedulerStatusWidget;
class SiteConnection;
class SocGauge;
class TariffGridTile;

// What operators open every morning (docs/product.md "Overview"): live power flow, SOC, today's
// energy and power curve, and the battery schedule, refreshed by the main window's timer.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    OverviewPage(SiteConnection &connection, const Clock &clock, const QTimeZone &zone, QWidget *parent = nullptr);

    OverviewFeed &feed() { return *m_feed; }
    GridOperatorFeed &gridOperatorFeed() { return *m_gridOperator; }
    TariffGridTile *tariffGrid() const { return m_tariffGrid; }
    // Tools → Tariff and grid was saved: the plan, limits and endpoint are read again.
    void tariffSettingsChanged();
    void refresh();
    // The SOC limits marked on the gauge (settings).
    void setBatteryLimits(const BatteryLimits &limits);
    void showCached();
    // Marks the figures as old when no fresh data arrived for a while.
    void updateStaleness(qint64 staleAfterSeconds);

signals:
    void dataArrived(const QDateTime &fetchedAt, bool fromCache);
    void failed(const ApiError &error);
    // "No tariff chosen": the operator asks for Tools → Tariff and grid.
    void tariffSettingsRequested();

private:
    void showTariffAndLimits(bool reloadPlan);
    void show(const OverviewSnapshot &snapshot);
    void retranslate();
    void changeEvent(QEvent *event) override;

    const Clock &m_clock;
    OverviewFeed *m_feed;
    PowerFlowWidget *m_flow;
    SocGauge *m_soc;
    EnergyTile *m_solar;
    EnergyTile *m_load;
    EnergyTile *m_grid;
    EnergyTile *m_export;
    EnergyTile *m_selfConsumption;
    EnergyTile *m_battery;
    ChartPanel *m_todayPower; // solar, load, grid and battery since local midnight
    SchedulerStatusWidget *m_scheduler;
    SiteConnection &m_connection;
    GridOperatorFeed *m_gridOperator;
    TariffGridTile *m_tariffGrid;
    QString m_planId; // the plan shown, to read it again only when another is chosen
    QDateTime m_lastFetch;
};
