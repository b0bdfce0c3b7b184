#pragma once

#include "client/QueryResult.h"
#include "core/GridBill.h"
#include "core/Tariff.h"
#include "gui/charts/ChartDefinition.h"
#include "gui/charts/TimeRange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

class SiteSettings;

// What the Energy page's grid cost is priced by and what it came to (docs/tariffs.md "What the
// site paid"): the operator's chosen plan from TariffLibrary, the metered quarter-hours that
// CostInputsQueries reads for `aegis-cli cost` too, and core's GridBill over them, so that the
// page and the CLI give the same figures for the same inputs. The chart and the summary line
// share one pricing: the summary reads the bill the chart was drawn from.
class GridCostPricing final
{
    Q_DECLARE_TR_FUNCTIONS(GridCostPricing)

public:
    enum class Plan {
        NotChosen, // Tools → Tariff and grid never chose one
        Unusable, // the chosen plan cannot be read (problem() says why)
        Ready,
    };

    explicit GridCostPricing(QString plansDirectory);
    Q_DISABLE_COPY_MOVE(GridCostPricing)

    // Reads the plan the settings name again (after Tools → Tariff and grid).
    void readPlan(const SiteSettings &settings);
    Plan plan() const { return m_plan; }
    QString planId() const { return m_planId; }
    QString problem() const { return m_problem; }
    const Tariff &tariff() const { return m_tariff; }

    // The Energy page's cost chart ("energy/cost"): the range's energies every 15 minutes,
    // priced per day, or per month where the range's energy bars are months.
    static ChartDefinition chart(std::shared_ptr<GridCostPricing> pricing);
    static GridBill::Every everyFor(const TimeRange &range);

    // The bill of the energies in `result` (both of the chart's replies joined) over `range`,
    // kept as lastBill(); empty while no plan is ready.
    QList<BillPeriod> price(const QueryResult &result, const TimeRange &range);
    const QList<BillPeriod> &lastBill() const { return m_lastBill; }
    const TimeRange &lastRange() const { return m_lastRange; }
    // The start of the first quarter-hour with a reading (0: none): quarter-hours of the range
    // before it or after the last reading are left out, not counted as missing.
    qint64 firstReadingMs() const { return m_firstReadingMs; }

    // The chart's series of a bill, one bar per period at its first local midnight, in NT$:
    // import cost, export credit (below zero), net cost, and what the battery saved.
    static QList<ChartSeries> series(const QList<BillPeriod> &bill, GridBill::Every every, const QTimeZone &zone);

private:
    QString m_plansDirectory;
    Plan m_plan = Plan::NotChosen;
    QString m_planId;
    QString m_problem;
    Tariff m_tariff;
    QList<BillPeriod> m_lastBill;
    TimeRange m_lastRange;
    qint64 m_firstReadingMs = 0;
};
