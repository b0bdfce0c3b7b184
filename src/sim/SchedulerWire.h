#pragma once

#include "core/Result.h"
#include "core/Schedule.h"
#include "sim/PowerSchedulerState.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The battery scheduler as the vendor's server writes and reads it (docs/aegis-api.md §7): the
// object GET serves, the PATCH body and its refusals, the history reply, and the data and message
// texts of each record. PowerScheduler decides what happens; this says how it looks.
class SchedulerWire final
{
public:
    using Record = PowerSchedulerState::Record;
    using RunFields = PowerSchedulerState::RunFields;
    using UnitSnapshot = PowerSchedulerState::UnitSnapshot;

    // A PATCH body that may be applied: the windows with the contract's three keys only (keys a
    // client adds to a window are not kept), and crons as the client wrote it (for the log).
    struct Patch
    {
        Schedule schedule;
        QString crons;
    };
    // Who changed the windows, for the `update` record's message.
    enum class Editor { Client, AnotherOperator };

    // The §7 object with these run fields; GET wraps it in an array, PATCH replies with it alone.
    static QJsonObject object(const PowerSchedulerState &state, int domainId, const RunFields &shown);
    // The history reply over the records in [fromMs, endMs).
    static QJsonObject history(const QList<Record> &records, qint64 fromMs, qint64 endMs, bool running);
    // PATCH body {"crons": "..."}; the failure is the 400's message.
    static Result<Patch> decodePatch(const QByteArray &body);

    static Record createRecord(qint64 ms, const Schedule &schedule);
    static Record updateRecord(qint64 ms, const QString &crons, Editor editor);
    static Record startRecord(qint64 ms, double powerW);
    static Record stopRecord(qint64 ms);
    static Record startStableRecord(qint64 ms, const QList<UnitSnapshot> &units);
    static Record stopStableRecord(qint64 ms, const QList<UnitSnapshot> &units, double purchaseKWh, double sellKWh);
    // info as start_stable sets it, and as stop_stable completes it.
    static QJsonObject startInfo(qint64 ms, const QList<UnitSnapshot> &units);
    static void completeInfo(QJsonObject *info, qint64 ms, const QList<UnitSnapshot> &units, double purchaseKWh, double sellKWh);

    static QByteArray compact(const QJsonObject &object);
};
