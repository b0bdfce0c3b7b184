#pragma once

#include "core/Schedule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The site battery power the scheduler may ask for. Both limits are magnitudes in watts.
struct ScheduleLimits
{
    double maxChargeW = 30000.0; // three Pomcube units at 10 kW each
    double maxDischargeW = 30000.0;

    friend bool operator==(const ScheduleLimits &, const ScheduleLimits &) = default;
};

// One broken rule, with the reason in words an operator can act on.
struct ScheduleViolation
{
    enum class Rule {
        StartOutsideDay, // start_time not in [0, 86400)
        StopOutsideDay, // stop_time not in (0, 86400]
        StartNotBeforeStop, // empty or reversed window
        Overlap, // two windows share time
        ZeroPower, // a window that does nothing
        PowerNotFinite,
        ChargeAboveLimit,
        DischargeAboveLimit,
    };

    Rule rule;
    qsizetype window = -1; // index into the schedule
    qsizetype otherWindow = -1; // the other window of an overlap, else -1
    QString reason;
};

// The rules of docs/aegis-api.md §7 for the scheduler's windows, plus the site's power limits.
class ScheduleRules final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleRules)

public:
    explicit ScheduleRules(ScheduleLimits limits = {});

    const ScheduleLimits &limits() const { return m_limits; }

    // Every violation in the schedule, by window order; empty means the scheduler accepts it.
    // O(N log N): of many windows sharing time each is named in at least one overlap, but not
    // every pair is, so the list stays within a few entries per window.
    QList<ScheduleViolation> check(const Schedule &schedule) const;
    // The rules one window breaks on its own (bounds, order, power), ignoring its neighbours.
    QList<ScheduleViolation> checkWindow(const ScheduleWindow &window, qsizetype index) const;

    // At most this many reasons are described; the rest are counted ("… and 3 more.").
    static constexpr qsizetype kMaxDescribed = 10;

    // The first kMaxDescribed reasons of check() joined by newlines, for a message box or a
    // tooltip, and a last line counting the rest.
    static QString describe(const QList<ScheduleViolation> &violations);

private:
    ScheduleLimits m_limits;
};
