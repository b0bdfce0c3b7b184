#include "client/BemsExport.h"

#include "client/CostInputsQueries.h"

#include <QHash>
#include <cmath>
#include <memory>

namespace {

constexpr qint64 kStepMs = qint64(BemsCsv::kStepMinutes) * 60 * 1000;
constexpr double kStepsPerHour = 60.0 / BemsCsv::kStepMinutes;

qint64 floorToStep(qint64 ms)
{
    return ms - (((ms % kStepMs) + kStepMs) % kStepMs);
}

QHash<qint64, double> byTime(const QueryTable *table)
{
    QHash<qint64, double> out;
    if (!table)
        return out;
    for (qsizetype i = 0; i < table->series.size(); ++i)
        out.insert(table->series.time(i), table->series.value(i));
    return out;
}

double at(const QHash<qint64, double> &values, qint64 t)
{
    return values.value(t, std::nan(""));
}

} // namespace

Result<BemsExport::Range> BemsExport::range(const QDateTime &from, const QDateTime &to, const QDateTime &now)
{
    using R = Result<Range>;
    if (!from.isValid() || !to.isValid() || to <= from)
        return R::failure(tr("the end of the range must come after its start"));
    // The range asked for is bounded, not what is left of it before now: the same command
    // must not pass today and fail next year.
    if (to.toMSecsSinceEpoch() - from.toMSecsSinceEpoch() > kMaxRows * kStepMs)
        return R::failure(tr("a BEMS file covers at most %1 days at a time; export a longer range in parts").arg(kMaxDays));
    const qint64 first = floorToStep(from.toMSecsSinceEpoch() + kStepMs - 1);
    const qint64 end = floorToStep(std::min(to, now).toMSecsSinceEpoch());
    if (end <= first)
        return R::failure(tr("the range holds no quarter-hour that is over yet"));
    return Range{QDateTime::fromMSecsSinceEpoch(first, QTimeZone::utc()), QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc())};
}

Result<BemsCsv::Table> BemsExport::table(const QueryResult &powers, const QueryResult &energies, const QueryResult &gridExport,
                                         const Range &range, const QTimeZone &zone)
{
    using R = Result<BemsCsv::Table>;
    const QHash<qint64, double> load = byTime(powers.find(u"LoadPower"));
    const QHash<qint64, double> solar = byTime(powers.find(u"SolarPower"));
    const QHash<qint64, double> import = byTime(energies.find(u"GridEnergy"));
    const QueryTable *exportTable = gridExport.find(u"OutputEnergy", CostInputsQueries::gridMeter());
    const QHash<qint64, double> exported = byTime(exportTable ? exportTable : gridExport.find(u"OutputEnergy"));

    BemsCsv::Table table;
    QDateTime missing; // the first quarter-hour without them after a row with them
    for (qint64 t = range.from.toMSecsSinceEpoch(); t < range.to.toMSecsSinceEpoch(); t += kStepMs) {
        const double loadW = at(load, t);
        const double solarW = at(solar, t);
        const double importKWh = at(import, t);
        const double exportKWh = at(exported, t);
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(t, zone);
        if (!std::isfinite(loadW) || !std::isfinite(solarW) || !std::isfinite(importKWh) || !std::isfinite(exportKWh)) {
            if (!table.rows.isEmpty() && !missing.isValid())
                missing = local;
            continue;
        }
        if (missing.isValid())
            return R::failure(tr("the server has no data for %1; export the parts before and after it")
                                  .arg(BemsCsv::timeText(missing.date(), missing.time().msecsSinceStartOfDay() / 60'000)));
        BemsCsv::Row row;
        row.date = local.date();
        row.minuteOfDay = local.time().hour() * 60 + local.time().minute();
        if (!table.rows.isEmpty()) {
            const BemsCsv::Row &before = table.rows.constLast();
            const qint64 step =
                (row.date.toJulianDay() - before.date.toJulianDay()) * 24 * 60 + row.minuteOfDay - before.minuteOfDay;
            if (step != BemsCsv::kStepMinutes)
                return R::failure(tr("the site's clock changes at %1 (daylight saving); a BEMS file cannot hold it, so "
                                     "export the parts before and after it")
                                      .arg(BemsCsv::timeText(row.date, row.minuteOfDay)));
        }
        row.totalLoadKw = loadW / 1000.0;
        row.pvKw = solarW / 1000.0;
        row.netLoadKw = (importKWh - exportKWh) * kStepsPerHour;
        table.rows.append(row);
    }
    if (table.rows.isEmpty())
        return R::failure(tr("the server has no data for this range"));
    return table;
}

void BemsExport::fetch(const Send &send, const SiteScope &site, const QTimeZone &zone, const Range &range, Done done)
{
    using R = Result<BemsCsv::Table>;
    struct Replies
    {
        QueryResult powers;
        QueryResult energies;
    };
    auto replies = std::make_shared<Replies>();
    const QUrlQuery exportQuery = CostInputsQueries::gridExport(site, zone, range.from, range.to).toQuery();
    const QUrlQuery energiesQuery = CostInputsQueries::energies(site, zone, range.from, range.to).toQuery();
    send(DomainQuery::path(), CostInputsQueries::history(site, zone, range.from, range.to).toQuery(),
         [=](const ApiError &error, const QueryResult &powers) {
             if (error.isError())
                 return done(error, R::failure(error.message()));
             replies->powers = powers;
             send(DomainQuery::path(), energiesQuery, [=](const ApiError &error, const QueryResult &energies) {
                 if (error.isError())
                     return done(error, R::failure(error.message()));
                 replies->energies = energies;
                 send(DeviceQuery::path(), exportQuery, [=](const ApiError &error, const QueryResult &gridExport) {
                     if (error.isError())
                         return done(error, R::failure(error.message()));
                     done({}, table(replies->powers, replies->energies, gridExport, range, zone));
                 });
             });
         });
}
