#pragma once

#include "core/Schedule.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

// One run of a daily window on a real day: the window as the operator set it and the instants
// it starts and stops under the zone's rules. The midnight pair (docs/aegis-api.md §7) is one run.
struct WindowRun
{
    int startSecond = 0; // seconds after local midnight, as set
    int stopSecond = 0; // as set; at or below startSecond when the run crosses midnight
    double powerW = 0;
    QDateTime start; // UTC
    QDateTime stop; // UTC, exclusive

    bool crossesMidnight() const { return stopSecond <= startSecond; }
    bool isRunningAt(const QDateTime &t) const { return start <= t && t < stop; }
    // "23:00–02:00, −20 kW"
    QString describe() const;

    friend bool operator==(const WindowRun &, const WindowRun &) = default;
};

// When the windows of a schedule run, day after day, in the scheduler's zone. A window runs
// while the local wall clock is inside it, as the scheduler dispatches (src/sim PowerScheduler):
// on a spring-forward day a window inside the skipped hour does not run, and on a fall-back
// day the repeated hour runs twice.
class ScheduleTimeline final
{
public:
    ScheduleTimeline(Schedule schedule, QTimeZone zone);

    // The runs that have not ended at `now`, in time order: the one running now first, if any.
    // At most `count`, and only those that start within the next three days.
    QList<WindowRun> upcoming(const QDateTime &now, int count) const;

    // The run going on at `now`, or else the next one to start; none for an empty schedule.
    std::optional<WindowRun> next(const QDateTime &now) const;

    static std::optional<WindowRun> nextWindow(const Schedule &schedule, const QTimeZone &zone, const QDateTime &now);

private:
    // A stretch of one window on one local day inside one span of constant UTC offset.
    struct Piece
    {
        qsizetype window = 0;
        qint64 localDay = 0; // days since 1970-01-01 in local wall time
        qint64 startMs = 0;
        qint64 stopMs = 0;
    };
    QList<Piece> piecesIn(qint64 fromMs, qint64 toMs) const;
    bool continues(const Piece &last, const Piece &next) const;

    Schedule m_schedule;
    QTimeZone m_zone;
    std::optional<Schedule::MidnightPair> m_midnightPair;
};
