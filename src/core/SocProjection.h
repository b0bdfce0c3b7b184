#pragma once

#include "core/Schedule.h"
#include "core/TimeSeries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

// What the projection needs to know about the site battery: the scheduled (Pomcube) units
// together, as the emulator's SiteModel drives them (docs/emulator.md "Batteries").
struct BatteryModel
{
    double capacityKWh = 69.0; // all units together
    double socMinPercent = 10.0;
    double socMaxPercent = 95.0;
    double chargeEfficiency = 0.95; // energy stored per energy taken
    double dischargeEfficiency = 0.95; // energy delivered per energy drawn from the cells
    double maxChargeW = 30'000; // magnitudes
    double maxDischargeW = 30'000;
};

struct ProjectionInput
{
    QDateTime now; // the projection runs [now, now + 24 h)
    QTimeZone zone; // the scheduler's zone (docs/aegis-api.md §7); UTC when invalid
    Schedule schedule; // the draft
    BatteryModel battery;
    double socPercent = TimeSeries::null(); // current SOC of the scheduled units together
    TimeSeries solarForecastW; // forecast site PV power, may be empty
    TimeSeries recentLoadW; // site load of the last day(s): "same time yesterday" (may be empty)
    int stepSeconds = 300;
};

// One shortfall: a run of a window that will do less than asked because the battery is empty
// (discharging) or full (charging).
struct ProjectionWarning
{
    enum class Kind { Empty, Full };

    Kind kind = Kind::Empty;
    qsizetype window = -1; // index into input.schedule (for the midnight pair, the evening part's)
    QDateTime windowStart; // UTC, the run concerned (may lie before now)
    QDateTime windowStop; // UTC, exclusive (may lie after now + 24 h)
    QDateTime from; // UTC, when the battery reaches the limit inside the run
    // Energy the run asks for (its power within the power limits) inside [now, now + 24 h)
    // but will not get, kWh at the battery's terminals.
    double missingKWh = 0;
    // The window as the operator set it, for describe(): "23:00–02:00, −8 kW" for a pair.
    int startSecond = 0;
    int stopSecond = 0;
    double powerW = 0;

    // e.g. "The battery is empty from 18:18 (Asia/Taipei); 17:00–19:00, −20 kW will deliver
    // 13.8 kWh less."
    QString describe(const QTimeZone &zone) const;
    // The same, saying which day the battery reaches its limit, as seen from `now`: the next 24 h
    // hold today's runs and tomorrow's, often of the same window ("Tomorrow (2024-12-10), the
    // battery is empty from 17:00 (Asia/Taipei); …").
    QString describe(const QTimeZone &zone, const QDateTime &now) const;
};

struct SocProjectionResult
{
    // All three share the times: now, the regular steps, every run edge, the instants the
    // battery reaches a limit, and now + 24 h. batteryW and gridW hold each point's value
    // until the next point (step-wise); socPercent is linear between points.
    TimeSeries socPercent;
    TimeSeries batteryW; // power actually taken (> 0 charge) or delivered, W, after SOC limits
    TimeSeries gridW; // load − solar + battery, W (> 0 import); NaN where load or solar is unknown
    QList<ProjectionWarning> warnings; // in time order, at most one per run

    // False when SOC, capacity or efficiencies (or now) are unknown: then every series is empty.
    bool isValid() const { return !socPercent.isEmpty(); }
};

// The projected battery state of charge over the next 24 h from a draft schedule (docs/product.md
// "The schedule editor"): outside windows the battery idles, inside a run it follows the
// window's power within the power limits until SOC reaches its limit, as the emulator does.
class SocProjection final
{
    Q_DECLARE_TR_FUNCTIONS(SocProjection)

public:
    SocProjection() = delete;

    static constexpr qint64 kHorizonMs = 24 * 3600 * 1000LL;

    static SocProjectionResult project(const ProjectionInput &input);
};
