#include "core/ScheduleDiff.h"

#include <algorithm>

namespace ScheduleDiff {

QList<ScheduleChange> compare(const Schedule &server, const Schedule &draft)
{
    QList<DailyWindow> held = DailyWindows::fromSchedule(server);
    QList<DailyWindow> wanted = DailyWindows::fromSchedule(draft);
    QList<ScheduleChange> changes;
    // Identical windows first: they pair with each other and with nothing else.
    for (qsizetype i = wanted.size() - 1; i >= 0; --i) {
        const qsizetype j = held.indexOf(wanted.at(i));
        if (j < 0)
            continue;
        changes.append({ScheduleChange::Kind::Unchanged, held.at(j), wanted.at(i)});
        held.removeAt(j);
        wanted.removeAt(i);
    }
    for (qsizetype i = wanted.size() - 1; i >= 0; --i) {
        QList<qsizetype> overlapping;
        for (qsizetype j = 0; j < held.size(); ++j) {
            if (held.at(j).overlaps(wanted.at(i)))
                overlapping.append(j);
        }
        if (overlapping.size() != 1)
            continue;
        const qsizetype j = overlapping.constFirst();
        const bool taken = std::any_of(wanted.begin(), wanted.end(), [&](const DailyWindow &other) {
            return &other != &wanted.at(i) && other.overlaps(held.at(j));
        });
        if (taken)
            continue;
        changes.append({ScheduleChange::Kind::Changed, held.at(j), wanted.at(i)});
        held.removeAt(j);
        wanted.removeAt(i);
    }
    for (const DailyWindow &w : std::as_const(wanted))
        changes.append({ScheduleChange::Kind::Added, std::nullopt, w});
    for (const DailyWindow &w : std::as_const(held))
        changes.append({ScheduleChange::Kind::Removed, w, std::nullopt});
    std::stable_sort(changes.begin(), changes.end(), [](const ScheduleChange &a, const ScheduleChange &b) {
        const int sa = a.draft ? a.draft->start : a.server->start;
        const int sb = b.draft ? b.draft->start : b.server->start;
        return sa < sb;
    });
    return changes;
}

} // namespace ScheduleDiff
