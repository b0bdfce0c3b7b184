#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// A daily profile read from a file: one row of values per day at a fixed step, repeated
// by day of year. Solar values are irradiance in W/m², load values are power in W.
struct FileProfile
{
    int stepMinutes = 60; // 60 (apis solar), 30 (apis load), 15 (BEMS)
    QList<QList<double>> days; // days.size() rows of (1440 / stepMinutes) values
    int firstDayOfYear = 1; // the day of year that days[0] stands for
    QString source; // file name, for messages
    // A dated profile (an ABRI_BEMS file, core/BemsCsv) gives each of its own dates its own
    // row and repeats the rows from its first date on; the others repeat by day of year.
    bool dated = false;
    qint64 firstJulianDay = 0; // the date days[0] stands for, when dated
    // Each value holds over its whole step (15-minute means) instead of being interpolated.
    bool stepwise = false;

    // The value at a local date and minute of the day: linear interpolation between values
    // placed at the middle of their step, continuing across midnight into the next row;
    // rows repeat by day of year (day index = (dayOfYear − firstDayOfYear) mod days.size()).
    // A stepwise profile holds the value of the step the minute is in; a dated one picks the
    // row by date (day index = (julianDay − firstJulianDay) mod days.size()).
    double valueAt(QDate localDate, double minuteOfDay) const;
};

// Readers for the profile files aegis-sim accepts (docs/emulator.md "What it simulates").
// A bad file gives an error naming the file, the line and the problem; nothing throws.
class ProfileFiles final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFiles)

public:
    // apis-emulator solar: 365 rows × 24 hourly values, W/m².
    static Result<FileProfile> readApisSolar(const QString &path);
    // apis-emulator load: 365 rows × (48 half-hour values × households), kW; the building
    // load is the sum over households, in W.
    static Result<FileProfile> readApisLoad(const QString &path);
    // The energy-trading platform's BEMS powerdata: 15-minute rows with a header, a time
    // column ("TIME" or "inserted_at", "2020/5/2 00:15") and kW columns; the load is
    // total_load(kW) when present, else grid_power, else net_load(kW). In W. The ABRI_BEMS form
    // (core/BemsCsv) is read by BemsCsv and makes a dated, stepwise profile: the site's load on
    // the file's own dates is the file's figures, quarter-hour by quarter-hour.
    static Result<FileProfile> readBemsLoad(const QString &path);
    // Either load format, told apart by the first line.
    static Result<FileProfile> readLoad(const QString &path);

    // The same readers over a file's bytes already in memory; `name` stands for the file in
    // messages.
    static Result<FileProfile> parseApisSolar(const QByteArray &bytes, const QString &name);
    static Result<FileProfile> parseApisLoad(const QByteArray &bytes, const QString &name);
    static Result<FileProfile> parseBemsLoad(const QByteArray &bytes, const QString &name);
    static Result<FileProfile> parseLoad(const QByteArray &bytes, const QString &name);
};
