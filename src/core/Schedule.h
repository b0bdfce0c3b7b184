#pragma once

#include "core/ScheduleWindow.h"

#include <QList>
#include <optional>

// The daily windows of one power scheduler, in the order they were given.
class Schedule
{
public:
    // The most windows one schedule may hold: every reader of a schedule (the scheduler's
    // crons, schedule files, the CLI's FILE) and the emulator's PATCH refuse more. A quarter
    // of an hour each, all day long, is 96.
    static constexpr qsizetype kMaxWindows = 96;

    Schedule() = default;
    explicit Schedule(QList<ScheduleWindow> windows);

    const QList<ScheduleWindow> &windows() const { return m_windows; }
    qsizetype size() const { return m_windows.size(); }
    bool isEmpty() const { return m_windows.isEmpty(); }
    const ScheduleWindow &at(qsizetype i) const { return m_windows.at(i); }

    void append(const ScheduleWindow &window);
    void replace(qsizetype i, const ScheduleWindow &window);
    void removeAt(qsizetype i);
    void clear();

    // Windows by start time, then stop time, then power; equal windows keep their order.
    void sort();
    Schedule sorted() const;

    // Index of the window that runs at this second of the day, if any.
    std::optional<qsizetype> windowAt(int secondOfDay) const;

    // A window across midnight is stored as two (docs/aegis-api.md §7): one ending at 86400 and one
    // starting at 0 with the same power. These are their indices (evening, morning), if present.
    struct MidnightPair
    {
        qsizetype evening = -1;
        qsizetype morning = -1;
        friend bool operator==(const MidnightPair &, const MidnightPair &) = default;
    };
    std::optional<MidnightPair> midnightPair() const;

    // The same start, stop and power for every window, regardless of order and of keys the
    // contract does not name: what the server holds compared with what was sent.
    bool sameWindowsAs(const Schedule &other) const;

    friend bool operator==(const Schedule &, const Schedule &) = default;

private:
    QList<ScheduleWindow> m_windows;
};
