#include "gui/schedule/HistoryRecordReading.h"

#include "core/CronsCodec.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace {

std::optional<double> numberOf(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

bool isSnapshot(const QString &type)
{
    return type == u"start_stable" || type == u"stop_stable";
}

// {"AA-…": {"BatSoC", "GridPower", "SolarPower"}, …}: the units in the server's order.
QList<HistoryRecordReading::Unit> unitsFromData(const QJsonObject &data)
{
    QList<HistoryRecordReading::Unit> units;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (!it.value().isObject())
            return {};
        const QJsonObject o = it.value().toObject();
        HistoryRecordReading::Unit u{it.key(), numberOf(o.value(u"BatSoC")), numberOf(o.value(u"SolarPower")),
                                     numberOf(o.value(u"GridPower"))};
        if (!u.socPercent && !u.solarW && !u.gridW)
            return {};
        units.append(u);
    }
    return units;
}

// The vendor's text: a title line, then per unit its name and " SoC : 31 %", " SolarPower : 0 w",
// " GridPower : 3224 w".
QList<HistoryRecordReading::Unit> unitsFromMessage(const QString &message)
{
    static const QRegularExpression reading(
        QStringLiteral("^\\s*(SoC|SolarPower|GridPower)\\s*:\\s*(-?[0-9.]+)\\s*(%|w|W)\\s*$"));
    QList<HistoryRecordReading::Unit> units;
    const QStringList lines = message.split(QRegularExpression(QStringLiteral("\\r?\\n")), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = reading.match(lines.at(i));
        if (!m.hasMatch()) {
            units.append({lines.at(i).trimmed(), {}, {}, {}});
            continue;
        }
        if (units.isEmpty())
            return {};
        bool ok = false;
        const double value = m.captured(2).toDouble(&ok);
        if (!ok)
            return {};
        HistoryRecordReading::Unit &u = units.last();
        (m.captured(1) == u"SoC" ? u.socPercent : m.captured(1) == u"SolarPower" ? u.solarW : u.gridW) = value;
    }
    const bool allRead =
        std::all_of(units.cbegin(), units.cend(), [](const auto &u) { return u.socPercent || u.solarW || u.gridW; });
    return allRead ? units : QList<HistoryRecordReading::Unit>();
}

template <typename Pick> std::optional<double> sumOf(const QList<HistoryRecordReading::Unit> &units, Pick pick)
{
    std::optional<double> sum;
    for (const HistoryRecordReading::Unit &u : units) {
        if (const std::optional<double> v = pick(u))
            sum = sum.value_or(0) + *v;
    }
    return sum;
}

} // namespace

HistoryRecordReading HistoryRecordReading::read(const SchedulerRecord &record)
{
    HistoryRecordReading r;
    const QJsonObject data = record.data.toObject();
    if (record.type == u"start" || record.type == u"stop") {
        const QJsonValue power = data.value(u"charge_power");
        r.batteryW = numberOf(power);
        r.understood = record.data.isObject() && (r.batteryW || power.isNull());
    } else if (record.type == u"create" || record.type == u"update") {
        const QJsonValue crons = data.value(u"crons");
        if (crons.isString()) {
            const Result<Schedule> schedule = CronsCodec::decode(crons.toString());
            if (schedule.ok()) {
                r.windowCount = schedule->size();
                r.understood = true;
            }
        }
    } else if (isSnapshot(record.type)) {
        r.units = record.data.isObject() ? unitsFromData(data) : QList<Unit>();
        if (r.units.isEmpty())
            r.units = unitsFromMessage(record.message);
        r.understood = !r.units.isEmpty();
    }
    return r;
}

std::optional<double> HistoryRecordReading::socLowPercent() const
{
    std::optional<double> low;
    for (const Unit &u : units) {
        if (u.socPercent)
            low = std::min(low.value_or(*u.socPercent), *u.socPercent);
    }
    return low;
}

std::optional<double> HistoryRecordReading::socHighPercent() const
{
    std::optional<double> high;
    for (const Unit &u : units) {
        if (u.socPercent)
            high = std::max(high.value_or(*u.socPercent), *u.socPercent);
    }
    return high;
}

std::optional<double> HistoryRecordReading::solarW() const
{
    return sumOf(units, [](const Unit &u) { return u.solarW; });
}

std::optional<double> HistoryRecordReading::gridW() const
{
    return sumOf(units, [](const Unit &u) { return u.gridW; });
}

QString HistoryRecordReading::details(const QString &message) const
{
    if (!understood)
        return QString(message)
            .replace(QStringLiteral("\r\n"), QStringLiteral(" · "))
            .replace(u'\n', QStringLiteral(" · "))
            .simplified();
    if (windowCount)
        return tr("%n window(s) set", nullptr, int(*windowCount));
    if (!units.isEmpty())
        return tr("%n unit(s)", nullptr, int(units.size()));
    return {};
}
