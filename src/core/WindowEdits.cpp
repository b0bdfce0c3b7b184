#include "core/WindowEdits.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr int kDay = DailyWindow::kDay;

int wrap(int second)
{
    return ((second % kDay) + kDay) % kDay;
}

// The day's free stretch [from, to) that holds `second`, inside 00:00–24:00.
struct Gap
{
    int from = 0;
    int to = kDay;
    int leftNeighbour = -1;
    int rightNeighbour = -1;
};

} // namespace

WindowEdits::WindowEdits(QList<DailyWindow> windows, ScheduleLimits limits)
    : m_windows(std::move(windows))
    , m_limits(limits)
{
}

int WindowEdits::nextNeighbour(int index) const
{
    const DailyWindow &w = m_windows.at(index);
    int best = -1;
    int bestGap = std::numeric_limits<int>::max();
    for (int i = 0; i < m_windows.size(); ++i) {
        if (i == index)
            continue;
        const int gap = wrap(m_windows.at(i).start - w.end());
        if (gap < bestGap) {
            bestGap = gap;
            best = i;
        }
    }
    return best;
}

int WindowEdits::previousNeighbour(int index) const
{
    const DailyWindow &w = m_windows.at(index);
    int best = -1;
    int bestGap = std::numeric_limits<int>::max();
    for (int i = 0; i < m_windows.size(); ++i) {
        if (i == index)
            continue;
        const int gap = wrap(w.start - m_windows.at(i).end());
        if (gap < bestGap) {
            bestGap = gap;
            best = i;
        }
    }
    return best;
}

int WindowEdits::gapAfter(int index) const
{
    const int next = nextNeighbour(index);
    return next < 0 ? -1 : wrap(m_windows.at(next).start - m_windows.at(index).end());
}

int WindowEdits::gapBefore(int index) const
{
    const int previous = previousNeighbour(index);
    return previous < 0 ? -1 : wrap(m_windows.at(index).start - m_windows.at(previous).end());
}

QString WindowEdits::stoppedAt(int neighbour) const
{
    return tr("Windows may not overlap: stopped at %1.").arg(m_windows.at(neighbour).describe());
}

WindowEdit WindowEdits::move(int index, int start) const
{
    DailyWindow w = m_windows.at(index);
    int delta = start - w.start;
    QString reason;
    const int after = gapAfter(index);
    const int before = gapBefore(index);
    if (after >= 0 && delta > after) {
        delta = after;
        reason = stoppedAt(nextNeighbour(index));
    } else if (before >= 0 && delta < -before) {
        delta = -before;
        reason = stoppedAt(previousNeighbour(index));
    }
    w.start = wrap(w.start + delta);
    return {w, reason};
}

WindowEdit WindowEdits::moveStart(int index, int start, int minimumDuration) const
{
    DailyWindow w = m_windows.at(index);
    const int end = w.end();
    int delta = start - w.start;
    QString reason;
    const int before = gapBefore(index);
    const int shortest = std::min(std::max(minimumDuration, 1), w.duration);
    if (delta > w.duration - shortest) {
        delta = w.duration - shortest;
        reason = tr("A window lasts at least %n minute(s).", nullptr, std::max(1, shortest / 60));
    } else if (before >= 0 && delta < -before) {
        delta = -before;
        reason = stoppedAt(previousNeighbour(index));
    } else if (w.duration - delta > kDay) {
        delta = w.duration - kDay;
        reason = tr("A window lasts at most 24 hours.");
    }
    w.start = wrap(w.start + delta);
    w.duration = end - (m_windows.at(index).start + delta);
    return {w, reason};
}

WindowEdit WindowEdits::moveEnd(int index, int end, int minimumDuration) const
{
    DailyWindow w = m_windows.at(index);
    int delta = end - w.end();
    QString reason;
    const int after = gapAfter(index);
    const int shortest = std::min(std::max(minimumDuration, 1), w.duration);
    if (delta < shortest - w.duration) {
        delta = shortest - w.duration;
        reason = tr("A window lasts at least %n minute(s).", nullptr, std::max(1, shortest / 60));
    } else if (after >= 0 && delta > after) {
        delta = after;
        reason = stoppedAt(nextNeighbour(index));
    } else if (w.duration + delta > kDay) {
        delta = kDay - w.duration;
        reason = tr("A window lasts at most 24 hours.");
    }
    w.duration += delta;
    return {w, reason};
}

double WindowEdits::clampPower(double powerW, QString *stoppedBy) const
{
    if (powerW > m_limits.maxChargeW) {
        *stoppedBy = tr("The site charges at most %1.").arg(ScheduleWindow::formatPower(m_limits.maxChargeW));
        return m_limits.maxChargeW;
    }
    if (powerW < -m_limits.maxDischargeW) {
        *stoppedBy = tr("The site discharges at most %1.").arg(ScheduleWindow::formatPower(m_limits.maxDischargeW).remove(0, 1));
        return -m_limits.maxDischargeW;
    }
    return powerW;
}

WindowEdit WindowEdits::dragPower(int index, double powerW) const
{
    DailyWindow w = m_windows.at(index);
    const double sign = w.powerW < 0 ? -1.0 : 1.0;
    QString reason;
    if (!std::isfinite(powerW) || powerW * sign < kMinimumPowerW) {
        powerW = sign * kMinimumPowerW;
        reason = w.powerW < 0 ? tr("A discharge window stays below the zero line; delete it to remove it.")
                              : tr("A charge window stays above the zero line; delete it to remove it.");
    }
    w.powerW = clampPower(powerW, &reason);
    return {w, reason};
}

std::optional<WindowEdit> WindowEdits::create(int from, int to, double powerW, int minimumDuration) const
{
    from = std::clamp(from, 0, kDay);
    to = std::clamp(to, 0, kDay);
    Gap gap;
    for (int i = 0; i < m_windows.size(); ++i) {
        const DailyWindow &w = m_windows.at(i);
        // Look at each window where it lies within this day: itself, and its part past midnight.
        for (int shift : {0, -kDay}) {
            const int s = w.start + shift;
            const int e = w.end() + shift;
            if (e <= 0 || s >= kDay)
                continue;
            if (from >= s && from < e)
                return std::nullopt;
            if (e <= from && e > gap.from) {
                gap.from = e;
                gap.leftNeighbour = i;
            }
            if (s > from && s < gap.to) {
                gap.to = s;
                gap.rightNeighbour = i;
            }
        }
    }
    if (from == kDay)
        return std::nullopt;
    QString reason;
    int lo = std::min(from, to);
    int hi = std::max(from, to);
    if (lo < gap.from) {
        lo = gap.from;
        reason = stoppedAt(gap.leftNeighbour);
    }
    if (hi > gap.to) {
        hi = gap.to;
        reason = stoppedAt(gap.rightNeighbour);
    }
    const int shortest = std::min(std::max(minimumDuration, 1), gap.to - gap.from);
    if (hi - lo < shortest) {
        // Grow in the drag's direction, then the other way if the gap ends first.
        if (to >= from) {
            hi = std::min(gap.to, lo + shortest);
            lo = hi - shortest;
        } else {
            lo = std::max(gap.from, hi - shortest);
            hi = lo + shortest;
        }
    }
    if (!std::isfinite(powerW) || std::abs(powerW) < kMinimumPowerW)
        powerW = powerW < 0 ? -kMinimumPowerW : kMinimumPowerW;
    DailyWindow w{lo, hi - lo, clampPower(powerW, &reason), {}};
    return WindowEdit{w, reason};
}

QList<DailyWindow> WindowEdits::with(int index, const DailyWindow &window) const
{
    QList<DailyWindow> out = m_windows;
    if (index >= 0 && index < out.size())
        out[index] = window;
    else
        out.append(window);
    DailyWindows::sort(out);
    return out;
}

QString WindowEdits::refusal(int index, const DailyWindow &window) const
{
    if (window.duration <= 0)
        return tr("The window must stop after it starts.");
    if (window.duration > kDay)
        return tr("A window lasts at most 24 hours.");
    for (int i = 0; i < m_windows.size(); ++i) {
        if (i != index && window.overlaps(m_windows.at(i)))
            return tr("Windows may not overlap: %1 shares time with %2.").arg(window.describe(), m_windows.at(i).describe());
    }
    const ScheduleRules rules(m_limits);
    DailyWindow alone = window;
    alone.start = wrap(alone.start);
    const QList<ScheduleViolation> violations = rules.check(DailyWindows::toSchedule({alone}));
    return violations.isEmpty() ? QString() : violations.constFirst().reason;
}
