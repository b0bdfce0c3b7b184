#include "gui/report/ReportTotalsFeed.h"

#include "client/DeviceQuery.h"
#include "client/DomainQuery.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SiteConnection.h"

namespace {

// The sum of a field's rows (one row: the whole period); nothing when the field has no value.
std::optional<double> total(const QueryResult &result, QStringView field, QStringView device = {})
{
    const QueryTable *table = result.find(field, device);
    if (!table)
        return std::nullopt;
    std::optional<double> sum;
    for (qsizetype i = 0; i < table->series.size(); ++i) {
        if (!table->series.isNullAt(i))
            sum = sum.value_or(0) + table->series.value(i);
    }
    return sum;
}

} // namespace

ReportTotalsFeed::ReportTotalsFeed(SiteConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

void ReportTotalsFeed::fetch(const TimeRange &range, Done done)
{
    ++m_generation;
    m_totals = {};
    m_error = {};
    m_done = std::move(done);
    m_pending = 4;
    fetchEnergies(range);
    fetchExport(range);
    fetchPeakImport(range);
    fetchScheduleRuns(range);
}

void ReportTotalsFeed::partDone(int generation, const ApiError &error)
{
    if (generation != m_generation)
        return;
    if (error.isError() && !m_error.isError())
        m_error = error;
    if (--m_pending == 0 && m_done)
        std::exchange(m_done, {})(m_error, m_totals);
}

void ReportTotalsFeed::fetchEnergies(const TimeRange &range)
{
    // Without `every` each field is one row over the whole period, in its default aggregation:
    // counter differences summed, PR and curtailment as ratios of the period's sums (§6).
    DomainQuery query = m_connection.domainQuery();
    query.range(QueryTimeArg(range.start), QueryTimeArg(range.stop))
        .fields({u"SolarEnergy", u"LoadEnergy", u"GridEnergy", u"BatteryChargeEnergy", u"BatteryDischargeEnergy", u"PR",
                 u"CurtailmentRatio"})
        .timezone(range.zone);
    const int generation = m_generation;
    m_connection.queries().run(QStringLiteral("report/energies"), DomainQuery::path(), query.toQuery(), this,
                               [this, generation](const QueryRunner::Reply &reply) {
                                   if (generation == m_generation && !reply.error.isError()) {
                                       const QueryResult &r = reply.result;
                                       m_totals.solarKWh = total(r, u"SolarEnergy");
                                       m_totals.loadKWh = total(r, u"LoadEnergy");
                                       m_totals.importKWh = total(r, u"GridEnergy");
                                       m_totals.chargeKWh = total(r, u"BatteryChargeEnergy");
                                       m_totals.dischargeKWh = total(r, u"BatteryDischargeEnergy");
                                       m_totals.prPercent = total(r, u"PR");
                                       m_totals.curtailmentPercent = total(r, u"CurtailmentRatio");
                                   }
                                   partDone(generation, reply.error);
                               });
}

void ReportTotalsFeed::fetchExport(const TimeRange &range)
{
    // The domain has import (GridEnergy) but no export field; the grid-connection meter counts
    // both directions, OutputEnergy being what the site delivered to the grid.
    DeviceQuery query = m_connection.deviceQuery();
    query.output(u"hermes_smartmeter_data")
        .devices({kGridConnectionMeter})
        .range(QueryTimeArg(range.start), QueryTimeArg(range.stop))
        .fields({u"OutputEnergy"})
        .differenceNonNegativeSource()
        .timeFunction(QueryTimeFunction::Sum)
        .timezone(range.zone);
    const int generation = m_generation;
    m_connection.queries().run(QStringLiteral("report/export"), DeviceQuery::path(), query.toQuery(), this,
                               [this, generation](const QueryRunner::Reply &reply) {
                                   if (generation == m_generation && !reply.error.isError())
                                       m_totals.exportKWh = total(reply.result, u"OutputEnergy").value_or(0);
                                   partDone(generation, reply.error);
                               });
}

void ReportTotalsFeed::fetchPeakImport(const TimeRange &range)
{
    // Demand is billed on quarter-hour means: the highest positive one is the peak import.
    DomainQuery query = m_connection.domainQuery();
    query.range(QueryTimeArg(range.start), QueryTimeArg(range.stop))
        .fields({u"GridPower"})
        .every(Duration(15, Duration::Unit::Minute))
        .timeFunction(QueryTimeFunction::Mean)
        .timeSource(QueryTimeSource::WindowStart)
        .timezone(range.zone);
    const int generation = m_generation;
    m_connection.queries().run(QStringLiteral("report/peak-import"), DomainQuery::path(), query.toQuery(), this,
                               [this, generation](const QueryRunner::Reply &reply) {
                                   if (generation == m_generation && !reply.error.isError()) {
                                       if (const QueryTable *t = reply.result.find(u"GridPower")) {
                                           for (qsizetype i = 0; i < t->series.size(); ++i) {
                                               const double w = t->series.value(i);
                                               if (t->series.isNullAt(i) || w <= 0
                                                   || (m_totals.peakImportW && w <= *m_totals.peakImportW))
                                                   continue;
                                               m_totals.peakImportW = w;
                                               m_totals.peakImportAtMs = t->series.time(i);
                                           }
                                       }
                                   }
                                   partDone(generation, reply.error);
                               });
}

void ReportTotalsFeed::fetchScheduleRuns(const TimeRange &range)
{
    const int generation = m_generation;
    m_connection.scheduler().fetchHistory(range.start, range.stop, this,
                                          [this, generation](const ApiError &error, const SchedulerHistory &history) {
                                              if (generation == m_generation && !error.isError()) {
                                                  m_totals.scheduleRuns = history.completeCount;
                                                  m_totals.scheduleRunsImportKWh = history.purchaseKWh;
                                                  m_totals.scheduleRunsExportKWh = history.sellKWh;
                                              }
                                              partDone(generation, error);
                                          });
}
