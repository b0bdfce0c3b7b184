#pragma once

#include "core/Result.h"
#include "core/Schedule.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

// The scheduler's `crons` field (docs/aegis-api.md §7): a JSON array of windows encoded as a string.
// Decoding checks shape and types only; whether the windows obey the rules is ScheduleRules'
// business, so a server schedule that breaks them can still be shown to the operator. More than
// Schedule::kMaxWindows windows are refused before any is read.
class CronsCodec final
{
    Q_DECLARE_TR_FUNCTIONS(CronsCodec)

public:
    static Result<Schedule> decode(const QString &crons);
    // Compact JSON, windows in the schedule's order, keys in the vendor's order
    // (start_time, stop_time, power) followed by any extra keys the windows carried.
    static QString encode(const Schedule &schedule);
    // What a JSON value is, in an operator's words ("a number", "text"), for error messages of
    // every schedule format.
    static QString typeName(const QJsonValue &value);
    // The refusal of a schedule of more than Schedule::kMaxWindows windows, for every format.
    static QString tooManyWindows(qsizetype count);
};
