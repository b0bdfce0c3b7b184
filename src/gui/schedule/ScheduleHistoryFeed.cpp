#include "gui/schedule/ScheduleHistoryFeed.h"

#include "client/DomainQuery.h"
#include "core/Clock.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SiteConnection.h"

namespace {

constexpr qint64 kDayMs = 86'400'000;

} // namespace

ScheduleHistoryFeed::ScheduleHistoryFeed(SiteConnection &connection, const Clock &clock, const QTimeZone &zone, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_zone(zone)
{
}

void ScheduleHistoryFeed::refresh()
{
    m_to = m_clock.now().toUTC();
    m_from = m_to.addMSecs(-kHistoryDays * kDayMs);
    const int generation = ++m_generation;
    fetchHistory(generation);
    fetchSoc(generation);
}

void ScheduleHistoryFeed::fetchHistory(int generation)
{
    m_connection.scheduler().fetchHistory(m_from, m_to, this,
                                          [this, generation](const ApiError &error, const SchedulerHistory &history) {
                                              if (generation != m_generation)
                                                  return;
                                              if (error.isError()) {
                                                  emit historyFailed(error);
                                                  return;
                                              }
                                              m_history = history;
                                              emit historyFetched(history);
                                          });
}

void ScheduleHistoryFeed::fetchSoc(int generation)
{
    DomainQuery query = m_connection.domainQuery();
    query.range(QueryTimeArg(m_from), QueryTimeArg(m_to))
        .fields({u"BatSoC"})
        .every(Duration(15, Duration::Unit::Minute)) // ~670 points for 7 days: every run's ramp shows
        .timeFunction(QueryTimeFunction::Mean)
        .timeSource(QueryTimeSource::WindowStart)
        .timezone(m_zone);
    const auto apply = [this, generation](const QueryRunner::Reply &reply) {
        if (generation != m_generation)
            return;
        if (reply.error.isError()) {
            emit socFailed(reply.error);
            return;
        }
        const QueryTable *t = reply.result.find(u"BatSoC");
        m_soc = t ? t->series : TimeSeries();
        emit socFetched(*m_soc);
    };
    m_connection.queries().run(QStringLiteral("schedule/history-soc"), DomainQuery::path(), query.toQuery(), this, apply);
}
