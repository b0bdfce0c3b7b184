#include "client/PomcubeUnits.h"

#include "core/Duration.h"

DeviceQuery PomcubeUnits::query(const SiteScope &site, const QTimeZone &zone)
{
    DeviceQuery units = site.deviceQuery();
    units.output(u"pomcube_data")
        .start(QueryTimeArg::ago(Duration(1, Duration::Unit::Day)))
        .fields({u"BatSoC"})
        .timezone(zone)
        .timeFunction(QueryTimeFunction::Last);
    return units;
}

QStringList PomcubeUnits::online(const QueryResult &reply, qint64 nowMs)
{
    QStringList online;
    for (const QueryTable &t : reply.tables) {
        if (!t.series.isEmpty() && t.series.lastValue() && nowMs - t.series.lastTime() <= kOnlineWithinMs)
            online << t.deviceName();
    }
    online.removeDuplicates();
    online.sort();
    return online;
}
