#pragma once

#include "optimize/ScheduleSuggester.h"

#include <QString>
#include <optional>

// A day that `aegis-cli schedule suggest --format json` printed, read back as the request it
// was made from (solar, load, battery, SOCs, day type, season, K; no grid caps where the file
// has none) so that tests and bench_suggest can run the same day again. The file's import
// prices must be those of `tariff` for its season and day type.
namespace SuggestDayFile {

struct Day
{
    SuggestRequest request;
    double planNtd = 0; // the costs the file states
    double windowsNtd = 0;
};

std::optional<Day> read(const QString &path, const Tariff &tariff, QString *error = nullptr);

} // namespace SuggestDayFile
