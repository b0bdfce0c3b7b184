#include "sim/SchedulerSavedState.h"

#include "core/CronsCodec.h"

#include <QJsonArray>
#include <QJsonValue>
#include <cmath>

namespace {

using EventKind = PowerSchedulerState::EventKind;
using PendingEvent = PowerSchedulerState::PendingEvent;
using Record = PowerSchedulerState::Record;

constexpr int kStateVersion = 1;

const QString kPurchase = QStringLiteral("purchase_energy");
const QString kSell = QStringLiteral("sell_energy");

QString kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Start:
        return QStringLiteral("start");
    case EventKind::StartStable:
        return QStringLiteral("start_stable");
    case EventKind::Stop:
        return QStringLiteral("stop");
    case EventKind::StopStable:
        return QStringLiteral("stop_stable");
    }
    return {};
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalMsJson(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(*ms) : QJsonValue(QJsonValue::Null);
}

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() == std::trunc(v.toDouble());
}

// A saved instant: a whole number of ms, or null where `nullable`.
bool readMs(const QJsonValue &v, bool nullable, std::optional<qint64> *out)
{
    if (nullable && v.isNull()) {
        *out = std::nullopt;
        return true;
    }
    if (!isWholeNumber(v))
        return false;
    *out = v.toInteger();
    return true;
}

bool readEnergy(const QJsonValue &v, std::optional<double> *out)
{
    if (v.isNull()) {
        *out = std::nullopt;
        return true;
    }
    if (!v.isDouble())
        return false;
    *out = v.toDouble();
    return true;
}

bool readRecords(const QJsonValue &value, QList<Record> *out, QString *error)
{
    if (!value.isArray()) {
        *error = QStringLiteral("\"records\" must be an array.");
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Record r;
        std::optional<qint64> time;
        const bool ok = readMs(o.value(QStringLiteral("time")), false, &time) && o.value(QStringLiteral("type")).isString()
            && o.value(QStringLiteral("data")).isString() && o.value(QStringLiteral("message")).isString()
            && readEnergy(o.value(kPurchase), &r.purchaseKWh) && readEnergy(o.value(kSell), &r.sellKWh);
        if (!ok || (i > 0 && *time < out->last().timeMs)) {
            *error = QStringLiteral("Record %1 is malformed or out of time order.").arg(i + 1);
            return false;
        }
        r.timeMs = *time;
        r.type = o.value(QStringLiteral("type")).toString();
        r.data = o.value(QStringLiteral("data")).toString().toUtf8();
        r.message = o.value(QStringLiteral("message")).toString();
        out->append(r);
    }
    return true;
}

bool readPending(const QJsonValue &value, QList<PendingEvent> *out, QString *error)
{
    if (!value.isArray()) {
        *error = QStringLiteral("\"pending\" must be an array.");
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        PendingEvent e;
        std::optional<qint64> due;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        bool kindOk = false;
        for (const EventKind k : {EventKind::Start, EventKind::StartStable, EventKind::Stop, EventKind::StopStable}) {
            if (kindName(k) == kind) {
                e.kind = k;
                kindOk = true;
            }
        }
        const bool ok = kindOk && readMs(o.value(QStringLiteral("due")), false, &due)
            && o.value(QStringLiteral("power")).isDouble() && o.value(kPurchase).isDouble() && o.value(kSell).isDouble();
        if (!ok || (i > 0 && *due < out->last().dueMs)) {
            *error = QStringLiteral("Pending event %1 is malformed or out of time order.").arg(i + 1);
            return false;
        }
        e.dueMs = *due;
        e.powerW = o.value(QStringLiteral("power")).toDouble();
        e.purchaseKWh = o.value(kPurchase).toDouble();
        e.sellKWh = o.value(kSell).toDouble();
        out->append(e);
    }
    return true;
}

} // namespace

QJsonObject SchedulerSavedState::save(const PowerSchedulerState &state)
{
    QJsonArray pending;
    for (const PendingEvent &e : state.pending) {
        pending.append(QJsonObject{{QStringLiteral("due"), e.dueMs},
                                   {QStringLiteral("kind"), kindName(e.kind)},
                                   {QStringLiteral("power"), e.powerW},
                                   {kPurchase, e.purchaseKWh},
                                   {kSell, e.sellKWh}});
    }
    QJsonArray records;
    for (const Record &r : state.records) {
        records.append(QJsonObject{{QStringLiteral("time"), r.timeMs},
                                   {QStringLiteral("type"), r.type},
                                   {QStringLiteral("data"), QString::fromUtf8(r.data)},
                                   {QStringLiteral("message"), r.message},
                                   {kPurchase, optionalJson(r.purchaseKWh)},
                                   {kSell, optionalJson(r.sellKWh)}});
    }
    const PowerSchedulerState::RunFields &f = state.fields;
    return QJsonObject{
        {QStringLiteral("version"), kStateVersion},
        {QStringLiteral("power_scheduler_id"), state.id},
        {QStringLiteral("timezone"), QString::fromUtf8(state.zone.id())},
        {QStringLiteral("crons"), CronsCodec::encode(state.schedule)},
        {QStringLiteral("update_time"), state.updateMs},
        {QStringLiteral("start_time"), optionalMsJson(f.startMs)},
        {QStringLiteral("stop_time"), optionalMsJson(f.stopMs)},
        {QStringLiteral("info"), f.info.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.info)},
        {QStringLiteral("in_run"), state.inRun},
        {QStringLiteral("edge_floor"), optionalMsJson(state.edgeFloorMs)},
        {QStringLiteral("counting"), state.counting},
        {QStringLiteral("counted_to"), state.countedToMs},
        {QStringLiteral("import_wh"), state.importWh},
        {QStringLiteral("export_wh"), state.exportWh},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("records"), records},
    };
}

Result<PowerSchedulerState> SchedulerSavedState::load(const QJsonObject &saved, int id)
{
    const auto fail = [](const QString &why) {
        return Result<PowerSchedulerState>::failure(QStringLiteral("Scheduler state: ") + why);
    };
    if (saved.value(QStringLiteral("version")).toInt() != kStateVersion)
        return fail(QStringLiteral("unknown version."));
    if (saved.value(QStringLiteral("power_scheduler_id")).toInt(-1) != id)
        return fail(QStringLiteral("it belongs to another scheduler than %1.").arg(id));
    const QTimeZone zone(saved.value(QStringLiteral("timezone")).toString().toUtf8());
    if (!zone.isValid())
        return fail(QStringLiteral("\"timezone\" is not a known time zone."));
    if (!saved.value(QStringLiteral("crons")).isString())
        return fail(QStringLiteral("\"crons\" must be a string."));
    const Result<Schedule> schedule = CronsCodec::decode(saved.value(QStringLiteral("crons")).toString());
    if (!schedule)
        return fail(schedule.error());

    std::optional<qint64> update, start, stop, floor, countedTo;
    const bool timesOk = readMs(saved.value(QStringLiteral("update_time")), false, &update)
        && readMs(saved.value(QStringLiteral("start_time")), true, &start)
        && readMs(saved.value(QStringLiteral("stop_time")), true, &stop)
        && readMs(saved.value(QStringLiteral("edge_floor")), true, &floor)
        && readMs(saved.value(QStringLiteral("counted_to")), false, &countedTo);
    if (!timesOk)
        return fail(QStringLiteral("a time is missing or not a whole number of ms."));
    const QJsonValue info = saved.value(QStringLiteral("info"));
    if (!info.isNull() && !info.isObject())
        return fail(QStringLiteral("\"info\" must be an object or null."));
    const bool runOk = saved.value(QStringLiteral("in_run")).isBool() && saved.value(QStringLiteral("counting")).isBool()
        && saved.value(QStringLiteral("import_wh")).isDouble() && saved.value(QStringLiteral("export_wh")).isDouble();
    if (!runOk)
        return fail(QStringLiteral("the run's state is missing or malformed."));

    PowerSchedulerState state;
    QString reason;
    if (!readPending(saved.value(QStringLiteral("pending")), &state.pending, &reason)
        || !readRecords(saved.value(QStringLiteral("records")), &state.records, &reason))
        return fail(reason);
    state.id = id;
    state.zone = zone;
    state.schedule = schedule.value();
    state.updateMs = *update;
    state.fields = {start, stop, info.toObject()};
    state.inRun = saved.value(QStringLiteral("in_run")).toBool();
    state.edgeFloorMs = floor;
    state.counting = saved.value(QStringLiteral("counting")).toBool();
    state.countedToMs = *countedTo;
    state.importWh = saved.value(QStringLiteral("import_wh")).toDouble();
    state.exportWh = saved.value(QStringLiteral("export_wh")).toDouble();
    return state;
}
