// Fuzz target for the profile files aegis-sim reads (docs/emulator.md "What it simulates"): the
// apis-emulator solar and load CSVs and the BEMS powerdata CSV. Any bytes give a profile or a
// reason naming the file and line; a profile has whole days of finite, non-negative values, and
// reading a value at any time of any day gives a finite number (FuzzTarget.h says how it is
// built; corpus/profile_csv/ its inputs).

#include "FuzzTarget.h"

#include "sim/ProfileFiles.h"

#include <cmath>

namespace {

using Fuzz::require;

const QString kName = QStringLiteral("profile.csv");

void checkProfile(const Result<FileProfile> &profile)
{
    require(profile.ok() == profile.error().isEmpty());
    if (!profile) {
        require(profile.error().startsWith(kName + QLatin1Char(':')));
        return;
    }
    require(profile->stepMinutes > 0 && 1440 % profile->stepMinutes == 0);
    require(!profile->days.isEmpty());
    require(profile->firstDayOfYear >= 1 && profile->firstDayOfYear <= 366);
    for (const QList<double> &day : profile->days) {
        require(day.size() == 1440 / profile->stepMinutes);
        for (const double v : day)
            require(std::isfinite(v) && v >= 0);
    }
    for (const QDate date : {QDate(2024, 1, 1), QDate(2024, 2, 29), QDate(2023, 12, 31)}) {
        for (const double minute : {0.0, 7.5, 719.0, 1439.99}) {
            const double v = profile->valueAt(date, minute);
            require(std::isfinite(v) && v >= 0);
        }
    }
}

} // namespace

AEGIS_FUZZ_TARGET(profile_csv)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    checkProfile(ProfileFiles::parseApisSolar(bytes, kName));
    checkProfile(ProfileFiles::parseApisLoad(bytes, kName));
    checkProfile(ProfileFiles::parseBemsLoad(bytes, kName));
    checkProfile(ProfileFiles::parseLoad(bytes, kName));
    return 0;
}
