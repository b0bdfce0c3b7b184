#include "gui/overview/OverviewFeed.h"

#include "client/DeviceQuery.h"
#include "client/DomainQuery.h"
#include "core/Clock.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SiteConnection.h"

#include <algorithm>

namespace {

double latest(const QueryResult &result, QStringView field)
{
    const QueryTable *t = result.find(field);
    if (!t)
        return OverviewSnapshot::kUnknown;
    return t->series.lastValue().value_or(OverviewSnapshot::kUnknown);
}

} // namespace

double OverviewSnapshot::batteryW() const
{
    const double generator = std::isnan(generatorW) ? 0.0 : generatorW;
    return solarW + gridW + generator - loadW;
}

double OverviewSnapshot::selfConsumptionPercent() const
{
    if (!(solarTodayKWh > 0) || std::isnan(gridExportTodayKWh))
        return kUnknown;
    return std::clamp(100.0 * (solarTodayKWh - gridExportTodayKWh) / solarTodayKWh, 0.0, 100.0);
}

OverviewFeed::OverviewFeed(SiteConnection &connection, const Clock &clock, const QTimeZone &zone, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_zone(zone)
{
}

void OverviewFeed::refresh()
{
    fetchLatest(false);
    fetchToday(false);
    fetchExportToday(false);
    fetchScheduler();
}

void OverviewFeed::showCached()
{
    fetchLatest(true);
    fetchToday(true);
    fetchExportToday(true);
}

void OverviewFeed::run(const QString &key, const QString &path, const QUrlQuery &query, bool cached,
                       const std::function<void(const QueryRunner::Reply &)> &apply)
{
    if (cached)
        m_connection.queries().runCached(key, this, apply);
    else
        m_connection.queries().run(key, path, query, this, apply);
}

void OverviewFeed::fetchLatest(bool cached)
{
    DomainQuery query = m_connection.domainQuery();
    query.start(QueryTimeArg::beginningOfData())
        .fields({u"SolarPower", u"LoadPower", u"GridPower", u"GenPower", u"BatSoC", u"BatRemainEnergy", u"BatCapacity"})
        .timezone(m_zone)
        .timeFunction(QueryTimeFunction::Last);
    const auto apply = [this](const QueryRunner::Reply &reply) {
        if (reply.error.isError()) {
            emit failed(reply.error);
            return;
        }
        OverviewSnapshot &s = m_snapshot;
        s.solarW = latest(reply.result, u"SolarPower");
        s.loadW = latest(reply.result, u"LoadPower");
        s.gridW = latest(reply.result, u"GridPower");
        s.generatorW = latest(reply.result, u"GenPower");
        s.socPercent = latest(reply.result, u"BatSoC");
        s.remainingKWh = latest(reply.result, u"BatRemainEnergy");
        s.capacityKWh = latest(reply.result, u"BatCapacity");
        if (const QueryTable *t = reply.result.find(u"LoadPower"); t && !t->series.isEmpty())
            s.readingTime = QDateTime::fromMSecsSinceEpoch(t->series.lastTime(), Qt::UTC);
        s.fetchedAt = reply.fetchedAt;
        s.fromCache = reply.fromCache;
        emit updated(s);
    };
    run(QStringLiteral("overview/latest"), DomainQuery::path(), query.toQuery(), cached, apply);
}

void OverviewFeed::fetchToday(bool cached)
{
    // Today in the site's zone: from local midnight to now (docs/aegis-api.md §6 "今日能耗度數").
    const QDateTime midnight = m_clock.now().toTimeZone(m_zone).date().startOfDay(m_zone);
    DomainQuery query = m_connection.domainQuery();
    query.start(QueryTimeArg(midnight))
        .fields({u"SolarEnergy", u"LoadEnergy", u"GridEnergy", u"BatteryChargeEnergy", u"BatteryDischargeEnergy"})
        .timezone(m_zone);
    const auto apply = [this](const QueryRunner::Reply &reply) {
        if (reply.error.isError()) {
            emit failed(reply.error);
            return;
        }
        OverviewSnapshot &s = m_snapshot;
        s.solarTodayKWh = latest(reply.result, u"SolarEnergy");
        s.loadTodayKWh = latest(reply.result, u"LoadEnergy");
        s.gridImportTodayKWh = latest(reply.result, u"GridEnergy");
        s.chargedTodayKWh = latest(reply.result, u"BatteryChargeEnergy");
        s.dischargedTodayKWh = latest(reply.result, u"BatteryDischargeEnergy");
        emit updated(s);
    };
    run(QStringLiteral("overview/today"), DomainQuery::path(), query.toQuery(), cached, apply);
}

void OverviewFeed::fetchExportToday(bool cached)
{
    // The domain has no export energy (docs/aegis-api.md §6): the grid connection's meter counts
    // it as OutputEnergy; today's is the sum of its differences since local midnight.
    const QDateTime midnight = m_clock.now().toTimeZone(m_zone).date().startOfDay(m_zone);
    DeviceQuery query = m_connection.deviceQuery();
    query.output(u"hermes_smartmeter_data")
        .devices(m_connection.meterRoles().metersWith(MeterRole::GridConnection))
        .fields({u"OutputEnergy"})
        .start(QueryTimeArg(midnight))
        .differenceNonNegativeSource()
        .timeFunction(QueryTimeFunction::Sum)
        .timezone(m_zone);
    const auto apply = [this](const QueryRunner::Reply &reply) {
        if (reply.error.isError()) {
            emit failed(reply.error);
            return;
        }
        m_snapshot.gridExportTodayKWh = latest(reply.result, u"OutputEnergy");
        emit updated(m_snapshot);
    };
    run(QStringLiteral("overview/exportToday"), DeviceQuery::path(), query.toQuery(), cached, apply);
}

void OverviewFeed::fetchScheduler()
{
    m_connection.scheduler().fetch(this, [this](const ApiError &error, const SchedulerState &state) {
        if (error.isError()) {
            emit failed(error);
            return;
        }
        m_snapshot.scheduler = state;
        emit updated(m_snapshot);
    });
}
