#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// One daily battery window of the power scheduler (docs/aegis-api.md §7): the half-open interval
// [startSecond, stopSecond) in seconds after local midnight in the scheduler's time zone,
// and the site battery power in watts (> 0 charges, < 0 discharges).
struct ScheduleWindow
{
    static constexpr int kSecondsPerDay = 86400;

    int startSecond = 0;
    int stopSecond = 0;
    double powerW = 0.0;
    // Keys of the window's JSON object that the contract does not name. Kept so that a
    // schedule read from the server and written back loses nothing.
    QJsonObject extra;

    int durationSeconds() const { return stopSecond - startSecond; }
    bool charges() const { return powerW > 0; }
    bool discharges() const { return powerW < 0; }
    bool contains(int secondOfDay) const { return secondOfDay >= startSecond && secondOfDay < stopSecond; }
    // Half-open intervals: windows that only touch do not overlap.
    bool overlaps(const ScheduleWindow &other) const { return startSecond < other.stopSecond && other.startSecond < stopSecond; }

    // The window as an operator reads it, e.g. "17:00–19:00, −20 kW".
    QString describe() const;

    // "17:00", "17:00:30", "24:00" for the end of the day.
    static QString formatSecondOfDay(int secondOfDay);
    // "−20 kW", "+10 kW", "+1.5 kW", "+250 W".
    static QString formatPower(double watts);

    // A window of `durationSeconds` starting at `startSecond` (taken modulo one day).
    // One that crosses midnight comes back as the two windows the scheduler stores
    // (docs/aegis-api.md §7): the evening part ending at 86400, then the morning part from 0.
    // durationSeconds must be in (0, 86400].
    static QList<ScheduleWindow> fromStartAndDuration(int startSecond, int durationSeconds, double powerW);

    friend bool operator==(const ScheduleWindow &, const ScheduleWindow &) = default;
};
