#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <string_view>

// `_time` values (docs/aegis-api.md §5, §8): UTC, ISO-8601 with milliseconds, "2024-07-03T08:57:01.303Z".
// Hand-written because replies carry millions of them; QDateTime is far slower per value.
namespace UtcTime {

inline constexpr int kFormattedLength = 24;

// Writes exactly kFormattedLength characters to `out`.
void formatTo(qint64 msSinceEpoch, char *out);
QString format(qint64 msSinceEpoch);

// Reads "YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM|±HHMM)"; fractions beyond milliseconds are
// truncated. Empty on anything else.
std::optional<qint64> parse(std::string_view text);
std::optional<qint64> parse(const QString &text);

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day);
void civilFromDays(qint64 days, qint64 &year, unsigned &month, unsigned &day);

} // namespace UtcTime
