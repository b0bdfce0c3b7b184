#include "support/SuggestDayFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace SuggestDayFile {

std::optional<Day> read(const QString &path, const Tariff &tariff, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Day> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    const auto type = Tariff::dayTypeFromKey(o.value(QStringLiteral("day_type")).toString());
    if (steps.size() != kStepsPerDay || !type)
        return fail(QStringLiteral("not a day of %1 steps with a day type").arg(kStepsPerDay));
    Day day;
    SuggestRequest &r = day.request;
    r.day.dayType = *type;
    r.day.season = o.value(QStringLiteral("season")).toString();
    r.day.startSocPercent = o.value(QStringLiteral("soc_start_pct")).toDouble();
    r.endSocPercent = o.value(QStringLiteral("soc_end_pct")).toDouble();
    r.maxWindows = o.value(QStringLiteral("max_windows")).toInt(4);
    const QJsonObject b = o.value(QStringLiteral("battery")).toObject();
    r.day.battery.capacityKWh = b.value(QStringLiteral("capacity_kwh")).toDouble();
    r.day.battery.socMinPercent = b.value(QStringLiteral("soc_min_pct")).toDouble();
    r.day.battery.socMaxPercent = b.value(QStringLiteral("soc_max_pct")).toDouble();
    r.day.battery.maxChargeW = b.value(QStringLiteral("max_charge_w")).toDouble();
    r.day.battery.maxDischargeW = b.value(QStringLiteral("max_discharge_w")).toDouble();
    r.day.battery.chargeEfficiency = b.value(QStringLiteral("charge_efficiency")).toDouble();
    r.day.battery.dischargeEfficiency = b.value(QStringLiteral("discharge_efficiency")).toDouble();
    const auto prices = ScheduleCost::stepPrices(tariff, r.day.season, r.day.dayType);
    for (int k = 0; k < kStepsPerDay; ++k) {
        const QJsonObject s = steps.at(k).toObject();
        r.profile.solarKw[size_t(k)] = s.value(QStringLiteral("pv_w")).toDouble() / 1000.0;
        r.profile.loadKw[size_t(k)] = s.value(QStringLiteral("load_w")).toDouble() / 1000.0;
        if (!s.value(QStringLiteral("import_cap_w")).isNull() || !s.value(QStringLiteral("export_cap_w")).isNull())
            return fail(QStringLiteral("grid caps are not read"));
        if (std::abs(s.value(QStringLiteral("import_price")).toDouble() - prices[size_t(k)].price) > 1e-6
            || std::abs(s.value(QStringLiteral("feedin_price")).toDouble() - tariff.feedInRate) > 1e-6)
            return fail(QStringLiteral("step %1 is not priced by %2").arg(k).arg(tariff.name));
    }
    r.profile.daysAveraged = 20;
    const QJsonObject cost = o.value(QStringLiteral("cost")).toObject();
    day.planNtd = cost.value(QStringLiteral("plan_ntd")).toDouble();
    day.windowsNtd = cost.value(QStringLiteral("windows_ntd")).toDouble();
    return day;
}

} // namespace SuggestDayFile
