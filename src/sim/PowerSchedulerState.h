#pragma once

#include "core/Schedule.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

// What the emulator's battery scheduler holds (docs/emulator.md "The scheduler"): its windows,
// the §7 object's fields, the run in progress and the history records. PowerScheduler changes
// it, SchedulerWire serves it, SchedulerSavedState saves and loads it.
struct PowerSchedulerState
{
    // The state of one battery unit at a stable point of a run.
    struct UnitSnapshot
    {
        QString deviceName;
        double socPercent = 0;
        double solarPowerW = 0;
        double gridPowerW = 0;
    };

    struct Record
    {
        qint64 timeMs = 0;
        QString type; // create, update, start, start_stable, stop, stop_stable
        QByteArray data; // JSON text
        QString message; // operator text, Chinese as the vendor writes it
        std::optional<double> purchaseKWh; // set on stop_stable
        std::optional<double> sellKWh;
    };

    // The §7 object's fields that the stable points set.
    struct RunFields
    {
        std::optional<qint64> startMs;
        std::optional<qint64> stopMs;
        QJsonObject info; // empty until the first start_stable
    };

    enum class EventKind { Start, StartStable, Stop, StopStable };
    // A record that is due later: the start/stop records a little after their edge, the
    // stable records 4 minutes after those.
    struct PendingEvent
    {
        qint64 dueMs = 0;
        EventKind kind = EventKind::Start;
        double powerW = 0; // Start: the window's power
        double purchaseKWh = 0; // StopStable: the run's grid energy
        double sellKWh = 0;
    };

    int id = 0;
    QTimeZone zone;
    Schedule schedule;
    QList<Record> records; // by time

    qint64 updateMs = 0;
    RunFields fields;

    // The run as the windows drive it, ahead of the records.
    bool inRun = false;
    // No edge before this instant: keeps a run's records after the previous run's (PATCH).
    std::optional<qint64> edgeFloorMs;
    QList<PendingEvent> pending; // by due time
    // Grid energy from the run's start record to its stop record.
    bool counting = false;
    qint64 countedToMs = 0;
    double importWh = 0;
    double exportWh = 0;
};
