#pragma once

#include "core/Schedule.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// A daily window as the operator sees and edits it: a start in the day and a length, which may
// run past midnight. The scheduler stores such a window as two (docs/aegis-api.md §7, the midnight
// pair); the editor draws and moves it as one.
struct DailyWindow
{
    static constexpr int kDay = ScheduleWindow::kSecondsPerDay;

    int start = 0; // [0, 86400)
    int duration = 0; // (0, 86400]
    double powerW = 0;
    QJsonObject extra; // keys the contract does not name, kept from the server

    int end() const { return start + duration; } // may pass 86400
    // Where it stops on the clock: 86400 for a window ending at midnight, the next morning's
    // second for one that runs past it.
    int stop() const { return end() <= kDay ? end() : end() - kDay; }
    bool crossesMidnight() const { return end() > kDay; }
    bool charges() const { return powerW > 0; }
    // True when the two share time anywhere on the 24-hour circle.
    bool overlaps(const DailyWindow &other) const;
    bool contains(int secondOfDay) const;

    // "23:00–02:00, −20 kW"
    QString describe() const;

    friend bool operator==(const DailyWindow &, const DailyWindow &) = default;
};

// Conversions between the scheduler's windows and the operator's.
namespace DailyWindows {

// The schedule's windows by start, the midnight pair joined into one window.
QList<DailyWindow> fromSchedule(const Schedule &schedule);
// Back to what the scheduler stores: by start time, a window past midnight split in two.
Schedule toSchedule(const QList<DailyWindow> &windows);
// Sorted by start; the order the model and the table use.
void sort(QList<DailyWindow> &windows);

} // namespace DailyWindows
