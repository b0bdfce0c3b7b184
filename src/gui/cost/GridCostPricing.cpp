#include "gui/cost/GridCostPricing.h"

#include "client/CostInputsQueries.h"
#include "core/TariffLibrary.h"
#include "gui/common/AppPalette.h"
#include "gui/site/SiteSettings.h"

#include <QApplication>
#include <QPalette>
#include <algorithm>
#include <cmath>
#include <utility>

namespace {

ChartSeries bars(const QString &name, QColor color, const Duration &window)
{
    ChartSeries s;
    s.name = name;
    s.unit = QStringLiteral("NT$");
    s.color = color;
    s.kind = ChartSeries::Kind::Bar;
    s.window = window;
    return s;
}

} // namespace

GridCostPricing::GridCostPricing(QString plansDirectory)
    : m_plansDirectory(std::move(plansDirectory))
{
}

void GridCostPricing::readPlan(const SiteSettings &settings)
{
    m_planId = settings.tariffId();
    m_problem.clear();
    m_tariff = Tariff();
    m_lastBill.clear(); // priced by the plan before

    if (!settings.hasChosenTariff()) {
        m_plan = Plan::NotChosen;
        return;
    }
    const Result<Tariff> tariff = TariffLibrary(m_plansDirectory).load(m_planId);
    if (!tariff) {
        m_plan = Plan::Unusable;
        m_problem = tariff.error();
        return;
    }
    m_tariff = *tariff;
    m_plan = Plan::Ready;
}

GridBill::Every GridCostPricing::everyFor(const TimeRange &range)
{
    // As the Energy chart's bars: months for a long range, else days (hours are not billed).
    return range.energyResolution().unit() == Duration::Unit::Month ? GridBill::Every::Month : GridBill::Every::Day;
}

ChartDefinition GridCostPricing::chart(std::shared_ptr<GridCostPricing> pricing)
{
    ChartDefinition d;
    d.id = QStringLiteral("energy/cost");
    d.title = [] { return tr("Grid cost: import cost, export credit, net cost and what the battery saved"); };
    // The queries of `aegis-cli cost`: the domain's energies and the grid meter's export.
    d.request = [](const TimeRange &range, const ChartContext &c) {
        return ChartRequest{DomainQuery::path(), CostInputsQueries::energies(c, range.zone, range.start, range.stop).toQuery()};
    };
    d.extraRequest = [](const TimeRange &range, const ChartContext &c) {
        return ChartRequest{DeviceQuery::path(), CostInputsQueries::gridExport(c, range.zone, range.start, range.stop).toQuery()};
    };
    d.series = [pricing](const QueryResult &r, const TimeRange &range) {
        return series(pricing->price(r, range), everyFor(range), range.zone);
    };
    return d;
}

QList<BillPeriod> GridCostPricing::price(const QueryResult &result, const TimeRange &range)
{
    m_lastRange = range;
    m_lastBill.clear();
    m_firstReadingMs = 0;
    if (m_plan != Plan::Ready)
        return m_lastBill;
    // The joined reply holds both queries' tables; each is found by its field.
    QList<MeteredStep> steps = CostInputsQueries::readEnergies(result, result, range.start, range.stop);
    // A range reaching before the site's history or past now has no readings there: those
    // quarter-hours are not gaps in the data (they cost nothing either way).
    const auto read = [](const MeteredStep &s) { return std::isfinite(s.importKWh); };
    const auto first = std::find_if(steps.cbegin(), steps.cend(), read);
    const auto last = std::find_if(steps.crbegin(), steps.crend(), read);
    steps = first == steps.cend() ? QList<MeteredStep>() : QList<MeteredStep>(first, last.base());
    m_firstReadingMs = steps.isEmpty() ? 0 : steps.constFirst().startMs;
    m_lastBill = GridBill::bill(steps, m_tariff, range.zone, everyFor(range), range.start.toTimeZone(range.zone).date(),
                                range.stop.addMSecs(-1).toTimeZone(range.zone).date());
    return m_lastBill;
}

QList<ChartSeries> GridCostPricing::series(const QList<BillPeriod> &bill, GridBill::Every every, const QTimeZone &zone)
{
    const QPalette palette = QApplication::palette();
    const Duration window =
        every == GridBill::Every::Month ? Duration(1, Duration::Unit::Month) : Duration(1, Duration::Unit::Day);
    const QColor grid = AppPalette::color(AppPalette::Role::Grid, palette);
    ChartSeries importCost = bars(tr("Import cost"), grid, window);
    // The credit lowers the bill: it hangs below zero under the import cost of its day.
    ChartSeries exportCredit = bars(tr("Export credit"), AppPalette::mix(palette.color(QPalette::Base), grid, 0.55), window);
    importCost.stacked = exportCredit.stacked = true;
    ChartSeries net =
        bars(tr("Net cost"), AppPalette::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.65), window);
    ChartSeries saved = bars(tr("Saved by the battery"), AppPalette::color(AppPalette::Role::Battery, palette), window);
    for (const BillPeriod &p : bill) {
        const qint64 t = QDateTime(p.first, QTime(0, 0), zone).toMSecsSinceEpoch();
        if (p.steps == 0) {
            // A day without readings cost nothing known: no bar, not a zero.
            for (ChartSeries *s : {&importCost, &exportCredit, &net, &saved})
                s->data.append(t, TimeSeries::null());
            continue;
        }
        importCost.data.append(t, p.importCost);
        exportCredit.data.append(t, -p.exportCredit);
        net.data.append(t, p.netCost());
        saved.data.append(t, p.saved());
    }
    return {importCost, exportCredit, net, saved};
}
