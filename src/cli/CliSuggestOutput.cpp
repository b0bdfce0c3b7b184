#include "cli/CliSuggestOutput.h"

#include "cli/AegisCli.h"
#include "cli/CliOutput.h"
#include "cli/CliTariff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace CliSuggestOutput {

namespace {

QJsonValue wattsOrNull(double kw)
{
    return std::isfinite(kw) ? QJsonValue(kw * 1000.0) : QJsonValue(QJsonValue::Null);
}

QString unitOf(PlanViolation::Limit limit)
{
    return limit == PlanViolation::Limit::ImportCap ? QStringLiteral("kWh") : QStringLiteral("%");
}

// The steps as the windows' cost model ran the step plan: the battery's power is what it did
// within its limits, so the day's cost follows from these figures alone.
QJsonArray stepArray(const SuggestReport &r)
{
    const Suggestion &s = r.suggestion;
    const GridLimits &limits = r.request.day.limits;
    QJsonArray steps;
    for (int k = 0; k < kStepsPerDay; ++k) {
        const CostStep &c = s.planCost.steps[size_t(k)];
        const QDateTime start(r.date, QTime(0, 0).addSecs(k * kStepMinutes * 60), r.zone);
        const double socAtStart = k == 0 ? s.planCost.startSocPercent : s.planCost.steps[size_t(k - 1)].socPercent;
        steps.append(QJsonObject{{QStringLiteral("start"), start.toString(Qt::ISODate)},
                                 {QStringLiteral("import_price"), c.importPrice},
                                 {QStringLiteral("feedin_price"), r.feedInRate},
                                 {QStringLiteral("pv_w"), std::max(0.0, r.request.profile.solarKw[size_t(k)]) * 1000.0},
                                 {QStringLiteral("load_w"), r.request.profile.loadKw[size_t(k)] * 1000.0},
                                 {QStringLiteral("import_cap_w"), wattsOrNull(limits.importCapKw())},
                                 {QStringLiteral("export_cap_w"), wattsOrNull(limits.exportCapKw())},
                                 {QStringLiteral("plan_battery_w"), c.batteryKw * 1000.0},
                                 {QStringLiteral("soc_pct"), socAtStart}});
    }
    return steps;
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

QString stepTime(int step)
{
    return CliTariff::minuteText(std::max(0, step) * kStepMinutes);
}

} // namespace

QByteArray json(const SuggestReport &r)
{
    const Suggestion &s = r.suggestion;
    const BatteryModel &b = r.request.day.battery;
    QJsonArray violations;
    for (const PlanViolation &v : s.violations) {
        QJsonObject o{{QStringLiteral("key"), v.key()},
                      {QStringLiteral("amount"), v.amount},
                      {QStringLiteral("unit"), unitOf(v.limit)},
                      {QStringLiteral("from"), v.firstStep >= 0 ? QJsonValue(stepTime(v.firstStep)) : QJsonValue()},
                      {QStringLiteral("message"), v.describe()}};
        if (v.limit == PlanViolation::Limit::ImportCap)
            o.insert(QStringLiteral("worst_kw"), v.worstKw);
        violations.append(o);
    }
    const QJsonObject out{
        {QStringLiteral("tariff"), r.tariffId},
        {QStringLiteral("tariff_name"), r.tariffName},
        {QStringLiteral("timezone"), CliOutput::zoneName(r.zone)},
        {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
        {QStringLiteral("day_type"), Tariff::dayTypeKey(r.request.day.dayType)},
        {QStringLiteral("season"), r.request.day.season},
        {QStringLiteral("max_windows"), r.request.maxWindows},
        {QStringLiteral("soc_start_pct"), r.request.day.startSocPercent},
        {QStringLiteral("soc_end_pct"), s.planInput.endSocPercent},
        {QStringLiteral("steps"), stepArray(r)},
        {QStringLiteral("windows"), windowArray(s.windows)},
        {QStringLiteral("cost"),
         QJsonObject{{QStringLiteral("plan_ntd"), s.planCost.netCost()},
                     {QStringLiteral("windows_ntd"), s.windowsCost.netCost()},
                     {QStringLiteral("server_schedule_ntd"), s.serverCost ? QJsonValue(s.serverCost->netCost()) : QJsonValue()},
                     {QStringLiteral("simplicity_ntd"), s.simplicityCost()}}},
        {QStringLiteral("battery"),
         QJsonObject{{QStringLiteral("capacity_kwh"), b.capacityKWh},
                     {QStringLiteral("soc_min_pct"), b.socMinPercent},
                     {QStringLiteral("soc_max_pct"), b.socMaxPercent},
                     {QStringLiteral("max_charge_w"), b.maxChargeW},
                     {QStringLiteral("max_discharge_w"), b.maxDischargeW},
                     {QStringLiteral("charge_efficiency"), b.chargeEfficiency},
                     {QStringLiteral("discharge_efficiency"), b.dischargeEfficiency}}},
        {QStringLiteral("violations"), violations},
    };
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QByteArray text(const SuggestReport &r)
{
    const Suggestion &s = r.suggestion;
    QString out = AegisCli::tr("%1 (%2), %3 in %4, priced by %5\n")
                      .arg(r.date.toString(Qt::ISODate), Tariff::dayTypeName(r.request.day.dayType), r.request.day.season,
                           CliOutput::zoneName(r.zone), r.tariffName);
    out += AegisCli::tr("Suggested windows:\n");
    if (s.windows.isEmpty())
        out += AegisCli::tr("  none: the battery is best left idle\n");
    for (const ScheduleWindow &w : s.windows.windows())
        out += QStringLiteral("  %1\n").arg(w.describe());
    out += AegisCli::tr("Cost per day: %1 NT$ with these windows, %2 NT$ for the step plan")
               .arg(QString::number(s.windowsCost.netCost(), 'f', 2), QString::number(s.planCost.netCost(), 'f', 2));
    if (s.serverCost)
        out += AegisCli::tr(", %1 NT$ with the server's schedule").arg(QString::number(s.serverCost->netCost(), 'f', 2));
    out += QLatin1Char('\n');
    out += AegisCli::tr("SOC %1 % to %2 %\n")
               .arg(QString::number(s.windowsCost.startSocPercent, 'f', 1), QString::number(s.windowsCost.endSocPercent, 'f', 1));
    for (const PlanViolation &v : s.violations)
        out += AegisCli::tr("Not kept: %1\n").arg(v.describe());
    return out.toUtf8();
}

} // namespace CliSuggestOutput
