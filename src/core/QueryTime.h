#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

// The `start` and `stop` of a query (docs/aegis-api.md §5) as an instant, against an injected clock:
//   ISO-8601 with Z or an offset   "2024-11-25T00:00:00+08:00"
//   unix seconds                    "1621726200"; "0" is the beginning of data
//   relative to now                 "-10s" "-30m" "-6h" "-7d" "-2w" "-1mo" "-1y", parts may be
//                                   combined ("-1h30m"); a leading "+" looks ahead
// Days and weeks are 24 h and 168 h; months and years are calendar steps in UTC that keep the
// day of the month where it exists (31 March − 1 month = the last day of February).
class QueryTime final
{
    Q_DECLARE_TR_FUNCTIONS(QueryTime)

public:
    // Milliseconds since the epoch, UTC.
    static Result<qint64> parseMs(const QString &text, const Clock &clock);
    static Result<QDateTime> parse(const QString &text, const Clock &clock);
};
