#include "cli/CliUnitCheck.h"

#include "cli/AegisCli.h"
#include "cli/CliOptions.h"
#include "client/AegisClient.h"
#include "client/PomcubeUnits.h"
#include "client/QueryReplyDecoder.h"
#include "client/SchedulerApi.h"
#include "core/Clock.h"
#include "core/NumberText.h"
#include "core/UnitShare.h"

#include <cmath>

namespace {

QString kilowatts(double watts)
{
    return NumberText::shortest(std::abs(watts) / 1000.0) + QStringLiteral(" kW");
}

} // namespace

Result<CliUnitCheck> CliUnitCheck::fromOptions(const CliOptions &options)
{
    CliUnitCheck check;
    bool ok = false;
    const double limitKW = options.value(QStringLiteral("unit-limit")).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(limitKW) || limitKW <= 0)
        return Result<CliUnitCheck>::failure(
            AegisCli::tr("--unit-limit needs one Pomcube unit's power in kW, above 0, such as 10"));
    check.m_unitLimitW = limitKW * 1000.0;
    if (options.isSet(QStringLiteral("units"))) {
        const int units = options.value(QStringLiteral("units")).trimmed().toInt(&ok);
        if (!ok || units < 0)
            return Result<CliUnitCheck>::failure(AegisCli::tr("--units needs the number of Pomcube units online, 0 or more"));
        check.m_units = units;
    }
    return check;
}

void CliUnitCheck::countOnlineUnits(AegisClient &client, SchedulerApi &scheduler, QObject *context,
                                    std::function<void(const ApiError &error, int units)> done)
{
    // The units of the scheduler's own domain are those it drives (docs/aegis-api.md §7).
    scheduler.fetch(context, [&client, context, done](const ApiError &error, const SchedulerState &state) {
        if (error.isError())
            return done(error, 0);
        if (client.session().organizationId <= 0) {
            return done(ApiError(ApiError::Kind::MalformedReply, 0, {},
                                 AegisCli::tr("The login reply names no organization, so the Pomcube units online cannot be "
                                              "counted; give --units.")),
                        0);
        }
        const DeviceQuery query = PomcubeUnits::query(SiteScope{client.session().organizationId, state.domainId}, state.zone());
        client.get(DeviceQuery::path(), query.toQuery(), context, [done](const ApiResult &r) {
            if (!r.ok())
                return done(r.error, 0);
            const Result<QueryResult> decoded = QueryReplyDecoder::decode(r.body);
            if (!decoded)
                return done(ApiError(ApiError::Kind::MalformedReply, r.httpStatus, {}, decoded.error()), 0);
            // Online by the server's clock: its readings are stamped by it, whatever this machine's says.
            const qint64 now = AegisClient::serverTime(r).value_or(SystemClock::instance().nowMs());
            done(ApiError(), int(PomcubeUnits::online(*decoded, now).size()));
        });
    });
}

QString CliUnitCheck::refusal(const QString &file, const Schedule &draft) const
{
    const UnitShare share(m_units.value_or(UnitShare::kDefaultUnits), m_unitLimitW);
    QStringList lines;
    for (const UnitShareWarning &w : share.check(draft)) {
        if (w.noUnitOnline())
            lines << AegisCli::tr("%1: no Pomcube unit is online to carry it.").arg(w.window.describe());
        else
            lines << AegisCli::tr("%1: each of the %n unit(s) would carry %2, above its limit of %3.", nullptr, w.unitsOnline)
                         .arg(w.window.describe(), kilowatts(w.perUnitW), kilowatts(w.limitW));
    }
    if (lines.isEmpty())
        return {};
    return AegisCli::tr("%1: a window asks the Pomcube units for more than they may carry; nothing was sent:\n%2")
        .arg(file == u"-" ? AegisCli::tr("stdin") : file, lines.join(QLatin1Char('\n')));
}
