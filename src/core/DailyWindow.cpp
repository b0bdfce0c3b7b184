#include "core/DailyWindow.h"

#include <QCoreApplication>
#include <algorithm>

bool DailyWindow::overlaps(const DailyWindow &other) const
{
    // Compare on the circle: the other window as it is, a day earlier and a day later.
    for (int shift : {-kDay, 0, kDay}) {
        const int s = other.start + shift;
        if (start < s + other.duration && s < end())
            return true;
    }
    return false;
}

bool DailyWindow::contains(int secondOfDay) const
{
    return (secondOfDay >= start && secondOfDay < end()) || (secondOfDay + kDay >= start && secondOfDay + kDay < end());
}

QString DailyWindow::describe() const
{
    return QCoreApplication::translate("ScheduleWindow", "%1–%2, %3")
        .arg(ScheduleWindow::formatSecondOfDay(start), ScheduleWindow::formatSecondOfDay(stop()),
             ScheduleWindow::formatPower(powerW));
}

namespace DailyWindows {

QList<DailyWindow> fromSchedule(const Schedule &schedule)
{
    const std::optional<Schedule::MidnightPair> pair = schedule.midnightPair();
    QList<DailyWindow> out;
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        const ScheduleWindow &w = schedule.at(i);
        if (pair && i == pair->morning)
            continue;
        DailyWindow d{w.startSecond, w.stopSecond - w.startSecond, w.powerW, w.extra};
        if (pair && i == pair->evening)
            d.duration += schedule.at(pair->morning).stopSecond;
        out.append(d);
    }
    sort(out);
    return out;
}

Schedule toSchedule(const QList<DailyWindow> &windows)
{
    Schedule schedule;
    for (const DailyWindow &d : windows) {
        if (d.duration <= 0 || d.duration > DailyWindow::kDay) {
            // Not a window the scheduler can hold; kept as is so the rules name it.
            schedule.append(ScheduleWindow{d.start, d.start + d.duration, d.powerW, d.extra});
            continue;
        }
        for (ScheduleWindow w : ScheduleWindow::fromStartAndDuration(d.start, d.duration, d.powerW)) {
            w.extra = d.extra;
            schedule.append(w);
        }
    }
    schedule.sort();
    return schedule;
}

void sort(QList<DailyWindow> &windows)
{
    std::stable_sort(windows.begin(), windows.end(), [](const DailyWindow &a, const DailyWindow &b) {
        return a.start != b.start ? a.start < b.start : a.duration < b.duration;
    });
}

} // namespace DailyWindows
