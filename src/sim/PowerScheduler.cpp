#include "sim/PowerScheduler.h"

#include "core/CronsCodec.h"
#include "core/ScheduleRules.h"
#include "core/UtcTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

struct PowerScheduler::StepEnergy
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    double importWh = 0;
    double exportWh = 0;
};

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr int kStateVersion = 1;

const QString kCreate = QStringLiteral("create");
const QString kUpdate = QStringLiteral("update");
const QString kStart = QStringLiteral("start");
const QString kStartStable = QStringLiteral("start_stable");
const QString kStop = QStringLiteral("stop");
const QString kStopStable = QStringLiteral("stop_stable");
const QString kPurchase = QStringLiteral("purchase_energy");
const QString kSell = QStringLiteral("sell_energy");

qint64 floorMod(qint64 value, qint64 divisor)
{
    const qint64 r = value % divisor;
    return r < 0 ? r + divisor : r;
}

// 300–900 ms, the same for the same instant: the vendor's server reacts to an edge with a lag.
qint64 reactionDelayMs(qint64 edgeMs)
{
    quint64 x = quint64(edgeMs) + 0x9E3779B97F4A7C15ULL; // splitmix64: no per-process hash seed
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    x ^= x >> 31;
    return 300 + qint64(x % 601);
}

// Integral values without a fraction, as the vendor writes powers ("10000 w").
QString numberText(double v)
{
    if (std::isfinite(v) && v == std::trunc(v) && std::abs(v) < 9.0e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

QByteArray jsonText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue timeJson(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(UtcTime::format(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalMsJson(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(*ms) : QJsonValue(QJsonValue::Null);
}

QString startMessage(double powerW)
{
    const QString kind = powerW < 0 ? QStringLiteral("放電") : QStringLiteral("充電");
    return QStringLiteral("電池排程已啟動, 預定") + kind + QStringLiteral("功率 ") + numberText(std::abs(powerW))
         + QStringLiteral(" w");
}

// The units' readings are whole numbers in the vendor's records (SoC 31 %, GridPower 3224 w).
double whole(double v)
{
    return std::isfinite(v) ? std::round(v) : 0.0;
}

QByteArray snapshotData(const QList<PowerScheduler::UnitSnapshot> &units)
{
    QJsonObject data;
    for (const PowerScheduler::UnitSnapshot &u : units) {
        data.insert(u.deviceName, QJsonObject{{QStringLiteral("BatSoC"), whole(u.socPercent)},
                                              {QStringLiteral("GridPower"), whole(u.gridPowerW)},
                                              {QStringLiteral("SolarPower"), whole(u.solarPowerW)}});
    }
    return jsonText(data);
}

QString snapshotMessage(const QList<PowerScheduler::UnitSnapshot> &units)
{
    QString text = QStringLiteral("目前裝置狀態\r\n");
    for (const PowerScheduler::UnitSnapshot &u : units) {
        text += u.deviceName + QStringLiteral("\r\n SoC : ") + numberText(whole(u.socPercent))
              + QStringLiteral(" %\r\n SolarPower : ") + numberText(whole(u.solarPowerW))
              + QStringLiteral(" w\r\n GridPower : ") + numberText(whole(u.gridPowerW)) + QStringLiteral(" w\r\n");
    }
    return text;
}

// info.start / info.stop (docs/aegis-api.md §7).
QJsonObject stablePoint(qint64 ms, const QList<PowerScheduler::UnitSnapshot> &units)
{
    QJsonArray devices;
    for (const PowerScheduler::UnitSnapshot &u : units) {
        devices.append(QJsonObject{{QStringLiteral("DeviceName"), u.deviceName},
                                   {QStringLiteral("SoC"), whole(u.socPercent)},
                                   {QStringLiteral("SolarPower"), whole(u.solarPowerW)},
                                   {QStringLiteral("GridPower"), whole(u.gridPowerW)}});
    }
    return QJsonObject{{QStringLiteral("time"), UtcTime::format(ms)},
                       {QStringLiteral("error"), QJsonValue::Null},
                       {QStringLiteral("devices"), devices}};
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

bool readRecords(const QJsonValue &value, QList<PowerScheduler::Record> *out, QString *error)
{
    if (!value.isArray()) {
        *error = QStringLiteral("\"records\" must be an array.");
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        PowerScheduler::Record r;
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

} // namespace

PowerScheduler::PowerScheduler(int id, int domainId, const QTimeZone &zone, const Schedule &initial, qint64 createdMs)
    : m_id(id)
    , m_domainId(domainId)
    , m_zone(zone)
    , m_schedule(initial)
    , m_updateMs(createdMs)
{
    const QJsonObject data{{QStringLiteral("crons"), CronsCodec::encode(initial)}};
    addRecord({createdMs, kCreate, jsonText(data), QStringLiteral("排程已建立"), {}, {}});
}

// ---- time zone and windows ----

PowerScheduler::OffsetSpan PowerScheduler::offsetSpanAt(qint64 ms) const
{
    if (ms >= m_span.fromMs && ms < m_span.toMs)
        return m_span;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    const qint64 end = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    m_span = {ms, std::max(end, ms + 1), m_zone.offsetFromUtc(at)};
    return m_span;
}

int PowerScheduler::localSecondOfDay(qint64 ms) const
{
    const qint64 localMs = ms + qint64(offsetSpanAt(ms).offsetSeconds) * 1000;
    return int(floorMod(localMs, kDayMs) / 1000);
}

const ScheduleWindow *PowerScheduler::windowAtInstant(qint64 ms) const
{
    const std::optional<qsizetype> i = m_schedule.windowAt(localSecondOfDay(ms));
    return i ? &m_schedule.at(*i) : nullptr;
}

double PowerScheduler::requestedPowerW(qint64 ms) const
{
    const ScheduleWindow *w = windowAtInstant(ms);
    return w ? w->powerW : 0.0;
}

// Instants in (fromMs, toMs) whose local time of day, at this offset, is a window edge.
QList<qint64> PowerScheduler::boundariesIn(qint64 fromMs, qint64 toMs, int offsetSeconds) const
{
    QList<qint64> found;
    const qint64 localFrom = floorMod(fromMs + qint64(offsetSeconds) * 1000, kDayMs);
    for (const ScheduleWindow &w : m_schedule.windows()) {
        for (const int second : {w.startSecond, w.stopSecond}) {
            qint64 phase = floorMod(qint64(second) * 1000 - localFrom, kDayMs);
            if (phase == 0)
                phase = kDayMs;
            for (qint64 t = fromMs + phase; t < toMs; t += kDayMs)
                found.append(t);
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

// ---- runs ----

void PowerScheduler::detectEdges(qint64 fromMs, qint64 toMs)
{
    qint64 t = m_edgeFloorMs ? std::max(fromMs, *m_edgeFloorMs) : fromMs;
    while (t < toMs) {
        const OffsetSpan span = offsetSpanAt(t);
        const qint64 end = std::min(toMs, span.toMs);
        checkEdgeAt(t); // also catches an offset change moving the local clock into or out of a window
        for (const qint64 boundary : boundariesIn(t, end, span.offsetSeconds))
            checkEdgeAt(boundary);
        t = end;
    }
}

void PowerScheduler::checkEdgeAt(qint64 ms)
{
    if (m_edgeFloorMs && ms < *m_edgeFloorMs)
        return;
    const ScheduleWindow *w = windowAtInstant(ms);
    if (w && !m_inRun)
        scheduleStart(ms, w->powerW);
    else if (!w && m_inRun)
        scheduleStop(ms, reactionDelayMs(ms));
}

void PowerScheduler::scheduleStart(qint64 edgeMs, double powerW)
{
    const qint64 due = std::max(edgeMs + reactionDelayMs(edgeMs), m_edgeFloorMs.value_or(edgeMs));
    enqueue({due, EventKind::Start, powerW, 0, 0});
    m_inRun = true;
    m_edgeFloorMs = due;
}

void PowerScheduler::scheduleStop(qint64 edgeMs, qint64 delayMs)
{
    // Never before the run's own start record, even when a PATCH ends it at once.
    const qint64 due = std::max(edgeMs + delayMs, m_edgeFloorMs.value_or(edgeMs));
    enqueue({due, EventKind::Stop, 0, 0, 0});
    m_inRun = false;
    m_edgeFloorMs = due;
}

void PowerScheduler::enqueue(const PendingEvent &event)
{
    const auto at = std::upper_bound(m_pending.begin(), m_pending.end(), event.dueMs,
                                     [](qint64 due, const PendingEvent &e) { return due < e.dueMs; });
    m_pending.insert(at, event);
}

void PowerScheduler::step(qint64 fromMs, qint64 toMs, double gridImportWh, double gridExportWh, const SnapshotSource &snapshot)
{
    if (toMs <= fromMs)
        return;
    // "now" has reached this step's start, and never goes back.
    m_pendingChanges.removeIf([fromMs](const FieldChange &c) { return c.atMs <= fromMs; });
    detectEdges(fromMs, toMs);
    const StepEnergy energy{fromMs, toMs, gridImportWh, gridExportWh};
    // Events may add events (a start record its stable point), so take the earliest each time.
    while (!m_pending.isEmpty() && m_pending.constFirst().dueMs < toMs)
        processEvent(m_pending.takeFirst(), energy, snapshot);
    if (m_counting)
        countEnergy(toMs, energy);
}

void PowerScheduler::processEvent(const PendingEvent &event, const StepEnergy &energy, const SnapshotSource &snapshot)
{
    switch (event.kind) {
    case EventKind::Start: {
        const QJsonObject data{{QStringLiteral("charge_power"), event.powerW}};
        addRecord({event.dueMs, kStart, jsonText(data), startMessage(event.powerW), {}, {}});
        m_counting = true;
        m_countedToMs = event.dueMs;
        m_importWh = 0;
        m_exportWh = 0;
        enqueue({event.dueMs + kStableDelayMs, EventKind::StartStable, 0, 0, 0});
        break;
    }
    case EventKind::Stop:
        countEnergy(event.dueMs, energy);
        addRecord({event.dueMs, kStop, QByteArrayLiteral("{\"charge_power\":null}"), QStringLiteral("電池排程已停止"), {}, {}});
        m_counting = false;
        enqueue({event.dueMs + kStableDelayMs, EventKind::StopStable, 0, m_importWh / 1000.0, m_exportWh / 1000.0});
        break;
    case EventKind::StartStable:
    case EventKind::StopStable:
        writeStable(event, snapshot);
        break;
    }
}

// Adds the step's grid energy over [counted-to, untilMs), pro rata of the step's length.
void PowerScheduler::countEnergy(qint64 untilMs, const StepEnergy &energy)
{
    const qint64 from = std::max(m_countedToMs, energy.fromMs);
    const qint64 to = std::min(untilMs, energy.toMs);
    if (to > from) {
        const double share = double(to - from) / double(energy.toMs - energy.fromMs);
        m_importWh += energy.importWh * share;
        m_exportWh += energy.exportWh * share;
    }
    m_countedToMs = std::max(m_countedToMs, untilMs);
}

// The vendor sets start_time/stop_time and info at the stable points, not at the edges.
void PowerScheduler::writeStable(const PendingEvent &event, const SnapshotSource &snapshot)
{
    const QList<UnitSnapshot> units = snapshot ? snapshot() : QList<UnitSnapshot>{};
    const bool atStart = event.kind == EventKind::StartStable;
    Record record{event.dueMs, atStart ? kStartStable : kStopStable, snapshotData(units), snapshotMessage(units), {}, {}};
    const QJsonObject point = stablePoint(event.dueMs, units);
    m_pendingChanges.append({event.dueMs, {m_startMs, m_stopMs, m_info}});
    if (atStart) {
        m_startMs = event.dueMs;
        m_info = QJsonObject{{kStart, point},
                             {kStop, QJsonValue::Null},
                             {kPurchase, QJsonValue::Null},
                             {kSell, QJsonValue::Null}};
    } else {
        record.purchaseKWh = event.purchaseKWh;
        record.sellKWh = event.sellKWh;
        m_stopMs = event.dueMs;
        m_info.insert(kStop, point);
        m_info.insert(kPurchase, event.purchaseKWh);
        m_info.insert(kSell, event.sellKWh);
    }
    addRecord(record);
}

void PowerScheduler::addRecord(Record record)
{
    const auto at = std::upper_bound(m_records.begin(), m_records.end(), record.timeMs,
                                     [](qint64 t, const Record &r) { return t < r.timeMs; });
    m_records.insert(at, std::move(record));
}

PowerScheduler::RunFields PowerScheduler::fieldsAt(qint64 nowMs) const
{
    for (const FieldChange &change : m_pendingChanges) {
        if (change.atMs > nowMs)
            return change.before;
    }
    return {m_startMs, m_stopMs, m_info};
}

bool PowerScheduler::running(qint64 nowMs) const
{
    const RunFields f = fieldsAt(nowMs);
    return f.startMs && (!f.stopMs || *f.startMs > *f.stopMs);
}

// ---- changes ----

SimReply PowerScheduler::patch(const QByteArray &body, qint64 nowMs)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return SimReply::error(400, QStringLiteral("The request body is not valid JSON: %1 at character %2.")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    if (!doc.isObject())
        return SimReply::error(400, QStringLiteral("The request body must be a JSON object: {\"crons\": \"...\"}."));
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != QStringLiteral("crons"))
            return SimReply::error(400, QStringLiteral("Only crons may change: \"%1\" is not allowed.").arg(it.key()));
    }
    const QJsonValue cronsValue = object.value(QStringLiteral("crons"));
    if (cronsValue.isUndefined())
        return SimReply::error(400, QStringLiteral("crons is required."));
    if (!cronsValue.isString())
        return SimReply::error(400, QStringLiteral("crons must be a string holding the JSON array of windows."));

    const QString crons = cronsValue.toString();
    const Result<Schedule> decoded = CronsCodec::decode(crons);
    if (!decoded)
        return SimReply::error(400, QStringLiteral("crons: ") + decoded.error());
    // The server knows no power limits and accepts a zero-power window (docs/aegis-api.md §7).
    constexpr double kUnlimited = std::numeric_limits<double>::infinity();
    QList<ScheduleViolation> violations = ScheduleRules({kUnlimited, kUnlimited}).check(decoded.value());
    violations.removeIf([](const ScheduleViolation &v) { return v.rule == ScheduleViolation::Rule::ZeroPower; });
    if (!violations.isEmpty())
        return SimReply::error(400, QStringLiteral("crons: ") + ScheduleRules::describe(violations));

    applySchedule(decoded.value(), nowMs, crons, QStringLiteral("排程已更新"));
    return SimReply::json(jsonText(toJson(nowMs)));
}

void PowerScheduler::replaceBehindTheClientsBack(const Schedule &schedule, qint64 nowMs)
{
    applySchedule(schedule, nowMs, CronsCodec::encode(schedule), QStringLiteral("排程已由其他使用者更新"));
}

void PowerScheduler::applySchedule(const Schedule &schedule, qint64 nowMs, const QString &crons, const QString &message)
{
    m_schedule = schedule;
    m_updateMs = nowMs;
    addRecord({nowMs, kUpdate, jsonText(QJsonObject{{QStringLiteral("crons"), crons}}), message, {}, {}});
    // A run whose window is gone ends now; one that a new window asks for starts at the next step.
    if (m_inRun && !windowAtInstant(nowMs))
        scheduleStop(nowMs, 0);
}

// ---- replies ----

QJsonObject PowerScheduler::toJson(qint64 nowMs) const
{
    const RunFields f = fieldsAt(nowMs);
    return QJsonObject{
        {QStringLiteral("power_scheduler_id"), m_id},
        {QStringLiteral("domain_id"), m_domainId},
        {QStringLiteral("device_id"), QJsonValue::Null},
        {QStringLiteral("timezone"), QString::fromUtf8(m_zone.id())},
        {QStringLiteral("crons"), CronsCodec::encode(m_schedule)},
        {QStringLiteral("notify_user_id"), 1},
        {QStringLiteral("update_time"), UtcTime::format(m_updateMs)},
        {QStringLiteral("start_time"), timeJson(f.startMs)},
        {QStringLiteral("stop_time"), timeJson(f.stopMs)},
        {QStringLiteral("info"), f.info.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(jsonText(f.info)))},
        {QStringLiteral("enabled"), true},
    };
}

QJsonObject PowerScheduler::historyJson(qint64 fromMs, qint64 toMs, qint64 nowMs) const
{
    // Records a step wrote ahead of "now" are not history yet.
    const qint64 end = std::min(toMs, nowMs + 1);
    QJsonArray records;
    int completed = 0;
    double purchase = 0;
    double sell = 0;
    for (const Record &r : m_records) {
        if (r.timeMs < fromMs || r.timeMs >= end)
            continue;
        if (r.type == kStopStable) {
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
    return QJsonObject{{QStringLiteral("running"), running(nowMs)},
                       {QStringLiteral("complete_count"), completed},
                       {kPurchase, purchase},
                       {kSell, sell},
                       {QStringLiteral("records"), records}};
}

// ---- state ----

QString PowerScheduler::kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Start: return kStart;
    case EventKind::StartStable: return kStartStable;
    case EventKind::Stop: return kStop;
    case EventKind::StopStable: return kStopStable;
    }
    return {};
}

QJsonObject PowerScheduler::saveState() const
{
    QJsonArray pending;
    for (const PendingEvent &e : m_pending) {
        pending.append(QJsonObject{{QStringLiteral("due"), e.dueMs}, {QStringLiteral("kind"), kindName(e.kind)},
                                   {QStringLiteral("power"), e.powerW}, {kPurchase, e.purchaseKWh}, {kSell, e.sellKWh}});
    }
    QJsonArray records;
    for (const Record &r : m_records) {
        records.append(QJsonObject{{QStringLiteral("time"), r.timeMs}, {QStringLiteral("type"), r.type},
                                   {QStringLiteral("data"), QString::fromUtf8(r.data)}, {QStringLiteral("message"), r.message},
                                   {kPurchase, optionalJson(r.purchaseKWh)}, {kSell, optionalJson(r.sellKWh)}});
    }
    return QJsonObject{
        {QStringLiteral("version"), kStateVersion},
        {QStringLiteral("power_scheduler_id"), m_id},
        {QStringLiteral("timezone"), QString::fromUtf8(m_zone.id())},
        {QStringLiteral("crons"), CronsCodec::encode(m_schedule)},
        {QStringLiteral("update_time"), m_updateMs},
        {QStringLiteral("start_time"), optionalMsJson(m_startMs)},
        {QStringLiteral("stop_time"), optionalMsJson(m_stopMs)},
        {QStringLiteral("info"), m_info.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_info)},
        {QStringLiteral("in_run"), m_inRun},
        {QStringLiteral("edge_floor"), optionalMsJson(m_edgeFloorMs)},
        {QStringLiteral("counting"), m_counting},
        {QStringLiteral("counted_to"), m_countedToMs},
        {QStringLiteral("import_wh"), m_importWh},
        {QStringLiteral("export_wh"), m_exportWh},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("records"), records},
    };
}

bool PowerScheduler::readPending(const QJsonValue &value, QList<PendingEvent> *out, QString *error)
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
        const bool ok = kindOk && readMs(o.value(QStringLiteral("due")), false, &due) && o.value(QStringLiteral("power")).isDouble()
                     && o.value(kPurchase).isDouble() && o.value(kSell).isDouble();
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

bool PowerScheduler::loadState(const QJsonObject &state, QString *error)
{
    QString reason;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("Scheduler state: ") + why;
        return false;
    };
    if (state.value(QStringLiteral("version")).toInt() != kStateVersion)
        return fail(QStringLiteral("unknown version."));
    if (state.value(QStringLiteral("power_scheduler_id")).toInt(-1) != m_id)
        return fail(QStringLiteral("it belongs to another scheduler than %1.").arg(m_id));
    const QTimeZone zone(state.value(QStringLiteral("timezone")).toString().toUtf8());
    if (!zone.isValid())
        return fail(QStringLiteral("\"timezone\" is not a known time zone."));
    if (!state.value(QStringLiteral("crons")).isString())
        return fail(QStringLiteral("\"crons\" must be a string."));
    const Result<Schedule> schedule = CronsCodec::decode(state.value(QStringLiteral("crons")).toString());
    if (!schedule)
        return fail(schedule.error());

    std::optional<qint64> update, start, stop, floor, countedTo;
    const bool timesOk = readMs(state.value(QStringLiteral("update_time")), false, &update)
                      && readMs(state.value(QStringLiteral("start_time")), true, &start)
                      && readMs(state.value(QStringLiteral("stop_time")), true, &stop)
                      && readMs(state.value(QStringLiteral("edge_floor")), true, &floor)
                      && readMs(state.value(QStringLiteral("counted_to")), false, &countedTo);
    if (!timesOk)
        return fail(QStringLiteral("a time is missing or not a whole number of ms."));
    const QJsonValue info = state.value(QStringLiteral("info"));
    if (!info.isNull() && !info.isObject())
        return fail(QStringLiteral("\"info\" must be an object or null."));
    const bool runOk = state.value(QStringLiteral("in_run")).isBool() && state.value(QStringLiteral("counting")).isBool()
                    && state.value(QStringLiteral("import_wh")).isDouble() && state.value(QStringLiteral("export_wh")).isDouble();
    if (!runOk)
        return fail(QStringLiteral("the run's state is missing or malformed."));
    QList<PendingEvent> pending;
    QList<Record> records;
    if (!readPending(state.value(QStringLiteral("pending")), &pending, &reason)
        || !readRecords(state.value(QStringLiteral("records")), &records, &reason))
        return fail(reason);

    m_zone = zone;
    m_span = {};
    m_schedule = schedule.value();
    m_updateMs = *update;
    m_startMs = start;
    m_stopMs = stop;
    m_info = info.toObject();
    m_pendingChanges.clear(); // a saved state shows its latest fields
    m_inRun = state.value(QStringLiteral("in_run")).toBool();
    m_edgeFloorMs = floor;
    m_counting = state.value(QStringLiteral("counting")).toBool();
    m_countedToMs = *countedTo;
    m_importWh = state.value(QStringLiteral("import_wh")).toDouble();
    m_exportWh = state.value(QStringLiteral("export_wh")).toDouble();
    m_pending = pending;
    m_records = records;
    return true;
}
