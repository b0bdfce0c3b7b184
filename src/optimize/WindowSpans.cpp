#include "optimize/WindowSpans.h"

#include "core/DayProfile.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr int kStepSeconds = kStepMinutes * 60;

} // namespace

QList<WindowSpan> WindowSpan::of(const Schedule &schedule)
{
    QList<WindowSpan> spans;
    const auto pair = schedule.midnightPair();
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        const ScheduleWindow &w = schedule.at(i);
        if (pair && i == pair->morning)
            continue;
        int length = (w.stopSecond - w.startSecond) / kStepSeconds;
        if (pair && i == pair->evening)
            length += schedule.at(pair->morning).stopSecond / kStepSeconds;
        spans.append({w.startSecond / kStepSeconds, length, w.powerW / 1000.0});
    }
    return spans;
}

Schedule WindowSpan::schedule(const QList<WindowSpan> &spans)
{
    QList<ScheduleWindow> windows;
    for (const WindowSpan &s : spans)
        windows.append(
            ScheduleWindow::fromStartAndDuration(s.start * kStepSeconds, s.length * kStepSeconds, std::round(s.kw * 1000.0)));
    std::sort(windows.begin(), windows.end(),
              [](const ScheduleWindow &a, const ScheduleWindow &b) { return a.startSecond < b.startSecond; });
    return Schedule(windows);
}
