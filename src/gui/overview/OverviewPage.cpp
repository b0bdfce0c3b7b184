#include "gui/overview/OverviewPage.h"

#include "core/Clock.h"
#include "gui/charts/ChartDefinition.h"
#include "gui/charts/ChartPanel.h"
#include "gui/common/Units.h"
#include "gui/overview/EnergyTile.h"
#include "gui/overview/PowerFlowWidget.h"
#include "gui/overview/SocGauge.h"
#include "gui/overview/TariffGridTile.h"
#include "gui/schedule/SchedulerStatusWidget.h"
#include "gui/site/SiteConnection.h"
#include "gui/tariff/GridOperatorFeed.h"
#include "gui/tariff/TariffSettingsDialog.h"
#include "gui/timechart/TimeChart.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <limits>

OverviewPage::OverviewPage(SiteConnection &connection, const Clock &clock, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_feed(new OverviewFeed(connection, clock, zone, this))
    , m_flow(new PowerFlowWidget(this))
    , m_soc(new SocGauge(this))
    , m_solar(new EnergyTile(QString(), this))
    , m_load(new EnergyTile(QString(), this))
    , m_grid(new EnergyTile(QString(), this))
    , m_export(new EnergyTile(QString(), this))
    , m_selfConsumption(new EnergyTile(QString(), this))
    , m_battery(new EnergyTile(QString(), this))
    , m_todayPower(new ChartPanel(ChartCatalog::todayPower(), connection, this))
    , m_scheduler(new SchedulerStatusWidget(clock, this))
    , m_connection(connection)
    , m_gridOperator(new GridOperatorFeed(connection, this))
    , m_tariffGrid(new TariffGridTile(clock, this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_flow->setObjectName(QStringLiteral("powerFlow"));
    m_soc->setObjectName(QStringLiteral("socGauge"));
    setBatteryLimits(connection.settings().batteryLimits());
    m_scheduler->setObjectName(QStringLiteral("schedulerStatus"));
    m_solar->setAccent(AppPalette::Role::Solar);
    m_load->setAccent(AppPalette::Role::Load);
    m_grid->setAccent(AppPalette::Role::Grid);
    m_battery->setAccent(AppPalette::Role::Battery);
    m_export->setObjectName(QStringLiteral("exportToday"));
    m_export->setAccent(AppPalette::Role::Grid);
    m_selfConsumption->setObjectName(QStringLiteral("selfConsumptionToday"));
    m_selfConsumption->setAccent(AppPalette::Role::Solar);
    m_selfConsumption->setShare(qQNaN());
    m_todayPower->chart()->setObjectName(QStringLiteral("todayPower"));
    m_todayPower->chart()->setMinimumHeight(200);

    // The live picture on top, the day so far below it: today's tiles, then its power curve
    // beside the schedule's status.
    auto *top = new QHBoxLayout;
    top->addWidget(m_flow, 3);
    top->addWidget(m_soc, 2);
    auto *tiles = new QHBoxLayout;
    for (EnergyTile *tile : {m_solar, m_load, m_grid, m_export, m_selfConsumption, m_battery})
        tiles->addWidget(tile);
    // The schedule's status and the tariff and grid now share the column beside the curve.
    auto *side = new QVBoxLayout;
    side->addWidget(m_scheduler);
    side->addWidget(m_tariffGrid);
    side->addStretch(1);
    auto *day = new QHBoxLayout;
    day->addWidget(m_todayPower, 3);
    day->addLayout(side, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 2);
    layout->addLayout(tiles, 0);
    layout->addLayout(day, 3);

    connect(m_feed, &OverviewFeed::updated, this, &OverviewPage::show);
    connect(m_feed, &OverviewFeed::failed, this, &OverviewPage::failed);
    connect(m_gridOperator, &GridOperatorFeed::updated, m_tariffGrid, &TariffGridTile::setGridOperator);
    connect(m_tariffGrid, &TariffGridTile::tariffSettingsRequested, this, &OverviewPage::tariffSettingsRequested);
    m_tariffGrid->setZone(zone);
    showTariffAndLimits(true);
    retranslate();
}

void OverviewPage::tariffSettingsChanged()
{
    showTariffAndLimits(true);
    m_gridOperator->endpointChanged();
}

void OverviewPage::showTariffAndLimits(bool reloadPlan)
{
    const SiteSettings &settings = m_connection.settings();
    // As the Energy and schedule pages: no plan is assumed until the operator has chosen one.
    const QString id = settings.hasChosenTariff() ? settings.tariffId() : QString();
    if (reloadPlan || id != m_planId) {
        m_planId = id;
        const Result<Tariff> plan = id.isEmpty() ? Result<Tariff>::failure(QString())
                                                 : TariffLibrary(TariffSettingsDialog::defaultPlansDirectory()).load(id);
        m_tariffGrid->setPlan(plan ? std::optional<Tariff>(*plan) : std::nullopt, plan ? QString() : plan.error());
    }
    m_tariffGrid->setZone(m_feed->zone());
    m_tariffGrid->setLimits(settings.gridLimits(), m_connection.isDemo() ? m_connection.demoGridOperator().connectionKw : 0);
}

void OverviewPage::refresh()
{
    m_feed->refresh();
    m_gridOperator->refresh();
    showTariffAndLimits(false);
    m_todayPower->load(TimeRange::make(TimeRange::Preset::Today, m_clock.now(), m_feed->zone()));
}

void OverviewPage::showCached()
{
    m_feed->showCached();
    m_todayPower->showCached(TimeRange::make(TimeRange::Preset::Today, m_clock.now(), m_feed->zone()));
}

void OverviewPage::setBatteryLimits(const BatteryLimits &limits)
{
    m_soc->setLimits(limits.socMinPercent, limits.socMaxPercent);
}

void OverviewPage::show(const OverviewSnapshot &s)
{
    m_flow->setFlow(PowerFlow{s.solarW, s.loadW, s.gridW, s.batteryW(), s.generatorW});
    m_soc->setSoc(s.socPercent, s.remainingKWh, s.capacityKWh);
    m_solar->setValue(s.solarTodayKWh);
    m_load->setValue(s.loadTodayKWh);
    m_grid->setValue(s.gridImportTodayKWh);
    m_export->setValue(s.gridExportTodayKWh);
    m_selfConsumption->setShare(s.selfConsumptionPercent());
    m_battery->setValue(s.chargedTodayKWh);
    m_battery->setSecondary(tr("Discharged %1").arg(Units::energy(s.dischargedTodayKWh)));
    m_tariffGrid->setGridPower(s.gridW);
    if (s.scheduler)
        m_scheduler->setState(*s.scheduler);
    if (s.fetchedAt.isValid() && s.fetchedAt != m_lastFetch) {
        m_lastFetch = s.fetchedAt;
        emit dataArrived(s.fetchedAt, s.fromCache);
    }
    updateStaleness(s.fromCache ? 0 : -1);
}

void OverviewPage::updateStaleness(qint64 staleAfterSeconds)
{
    if (!m_lastFetch.isValid())
        return;
    // Fetch times are wall-clock instants; the site's clock may run faster (accelerated demo).
    const qint64 age = std::max<qint64>(0, m_lastFetch.secsTo(QDateTime::currentDateTimeUtc()));
    const bool stale = m_feed->snapshot().fromCache || (staleAfterSeconds >= 0 && age > staleAfterSeconds);
    m_flow->setStale(stale, age);
    m_soc->setStale(stale, age);
    for (EnergyTile *tile : {m_solar, m_load, m_grid, m_export, m_selfConsumption, m_battery})
        tile->setStale(stale, age);
    m_todayPower->updateStaleness(staleAfterSeconds < 0 ? std::numeric_limits<qint64>::max() : staleAfterSeconds,
                                  QDateTime::currentDateTimeUtc());
    m_scheduler->setStale(stale, age);
    m_tariffGrid->updateStaleness(staleAfterSeconds, stale);
    m_tariffGrid->showNow();
}

void OverviewPage::retranslate()
{
    m_solar->setTitle(tr("Solar today"));
    m_load->setTitle(tr("Load today"));
    m_grid->setTitle(tr("Bought today"));
    m_export->setTitle(tr("Sold today"));
    m_selfConsumption->setTitle(tr("Self-consumption"));
    m_selfConsumption->setSecondary(tr("of solar used on site"));
    m_battery->setTitle(tr("Charged today"));
    m_battery->setSecondary(tr("Discharged %1").arg(Units::energy(m_feed->snapshot().dischargedTodayKWh)));
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
