#include "client/CostInputsQueries.h"

#include "core/DayProfile.h"

#include <QHash>

namespace {

constexpr qint64 kStepMs = qint64(kStepMinutes) * 60 * 1000;

TimeSeries seriesOf(const QueryResult &result, QStringView field)
{
    const QueryTable *table = result.find(field);
    return table ? table->series : TimeSeries();
}

double valueAt(const QHash<qint64, double> &values, qint64 t)
{
    return values.value(t, TimeSeries::null());
}

QHash<qint64, double> byTime(const TimeSeries &series)
{
    QHash<qint64, double> out;
    for (qsizetype i = 0; i < series.size(); ++i)
        out.insert(series.time(i), series.value(i));
    return out;
}

} // namespace

DomainQuery CostInputsQueries::history(const SiteScope &site, const QTimeZone &zone, int weeks)
{
    DomainQuery q = site.domainQuery();
    q.start(QueryTimeArg::ago(Duration(7 * weeks, Duration::Unit::Day)))
        .fields({u"LoadPower", u"SolarPower"})
        .every(Duration(kStepMinutes, Duration::Unit::Minute))
        .timeFunction(QueryTimeFunction::Mean)
        .timeSource(QueryTimeSource::WindowStart)
        .timezone(zone);
    return q;
}

DomainQuery CostInputsQueries::history(const SiteScope &site, const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    DomainQuery q = site.domainQuery();
    q.range(QueryTimeArg(from), QueryTimeArg(to))
        .fields({u"LoadPower", u"SolarPower"})
        .every(Duration(kStepMinutes, Duration::Unit::Minute))
        .timeFunction(QueryTimeFunction::Mean)
        .timeSource(QueryTimeSource::WindowStart)
        .timezone(zone);
    return q;
}

DomainQuery CostInputsQueries::battery(const SiteScope &site, const QTimeZone &zone)
{
    DomainQuery q = site.domainQuery();
    q.start(QueryTimeArg::beginningOfData())
        .fields({u"BatSoC", u"BatCapacity"})
        .timezone(zone)
        .timeFunction(QueryTimeFunction::Last);
    return q;
}

DomainQuery CostInputsQueries::forecast(const SiteScope &site, const QTimeZone &zone, const QDate &date)
{
    DomainQuery q = site.domainQuery();
    q.range(QueryTimeArg(QDateTime(date, QTime(0, 0), zone)), QueryTimeArg(QDateTime(date.addDays(1), QTime(0, 0), zone)))
        .fields({u"PredictionSolarPower"})
        .every(Duration(kStepMinutes, Duration::Unit::Minute))
        .timeFunction(QueryTimeFunction::Mean)
        .timeSource(QueryTimeSource::WindowStart)
        .timezone(zone);
    return q;
}

void CostInputsQueries::readHistory(const QueryResult &result, CostInputs &inputs)
{
    inputs.loadW = seriesOf(result, u"LoadPower");
    inputs.solarW = seriesOf(result, u"SolarPower");
}

void CostInputsQueries::readBattery(const QueryResult &result, CostInputs &inputs)
{
    inputs.socPercent = seriesOf(result, u"BatSoC").lastValue().value_or(TimeSeries::null());
    inputs.capacityKWh = seriesOf(result, u"BatCapacity").lastValue().value_or(TimeSeries::null());
}

void CostInputsQueries::readForecast(const QueryResult &result, CostInputs &inputs)
{
    inputs.solarForecastW = seriesOf(result, u"PredictionSolarPower");
}

DomainQuery CostInputsQueries::energies(const SiteScope &site, const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    // A minute early, as for the export: the energies are differences of counters, and the
    // range's first minute needs the reading before it (readEnergies drops the step before `from`).
    DomainQuery q = site.domainQuery();
    q.range(QueryTimeArg(from.addSecs(-60)), QueryTimeArg(to))
        .fields({u"GridEnergy", u"BatteryChargeEnergy", u"BatteryDischargeEnergy"})
        .every(Duration(kStepMinutes, Duration::Unit::Minute))
        .timeSource(QueryTimeSource::WindowStart)
        .timezone(zone);
    return q;
}

DeviceQuery CostInputsQueries::gridExport(const SiteScope &site, const QTimeZone &zone, const QDateTime &from,
                                          const QDateTime &to)
{
    // A minute early: differencing drops the range's first reading, which belongs to the step before.
    DeviceQuery q = site.deviceQuery();
    q.output(u"hermes_smartmeter_data")
        .devices({gridMeter()})
        .range(QueryTimeArg(from.addSecs(-60)), QueryTimeArg(to))
        .fields({u"OutputEnergy"})
        .differenceNonNegativeSource()
        .every(Duration(kStepMinutes, Duration::Unit::Minute))
        .timeFunction(QueryTimeFunction::Sum)
        .timeSource(QueryTimeSource::WindowStart)
        .timezone(zone);
    return q;
}

QList<MeteredStep> CostInputsQueries::readEnergies(const QueryResult &energies, const QueryResult &gridExport,
                                                   const QDateTime &from, const QDateTime &to)
{
    const QHash<qint64, double> import = byTime(seriesOf(energies, u"GridEnergy"));
    const QHash<qint64, double> charge = byTime(seriesOf(energies, u"BatteryChargeEnergy"));
    const QHash<qint64, double> discharge = byTime(seriesOf(energies, u"BatteryDischargeEnergy"));
    const QueryTable *exportTable = gridExport.find(u"OutputEnergy", gridMeter());
    if (!exportTable)
        exportTable = gridExport.find(u"OutputEnergy");
    const QHash<qint64, double> exported = byTime(exportTable ? exportTable->series : TimeSeries());
    QList<MeteredStep> steps;
    const qint64 end = to.toMSecsSinceEpoch();
    // Quarter-hours are those the server stamped; a step of the range with no import is a gap.
    qint64 t = from.toMSecsSinceEpoch();
    t -= ((t % kStepMs) + kStepMs) % kStepMs;
    for (; t < end; t += kStepMs) {
        if (t < from.toMSecsSinceEpoch())
            continue;
        steps.append({t, valueAt(import, t), valueAt(exported, t), valueAt(charge, t), valueAt(discharge, t)});
    }
    return steps;
}
