#include "gui/charts/SiteBalance.h"

#include <QHash>

namespace {

QHash<qint64, double> byTime(const QueryResult &result, QStringView field)
{
    QHash<qint64, double> out;
    if (const QueryTable *t = result.find(field)) {
        for (qsizetype i = 0; i < t->series.size(); ++i)
            out.insert(t->series.time(i), t->series.value(i));
    }
    return out;
}

} // namespace

SiteBalance SiteBalance::fromPowers(const QueryResult &result)
{
    SiteBalance b;
    const QueryTable *loadTable = result.find(u"LoadPower");
    if (!loadTable)
        return b;
    const QHash<qint64, double> solar = byTime(result, u"SolarPower");
    const QHash<qint64, double> grid = byTime(result, u"GridPower");
    const QHash<qint64, double> generator = byTime(result, u"GenPower");
    const double null = TimeSeries::null();
    const TimeSeries &loads = loadTable->series;
    for (qsizetype i = 0; i < loads.size(); ++i) {
        const qint64 t = loads.time(i);
        const double load = loads.value(i);
        const double pv = solar.value(t, null);
        const double g = grid.value(t, null);
        const double gen = TimeSeries::isNull(generator.value(t, null)) ? 0.0 : generator.value(t);
        const double battery = pv + g + gen - load; // NaN when any of them is unknown
        b.solar.append(t, pv);
        b.load.append(t, load);
        b.generator.append(t, generator.value(t, null));
        b.gridImport.append(t, TimeSeries::isNull(g) ? null : std::max(0.0, g));
        b.gridExport.append(t, TimeSeries::isNull(g) ? null : std::max(0.0, -g));
        b.batteryCharge.append(t, TimeSeries::isNull(battery) ? null : std::max(0.0, battery));
        b.batteryDischarge.append(t, TimeSeries::isNull(battery) ? null : std::max(0.0, -battery));
    }
    return b;
}
