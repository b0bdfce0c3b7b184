#include "gui/report/BemsExporter.h"

#include "client/BemsExport.h"
#include "core/Clock.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SiteConnection.h"
#include "gui/timechart/ChartExporter.h"

BemsExporter::BemsExporter(SiteConnection &connection, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_clock(clock)
{
}

void BemsExporter::write(const QString &path, const TimeRange &range, std::function<void(const ExportResult &)> done)
{
    const auto fail = [done](const QString &why) {
        if (done)
            done(ExportResult::failure(tr("The BEMS file was not written: %1.").arg(why)));
    };
    if (m_busy)
        return fail(tr("a BEMS file is being written already; try again when it is done"));
    const Result<BemsExport::Range> quarters = BemsExport::range(range.start, range.stop, m_clock.now());
    if (!quarters)
        return fail(quarters.error());
    m_busy = true;
    // Not cached: an export reads what the server holds now.
    const auto send = [this](const QString &queryPath, const QUrlQuery &query, BemsExport::Reply reply) {
        m_connection.queries().run({}, queryPath, query, this,
                                   [reply = std::move(reply)](const QueryRunner::Reply &r) { reply(r.error, r.result); });
    };
    BemsExport::fetch(send, m_connection.scope(), m_connection.siteZone(), *quarters,
                      [this, path, fail, done](const ApiError &error, const Result<BemsCsv::Table> &table) {
                          m_busy = false;
                          if (error.isError())
                              return fail(error.message());
                          if (!table)
                              return fail(table.error());
                          const Result<bool> saved = BemsCsv::save(path, *table);
                          if (!saved)
                              return fail(saved.error());
                          if (done)
                              done(ExportResult::success());
                      });
}
