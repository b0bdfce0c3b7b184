#pragma once

#include "client/DeviceQuery.h"
#include "client/QueryResult.h"
#include "client/SiteScope.h"

#include <QStringList>
#include <QTimeZone>

// Which Pomcube units are online to share the scheduler's power: those whose SOC reached the
// server in the last 15 minutes before `nowMs`. The editor asks with the app's clock (the demo
// site's in demo mode), `aegis-cli schedule set` with the system's.
class PomcubeUnits final
{
public:
    PomcubeUnits() = delete;

    static constexpr qint64 kOnlineWithinMs = 15 * 60 * 1000;

    // Each unit's latest SOC of the last day in the domain (docs/aegis-api.md §5).
    static DeviceQuery query(const SiteScope &site, const QTimeZone &zone);
    // The units of the reply that reported within kOnlineWithinMs of `nowMs`, sorted, once each.
    static QStringList online(const QueryResult &reply, qint64 nowMs);
};
