#pragma once

#include "client/ApiError.h"
#include "client/DeviceQuery.h"
#include "client/DomainQuery.h"
#include "client/QueryResult.h"
#include "client/SiteScope.h"
#include "core/BemsCsv.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QUrlQuery>
#include <functional>

// The site's quarter-hours as the energy-trading platform's ABRI_BEMS file (docs/tariffs.md
// "BEMS export"): the total load and the PV generation (LoadPower and SolarPower, 15-minute
// means) and the net load at the grid connection (import − export over the quarter-hour, from
// the metered energies `aegis-cli cost` prices). The queries are CostInputsQueries', so the
// app and aegis-cli export the same figures; sending is left to the caller.
class BemsExport final
{
    Q_DECLARE_TR_FUNCTIONS(BemsExport)

public:
    // One export covers at most a year and a day: a reply the server can give at once, and far
    // inside BemsCsv's ten years.
    static constexpr int kMaxDays = 366;
    static constexpr qsizetype kMaxRows = qsizetype(kMaxDays) * 24 * 60 / BemsCsv::kStepMinutes;
    static_assert(kMaxRows <= BemsCsv::kMaxRows);

    struct Range
    {
        QDateTime from; // the first quarter-hour's start
        QDateTime to; // the end of the last one
    };

    // The whole quarter-hours of [from, to) that are over by `now`: `from` rounded up, `to` (at
    // most `now`) rounded down. Refused: no whole quarter-hour, more than kMaxDays.
    static Result<Range> range(const QDateTime &from, const QDateTime &to, const QDateTime &now);

    // The quarter-hours' rows. Rows before the first and after the last quarter-hour with all
    // three figures are left out (data not there yet); a quarter-hour without them in between,
    // or a wall clock that does not move on by a quarter-hour (a daylight-saving change), is
    // refused with its time.
    static Result<BemsCsv::Table> table(const QueryResult &powers, const QueryResult &energies, const QueryResult &gridExport,
                                        const Range &range, const QTimeZone &zone);

    // A query to send and the callback its decoded reply goes to.
    using Reply = std::function<void(const ApiError &error, const QueryResult &result)>;
    using Send = std::function<void(const QString &path, const QUrlQuery &query, Reply reply)>;
    // When the network or the server failed: `error`; else the table or why there is none.
    using Done = std::function<void(const ApiError &error, const Result<BemsCsv::Table> &table)>;

    // Sends the three queries one after another through `send`, then builds the table.
    static void fetch(const Send &send, const SiteScope &site, const QTimeZone &zone, const Range &range, Done done);
};
