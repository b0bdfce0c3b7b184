#include "gui/schedule/ProjectionFeed.h"

#include "client/DeviceQuery.h"
#include "client/DomainQuery.h"
#include "client/PomcubeUnits.h"
#include "core/Clock.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SiteConnection.h"

ProjectionFeed::ProjectionFeed(SiteConnection &connection, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_zone(connection.siteZone())
{
}

void ProjectionFeed::refresh()
{
    fetchUnits();
    fetchForecast();
    fetchLoad();
}

void ProjectionFeed::fetchUnits()
{
    // The site's SOC and capacity are those of the scheduled units together (docs/aegis-api.md §6).
    DomainQuery site = m_connection.domainQuery();
    site.start(QueryTimeArg::beginningOfData())
        .fields({u"BatSoC", u"BatCapacity"})
        .timezone(m_zone)
        .timeFunction(QueryTimeFunction::Last);
    m_connection.queries().run(
        QStringLiteral("schedule/soc"), DomainQuery::path(), site.toQuery(), this, [this](const QueryRunner::Reply &reply) {
            if (reply.error.isError()) {
                emit failed(reply.error);
                return;
            }
            const QueryTable *soc = reply.result.find(u"BatSoC");
            const QueryTable *capacity = reply.result.find(u"BatCapacity");
            m_inputs.socPercent = soc ? soc->series.lastValue().value_or(TimeSeries::null()) : TimeSeries::null();
            m_inputs.capacityKWh = capacity ? capacity->series.lastValue().value_or(TimeSeries::null()) : TimeSeries::null();
            m_inputs.readingTime = soc && !soc->series.isEmpty()
                ? QDateTime::fromMSecsSinceEpoch(soc->series.lastTime(), QTimeZone::utc())
                : QDateTime();
            emit updated();
        });
    // Which Pomcube units report: they share the scheduler's power between them.
    const DeviceQuery units = PomcubeUnits::query(m_connection.scope(), m_zone);
    m_connection.queries().run(QStringLiteral("schedule/units"), DeviceQuery::path(), units.toQuery(), this,
                               [this](const QueryRunner::Reply &reply) {
                                   if (reply.error.isError()) {
                                       emit failed(reply.error);
                                       return;
                                   }
                                   m_inputs.unitsOnline = PomcubeUnits::online(reply.result, m_clock.nowMs());
                                   m_inputs.unitsKnown = true;
                                   emit updated();
                               });
}

void ProjectionFeed::fetchForecast()
{
    const QDateTime now = m_clock.now();
    DomainQuery query = m_connection.domainQuery();
    query.range(QueryTimeArg(now.addSecs(-3600)), QueryTimeArg(now.addSecs(26 * 3600)))
        .fields({u"PredictionSolarPower"})
        .every(Duration(15, Duration::Unit::Minute))
        .timeFunction(QueryTimeFunction::Mean)
        .timeSource(QueryTimeSource::WindowStart)
        .timezone(m_zone);
    m_connection.queries().run(QStringLiteral("schedule/forecast"), DomainQuery::path(), query.toQuery(), this,
                               [this](const QueryRunner::Reply &reply) {
                                   if (reply.error.isError()) {
                                       emit failed(reply.error);
                                       return;
                                   }
                                   const QueryTable *t = reply.result.find(u"PredictionSolarPower");
                                   m_inputs.solarForecastW = t ? t->series : TimeSeries();
                                   emit updated();
                               });
}

void ProjectionFeed::fetchLoad()
{
    const QDateTime now = m_clock.now();
    DomainQuery query = m_connection.domainQuery();
    query.range(QueryTimeArg(now.addSecs(-49 * 3600)), QueryTimeArg(now))
        .fields({u"LoadPower"})
        .every(Duration(15, Duration::Unit::Minute))
        .timeFunction(QueryTimeFunction::Mean)
        .timeSource(QueryTimeSource::WindowStart)
        .timezone(m_zone);
    m_connection.queries().run(QStringLiteral("schedule/load"), DomainQuery::path(), query.toQuery(), this,
                               [this](const QueryRunner::Reply &reply) {
                                   if (reply.error.isError()) {
                                       emit failed(reply.error);
                                       return;
                                   }
                                   const QueryTable *t = reply.result.find(u"LoadPower");
                                   m_inputs.recentLoadW = t ? t->series : TimeSeries();
                                   emit updated();
                               });
}
