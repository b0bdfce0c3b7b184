#pragma once

#include "core/DailyWindow.h"
#include "core/ScheduleRules.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// An edit as the rules allow it: the window it yields, and why it stopped short of what was
// asked (empty when it did not).
struct WindowEdit
{
    DailyWindow window;
    QString stoppedBy;

    bool wasStopped() const { return !stoppedBy.isEmpty(); }
};

// The editor's edits of one window against its neighbours and the site's limits
// (docs/product.md "Rules enforced while editing"). An edit that would break a rule is stopped at
// the limit instead of refused, so a drag goes as far as it may. Every edit is computed from
// the windows as they were when it began, so a drag is the same edit however the mouse moved.
class WindowEdits final
{
    Q_DECLARE_TR_FUNCTIONS(WindowEdits)

public:
    static constexpr int kMinimumDuration = 60; // one minute, the finest snapping step
    static constexpr double kMinimumPowerW = 100.0; // the smallest power a drag sets

    WindowEdits(QList<DailyWindow> windows, ScheduleLimits limits);

    const QList<DailyWindow> &windows() const { return m_windows; }
    const ScheduleLimits &limits() const { return m_limits; }

    // Window `index` moved so that it starts at `start` (seconds; may lie outside the day, the
    // window then wraps round midnight). Stops at a neighbour.
    WindowEdit move(int index, int start) const;
    // Its start set to `start`, its stop kept. `start` near the window's own start, may be < 0.
    WindowEdit moveStart(int index, int start, int minimumDuration = kMinimumDuration) const;
    // Its end set to `end` (seconds from the start's midnight, may pass 86400), its start kept.
    WindowEdit moveEnd(int index, int end, int minimumDuration = kMinimumDuration) const;
    // Its power from a drag of its top (charge) or bottom (discharge) edge: the sign is kept,
    // the magnitude held between kMinimumPowerW and the limit.
    WindowEdit dragPower(int index, double powerW) const;
    // A new window from a drag on empty space between `from` and `to` (seconds of the day, in
    // either order) at `powerW`: held inside the free time around `from` and inside the day.
    // None when `from` lies in a window.
    std::optional<WindowEdit> create(int from, int to, double powerW, int minimumDuration = kMinimumDuration) const;

    // Why `window` may not replace window `index` (or be added, with index -1) exactly as
    // given, e.g. a value typed in the table; empty when it may.
    QString refusal(int index, const DailyWindow &window) const;

    // The windows with window `index` replaced (or `window` added for index -1), by start.
    QList<DailyWindow> with(int index, const DailyWindow &window) const;

private:
    // Free seconds from the window's end to the next window's start, and from the previous
    // window's end to its start, round the day; -1 when it is alone.
    int gapAfter(int index) const;
    int gapBefore(int index) const;
    int nextNeighbour(int index) const;
    int previousNeighbour(int index) const;
    QString stoppedAt(int neighbour) const;
    double clampPower(double powerW, QString *stoppedBy) const;

    QList<DailyWindow> m_windows;
    ScheduleLimits m_limits;
};
