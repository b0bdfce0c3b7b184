#include "cli/CliCommands.h"

#include "cli/AegisCli.h"
#include "cli/CliCostRun.h"
#include "cli/CliExit.h"
#include "cli/CliOutput.h"
#include "cli/CliScheduleFile.h"
#include "cli/CliSession.h"
#include "cli/CliTariff.h"
#include "cli/CliTerminal.h"
#include "cli/CliTrust.h"
#include "cli/QueryCsv.h"
#include "client/QueryReplyDecoder.h"
#include "client/SchedulerApi.h"
#include "core/Clock.h"
#include "core/QueryTime.h"
#include "core/ScheduleRules.h"
#include "core/UtcTime.h"

CliCommands::CliCommands(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(options.settings())
{
}

CliCommands::~CliCommands() = default;

void CliCommands::run()
{
    if (!prepare())
        return;
    switch (m_options.command()) {
    case CliCommand::Trust:
        return runTrust();
    case CliCommand::Forget:
        return runForget();
    case CliCommand::TariffList:
    case CliCommand::TariffShow:
        return runTariff();
    default:
        break;
    }
    m_session = std::make_unique<CliSession>(m_settings);
    m_scheduler = std::make_unique<SchedulerApi>(m_session->client(), schedulerId());
    m_session->login([this](int exitCode) {
        if (exitCode != CliExit::Ok)
            return finish(exitCode);
        loggedIn();
    });
}

bool CliCommands::prepare()
{
    const CliCommand command = m_options.command();
    if (m_options.isSet(QStringLiteral("scheduler")) && schedulerId() <= 0) {
        fail(CliExit::Usage, AegisCli::tr("--scheduler needs a positive whole number"));
        return false;
    }
    if (command == CliCommand::Login && m_options.isSet(QStringLiteral("remember")) && !m_settings.useKeychain) {
        fail(CliExit::Usage, AegisCli::tr("--remember needs the keyring, which --no-keychain switches off"));
        return false;
    }
    if (command == CliCommand::QueryDevice || command == CliCommand::QueryDomain) {
        Result<CliQuery> query = CliQuery::fromOptions(m_options);
        if (!query) {
            fail(CliExit::Usage, query.error());
            return false;
        }
        m_query = std::move(query).value();
    }
    if (command == CliCommand::ScheduleSet) {
        const QString file = m_options.arguments().value(0);
        const Result<Schedule> draft = CliScheduleFile::read(file);
        if (!draft) {
            fail(CliExit::Usage, draft.error());
            return false;
        }
        // The scheduler's rules (docs/aegis-api.md §7) and the site's limits, before anything is sent.
        if (const QList<ScheduleViolation> broken = ScheduleRules().check(*draft); !broken.isEmpty()) {
            fail(CliExit::Usage,
                 AegisCli::tr("%1: the windows break the scheduler's rules; nothing was sent:\n%2")
                     .arg(file, ScheduleRules::describe(broken)));
            return false;
        }
        Result<CliUnitCheck> unitCheck = CliUnitCheck::fromOptions(m_options);
        if (!unitCheck) {
            fail(CliExit::Usage, unitCheck.error());
            return false;
        }
        // With --units the share is checked here; else once the units online are counted.
        if (const QString refusal = unitCheck->knowsUnits() ? unitCheck->refusal(file, *draft) : QString(); !refusal.isEmpty()) {
            fail(CliExit::Usage, refusal);
            return false;
        }
        m_unitCheck = *unitCheck;
        m_draft = *draft;
        if (m_options.isSet(QStringLiteral("expect-update-time"))) {
            const std::optional<qint64> ms = UtcTime::parse(m_options.value(QStringLiteral("expect-update-time")).trimmed());
            if (!ms) {
                fail(CliExit::Usage,
                     AegisCli::tr("--expect-update-time needs the update_time as schedule get printed it, "
                                  "such as 2024-12-06T10:25:38.178Z"));
                return false;
            }
            m_expectedUpdateTime = QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc());
        }
        if (m_options.isSet(QStringLiteral("dry-run"))) {
            CliTerminal::printText(
                AegisCli::tr("%1: %n window(s) pass the checks; nothing was sent.", nullptr, int(draft->size())).arg(file));
            output(m_settings.format == CliFormat::Csv ? CliOutput::windowsCsv(*draft) : CliOutput::windowsJson(*draft));
            return false;
        }
    }
    if (command == CliCommand::ScheduleHistory) {
        // Relative times are resolved on this computer's clock: the contract only promises instants here.
        for (const auto &[name, target] :
             {std::pair{QStringLiteral("start"), &m_historyFrom}, std::pair{QStringLiteral("stop"), &m_historyTo}}) {
            if (!m_options.isSet(name))
                continue;
            const Result<QDateTime> time = QueryTime::parse(m_options.value(name).trimmed(), SystemClock::instance());
            if (!time) {
                fail(CliExit::Usage, QStringLiteral("--%1: %2").arg(name, time.error()));
                return false;
            }
            *target = *time;
        }
    }
    if (command == CliCommand::ScheduleCost || command == CliCommand::ScheduleSuggest || command == CliCommand::Cost) {
        Result<CliCostRequest> request = CliCostRequest::fromOptions(m_options);
        if (!request) {
            fail(CliExit::Usage, request.error());
            return false;
        }
        m_costRequest = std::move(request).value();
    }
    if (command == CliCommand::ExportBems) {
        Result<CliBemsExport::Request> request = CliBemsExport::fromOptions(m_options);
        if (!request) {
            fail(CliExit::Usage, request.error());
            return false;
        }
        m_bemsRequest = std::move(request).value();
    }
    if (command == CliCommand::Trust) {
        if (m_settings.baseUrl.scheme() != u"https") {
            fail(CliExit::Usage,
                 AegisCli::tr("trust needs an https --url; %1 uses no certificate").arg(m_settings.baseUrl.toDisplayString()));
            return false;
        }
        if (CliTrust::normalizeFingerprint(m_options.value(QStringLiteral("fingerprint"))).isEmpty()) {
            fail(CliExit::Usage,
                 AegisCli::tr("trust needs --fingerprint with the 64 hex digits of the certificate's "
                              "SHA-256 fingerprint (AB:CD:...)"));
            return false;
        }
    }
    return true;
}

void CliCommands::loggedIn()
{
    switch (m_options.command()) {
    case CliCommand::Login:
        return runLogin();
    case CliCommand::QueryDevice:
    case CliCommand::QueryDomain:
        return runQuery();
    case CliCommand::ScheduleGet:
        return runScheduleGet();
    case CliCommand::ScheduleSet:
        return runScheduleSet();
    case CliCommand::ScheduleHistory:
        return runScheduleHistory();
    case CliCommand::ScheduleCost:
    case CliCommand::ScheduleSuggest:
    case CliCommand::Cost:
        return runCost();
    case CliCommand::ExportBems:
        return runExportBems();
    case CliCommand::Forget:
    case CliCommand::Trust:
    case CliCommand::TariffList:
    case CliCommand::TariffShow:
    case CliCommand::None:
        break;
    }
    finish(CliExit::Failure);
}

void CliCommands::runLogin()
{
    const SessionInfo &session = m_session->client().session();
    const QByteArray data = m_settings.format == CliFormat::Csv ? CliOutput::sessionCsv(session, m_settings.baseUrl)
                                                                : CliOutput::sessionJson(session, m_settings.baseUrl);
    if (!m_options.isSet(QStringLiteral("remember")))
        return output(data);
    if (!CliTerminal::writeData(data))
        return fail(CliExit::Failure, AegisCli::tr("cannot write to stdout"));
    m_session->rememberPassword([this](int exitCode) { finish(exitCode); });
}

void CliCommands::runForget()
{
    const CredentialStore store;
    store.remove(m_settings.baseUrl, m_settings.user, this, [this](const CredentialResult &r) {
        if (r.status == CredentialResult::Status::Failed)
            return fail(CliExit::Failure, r.error);
        CliTerminal::printText(r.ok() ? AegisCli::tr("The saved password of %1 on %2 is removed.")
                                            .arg(m_settings.user, m_settings.baseUrl.toDisplayString())
                                      : r.error);
        finish(CliExit::Ok);
    });
}

void CliCommands::runQuery()
{
    if (!m_query->hasOrganization()) {
        const int organization = m_session->client().session().organizationId;
        if (organization <= 0)
            return fail(CliExit::Usage, AegisCli::tr("the login reply names no organization; give --organization"));
        m_query->setOrganization(organization);
    }
    m_session->client().get(m_query->path(), m_query->toQuery(), this, [this](const ApiResult &r) {
        if (!r.ok())
            return fail(r.error);
        const Result<QueryResult> decoded = QueryReplyDecoder::decode(r.body);
        if (!decoded)
            return fail(ApiError(ApiError::Kind::MalformedReply, r.httpStatus, {}, decoded.error()));
        if (m_settings.format == CliFormat::Json)
            return output(r.body.endsWith('\n') ? r.body : r.body + '\n');
        QueryCsv::Shape shape;
        shape.scope = m_query->scope();
        shape.timeFunction = m_query->timeFunction();
        shape.groupFunction = m_query->groupFunction();
        shape.pivoted = m_query->pivoted();
        shape.zone = m_settings.displayZone;
        output(QueryCsv::write(*decoded, shape));
    });
}

void CliCommands::runScheduleGet()
{
    m_scheduler->fetch(this, [this](const ApiError &error, const SchedulerState &state) {
        if (error.isError())
            return fail(error);
        output(m_settings.format == CliFormat::Csv ? CliOutput::scheduleCsv(state) : CliOutput::scheduleJson(state));
    });
}

void CliCommands::runScheduleSet()
{
    if (!m_unitCheck->knowsUnits()) {
        return CliUnitCheck::countOnlineUnits(m_session->client(), *m_scheduler, this, [this](const ApiError &error, int units) {
            if (error.isError())
                return fail(error);
            m_unitCheck->setUnits(units);
            runScheduleSet();
        });
    }
    if (const QString refusal = m_unitCheck->refusal(m_options.arguments().value(0), *m_draft); !refusal.isEmpty())
        return fail(CliExit::Usage, refusal);
    using Status = SchedulerApi::ApplyOutcome::Status;
    m_scheduler->apply(*m_draft, m_expectedUpdateTime, this, [this](const SchedulerApi::ApplyOutcome &outcome) {
        switch (outcome.status) {
        case Status::Applied:
            CliTerminal::printText(AegisCli::tr("Applied: the server holds the %n window(s) sent (read back at update_time %1).",
                                                nullptr, int(m_draft->size()))
                                       .arg(CliOutput::formatTime(outcome.server->updateTime, QTimeZone::utc())));
            return output(m_settings.format == CliFormat::Csv ? CliOutput::scheduleCsv(*outcome.server)
                                                              : CliOutput::scheduleJson(*outcome.server));
        case Status::Conflict:
            return fail(CliExit::ScheduleNotApplied,
                        AegisCli::tr("nothing was sent: the schedule changed on the server (update_time %1, not %2)")
                            .arg(CliOutput::formatTime(outcome.server->updateTime, QTimeZone::utc()),
                                 CliOutput::formatTime(m_expectedUpdateTime, QTimeZone::utc())));
        case Status::Rejected:
            return fail(CliExit::Server,
                        AegisCli::tr("the server refused the schedule; nothing changed. %1").arg(outcome.error.message()));
        case Status::NotApplied: {
            QString message = AegisCli::tr("not applied: reading back shows other windows on the server than those sent:\n%1")
                                  .arg(outcome.difference);
            if (outcome.error.isError())
                message += QLatin1Char('\n') + outcome.error.message();
            return fail(CliExit::ScheduleNotApplied, message);
        }
        case Status::Unknown:
            break;
        }
        // Retrying is safe: sending the same windows again changes nothing when they arrived.
        CliTerminal::printError(outcome.error.message());
        CliTerminal::printText(AegisCli::tr("Whether the schedule was applied is unknown; check with aegis-cli schedule get, "
                                            "or send it again."));
        const int code = CliExit::forError(outcome.error);
        finish(code == CliExit::Ok ? int(CliExit::Failure) : code);
    });
}

void CliCommands::runScheduleHistory()
{
    m_scheduler->fetchHistory(m_historyFrom, m_historyTo, this, [this](const ApiError &error, const SchedulerHistory &history) {
        if (error.isError())
            return fail(error);
        output(m_settings.format == CliFormat::Csv ? CliOutput::historyCsv(history, m_settings.displayZone)
                                                   : CliOutput::historyJson(history));
    });
}

void CliCommands::runTrust()
{
    m_certificates = std::make_unique<CertificateTrust>(CliSession::certificateDirectory());
    m_trust = std::make_unique<CliTrust>(m_settings.baseUrl, m_options.value(QStringLiteral("fingerprint")), *m_certificates,
                                         m_settings.timeout);
    m_trust->run([this](int exitCode) { finish(exitCode); });
}

void CliCommands::runTariff()
{
    const TariffLibrary library = CliTariff::library(m_options);
    const bool text = m_settings.format == CliFormat::Text;
    if (m_options.command() == CliCommand::TariffList) {
        const QList<TariffLibrary::Entry> plans = library.plans();
        return output(text ? CliTariff::listText(plans) : CliTariff::listJson(plans));
    }
    const QString id = m_options.arguments().value(0).trimmed();
    const Result<Tariff> tariff = library.load(id);
    if (!tariff)
        return fail(CliExit::Usage, tariff.error());
    output(text ? CliTariff::showText(id, *tariff) : CliTariff::showJson(id, *tariff));
}

void CliCommands::runCost()
{
    m_costRun = std::make_unique<CliCostRun>(m_session->client(), *m_scheduler, *m_costRequest, m_options.command(),
                                             m_settings.format, this);
    m_costRun->run([this](int exitCode, const QByteArray &data, const QString &error) {
        if (exitCode != CliExit::Ok)
            return fail(exitCode, error);
        output(data);
    });
}

void CliCommands::runExportBems()
{
    m_bemsExport = std::make_unique<CliBemsExport>(m_session->client(), *m_scheduler, *m_bemsRequest, this);
    m_bemsExport->run([this](int exitCode, const QByteArray &data, const QString &error) {
        if (exitCode != CliExit::Ok)
            return fail(exitCode, error);
        if (data.isEmpty())
            return finish(CliExit::Ok);
        output(data);
    });
}

int CliCommands::schedulerId() const
{
    bool ok = false;
    const int id = m_options.value(QStringLiteral("scheduler")).trimmed().toInt(&ok);
    return ok ? id : -1;
}

void CliCommands::fail(const ApiError &error)
{
    CliTerminal::printError(error.message());
    finish(CliExit::forError(error));
}

void CliCommands::fail(int exitCode, const QString &message)
{
    CliTerminal::printError(message);
    finish(exitCode);
}

void CliCommands::output(const QByteArray &data, int exitCode)
{
    if (!CliTerminal::writeData(data))
        return fail(CliExit::Failure, AegisCli::tr("cannot write to stdout"));
    finish(exitCode);
}

void CliCommands::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode);
}
