#include "cli/CliCostRun.h"

#include "optimize/ScheduleSuggester.h"

#include "cli/AegisCli.h"
#include "cli/CliCostOutput.h"
#include "cli/CliExit.h"
#include "cli/CliOutput.h"
#include "cli/CliSuggestOutput.h"
#include "client/AegisClient.h"
#include "client/QueryReplyDecoder.h"
#include "client/SchedulerApi.h"
#include "core/Clock.h"

#include <QSaveFile>
#include <cmath>

CliCostRun::CliCostRun(AegisClient &client, SchedulerApi &scheduler, const CliCostRequest &request, CliCommand command,
                       CliFormat format, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scheduler(scheduler)
    , m_request(request)
    , m_command(command)
    , m_format(format)
{
}

void CliCostRun::run(Done done)
{
    m_done = std::move(done);
    // The scheduler names the site's zone and domain (docs/aegis-api.md §7), and holds the windows.
    m_scheduler.fetch(this, [this](const ApiError &error, const SchedulerState &state) {
        if (error.isError())
            return fail(error);
        m_state = state;
        if (m_client.session().organizationId <= 0)
            return fail(CliExit::Server, AegisCli::tr("the login reply names no organization, so the site cannot be queried"));
        m_scope = SiteScope{m_client.session().organizationId, state.domainId};
        m_today = SystemClock::instance().now().toTimeZone(state.zone()).date();
        if (m_command == CliCommand::Cost)
            return fetchEnergies();
        m_day = m_request.day(m_today);
        fetchDayInputs();
    });
}

void CliCostRun::query(const QString &path, const QUrlQuery &query, Next next)
{
    m_client.get(path, query, this, [this, next = std::move(next)](const ApiResult &r) {
        if (!r.ok())
            return fail(r.error);
        const Result<QueryResult> decoded = QueryReplyDecoder::decode(r.body);
        if (!decoded)
            return fail(ApiError(ApiError::Kind::MalformedReply, r.httpStatus, {}, decoded.error()));
        next(*decoded);
    });
}

void CliCostRun::fetchDayInputs()
{
    const QTimeZone zone = m_state.zone();
    query(DomainQuery::path(), CostInputsQueries::history(m_scope, zone).toQuery(), [this, zone](const QueryResult &history) {
        CostInputsQueries::readHistory(history, m_inputs);
        // "Today" on the server's clock: the four weeks were asked relative to it, and an
        // emulator may run at another date than this machine.
        if (!m_inputs.loadW.isEmpty()) {
            m_today = QDateTime::fromMSecsSinceEpoch(m_inputs.loadW.lastTime(), QTimeZone::utc()).toTimeZone(zone).date();
            m_day = m_request.day(m_today);
        }
        query(DomainQuery::path(), CostInputsQueries::battery(m_scope, zone).toQuery(), [this, zone](const QueryResult &battery) {
            CostInputsQueries::readBattery(battery, m_inputs);
            const auto finish = [this] {
                if (m_command == CliCommand::ScheduleSuggest)
                    finishSuggest();
                else
                    finishScheduleCost();
            };
            if (!m_request.date)
                return finish();
            query(DomainQuery::path(), CostInputsQueries::forecast(m_scope, zone, m_day).toQuery(),
                  [this, finish](const QueryResult &forecast) {
                      CostInputsQueries::readForecast(forecast, m_inputs);
                      finish();
                  });
        });
    });
}

namespace {

// The day as the cost model takes it, or why it cannot be modelled.
Result<CostInput> dayInput(const CliCostRequest &request, const CostInputs &inputs, const QDate &day, const Schedule &schedule)
{
    CostInput input;
    input.schedule = schedule;
    if (std::isfinite(inputs.capacityKWh) && inputs.capacityKWh > 0)
        input.battery.capacityKWh = inputs.capacityKWh;
    if (request.socStartPercent)
        input.startSocPercent = *request.socStartPercent;
    else if (std::isfinite(inputs.socPercent))
        input.startSocPercent = inputs.socPercent;
    else
        return Result<CostInput>::failure(AegisCli::tr("the server reports no SOC for the batteries; give --soc-start"));
    input.limits = request.limits;
    input.dayType = request.dayTypeOn(day);
    const TariffSeason *season = request.tariff.season(day);
    input.season = season ? season->id : QString();
    return input;
}

} // namespace

void CliCostRun::finishScheduleCost()
{
    const QTimeZone zone = m_state.zone();
    const Result<CostInput> input = dayInput(m_request, m_inputs, m_day, m_request.file.value_or(m_state.schedule));
    if (!input)
        return fail(CliExit::Server, input.error());
    DayCostReport report;
    report.tariffId = m_request.tariffId;
    report.tariffName = m_request.tariff.name;
    report.zone = zone;
    report.date = m_day;
    report.input = *input;
    report.scheduleSource = m_request.file ? m_request.fileName : QString();
    std::array<DayProfile, kTariffDayTypes> profiles;
    for (int type = 0; type < kTariffDayTypes; ++type)
        profiles[size_t(type)] =
            DayProfile::typical(TariffDayType(type), m_inputs.loadW, m_inputs.solarW, m_request.tariff, zone, m_today);
    report.profile = profiles.at(size_t(input->dayType));
    report.forecastSolar = report.profile.applySolarForecast(m_inputs.solarForecastW, m_day, zone) > 0;
    report.day = ScheduleCost::day(report.input, report.profile, m_request.tariff);
    report.month = ScheduleCost::month(report.input, profiles, m_request.tariff, m_day);
    switch (m_format) {
    case CliFormat::Csv:
        return m_done(CliExit::Ok, CliCostOutput::dayCsv(report), {});
    case CliFormat::Text:
        return m_done(CliExit::Ok, CliCostOutput::dayText(report), {});
    case CliFormat::Json:
        break;
    }
    m_done(CliExit::Ok, CliCostOutput::dayJson(report), {});
}

void CliCostRun::finishSuggest()
{
    const QTimeZone zone = m_state.zone();
    const Result<CostInput> input = dayInput(m_request, m_inputs, m_day, Schedule());
    if (!input)
        return fail(CliExit::Server, input.error());
    SuggestReport report;
    report.tariffId = m_request.tariffId;
    report.tariffName = m_request.tariff.name;
    report.feedInRate = m_request.tariff.feedInRate;
    report.zone = zone;
    report.date = m_day;
    report.request.day = *input;
    report.request.profile =
        DayProfile::typical(input->dayType, m_inputs.loadW, m_inputs.solarW, m_request.tariff, zone, m_today);
    report.request.profile.applySolarForecast(m_inputs.solarForecastW, m_day, zone);
    report.request.endSocPercent = m_request.socEndPercent;
    report.request.maxWindows = m_request.maxWindows;
    report.request.serverSchedule = m_state.schedule;
    report.suggestion = ScheduleSuggester::suggest(report.request, m_request.tariff);
    if (!report.suggestion.ok())
        return fail(CliExit::Failure, AegisCli::tr("no suggestion: %1").arg(report.suggestion.plan.message));
    if (!m_request.outFile.isEmpty()) {
        QSaveFile file(m_request.outFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(CliOutput::windowsJson(report.suggestion.windows)) < 0
            || !file.commit())
            return fail(CliExit::Failure, AegisCli::tr("cannot write %1: %2").arg(m_request.outFile, file.errorString()));
    }
    m_done(CliExit::Ok, m_format == CliFormat::Text ? CliSuggestOutput::text(report) : CliSuggestOutput::json(report), {});
}

void CliCostRun::fetchEnergies()
{
    const QTimeZone zone = m_state.zone();
    query(DomainQuery::path(), CostInputsQueries::energies(m_scope, zone, m_request.from, m_request.to).toQuery(),
          [this, zone](const QueryResult &energies) {
              m_energies = energies;
              query(DeviceQuery::path(), CostInputsQueries::gridExport(m_scope, zone, m_request.from, m_request.to).toQuery(),
                    [this, zone](const QueryResult &gridExport) {
                        BillReport report;
                        report.tariffId = m_request.tariffId;
                        report.tariffName = m_request.tariff.name;
                        report.zone = zone;
                        report.every = m_request.every;
                        const QList<MeteredStep> steps =
                            CostInputsQueries::readEnergies(m_energies, gridExport, m_request.from, m_request.to);
                        report.periods =
                            GridBill::bill(steps, m_request.tariff, zone, m_request.every, m_request.from.toTimeZone(zone).date(),
                                           m_request.to.addMSecs(-1).toTimeZone(zone).date());
                        switch (m_format) {
                        case CliFormat::Csv:
                            return m_done(CliExit::Ok, CliCostOutput::billCsv(report), {});
                        case CliFormat::Text:
                            return m_done(CliExit::Ok, CliCostOutput::billText(report), {});
                        case CliFormat::Json:
                            break;
                        }
                        m_done(CliExit::Ok, CliCostOutput::billJson(report), {});
                    });
          });
}

void CliCostRun::fail(const ApiError &error)
{
    const int code = CliExit::forError(error);
    m_done(code == CliExit::Ok ? int(CliExit::Failure) : code, {}, error.message());
}

void CliCostRun::fail(int exitCode, const QString &message)
{
    m_done(exitCode, {}, message);
}
