#include "cli/CliCostRequest.h"

#include "cli/AegisCli.h"
#include "cli/CliOptions.h"
#include "cli/CliScheduleFile.h"
#include "cli/CliTariff.h"
#include "core/Clock.h"
#include "core/QueryTime.h"
#include "core/ScheduleRules.h"

#include <cmath>

namespace {

using R = Result<CliCostRequest>;

// A number option within [min, max]; none when not given.
Result<std::optional<double>> number(const CliOptions &options, const QString &name, double min, double max, const QString &what)
{
    using N = Result<std::optional<double>>;
    if (!options.isSet(name))
        return std::optional<double>();
    bool ok = false;
    const double v = options.value(name).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max)
        return N::failure(AegisCli::tr("--%1 needs %2").arg(name, what));
    return std::optional<double>(v);
}

} // namespace

Result<CliCostRequest> CliCostRequest::fromOptions(const CliOptions &options)
{
    CliCostRequest r;
    const CliCommand command = options.command();
    if (command == CliCommand::ScheduleSuggest && !options.isSet(QStringLiteral("tariff")))
        r.tariffId = CliTariff::defaultId();
    else
        r.tariffId = options.value(QStringLiteral("tariff")).trimmed();
    if (r.tariffId.isEmpty())
        return R::failure(
            AegisCli::tr("%1 needs --tariff with a plan's id, as tariff list prints it").arg(CliOptions::commandName(command)));
    const Result<Tariff> tariff = CliTariff::library(options).load(r.tariffId);
    if (!tariff)
        return R::failure(tariff.error());
    r.tariff = *tariff;

    if (command == CliCommand::Cost) {
        const Clock &clock = SystemClock::instance();
        if (!options.isSet(QStringLiteral("start")))
            return R::failure(AegisCli::tr("cost needs --start"));
        for (const auto &[name, target] :
             {std::pair{QStringLiteral("start"), &r.from}, std::pair{QStringLiteral("stop"), &r.to}}) {
            const Result<QDateTime> time =
                options.isSet(name) ? QueryTime::parse(options.value(name).trimmed(), clock) : Result<QDateTime>(clock.now());
            if (!time)
                return R::failure(QStringLiteral("--%1: %2").arg(name, time.error()));
            *target = *time;
        }
        if (r.to <= r.from)
            return R::failure(AegisCli::tr("--stop must come after --start"));
        if (r.from.daysTo(r.to) > kMaxCostDays)
            return R::failure(AegisCli::tr("cost covers at most %1 days at a time").arg(kMaxCostDays));
        const QString every =
            options.isSet(QStringLiteral("every")) ? options.value(QStringLiteral("every")).trimmed() : QStringLiteral("1d");
        if (every == u"1d")
            r.every = GridBill::Every::Day;
        else if (every == u"1mo")
            r.every = GridBill::Every::Month;
        else
            return R::failure(AegisCli::tr("--every needs 1d or 1mo for cost, not \"%1\"").arg(every));
        return r;
    }

    if (options.isSet(QStringLiteral("day-type"))) {
        r.dayType = Tariff::dayTypeFromKey(options.value(QStringLiteral("day-type")).trimmed());
        if (!r.dayType)
            return R::failure(AegisCli::tr("--day-type needs weekday, saturday or sunday, not \"%1\"")
                                  .arg(options.value(QStringLiteral("day-type"))));
    }
    if (options.isSet(QStringLiteral("date"))) {
        const QDate date = QDate::fromString(options.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
        if (!date.isValid())
            return R::failure(AegisCli::tr("--date needs a day as YYYY-MM-DD, such as 2026-07-27"));
        r.date = date;
    }
    const auto percent = [&](const QString &name, std::optional<double> &target) -> QString {
        const auto v = number(options, name, 0, 100, AegisCli::tr("a percentage from 0 to 100"));
        if (!v)
            return v.error();
        target = *v;
        return {};
    };
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("soc-start"), &r.socStartPercent}, std::pair{QStringLiteral("soc-end"), &r.socEndPercent}}) {
        if (const QString error = percent(name, *target); !error.isEmpty())
            return R::failure(error);
    }
    const auto connection = number(options, QStringLiteral("connection-kw"), 0, 1e6, AegisCli::tr("a power in kW, 0 or more"));
    const auto exportLimit = number(options, QStringLiteral("export-limit-kw"), 0, 1e6, AegisCli::tr("a power in kW, 0 or more"));
    const auto avail = number(options, QStringLiteral("avail"), 0, 100, AegisCli::tr("a percentage from 0 to 100"));
    for (const auto *v : {&connection, &exportLimit, &avail}) {
        if (!*v)
            return R::failure(v->error());
    }
    r.limits.connectionKw = *connection;
    r.limits.exportLimitKw = *exportLimit;
    if (*avail) {
        if (!*connection)
            return R::failure(AegisCli::tr("--avail scales --connection-kw; give both"));
        r.limits.setAvail(**avail);
    }

    if (command == CliCommand::ScheduleSuggest) {
        bool ok = false;
        r.maxWindows = options.value(QStringLiteral("max-windows")).trimmed().toInt(&ok);
        if (!ok || r.maxWindows < 1 || r.maxWindows > kMaxWindows)
            return R::failure(AegisCli::tr("--max-windows needs a whole number from 1 to %1").arg(kMaxWindows));
        r.outFile = options.value(QStringLiteral("out"));
        if (options.isSet(QStringLiteral("out")) && r.outFile.trimmed().isEmpty())
            return R::failure(AegisCli::tr("--out needs a file name"));
    }
    if (command == CliCommand::ScheduleCost && !options.arguments().isEmpty()) {
        r.fileName = options.arguments().constFirst();
        const Result<Schedule> schedule = CliScheduleFile::read(r.fileName);
        if (!schedule)
            return R::failure(schedule.error());
        if (const QList<ScheduleViolation> broken = ScheduleRules().check(*schedule); !broken.isEmpty())
            return R::failure(AegisCli::tr("%1: the windows break the scheduler's rules:\n%2")
                                  .arg(r.fileName, ScheduleRules::describe(broken)));
        r.file = *schedule;
    }
    return r;
}

QDate CliCostRequest::day(const QDate &today) const
{
    if (date)
        return *date;
    if (dayType) {
        for (int i = 0; i < 14; ++i) {
            if (tariff.dayType(today.addDays(i)) == *dayType)
                return today.addDays(i);
        }
    }
    return today;
}

TariffDayType CliCostRequest::dayTypeOn(const QDate &d) const
{
    return dayType.value_or(tariff.dayType(d));
}
