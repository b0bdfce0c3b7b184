#include "cli/CliCostOutput.h"

#include "cli/AegisCli.h"
#include "cli/CliOutput.h"
#include "cli/CliTariff.h"
#include "core/CsvWriter.h"
#include "core/NumberText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace CliCostOutput {

namespace {

QByteArray document(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

// Money and energy as a person reads them.
QString figure(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

QString stepTime(int step)
{
    return CliTariff::minuteText(step * kStepMinutes);
}

QJsonArray windowArray(const Schedule &schedule)
{
    QJsonArray windows;
    for (const ScheduleWindow &w : schedule.windows()) {
        windows.append(QJsonObject{{QStringLiteral("start"), ScheduleWindow::formatSecondOfDay(w.startSecond)},
                                   {QStringLiteral("stop"), ScheduleWindow::formatSecondOfDay(w.stopSecond)},
                                   {QStringLiteral("power_w"), w.powerW}});
    }
    return windows;
}

QString describeWindows(const Schedule &schedule)
{
    if (schedule.isEmpty())
        return AegisCli::tr("none");
    QStringList windows;
    for (const ScheduleWindow &w : schedule.windows())
        windows << w.describe();
    return windows.join(QStringLiteral("; "));
}

QString everyKey(GridBill::Every every)
{
    return every == GridBill::Every::Month ? QStringLiteral("1mo") : QStringLiteral("1d");
}

QJsonObject periodJson(const BillPeriod &p, const QTimeZone &zone)
{
    return QJsonObject{
        {QStringLiteral("first"), p.first.toString(Qt::ISODate)},
        {QStringLiteral("last"), p.last.toString(Qt::ISODate)},
        {QStringLiteral("steps"), p.steps},
        {QStringLiteral("missing_steps"), p.missingSteps},
        {QStringLiteral("import_kwh"), p.importKWh},
        {QStringLiteral("export_kwh"), p.exportKWh},
        {QStringLiteral("charge_kwh"), p.chargeKWh},
        {QStringLiteral("discharge_kwh"), p.dischargeKWh},
        {QStringLiteral("import_cost_ntd"), p.importCost},
        {QStringLiteral("export_credit_ntd"), p.exportCredit},
        {QStringLiteral("net_cost_ntd"), p.netCost()},
        {QStringLiteral("peak_import_kw"), p.peakImportKw},
        {QStringLiteral("peak_start"), p.steps > 0 ? QJsonValue(CliOutput::formatTime(p.peakStartMs, zone)) : QJsonValue()},
        {QStringLiteral("without_battery_import_kwh"), p.importKWhWithoutBattery},
        {QStringLiteral("without_battery_export_kwh"), p.exportKWhWithoutBattery},
        {QStringLiteral("without_battery_net_cost_ntd"), p.netCostWithoutBattery()},
        {QStringLiteral("without_battery_peak_import_kw"), p.peakImportKwWithoutBattery},
        {QStringLiteral("battery_saved_ntd"), p.saved()},
    };
}

} // namespace

QByteArray dayJson(const DayCostReport &r)
{
    const DayCost &d = r.day;
    const MonthCost &m = r.month;
    return document(QJsonObject{
        {QStringLiteral("tariff"), r.tariffId},
        {QStringLiteral("tariff_name"), r.tariffName},
        {QStringLiteral("timezone"), CliOutput::zoneName(r.zone)},
        {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
        {QStringLiteral("day_type"), Tariff::dayTypeKey(r.input.dayType)},
        {QStringLiteral("season"), r.input.season},
        {QStringLiteral("schedule"), r.scheduleSource.isEmpty() ? QStringLiteral("server") : r.scheduleSource},
        {QStringLiteral("windows"), windowArray(r.input.schedule)},
        {QStringLiteral("days_averaged"), r.profile.daysAveraged},
        {QStringLiteral("solar"), r.forecastSolar ? QStringLiteral("forecast") : QStringLiteral("typical")},
        {QStringLiteral("import_cap_kw"), finiteOrNull(r.input.limits.importCapKw())},
        {QStringLiteral("export_limit_kw"), finiteOrNull(r.input.limits.exportCapKw())},
        {QStringLiteral("battery_capacity_kwh"), r.input.battery.capacityKWh},
        {QStringLiteral("soc_start_pct"), d.startSocPercent},
        {QStringLiteral("soc_end_pct"), d.endSocPercent},
        {QStringLiteral("import_kwh"), d.importKWh},
        {QStringLiteral("export_kwh"), d.exportKWh},
        {QStringLiteral("curtailed_kwh"), d.curtailedKWh},
        {QStringLiteral("import_cost_ntd"), d.importCost},
        {QStringLiteral("export_credit_ntd"), d.exportCredit},
        {QStringLiteral("net_cost_ntd"), d.netCost()},
        {QStringLiteral("peak_import_kw"), d.peakImportKw},
        {QStringLiteral("peak_start"), d.peakStep >= 0 ? QJsonValue(stepTime(d.peakStep)) : QJsonValue()},
        {QStringLiteral("cap_cut_kwh"), d.capCutKWh},
        {QStringLiteral("overrun_kwh"), d.overrunKWh},
        {QStringLiteral("month"),
         QJsonObject{
             {QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
             {QStringLiteral("days"), int(m.days.size())},
             {QStringLiteral("energy_cost_ntd"), m.energyCost},
             {QStringLiteral("basic_charge_ntd"), m.basicCharge},
             {QStringLiteral("total_ntd"), m.total()},
             {QStringLiteral("peak_import_kw"), m.peakImportKw},
             {QStringLiteral("peak_day"), m.peakDay.isValid() ? QJsonValue(m.peakDay.toString(Qt::ISODate)) : QJsonValue()}}},
    });
}

QByteArray dayCsv(const DayCostReport &r)
{
    CsvWriter csv(CsvWriter::Style::Script);
    const QString zone = CliOutput::zoneName(r.zone);
    csv.textRow({AegisCli::tr("start (%1)").arg(zone), AegisCli::tr("period"), AegisCli::tr("import price (NT$/kWh)"),
                 AegisCli::tr("solar (kW)"), AegisCli::tr("load (kW)"), AegisCli::tr("scheduled (kW)"),
                 AegisCli::tr("battery (kW)"), AegisCli::tr("import (kW)"), AegisCli::tr("export (kW)"),
                 AegisCli::tr("curtailed (kW)"), AegisCli::tr("cap cut (kW)"), AegisCli::tr("overrun (kW)"),
                 AegisCli::tr("SOC at end (%)")});
    for (int k = 0; k < kStepsPerDay; ++k) {
        const CostStep &s = r.day.steps[size_t(k)];
        const QDateTime start(r.date, QTime(0, 0).addSecs(k * kStepMinutes * 60), r.zone);
        csv.text(CliOutput::formatTime(start, r.zone))
            .text(s.period)
            .number(s.importPrice)
            .number(std::max(0.0, r.profile.solarKw[size_t(k)]))
            .number(r.profile.loadKw[size_t(k)])
            .number(s.scheduledKw)
            .number(s.batteryKw)
            .number(s.importKw)
            .number(s.exportKw)
            .number(s.curtailedKw)
            .number(s.capCutKw)
            .number(s.overrunKw)
            .number(s.socPercent);
        csv.endRow();
    }
    return csv.take();
}

QByteArray dayText(const DayCostReport &r)
{
    const DayCost &d = r.day;
    QString out = AegisCli::tr("%1 (%2), %3 in %4, priced by %5\n")
                      .arg(r.date.toString(Qt::ISODate), Tariff::dayTypeName(r.input.dayType), r.input.season,
                           CliOutput::zoneName(r.zone), r.tariffName);
    out += AegisCli::tr("Windows (%1): %2\n")
               .arg(r.scheduleSource.isEmpty() ? AegisCli::tr("the server's schedule") : r.scheduleSource,
                    describeWindows(r.input.schedule));
    out += AegisCli::tr("Import %1 kWh, export %2 kWh, curtailed %3 kWh\n")
               .arg(figure(d.importKWh, 1), figure(d.exportKWh, 1), figure(d.curtailedKWh, 1));
    out += AegisCli::tr("Cost %1 NT$ (import %2 NT$, export credit %3 NT$)\n")
               .arg(figure(d.netCost()), figure(d.importCost), figure(d.exportCredit));
    out += AegisCli::tr("Peak import %1 kW at %2\n")
               .arg(figure(d.peakImportKw, 1), d.peakStep >= 0 ? stepTime(d.peakStep) : QString());
    out +=
        AegisCli::tr("Cut by the import cap %1 kWh, over the cap %2 kWh\n").arg(figure(d.capCutKWh, 1), figure(d.overrunKWh, 1));
    out += AegisCli::tr("SOC %1 % to %2 %\n").arg(figure(d.startSocPercent, 1), figure(d.endSocPercent, 1));
    out += AegisCli::tr("Month %1: %2 NT$ energy + %3 NT$ basic charge = %4 NT$\n")
               .arg(r.month.month.toString(QStringLiteral("yyyy-MM")), figure(r.month.energyCost), figure(r.month.basicCharge),
                    figure(r.month.total()));
    return out.toUtf8();
}

QByteArray billJson(const BillReport &r)
{
    QJsonArray periods;
    for (const BillPeriod &p : r.periods)
        periods.append(periodJson(p, r.zone));
    return document(QJsonObject{{QStringLiteral("tariff"), r.tariffId},
                                {QStringLiteral("tariff_name"), r.tariffName},
                                {QStringLiteral("timezone"), CliOutput::zoneName(r.zone)},
                                {QStringLiteral("every"), everyKey(r.every)},
                                {QStringLiteral("periods"), periods},
                                {QStringLiteral("total"), periodJson(GridBill::total(r.periods), r.zone)}});
}

QByteArray billCsv(const BillReport &r)
{
    CsvWriter csv(CsvWriter::Style::Script);
    const QString zone = CliOutput::zoneName(r.zone);
    csv.textRow({AegisCli::tr("first (%1)").arg(zone), AegisCli::tr("last (%1)").arg(zone), AegisCli::tr("quarter-hours"),
                 AegisCli::tr("missing quarter-hours"), AegisCli::tr("import (kWh)"), AegisCli::tr("export (kWh)"),
                 AegisCli::tr("charge (kWh)"), AegisCli::tr("discharge (kWh)"), AegisCli::tr("import cost (NT$)"),
                 AegisCli::tr("export credit (NT$)"), AegisCli::tr("net cost (NT$)"), AegisCli::tr("peak import (kW)"),
                 AegisCli::tr("net cost without battery (NT$)"), AegisCli::tr("battery saved (NT$)")});
    for (const BillPeriod &p : r.periods) {
        csv.text(p.first.toString(Qt::ISODate))
            .text(p.last.toString(Qt::ISODate))
            .integer(p.steps)
            .integer(p.missingSteps)
            .number(p.importKWh)
            .number(p.exportKWh)
            .number(p.chargeKWh)
            .number(p.dischargeKWh)
            .number(p.importCost)
            .number(p.exportCredit)
            .number(p.netCost())
            .number(p.peakImportKw)
            .number(p.netCostWithoutBattery())
            .number(p.saved());
        csv.endRow();
    }
    return csv.take();
}

QByteArray billText(const BillReport &r)
{
    QString out = AegisCli::tr("Priced by %1 (%2)\n").arg(r.tariffName, CliOutput::zoneName(r.zone));
    const auto line = [](const BillPeriod &p, const QString &label) {
        return AegisCli::tr("%1  import %2 kWh  export %3 kWh  cost %4 NT$  peak %5 kW  battery saved %6 NT$\n")
            .arg(label, figure(p.importKWh, 1), figure(p.exportKWh, 1), figure(p.netCost()), figure(p.peakImportKw, 1),
                 figure(p.saved()));
    };
    for (const BillPeriod &p : r.periods)
        out += line(p,
                    p.first == p.last ? p.first.toString(Qt::ISODate)
                                      : p.first.toString(Qt::ISODate) + QStringLiteral("…") + p.last.toString(Qt::ISODate));
    out += line(GridBill::total(r.periods), AegisCli::tr("total"));
    return out.toUtf8();
}

} // namespace CliCostOutput
