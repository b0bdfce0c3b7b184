#pragma once

#include "core/Duration.h"

#include <QList>
#include <QTimeZone>

// Consecutive windows of one length (`every`) as a query groups time (docs/aegis-api.md §5, §8).
// Calendar lengths follow the zone's real rules: days start at local midnight (a 23- or
// 25-hour day around a DST change), weeks on Monday, months on the 1st, years on 1 January.
// Multiples are aligned to 1970 (2d, 2w) or to the calendar (3mo = quarters).
// Fixed lengths (s, m, h) step evenly, aligned to the zone's standard offset so that
// 6h windows begin at local midnight.
class TimeWindows
{
public:
    struct Window
    {
        qint64 startMs = 0;
        qint64 stopMs = 0;
        friend bool operator==(const Window &, const Window &) = default;
    };

    TimeWindows(Duration every, QTimeZone zone);

    const Duration &every() const { return m_every; }
    const QTimeZone &zone() const { return m_zone; }

    // Start of the window that holds this instant.
    qint64 windowStart(qint64 ms) const;
    // End of the window that starts at windowStartMs (the next window's start).
    qint64 windowEnd(qint64 windowStartMs) const;

    // The windows that overlap [fromMs, toMs), the first and last clipped to that range
    // (a query's range cuts its first and last window, as in Flux).
    QList<Window> cover(qint64 fromMs, qint64 toMs) const;

private:
    QDate localDate(qint64 ms) const;
    qint64 startOfDay(QDate date) const;

    Duration m_every;
    QTimeZone m_zone;
};
