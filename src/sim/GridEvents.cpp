#include "sim/GridEvents.h"

#include <algorithm>

namespace {

// splitmix64: the block's events from its number alone.
quint64 mix(quint64 z)
{
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Day 0 (1970-01-01) was a Thursday: 0 = Monday ... 6 = Sunday.
int weekday(qint64 localDay)
{
    return int(((localDay + 3) % 7 + 7) % 7);
}

// One day of the block, chosen by `draw` among those whose weekday passes `wanted`.
template <typename Wanted> qint64 pickDay(qint64 first, quint64 draw, Wanted wanted)
{
    QList<qint64> days;
    for (qint64 d = first; d < first + GridEvents::kBlockDays; ++d) {
        if (wanted(weekday(d)))
            days.append(d);
    }
    return days.at(qsizetype(draw % quint64(days.size()))); // every 10 days hold each weekday
}

QList<GridEvents::Event> blockEvents(qint64 block)
{
    const quint64 h = mix(quint64(block) ^ 0xA5E61D0C0FFEEULL);
    const qint64 first = block * GridEvents::kBlockDays;
    using K = GridEvents::Kind;
    // A night cap over the charge window: the import the battery may add is small.
    const double nightAvail[] = {8.0, 10.0, 12.0};
    const GridEvents::Event night{K::ImportCap, first + qint64(h % GridEvents::kBlockDays), 0, 6 * 60, nightAvail[(h >> 8) % 3]};
    // An afternoon cap on a working day: the building's own load may exceed it.
    const GridEvents::Event afternoon{K::ImportCap, pickDay(first, h >> 16, [](int wd) { return wd < 5; }), 13 * 60, 17 * 60,
                                      25.0};
    // Zero feed-in around noon at a weekend, when the building uses least of its PV.
    const GridEvents::Event noon{K::ExportCap, pickDay(first, h >> 24, [](int wd) { return wd >= 5; }), 10 * 60, 14 * 60, 0.0};
    return {night, afternoon, noon};
}

} // namespace

QList<GridEvents::Event> GridEvents::onDay(qint64 localDay)
{
    QList<Event> events;
    for (const Event &e : blockEvents(floorDiv(localDay, kBlockDays))) {
        if (e.localDay == localDay)
            events.append(e);
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.fromMinute < b.fromMinute; });
    return events;
}

QString GridEvents::kindName(Kind kind)
{
    return kind == Kind::ImportCap ? QStringLiteral("import_cap") : QStringLiteral("export_cap");
}
