#pragma once

#include "core/Tariff.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTimeZone>

// One metered quarter-hour at the grid connection and the battery, kWh in the step (NaN: not
// known). Import and export are the grid meter's; charge and discharge the batteries'.
struct MeteredStep
{
    qint64 startMs = 0;
    double importKWh = 0;
    double exportKWh = 0;
    double chargeKWh = 0;
    double dischargeKWh = 0;
};

// What a day or a month of metered energy cost, and what it would have cost without the battery.
struct BillPeriod
{
    QDate first; // local dates, both inclusive
    QDate last;
    int steps = 0; // quarter-hours priced
    int missingSteps = 0; // quarter-hours with no import reading, left out
    double importKWh = 0;
    double exportKWh = 0;
    double chargeKWh = 0;
    double dischargeKWh = 0;
    double importCost = 0; // NT$
    double exportCredit = 0; // NT$
    double peakImportKw = 0; // the largest quarter-hour mean
    qint64 peakStartMs = 0;
    // The same quarter-hours with the battery's charge and discharge taken out: per step
    // import − charge + discharge, netted against export (a discharge taken out first takes
    // back export, a charge taken out first import).
    double importKWhWithoutBattery = 0;
    double exportKWhWithoutBattery = 0;
    double importCostWithoutBattery = 0;
    double exportCreditWithoutBattery = 0;
    double peakImportKwWithoutBattery = 0;

    double netCost() const { return importCost - exportCredit; }
    double netCostWithoutBattery() const { return importCostWithoutBattery - exportCreditWithoutBattery; }
    // What the battery saved, NT$ (negative: it cost money).
    double saved() const { return netCostWithoutBattery() - netCost(); }
};

// The grid bill of metered energy (docs/tariffs.md "What the site paid"): each quarter-hour's
// import at the plan's price at its start on the site's wall clock, export at the feed-in rate,
// grouped by local day or month; beside it the same quarter-hours priced as if the battery had
// neither charged nor discharged. The basic charge is not included.
class GridBill final
{
    Q_DECLARE_TR_FUNCTIONS(GridBill)

public:
    GridBill() = delete;

    enum class Every { Day, Month };

    // Periods in time order, one for every local day (or month) from `from` to `to` inclusive,
    // also those without readings (steps 0). Steps outside them are ignored.
    static QList<BillPeriod> bill(const QList<MeteredStep> &steps, const Tariff &tariff, const QTimeZone &zone, Every every,
                                  const QDate &from, const QDate &to);
    // The periods' figures summed: first and last span them all, peaks are the largest.
    static BillPeriod total(const QList<BillPeriod> &periods);
};
