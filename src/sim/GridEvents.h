#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// The grid operator's orders in the emulator's default history and ahead of it (docs/emulator.md
// "Grid-operator events"): a few import caps (AVAIL below 100) and export caps (zero feed-in)
// each month, on dates fixed by the calendar alone, so every 30 days hold some of each whatever
// today is, and two emulators agree. Stateless: any day can be asked in any order.
class GridEvents final
{
public:
    enum class Kind { ImportCap, ExportCap };

    struct Event
    {
        Kind kind = Kind::ImportCap;
        qint64 localDay = 0; // days since 1970-01-01 on the site's wall clock
        int fromMinute = 0; // [from, to) minutes of that local day
        int toMinute = 0;
        double value = 0; // ImportCap: AVAIL in %; ExportCap: the export limit in kW
    };

    // Every event is inside one block of this many local days; each block holds one night
    // import cap, one afternoon import cap on a working day and one export cap at a weekend.
    static constexpr int kBlockDays = 10;

    // The events of one local day, in time order.
    static QList<Event> onDay(qint64 localDay);
    static QString kindName(Kind kind);
};
