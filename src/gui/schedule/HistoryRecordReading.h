#pragma once

#include "client/SchedulerState.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// What one record of the scheduler's history says, read into numbers (docs/aegis-api.md §7):
// the power a run was started with, and the units' SOC, solar and grid power at a snapshot.
// The structured `data` is read first; a snapshot whose data is not JSON is read from the
// vendor's message text ("SoC : 31 %", "SolarPower : 0 w"). A record read neither way keeps
// its message as the server sent it.
struct HistoryRecordReading
{
    Q_DECLARE_TR_FUNCTIONS(HistoryRecordReading)

public:
    struct Unit
    {
        QString name;
        std::optional<double> socPercent;
        std::optional<double> solarW;
        std::optional<double> gridW; // > 0: the unit imports
    };

    bool understood = false; // false: show the message as sent
    std::optional<double> batteryW; // `start`: the window's power, > 0 charges
    std::optional<qsizetype> windowCount; // `create`/`update`: the windows set
    QList<Unit> units; // `start_stable`/`stop_stable`

    // Over the units that reported it: the lowest and highest SOC, and the sums of the powers.
    std::optional<double> socLowPercent() const;
    std::optional<double> socHighPercent() const;
    std::optional<double> solarW() const;
    std::optional<double> gridW() const;

    // A short line of what the record adds to its columns ("3 units", "2 windows set");
    // the message itself, on one line, when the record was not understood.
    QString details(const QString &message) const;

    static HistoryRecordReading read(const SchedulerRecord &record);
};
