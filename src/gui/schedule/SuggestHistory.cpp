#include "gui/schedule/SuggestHistory.h"

#include "client/DomainQuery.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SiteConnection.h"

SuggestHistory::SuggestHistory(SiteConnection &connection, const QTimeZone &zone, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_zone(zone)
{
}

void SuggestHistory::fetch(const QDateTime &now)
{
    DomainQuery query = m_connection.domainQuery();
    query.range(QueryTimeArg(now.addDays(-7 * kWeeks)), QueryTimeArg(now))
        .fields({u"LoadPower", u"SolarPower"})
        .every(Duration(15, Duration::Unit::Minute))
        .timeFunction(QueryTimeFunction::Mean)
        .timeSource(QueryTimeSource::WindowStart)
        .timezone(m_zone);
    // Not cached: four weeks of two fields are read once per dialog.
    m_connection.queries().run(QString(), DomainQuery::path(), query.toQuery(), this,
                               [this, now](const QueryRunner::Reply &reply) {
                                   if (reply.error.isError()) {
                                       emit failed(reply.error);
                                       return;
                                   }
                                   const QueryTable *load = reply.result.find(u"LoadPower");
                                   const QueryTable *solar = reply.result.find(u"SolarPower");
                                   m_loadW = load ? load->series : TimeSeries();
                                   m_solarW = solar ? solar->series : TimeSeries();
                                   fetchForecast(now);
                               });
}

void SuggestHistory::fetchForecast(const QDateTime &now)
{
    const QDateTime from(now.toTimeZone(m_zone).date().addDays(1), QTime(0, 0), m_zone);
    DomainQuery query = m_connection.domainQuery();
    query.range(QueryTimeArg(from), QueryTimeArg(from.addDays(kForecastDays)))
        .fields({u"PredictionSolarPower"})
        .every(Duration(15, Duration::Unit::Minute))
        .timeFunction(QueryTimeFunction::Mean)
        .timeSource(QueryTimeSource::WindowStart)
        .timezone(m_zone);
    m_connection.queries().run(QString(), DomainQuery::path(), query.toQuery(), this, [this](const QueryRunner::Reply &reply) {
        const QueryTable *forecast = reply.error.isError() ? nullptr : reply.result.find(u"PredictionSolarPower");
        m_solarForecastW = forecast ? forecast->series : TimeSeries();
        m_ready = true;
        emit ready();
    });
}
