#include "core/ScheduleTimeline.h"

#include <QCoreApplication>
#include <algorithm>

namespace {

constexpr qint64 kDayMs = qint64(ScheduleWindow::kSecondsPerDay) * 1000;
// A run lasts at most a day and an hour (a midnight pair that cannot overlap itself, on a
// 25-hour day); looking back two days finds the true start of the run going on now.
constexpr qint64 kLookBackMs = 2 * kDayMs;
// Every window of a valid schedule runs on at least two of any three consecutive days,
// even when daylight saving skips it on one of them.
constexpr qint64 kLookAheadMs = 3 * kDayMs;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

QString WindowRun::describe() const
{
    // The same words as ScheduleWindow::describe(), so a run reads like the window it came from.
    return QCoreApplication::translate("ScheduleWindow", "%1–%2, %3")
        .arg(ScheduleWindow::formatSecondOfDay(startSecond), ScheduleWindow::formatSecondOfDay(stopSecond),
             ScheduleWindow::formatPower(powerW));
}

ScheduleTimeline::ScheduleTimeline(Schedule schedule, QTimeZone zone)
    : m_schedule(std::move(schedule))
    , m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
    , m_midnightPair(m_schedule.midnightPair())
{
}

QList<ScheduleTimeline::Piece> ScheduleTimeline::piecesIn(qint64 fromMs, qint64 toMs) const
{
    QList<Piece> pieces;
    qint64 t = fromMs;
    while (t < toMs) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
        const qint64 offsetMs = qint64(m_zone.offsetFromUtc(at)) * 1000;
        qint64 spanEnd = toMs;
        if (m_zone.hasTransitions()) {
            const QTimeZone::OffsetData transition = m_zone.nextTransition(at);
            if (transition.atUtc.isValid())
                spanEnd = std::clamp(transition.atUtc.toMSecsSinceEpoch(), t + 1, toMs);
        }
        // Inside [t, spanEnd) the wall clock is UTC + offsetMs: each day's windows map directly.
        const qint64 firstDay = floorDiv(t + offsetMs, kDayMs);
        const qint64 lastDay = floorDiv(spanEnd - 1 + offsetMs, kDayMs);
        for (qint64 day = firstDay; day <= lastDay; ++day) {
            for (qsizetype i = 0; i < m_schedule.size(); ++i) {
                const ScheduleWindow &w = m_schedule.at(i);
                const qint64 startMs = std::max(t, day * kDayMs + qint64(w.startSecond) * 1000 - offsetMs);
                const qint64 stopMs = std::min(spanEnd, day * kDayMs + qint64(w.stopSecond) * 1000 - offsetMs);
                if (startMs < stopMs)
                    pieces.append(Piece{i, day, startMs, stopMs});
            }
        }
        t = spanEnd;
    }
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece &a, const Piece &b) { return a.startMs < b.startMs; });
    return pieces;
}

bool ScheduleTimeline::continues(const Piece &last, const Piece &next) const
{
    if (last.stopMs != next.startMs)
        return false;
    // A window cut by an offset change on its own day.
    if (last.window == next.window && last.localDay == next.localDay)
        return true;
    // The evening part of the midnight pair goes on into the next morning's part.
    return m_midnightPair && last.window == m_midnightPair->evening && next.window == m_midnightPair->morning
        && next.localDay == last.localDay + 1;
}

QList<WindowRun> ScheduleTimeline::upcoming(const QDateTime &now, int count) const
{
    QList<WindowRun> runs;
    if (m_schedule.isEmpty() || count <= 0 || !now.isValid())
        return runs;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QList<Piece> pieces = piecesIn(nowMs - kLookBackMs, nowMs + kLookAheadMs);

    for (qsizetype i = 0; i < pieces.size() && runs.size() < count;) {
        const Piece &first = pieces.at(i);
        Piece last = first;
        qsizetype j = i + 1;
        while (j < pieces.size() && continues(last, pieces.at(j)))
            last = pieces.at(j++);
        i = j;
        if (last.stopMs <= nowMs)
            continue;
        const ScheduleWindow &from = m_schedule.at(first.window);
        const ScheduleWindow &to = m_schedule.at(last.window);
        runs.append(WindowRun{from.startSecond, to.stopSecond, from.powerW,
                              QDateTime::fromMSecsSinceEpoch(first.startMs, Qt::UTC),
                              QDateTime::fromMSecsSinceEpoch(last.stopMs, Qt::UTC)});
    }
    return runs;
}

std::optional<WindowRun> ScheduleTimeline::next(const QDateTime &now) const
{
    const QList<WindowRun> runs = upcoming(now, 1);
    if (runs.isEmpty())
        return std::nullopt;
    return runs.constFirst();
}

std::optional<WindowRun> ScheduleTimeline::nextWindow(const Schedule &schedule, const QTimeZone &zone, const QDateTime &now)
{
    return ScheduleTimeline(schedule, zone).next(now);
}
