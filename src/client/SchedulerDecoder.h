#pragma once

#include "client/SchedulerState.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads the scheduler replies of docs/aegis-api.md §7. Tolerant where the contract allows (key
// order, extra keys, an object instead of the one-element array, an undecodable `info`),
// strict where a wrong value would mislead the operator (crons, times).
class SchedulerDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(SchedulerDecoder)

public:
    static Result<SchedulerState> decodeState(const QByteArray &body);
    static Result<SchedulerHistory> decodeHistory(const QByteArray &body);
    // The PATCH body: {"crons": "<the windows as a JSON string>"}.
    static QByteArray encodePatch(const Schedule &schedule);
};
