#include "core/ScheduleRules.h"

#include <algorithm>
#include <cmath>

ScheduleRules::ScheduleRules(ScheduleLimits limits)
    : m_limits(limits)
{
}

QList<ScheduleViolation> ScheduleRules::checkWindow(const ScheduleWindow &w, qsizetype index) const
{
    using Rule = ScheduleViolation::Rule;
    QList<ScheduleViolation> found;
    const int number = int(index) + 1;
    const auto add = [&](Rule rule, const QString &reason) { found.append({rule, index, -1, reason}); };

    if (w.startSecond < 0 || w.startSecond >= ScheduleWindow::kSecondsPerDay)
        add(Rule::StartOutsideDay,
            tr("Window %1 starts at %2, outside the day: a start must lie from 00:00 up to, not including, 24:00.")
                .arg(number)
                .arg(ScheduleWindow::formatSecondOfDay(w.startSecond)));
    if (w.stopSecond <= 0 || w.stopSecond > ScheduleWindow::kSecondsPerDay)
        add(Rule::StopOutsideDay,
            tr("Window %1 stops at %2, outside the day: a stop must lie after 00:00 and no later than 24:00.")
                .arg(number)
                .arg(ScheduleWindow::formatSecondOfDay(w.stopSecond)));
    if (w.startSecond >= w.stopSecond)
        add(Rule::StartNotBeforeStop,
            tr("Window %1 starts at %2 but stops at %3: the start must come before the stop. "
               "A window across midnight is two windows, one ending at 24:00 and one starting at 00:00.")
                .arg(number)
                .arg(ScheduleWindow::formatSecondOfDay(w.startSecond), ScheduleWindow::formatSecondOfDay(w.stopSecond)));
    if (!std::isfinite(w.powerW)) {
        add(Rule::PowerNotFinite, tr("Window %1 has no valid power value.").arg(number));
    } else if (w.powerW == 0.0) {
        add(Rule::ZeroPower,
            tr("Window %1 has zero power and would do nothing: give it a charge (+) or discharge (−) power.").arg(number));
    } else if (w.powerW > m_limits.maxChargeW) {
        add(Rule::ChargeAboveLimit,
            tr("Window %1 charges at %2, above the site's charge limit of %3.")
                .arg(number)
                .arg(ScheduleWindow::formatPower(w.powerW), ScheduleWindow::formatPower(m_limits.maxChargeW)));
    } else if (-w.powerW > m_limits.maxDischargeW) {
        add(Rule::DischargeAboveLimit,
            tr("Window %1 discharges at %2, above the site's discharge limit of %3.")
                .arg(number)
                .arg(ScheduleWindow::formatPower(w.powerW), ScheduleWindow::formatPower(-m_limits.maxDischargeW)));
    }
    return found;
}

QList<ScheduleViolation> ScheduleRules::check(const Schedule &schedule) const
{
    QList<ScheduleViolation> found;
    for (qsizetype i = 0; i < schedule.size(); ++i)
        found.append(checkWindow(schedule.at(i), i));

    // Each overlapping pair once, reported on the later of the two windows.
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        const ScheduleWindow &a = schedule.at(i);
        if (a.startSecond >= a.stopSecond)
            continue; // already reported as empty; an empty window overlaps nothing
        for (qsizetype j = i + 1; j < schedule.size(); ++j) {
            const ScheduleWindow &b = schedule.at(j);
            if (b.startSecond >= b.stopSecond || !a.overlaps(b))
                continue;
            const int from = std::max(a.startSecond, b.startSecond);
            const int to = std::min(a.stopSecond, b.stopSecond);
            found.append(
                {ScheduleViolation::Rule::Overlap, j, i,
                 tr("Window %1 (%2) overlaps window %3 (%4) from %5 to %6: windows may touch but not share time.")
                     .arg(int(j) + 1)
                     .arg(b.describe())
                     .arg(int(i) + 1)
                     .arg(a.describe(), ScheduleWindow::formatSecondOfDay(from), ScheduleWindow::formatSecondOfDay(to))});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const ScheduleViolation &x, const ScheduleViolation &y) { return x.window < y.window; });
    return found;
}

QString ScheduleRules::describe(const QList<ScheduleViolation> &violations)
{
    QStringList reasons;
    reasons.reserve(violations.size());
    for (const ScheduleViolation &v : violations)
        reasons.append(v.reason);
    return reasons.join(QLatin1Char('\n'));
}
