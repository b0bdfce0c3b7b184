#pragma once

#include "core/Result.h"
#include "core/Schedule.h"

#include <QByteArray>
#include <QString>

// The FILE of `aegis-cli schedule set`: windows in any of the forms an operator is likely to
// hold (docs/aegis-api.md §7):
//   [{"start_time": 61200, "stop_time": 68400, "power": -20000}, ...]       the crons array
//   {"crons": "<that array as text>"} (or the array itself), also inside the GET reply's array
//   {"windows": [{"start": "17:00", "stop": "19:00", "power_w": -20000}]}  what schedule get prints
// Reading checks form only; whether the windows obey the scheduler's rules is ScheduleRules'.
class CliScheduleFile final
{
public:
    // "-" reads stdin. Failures name the file and, where it applies, the window.
    static Result<Schedule> read(const QString &path);
    static Result<Schedule> parse(const QByteArray &json);
};
