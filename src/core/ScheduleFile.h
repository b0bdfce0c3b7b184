#pragma once

#include "core/Result.h"
#include "core/Schedule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QTimeZone>

// A schedule read from a file, with what the file said about it.
struct ImportedSchedule
{
    Schedule schedule;
    QString name; // empty when the file names none
    QString timezone; // IANA id, e.g. "Asia/Taipei"

    friend bool operator==(const ImportedSchedule &, const ImportedSchedule &) = default;
};

// One schedule as a JSON file that EVerest reads as `ExternalLimits` (types/energy.yaml):
// `schedule_import` (charge windows) and `schedule_export` (discharge windows) time series for
// the next day, plus `aegis_schedule`, the daily windows themselves, so a round trip is exact:
//   {"aegis_schedule": {"format": 1, "timezone": "Asia/Taipei", "name": "Weekday",
//                       "windows": [{"start_time": 3600, "stop_time": 10800, "power": 10000}]},
//    "schedule_import": [{"timestamp": "2024-12-08T16:00:00.000Z",
//                         "limits_to_root": {"total_power_W": 0}, "limits_to_leaves": {...}}, ...],
//    "schedule_export": [...]}
// Reading checks shape and types only; the scheduler's rules are ScheduleRules' business.
class ScheduleFile final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleFile)

public:
    static constexpr int kFormat = 1;

    // The time series cover one local day in `zone` from `startUtc` (23 to 25 hours where
    // daylight saving changes): an entry at the start, at every window edge and at the end.
    static QByteArray exportJson(const Schedule &schedule, const QString &name, const QTimeZone &zone, const QDateTime &startUtc);

    // `aegis_schedule` when the file has it; else the windows rebuilt from the first day (24
    // hours but where daylight saving changes) of the EVerest time series, as wall-clock times
    // in `zone`: a file from another tool.
    static Result<ImportedSchedule> importJson(const QByteArray &json, const QTimeZone &zone);

    // importJson() of a file; errors start with the path.
    static Result<ImportedSchedule> readFile(const QString &path, const QTimeZone &zone);
    // All or nothing (QSaveFile): a failed or interrupted write leaves the old file as it was.
    static Result<bool> writeFile(const QString &path, const QByteArray &bytes);

    // The windows as a JSON array with CronsCodec's keys and each window's extra keys, and
    // back; the other schedule files of core store windows in this form too.
    static QJsonArray windowsToJson(const Schedule &schedule);
    static Result<Schedule> windowsFromJson(const QJsonArray &windows);
};
