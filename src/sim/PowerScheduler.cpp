#include "sim/PowerScheduler.h"

#include "core/CronsCodec.h"
#include "core/UtcTime.h"
#include "sim/SchedulerSavedState.h"
#include "sim/SchedulerWire.h"
#include "sim/SimLogging.h"

#include <QDateTime>
#include <algorithm>
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

} // namespace

PowerScheduler::PowerScheduler(int id, int domainId, const QTimeZone &zone, const Schedule &initial, qint64 createdMs)
    : m_domainId(domainId)
{
    m_state.id = id;
    m_state.zone = zone;
    m_state.schedule = initial;
    m_state.updateMs = createdMs;
    addRecord(SchedulerWire::createRecord(createdMs, initial));
}

// ---- time zone and windows ----

PowerScheduler::OffsetSpan PowerScheduler::offsetSpanAt(qint64 ms) const
{
    if (ms >= m_span.fromMs && ms < m_span.toMs)
        return m_span;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    const QTimeZone::OffsetData next = m_state.zone.nextTransition(at);
    const qint64 end = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    m_span = {ms, std::max(end, ms + 1), m_state.zone.offsetFromUtc(at)};
    return m_span;
}

int PowerScheduler::localSecondOfDay(qint64 ms) const
{
    const qint64 localMs = ms + qint64(offsetSpanAt(ms).offsetSeconds) * 1000;
    return int(floorMod(localMs, kDayMs) / 1000);
}

const ScheduleWindow *PowerScheduler::windowAtInstant(qint64 ms) const
{
    const std::optional<qsizetype> i = m_state.schedule.windowAt(localSecondOfDay(ms));
    return i ? &m_state.schedule.at(*i) : nullptr;
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
    for (const ScheduleWindow &w : m_state.schedule.windows()) {
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
    qint64 t = m_state.edgeFloorMs ? std::max(fromMs, *m_state.edgeFloorMs) : fromMs;
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
    if (m_state.edgeFloorMs && ms < *m_state.edgeFloorMs)
        return;
    const ScheduleWindow *w = windowAtInstant(ms);
    if (w && !m_state.inRun)
        scheduleStart(ms, w->powerW);
    else if (!w && m_state.inRun)
        scheduleStop(ms, reactionDelayMs(ms));
}

void PowerScheduler::scheduleStart(qint64 edgeMs, double powerW)
{
    const qint64 due = std::max(edgeMs + reactionDelayMs(edgeMs), m_state.edgeFloorMs.value_or(edgeMs));
    enqueue({due, EventKind::Start, powerW, 0, 0});
    m_state.inRun = true;
    m_state.edgeFloorMs = due;
}

void PowerScheduler::scheduleStop(qint64 edgeMs, qint64 delayMs)
{
    // Never before the run's own start record, even when a PATCH ends it at once.
    const qint64 due = std::max(edgeMs + delayMs, m_state.edgeFloorMs.value_or(edgeMs));
    enqueue({due, EventKind::Stop, 0, 0, 0});
    m_state.inRun = false;
    m_state.edgeFloorMs = due;
}

void PowerScheduler::enqueue(const PendingEvent &event)
{
    const auto at = std::upper_bound(m_state.pending.begin(), m_state.pending.end(), event.dueMs,
                                     [](qint64 due, const PendingEvent &e) { return due < e.dueMs; });
    m_state.pending.insert(at, event);
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
    while (!m_state.pending.isEmpty() && m_state.pending.constFirst().dueMs < toMs)
        processEvent(m_state.pending.takeFirst(), energy, snapshot);
    if (m_state.counting)
        countEnergy(toMs, energy);
}

void PowerScheduler::processEvent(const PendingEvent &event, const StepEnergy &energy, const SnapshotSource &snapshot)
{
    switch (event.kind) {
    case EventKind::Start: {
        qCInfo(lcSimScheduler).noquote() << "run starts at" << UtcTime::format(event.dueMs) << "with" << event.powerW << "W";
        addRecord(SchedulerWire::startRecord(event.dueMs, event.powerW));
        m_state.counting = true;
        m_state.countedToMs = event.dueMs;
        m_state.importWh = 0;
        m_state.exportWh = 0;
        enqueue({event.dueMs + kStableDelayMs, EventKind::StartStable, 0, 0, 0});
        break;
    }
    case EventKind::Stop:
        countEnergy(event.dueMs, energy);
        qCInfo(lcSimScheduler).noquote() << "run stops at" << UtcTime::format(event.dueMs);
        addRecord(SchedulerWire::stopRecord(event.dueMs));
        m_state.counting = false;
        enqueue({event.dueMs + kStableDelayMs, EventKind::StopStable, 0, m_state.importWh / 1000.0, m_state.exportWh / 1000.0});
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
    const qint64 from = std::max(m_state.countedToMs, energy.fromMs);
    const qint64 to = std::min(untilMs, energy.toMs);
    if (to > from) {
        const double share = double(to - from) / double(energy.toMs - energy.fromMs);
        m_state.importWh += energy.importWh * share;
        m_state.exportWh += energy.exportWh * share;
    }
    m_state.countedToMs = std::max(m_state.countedToMs, untilMs);
}

// The vendor sets start_time/stop_time and info at the stable points, not at the edges.
void PowerScheduler::writeStable(const PendingEvent &event, const SnapshotSource &snapshot)
{
    const QList<UnitSnapshot> units = snapshot ? snapshot() : QList<UnitSnapshot>{};
    RunFields &f = m_state.fields;
    m_pendingChanges.append({event.dueMs, f});
    if (event.kind == EventKind::StartStable) {
        f.startMs = event.dueMs;
        f.info = SchedulerWire::startInfo(event.dueMs, units);
        addRecord(SchedulerWire::startStableRecord(event.dueMs, units));
    } else {
        f.stopMs = event.dueMs;
        SchedulerWire::completeInfo(&f.info, event.dueMs, units, event.purchaseKWh, event.sellKWh);
        addRecord(SchedulerWire::stopStableRecord(event.dueMs, units, event.purchaseKWh, event.sellKWh));
    }
}

void PowerScheduler::addRecord(Record record)
{
    const auto at = std::upper_bound(m_state.records.begin(), m_state.records.end(), record.timeMs,
                                     [](qint64 t, const Record &r) { return t < r.timeMs; });
    m_state.records.insert(at, std::move(record));
    if (m_state.records.size() > kMaxRecords)
        m_state.records.remove(0, m_state.records.size() - kMaxRecords);
}

PowerScheduler::RunFields PowerScheduler::fieldsAt(qint64 nowMs) const
{
    for (const FieldChange &change : m_pendingChanges) {
        if (change.atMs > nowMs)
            return change.before;
    }
    return m_state.fields;
}

bool PowerScheduler::running(qint64 nowMs) const
{
    const RunFields f = fieldsAt(nowMs);
    return f.startMs && (!f.stopMs || *f.startMs > *f.stopMs);
}

// ---- changes ----

SimReply PowerScheduler::patch(const QByteArray &body, qint64 nowMs)
{
    const Result<SchedulerWire::Patch> patch = SchedulerWire::decodePatch(body);
    if (!patch) {
        qCInfo(lcSimScheduler).noquote() << "PATCH refused:" << patch.error();
        return SimReply::error(400, patch.error());
    }
    qCInfo(lcSimScheduler).noquote() << "PATCH accepted at" << UtcTime::format(nowMs) << "crons" << patch->crons;
    // The record keeps the client's text, as the vendor's does, unless keys the client added or
    // padding make it longer than twice the emulator's own form: the history holds the windows,
    // not whatever a body carried.
    const QString compact = CronsCodec::encode(patch->schedule);
    const QString recorded = patch->crons.size() <= 2 * compact.size() ? patch->crons : compact;
    applySchedule(patch->schedule, nowMs, SchedulerWire::updateRecord(nowMs, recorded, SchedulerWire::Editor::Client));
    return SimReply::json(SchedulerWire::compact(toJson(nowMs)));
}

void PowerScheduler::replaceBehindTheClientsBack(const Schedule &schedule, qint64 nowMs)
{
    applySchedule(schedule, nowMs,
                  SchedulerWire::updateRecord(nowMs, CronsCodec::encode(schedule), SchedulerWire::Editor::AnotherOperator));
}

void PowerScheduler::applySchedule(const Schedule &schedule, qint64 nowMs, Record update)
{
    m_state.schedule = schedule;
    m_state.updateMs = nowMs;
    addRecord(std::move(update));
    // A run whose window is gone ends now; one that a new window asks for starts at the next step.
    if (m_state.inRun && !windowAtInstant(nowMs))
        scheduleStop(nowMs, 0);
}

// ---- replies and state ----

QJsonObject PowerScheduler::toJson(qint64 nowMs) const
{
    return SchedulerWire::object(m_state, m_domainId, fieldsAt(nowMs));
}

QJsonObject PowerScheduler::historyJson(qint64 fromMs, qint64 toMs, qint64 nowMs) const
{
    // Records a step wrote ahead of "now" are not history yet.
    return SchedulerWire::history(m_state.records, fromMs, std::min(toMs, nowMs + 1), running(nowMs));
}

QJsonObject PowerScheduler::saveState() const
{
    return SchedulerSavedState::save(m_state);
}

bool PowerScheduler::loadState(const QJsonObject &state, QString *error)
{
    Result<PowerSchedulerState> loaded = SchedulerSavedState::load(state, m_state.id);
    if (!loaded) {
        if (error)
            *error = loaded.error();
        return false;
    }
    m_state = std::move(loaded).value();
    if (m_state.records.size() > kMaxRecords)
        m_state.records.remove(0, m_state.records.size() - kMaxRecords);
    m_span = {};
    m_pendingChanges.clear(); // a saved state shows its latest fields
    return true;
}
