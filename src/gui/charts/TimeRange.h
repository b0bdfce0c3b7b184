#pragma once

#include "core/Duration.h"
#include "core/SiteZone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

// The span the chart pages show (docs/product.md "a shared time-range bar"): a preset or a custom
// span, in the site's zone, with the resolution picked for its length.
struct TimeRange
{
    Q_DECLARE_TR_FUNCTIONS(TimeRange)

public:
    // Values are kept in settings and object names: new presets go at the end.
    enum class Preset { Today, Last24Hours, Last7Days, Last30Days, ThisMonth, Last12Months, Custom, Yesterday };

    Preset preset = Preset::Today;
    QDateTime start; // UTC
    QDateTime stop; // UTC
    QTimeZone zone = SiteZone::fallback();

    static TimeRange make(Preset preset, const QDateTime &now, const QTimeZone &zone);
    static TimeRange custom(const QDateTime &start, const QDateTime &stop, const QTimeZone &zone);
    // Whole days in the zone, from the start of `first` to the end of `last`.
    static TimeRange customDays(const QDate &first, const QDate &last, const QTimeZone &zone);

    // The days the range touches, in its zone (a range ending at midnight ends the day before).
    QDate firstDay() const;
    QDate lastDay() const;
    bool isWholeDays() const;

    // Window length for power-like charts: about 300 points per series.
    Duration resolution() const;
    // Window length for energy bars: days, or months for a year.
    Duration energyResolution() const;
    qint64 lengthMs() const { return start.msecsTo(stop); }
    QString label() const; // "Today", "7 days", "2024-11-01 – 2024-11-30"
    static QString presetName(Preset preset);

    friend bool operator==(const TimeRange &a, const TimeRange &b)
    {
        return a.preset == b.preset && a.start == b.start && a.stop == b.stop && a.zone == b.zone;
    }
};
