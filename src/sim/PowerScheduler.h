#pragma once

#include "core/Schedule.h"
#include "sim/PowerSchedulerState.h"
#include "sim/SimReply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <functional>
#include <limits>
#include <optional>

// The battery scheduler of building K as the vendor's server runs it (docs/aegis-api.md §7,
// docs/emulator.md "The scheduler"): daily windows in its time zone, the runs they cause,
// and the history records of each run. How it looks on the wire is SchedulerWire's, how it is
// saved SchedulerSavedState's.
class PowerScheduler
{
public:
    using UnitSnapshot = PowerSchedulerState::UnitSnapshot;
    using SnapshotSource = std::function<QList<UnitSnapshot>()>;
    using Record = PowerSchedulerState::Record;

    static constexpr qint64 kStableDelayMs = 4 * 60'000;
    // The history keeps the latest records up to this many (docs/emulator.md "Limits"): about
    // three years of two runs a day, or as many PATCHes.
    static constexpr qsizetype kMaxRecords = 10'000;

    PowerScheduler(int id, int domainId, const QTimeZone &zone, const Schedule &initial, qint64 createdMs);

    int id() const { return m_state.id; }
    const Schedule &schedule() const { return m_state.schedule; }
    const QTimeZone &zone() const { return m_state.zone; }

    // The site battery power the windows ask for at this instant, W (> 0 charge); 0 outside.
    double requestedPowerW(qint64 ms) const;

    // Advance over one simulation step [fromMs, toMs): starts and stops runs whose edges fall
    // in it, writes their records, and counts the site grid energy of a running run.
    // `snapshot` is asked only when a stable record needs the units' state.
    void step(qint64 fromMs, qint64 toMs, double gridImportWh, double gridExportWh, const SnapshotSource &snapshot);

    // PATCH body {"crons": "..."}: 400 with a reason for a bad body or crons (nothing changes),
    // else the windows are replaced, update_time set, an `update` record written, and the
    // reply is the updated object (not in an array).
    SimReply patch(const QByteArray &body, qint64 nowMs);
    // Replace the windows as another operator would (the concurrent-edit fault).
    void replaceBehindTheClientsBack(const Schedule &schedule, qint64 nowMs);

    // The §7 object as of nowMs (default: as the last step left it); GET wraps it in an array.
    QJsonObject toJson(qint64 nowMs = kLatest) const;
    // The history reply for [fromMs, toMs): running, complete_count, totals, records.
    QJsonObject historyJson(qint64 fromMs, qint64 toMs, qint64 nowMs) const;
    const QList<Record> &records() const { return m_state.records; }

    // Running = (start_time != null && stop_time == null) || start_time > stop_time, as of nowMs.
    bool running(qint64 nowMs = kLatest) const;

    // State for save/load of the emulator.
    QJsonObject saveState() const;
    bool loadState(const QJsonObject &state, QString *error);

private:
    static constexpr qint64 kLatest = std::numeric_limits<qint64>::max();

    using EventKind = PowerSchedulerState::EventKind;
    using PendingEvent = PowerSchedulerState::PendingEvent;
    using RunFields = PowerSchedulerState::RunFields;
    // A step runs once it has begun, so its stable points can lie up to a step past "now":
    // what each one replaced stays shown until "now" reaches it.
    struct FieldChange
    {
        qint64 atMs = 0;
        RunFields before;
    };
    // The zone's UTC offset, constant over [fromMs, toMs).
    struct OffsetSpan
    {
        qint64 fromMs = 1;
        qint64 toMs = 0;
        int offsetSeconds = 0;
    };
    struct StepEnergy;

    OffsetSpan offsetSpanAt(qint64 ms) const;
    int localSecondOfDay(qint64 ms) const;
    const ScheduleWindow *windowAtInstant(qint64 ms) const;
    QList<qint64> boundariesIn(qint64 fromMs, qint64 toMs, int offsetSeconds) const;
    void detectEdges(qint64 fromMs, qint64 toMs);
    void checkEdgeAt(qint64 ms);
    void scheduleStart(qint64 edgeMs, double powerW);
    void scheduleStop(qint64 edgeMs, qint64 delayMs);
    void enqueue(const PendingEvent &event);
    void processEvent(const PendingEvent &event, const StepEnergy &energy, const SnapshotSource &snapshot);
    void countEnergy(qint64 untilMs, const StepEnergy &energy);
    void writeStable(const PendingEvent &event, const SnapshotSource &snapshot);
    void applySchedule(const Schedule &schedule, qint64 nowMs, Record update);
    void addRecord(Record record);
    RunFields fieldsAt(qint64 nowMs) const;

    int m_domainId;
    PowerSchedulerState m_state;
    QList<FieldChange> m_pendingChanges; // by time; only those after the last step's start

    mutable OffsetSpan m_span; // cache: offsets change only at the zone's transitions
};
