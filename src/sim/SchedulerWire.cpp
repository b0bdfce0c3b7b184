#include "sim/SchedulerWire.h"

#include "core/CronsCodec.h"
#include "core/ScheduleRules.h"
#include "core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <cmath>
#include <limits>

namespace {

const QString kPurchase = QStringLiteral("purchase_energy");
const QString kSell = QStringLiteral("sell_energy");

// Integral values without a fraction, as the vendor writes powers ("10000 w").
QString numberText(double v)
{
    if (std::isfinite(v) && v == std::trunc(v) && std::abs(v) < 9.0e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

QJsonValue timeJson(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(UtcTime::format(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// The units' readings are whole numbers in the vendor's records (SoC 31 %, GridPower 3224 w).
double whole(double v)
{
    return std::isfinite(v) ? std::round(v) : 0.0;
}

QByteArray snapshotData(const QList<SchedulerWire::UnitSnapshot> &units)
{
    QJsonObject data;
    for (const SchedulerWire::UnitSnapshot &u : units) {
        data.insert(u.deviceName,
                    QJsonObject{{QStringLiteral("BatSoC"), whole(u.socPercent)},
                                {QStringLiteral("GridPower"), whole(u.gridPowerW)},
                                {QStringLiteral("SolarPower"), whole(u.solarPowerW)}});
    }
    return SchedulerWire::compact(data);
}

QString snapshotMessage(const QList<SchedulerWire::UnitSnapshot> &units)
{
    QString text = QStringLiteral("目前裝置狀態\r\n");
    for (const SchedulerWire::UnitSnapshot &u : units) {
        text += u.deviceName + QStringLiteral("\r\n SoC : ") + numberText(whole(u.socPercent))
            + QStringLiteral(" %\r\n SolarPower : ") + numberText(whole(u.solarPowerW)) + QStringLiteral(" w\r\n GridPower : ")
            + numberText(whole(u.gridPowerW)) + QStringLiteral(" w\r\n");
    }
    return text;
}

// info.start / info.stop (docs/aegis-api.md §7).
QJsonObject stablePoint(qint64 ms, const QList<SchedulerWire::UnitSnapshot> &units)
{
    QJsonArray devices;
    for (const SchedulerWire::UnitSnapshot &u : units) {
        devices.append(QJsonObject{{QStringLiteral("DeviceName"), u.deviceName},
                                   {QStringLiteral("SoC"), whole(u.socPercent)},
                                   {QStringLiteral("SolarPower"), whole(u.solarPowerW)},
                                   {QStringLiteral("GridPower"), whole(u.gridPowerW)}});
    }
    return QJsonObject{{QStringLiteral("time"), UtcTime::format(ms)},
                       {QStringLiteral("error"), QJsonValue::Null},
                       {QStringLiteral("devices"), devices}};
}

Result<SchedulerWire::Patch> refused(const QString &reason)
{
    return Result<SchedulerWire::Patch>::failure(reason);
}

} // namespace

QByteArray SchedulerWire::compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// ---- the object and its history ----

QJsonObject SchedulerWire::object(const PowerSchedulerState &state, int domainId, const RunFields &shown)
{
    return QJsonObject{
        {QStringLiteral("power_scheduler_id"), state.id},
        {QStringLiteral("domain_id"), domainId},
        {QStringLiteral("device_id"), QJsonValue::Null},
        {QStringLiteral("timezone"), QString::fromUtf8(state.zone.id())},
        {QStringLiteral("crons"), CronsCodec::encode(state.schedule)},
        {QStringLiteral("notify_user_id"), 1},
        {QStringLiteral("update_time"), UtcTime::format(state.updateMs)},
        {QStringLiteral("start_time"), timeJson(shown.startMs)},
        {QStringLiteral("stop_time"), timeJson(shown.stopMs)},
        {QStringLiteral("info"),
         shown.info.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(compact(shown.info)))},
        {QStringLiteral("enabled"), true},
    };
}

QJsonObject SchedulerWire::history(const QList<Record> &all, qint64 fromMs, qint64 endMs, bool running)
{
    QJsonArray records;
    int completed = 0;
    double purchase = 0;
    double sell = 0;
    for (const Record &r : all) {
        if (r.timeMs < fromMs || r.timeMs >= endMs)
            continue;
        if (r.type == u"stop_stable") {
            ++completed;
            purchase += r.purchaseKWh.value_or(0);
            sell += r.sellKWh.value_or(0);
        }
        records.append(QJsonObject{{QStringLiteral("table"), 0},
                                   {QStringLiteral("_time"), UtcTime::format(r.timeMs)},
                                   {QStringLiteral("type"), r.type},
                                   {QStringLiteral("data"), QString::fromUtf8(r.data)},
                                   {QStringLiteral("message"), r.message},
                                   {kPurchase, optionalJson(r.purchaseKWh)},
                                   {kSell, optionalJson(r.sellKWh)}});
    }
    return QJsonObject{{QStringLiteral("running"), running},
                       {QStringLiteral("complete_count"), completed},
                       {kPurchase, purchase},
                       {kSell, sell},
                       {QStringLiteral("records"), records}};
}

// ---- PATCH ----

Result<SchedulerWire::Patch> SchedulerWire::decodePatch(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refused(QStringLiteral("The request body is not valid JSON: %1 at character %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isObject())
        return refused(QStringLiteral("The request body must be a JSON object: {\"crons\": \"...\"}."));
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != QStringLiteral("crons"))
            return refused(QStringLiteral("Only crons may change: \"%1\" is not allowed.").arg(it.key()));
    }
    const QJsonValue cronsValue = object.value(QStringLiteral("crons"));
    if (cronsValue.isUndefined())
        return refused(QStringLiteral("crons is required."));
    if (!cronsValue.isString())
        return refused(QStringLiteral("crons must be a string holding the JSON array of windows."));

    const QString crons = cronsValue.toString();
    const Result<Schedule> decoded = CronsCodec::decode(crons);
    if (!decoded)
        return refused(QStringLiteral("crons: ") + decoded.error());
    // The server knows no power limits and accepts a zero-power window (docs/aegis-api.md §7).
    constexpr double kUnlimited = std::numeric_limits<double>::infinity();
    QList<ScheduleViolation> violations = ScheduleRules({kUnlimited, kUnlimited}).check(decoded.value());
    violations.removeIf([](const ScheduleViolation &v) { return v.rule == ScheduleViolation::Rule::ZeroPower; });
    if (!violations.isEmpty())
        return refused(QStringLiteral("crons: ") + ScheduleRules::describe(violations));
    // The scheduler keeps what the contract names of each window, nothing a client adds.
    Schedule schedule;
    for (ScheduleWindow window : decoded->windows()) {
        window.extra = {};
        schedule.append(window);
    }
    return Patch{schedule, crons};
}

// ---- records ----

SchedulerWire::Record SchedulerWire::createRecord(qint64 ms, const Schedule &schedule)
{
    const QJsonObject data{{QStringLiteral("crons"), CronsCodec::encode(schedule)}};
    return {ms, QStringLiteral("create"), compact(data), QStringLiteral("排程已建立"), {}, {}};
}

SchedulerWire::Record SchedulerWire::updateRecord(qint64 ms, const QString &crons, Editor editor)
{
    const QString message = editor == Editor::Client ? QStringLiteral("排程已更新") : QStringLiteral("排程已由其他使用者更新");
    return {ms, QStringLiteral("update"), compact(QJsonObject{{QStringLiteral("crons"), crons}}), message, {}, {}};
}

SchedulerWire::Record SchedulerWire::startRecord(qint64 ms, double powerW)
{
    const QString kind = powerW < 0 ? QStringLiteral("放電") : QStringLiteral("充電");
    const QString message = QStringLiteral("電池排程已啟動, 預定") + kind + QStringLiteral("功率 ") + numberText(std::abs(powerW))
        + QStringLiteral(" w");
    return {ms, QStringLiteral("start"), compact(QJsonObject{{QStringLiteral("charge_power"), powerW}}), message, {}, {}};
}

SchedulerWire::Record SchedulerWire::stopRecord(qint64 ms)
{
    return {ms, QStringLiteral("stop"), QByteArrayLiteral("{\"charge_power\":null}"), QStringLiteral("電池排程已停止"), {}, {}};
}

SchedulerWire::Record SchedulerWire::startStableRecord(qint64 ms, const QList<UnitSnapshot> &units)
{
    return {ms, QStringLiteral("start_stable"), snapshotData(units), snapshotMessage(units), {}, {}};
}

SchedulerWire::Record SchedulerWire::stopStableRecord(qint64 ms, const QList<UnitSnapshot> &units, double purchaseKWh,
                                                      double sellKWh)
{
    return {ms, QStringLiteral("stop_stable"), snapshotData(units), snapshotMessage(units), purchaseKWh, sellKWh};
}

QJsonObject SchedulerWire::startInfo(qint64 ms, const QList<UnitSnapshot> &units)
{
    return QJsonObject{{QStringLiteral("start"), stablePoint(ms, units)},
                       {QStringLiteral("stop"), QJsonValue::Null},
                       {kPurchase, QJsonValue::Null},
                       {kSell, QJsonValue::Null}};
}

void SchedulerWire::completeInfo(QJsonObject *info, qint64 ms, const QList<UnitSnapshot> &units, double purchaseKWh,
                                 double sellKWh)
{
    info->insert(QStringLiteral("stop"), stablePoint(ms, units));
    info->insert(kPurchase, purchaseKWh);
    info->insert(kSell, sellKWh);
}
