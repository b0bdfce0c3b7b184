#pragma once

#include "core/GridBill.h"
#include "core/GridLimits.h"
#include "core/Result.h"
#include "core/Schedule.h"
#include "core/Tariff.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

class CliOptions;

// What `schedule cost`, `schedule suggest` and `cost` were asked, read and checked from the
// options before anything is sent: the plan (loaded), the grid limits, the day, the SOCs, the
// schedule FILE, the range.
struct CliCostRequest
{
    QString tariffId;
    Tariff tariff;
    GridLimits limits;
    std::optional<TariffDayType> dayType;
    std::optional<QDate> date;
    std::optional<double> socStartPercent;
    std::optional<double> socEndPercent;
    int maxWindows = 4;
    QString outFile;
    std::optional<Schedule> file; // schedule cost FILE; none: the server's schedule
    QString fileName;
    // cost
    QDateTime from;
    QDateTime to;
    GridBill::Every every = GridBill::Every::Day;

    static constexpr int kMaxWindows = 12;
    static constexpr int kMaxCostDays = 400;

    static Result<CliCostRequest> fromOptions(const CliOptions &options);

    // The day modelled: --date, else the first day from `today` of --day-type, else today.
    QDate day(const QDate &today) const;
    // Its kind: --day-type, else the plan's for the day.
    TariffDayType dayTypeOn(const QDate &day) const;
};
