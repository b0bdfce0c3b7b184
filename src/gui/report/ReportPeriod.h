#pragma once

#include "core/Result.h"
#include "gui/charts/TimeRange.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

// A report's period as a script names it (`aegis-console --report`, docs/product.md "The
// report"): one of the range bar's presets, or whole days in the site's zone.
class ReportPeriod final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    // "today", "24h", "7d", "30d", "month", "12mo".
    static QStringList presetKeys();
    static std::optional<TimeRange::Preset> presetOf(const QString &key);
    // From 00:00 of `from` to 24:00 of `to` (both yyyy-MM-dd, `to` included) in `zone`.
    static Result<TimeRange> wholeDays(const QString &from, const QString &to, const QTimeZone &zone);

    // "2026-11-07 – 2026-12-06" for whole days, else with the times (ReportWriter::periodText).
    static QString text(const TimeRange &range);

    // "K館_2026-11-07_2026-12-06_report.pdf": the site and the period's first and last day, so
    // files of different sites and periods never overwrite each other. `what` loses characters
    // that file systems refuse.
    static QString fileName(const QString &site, const TimeRange &range, const QString &what, const QString &suffix);
};
