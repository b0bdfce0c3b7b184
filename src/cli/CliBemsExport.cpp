#include "cli/CliBemsExport.h"

#include "cli/AegisCli.h"
#include "cli/CliExit.h"
#include "cli/CliOptions.h"
#include "cli/CliTerminal.h"
#include "client/AegisClient.h"
#include "client/QueryReplyDecoder.h"
#include "client/SchedulerApi.h"
#include "core/Clock.h"
#include "core/QueryTime.h"

Result<CliBemsExport::Request> CliBemsExport::fromOptions(const CliOptions &options)
{
    using R = Result<Request>;
    const Clock &clock = SystemClock::instance();
    if (!options.isSet(QStringLiteral("start")))
        return R::failure(AegisCli::tr("export bems needs --start"));
    QDateTime from;
    QDateTime to = clock.now();
    for (const auto &[name, target] : {std::pair{QStringLiteral("start"), &from}, std::pair{QStringLiteral("stop"), &to}}) {
        if (!options.isSet(name))
            continue;
        const Result<QDateTime> time = QueryTime::parse(options.value(name).trimmed(), clock);
        if (!time)
            return R::failure(QStringLiteral("--%1: %2").arg(name, time.error()));
        *target = *time;
    }
    if (to <= from)
        return R::failure(AegisCli::tr("--stop must come after --start"));
    const Result<BemsExport::Range> range = BemsExport::range(from, to, clock.now());
    if (!range)
        return R::failure(range.error());
    Request request{*range, options.value(QStringLiteral("out")).trimmed()};
    if (request.outFile == u"-")
        request.outFile.clear();
    return request;
}

CliBemsExport::CliBemsExport(AegisClient &client, SchedulerApi &scheduler, Request request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scheduler(scheduler)
    , m_request(std::move(request))
{
}

void CliBemsExport::run(Done done)
{
    m_done = std::move(done);
    // The scheduler names the site's zone and domain (docs/aegis-api.md §7).
    m_scheduler.fetch(this, [this](const ApiError &error, const SchedulerState &state) {
        if (error.isError()) {
            const int code = CliExit::forError(error);
            return m_done(code == CliExit::Ok ? int(CliExit::Failure) : code, {}, error.message());
        }
        if (m_client.session().organizationId <= 0)
            return m_done(CliExit::Server, {},
                          AegisCli::tr("the login reply names no organization, so the site cannot be queried"));
        const SiteScope site{m_client.session().organizationId, state.domainId};
        const auto send = [this](const QString &path, const QUrlQuery &query, BemsExport::Reply reply) {
            m_client.get(path, query, this, [reply = std::move(reply)](const ApiResult &r) {
                if (!r.ok())
                    return reply(r.error, {});
                const Result<QueryResult> decoded = QueryReplyDecoder::decode(r.body);
                if (!decoded)
                    return reply(ApiError(ApiError::Kind::MalformedReply, r.httpStatus, {}, decoded.error()), {});
                reply({}, *decoded);
            });
        };
        BemsExport::fetch(send, site, state.zone(), m_request.range,
                          [this](const ApiError &error, const Result<BemsCsv::Table> &table) {
                              if (error.isError()) {
                                  const int code = CliExit::forError(error);
                                  return m_done(code == CliExit::Ok ? int(CliExit::Failure) : code, {}, error.message());
                              }
                              if (!table)
                                  return m_done(CliExit::Server, {}, table.error());
                              write(*table);
                          });
    });
}

void CliBemsExport::write(const BemsCsv::Table &table)
{
    if (m_request.outFile.isEmpty()) {
        const Result<QByteArray> text = BemsCsv::write(table);
        if (!text)
            return m_done(CliExit::Failure, {}, text.error());
        return m_done(CliExit::Ok, *text, {});
    }
    const Result<bool> saved = BemsCsv::save(m_request.outFile, table);
    if (!saved)
        return m_done(CliExit::Failure, {}, saved.error());
    const BemsCsv::Row &first = table.rows.constFirst();
    const BemsCsv::Row &last = table.rows.constLast();
    CliTerminal::printText(
        AegisCli::tr("%1: %n quarter-hour(s), %2 to %3 (the site's local time).", nullptr, int(table.rows.size()))
            .arg(m_request.outFile, BemsCsv::timeText(first.date, first.minuteOfDay),
                 BemsCsv::timeText(last.date, last.minuteOfDay)));
    m_done(CliExit::Ok, {}, {});
}
