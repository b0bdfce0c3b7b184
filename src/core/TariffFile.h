#pragma once

#include "core/Result.h"
#include "core/Tariff.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A tariff plan as a JSON file the operator can read and edit by hand:
//   {"format": "aegis-tariff", "version": 1,
//    "name": "Taipower high voltage, three-period", "source": "...", "effective": "2025-10-01",
//    "feedInRate": 0, "contractKw": 100,
//    "seasons": [{"id": "summer", "from": "05-16", "to": "10-15", "basicCharge": 223.6,
//                 "weekday": [{"period": "offPeak", "from": "00:00", "to": "09:00", "price": 2.53}, ...],
//                 "saturday": [...], "sunday": [...]}, ...],
//    "offPeakDays": {"2026": ["2026-01-01", ...]}}
// Reading checks everything a price lookup relies on: the seasons cover every day of the
// year exactly once, each day type's periods cover 00:00–24:00 exactly once, figures are
// finite and not negative, no key is unknown (a misspelt key would otherwise be ignored).
// A refusal names the line and the reason: "plan.json:14: ...".
class TariffFile final
{
    Q_DECLARE_TR_FUNCTIONS(TariffFile)

public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static constexpr int kMaxSeasons = 12;
    static constexpr int kMaxPeriodsPerDay = 48;
    static constexpr int kMaxOffPeakDaysPerYear = 60;
    static constexpr double kMaxPrice = 1000.0; // NT$/kWh; far above any real rate
    static constexpr double kMaxKw = 1e6;

    // `name` prefixes the errors (the file's path, or a built-in plan's name).
    static Result<Tariff> fromJson(const QByteArray &json, const QString &name);
    static QByteArray toJson(const Tariff &tariff);

    static Result<Tariff> readFile(const QString &path);
    // All or nothing (QSaveFile).
    static Result<bool> writeFile(const QString &path, const Tariff &tariff);
};
