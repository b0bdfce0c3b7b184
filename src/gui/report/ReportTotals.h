#pragma once

#include "gui/timechart/ReportWriter.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <optional>

// The first page's totals of a report's period (docs/product.md "The report"). Energies in kWh
// from the domain's counters; export from the grid-connection meter's OutputEnergy counter,
// which the domain has no field for (docs/aegis-api.md §4, §6).
struct ReportTotals
{
    Q_DECLARE_TR_FUNCTIONS(ReportTotals)

public:
    std::optional<double> solarKWh; // PV used on site (after curtailment)
    std::optional<double> loadKWh;
    std::optional<double> importKWh;
    std::optional<double> exportKWh;
    std::optional<double> chargeKWh;
    std::optional<double> dischargeKWh;
    std::optional<double> prPercent;
    std::optional<double> curtailmentPercent; // of the PV the site could have used
    std::optional<double> peakImportW; // the highest 15-minute mean of the grid import
    qint64 peakImportAtMs = 0; // the start of that quarter hour
    std::optional<int> scheduleRuns; // completed runs of the battery schedule
    double scheduleRunsImportKWh = 0;
    double scheduleRunsExportKWh = 0;

    // The share of the solar energy used on site rather than exported.
    std::optional<double> selfConsumptionPercent() const;
    // Curtailed energy, from the ratio and the energy used.
    std::optional<double> curtailedKWh() const;
    // import − export + solar + discharge − charge − load: zero when the meters agree.
    std::optional<double> balanceGapKWh() const;

    // The rows of the first page's table, times in `zone`.
    QList<ReportFigure> figures(const QTimeZone &zone) const;
};
