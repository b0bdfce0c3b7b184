#include "gui/report/ReportTotals.h"

#include "gui/common/Units.h"
#include "gui/timechart/ZonedTimeFormat.h"

#include <QLocale>

namespace {

QString kWh(const std::optional<double> &value)
{
    // One decimal throughout, so the column adds up as printed.
    return value ? ReportTotals::tr("%1 kWh").arg(QLocale().toString(*value, 'f', 1)) : Units::unknown();
}

QString percent(const std::optional<double> &value)
{
    return value ? ReportTotals::tr("%1 %").arg(QLocale().toString(*value, 'f', 1)) : Units::unknown();
}

} // namespace

std::optional<double> ReportTotals::selfConsumptionPercent() const
{
    if (!solarKWh || !exportKWh || *solarKWh < 0.01)
        return std::nullopt;
    return std::clamp(100.0 * (*solarKWh - *exportKWh) / *solarKWh, 0.0, 100.0);
}

std::optional<double> ReportTotals::curtailedKWh() const
{
    if (!solarKWh || !curtailmentPercent || *curtailmentPercent >= 100)
        return std::nullopt;
    return *solarKWh * *curtailmentPercent / (100.0 - *curtailmentPercent);
}

std::optional<double> ReportTotals::balanceGapKWh() const
{
    if (!solarKWh || !loadKWh || !importKWh || !exportKWh || !chargeKWh || !dischargeKWh)
        return std::nullopt;
    return *importKWh - *exportKWh + *solarKWh + *dischargeKWh - *chargeKWh - *loadKWh;
}

QList<ReportFigure> ReportTotals::figures(const QTimeZone &zone) const
{
    const ZonedTimeFormat format(zone);
    QList<ReportFigure> rows{
        {tr("Solar energy used"), kWh(solarKWh), tr("PV after curtailment")},
        {tr("Load"), kWh(loadKWh), {}},
        {tr("Bought from the grid (import)"), kWh(importKWh), {}},
        {tr("Sold to the grid (export)"), kWh(exportKWh), tr("grid-connection meter HERMES_SM000001 (Ma1)")},
        {tr("Battery charged"), kWh(chargeKWh), {}},
        {tr("Battery discharged"), kWh(dischargeKWh), {}},
        {tr("Self-consumption"), percent(selfConsumptionPercent()), tr("share of the solar energy used on site")},
        {tr("Performance ratio (PR)"), percent(prPercent), {}},
        {tr("Curtailment"), percent(curtailmentPercent),
         curtailedKWh() ? tr("%1 not produced").arg(kWh(curtailedKWh())) : QString()},
        {tr("Peak 15-minute import"),
         peakImportW ? tr("%1 kW").arg(QLocale().toString(*peakImportW / 1000.0, 'f', 1)) : Units::unknown(),
         peakImportW ? tr("from %1").arg(format.dateTimeMinutes(peakImportAtMs)) : QString()},
        {tr("Battery schedule runs"), scheduleRuns ? QLocale().toString(*scheduleRuns) : Units::unknown(),
         scheduleRuns ? tr("bought %1, sold %2 while running").arg(kWh(scheduleRunsImportKWh), kWh(scheduleRunsExportKWh))
                      : QString()},
    };
    return rows;
}
