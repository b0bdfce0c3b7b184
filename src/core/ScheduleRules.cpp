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

    // Overlaps in O(N log N): the windows by start, each compared with the one of those before
    // it that reaches furthest. Every window that shares time with another is named at least
    // once; each pair found is reported once, on the later of its two windows.
    QList<qsizetype> order;
    order.reserve(schedule.size());
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        if (schedule.at(i).startSecond < schedule.at(i).stopSecond) // an empty window overlaps nothing
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype x, qsizetype y) { return schedule.at(x).startSecond < schedule.at(y).startSecond; });
    qsizetype reach = -1; // of the windows seen so far, the one that stops last
    for (const qsizetype current : order) {
        const ScheduleWindow &c = schedule.at(current);
        if (reach >= 0 && schedule.at(reach).overlaps(c)) {
            const qsizetype i = std::min(reach, current);
            const qsizetype j = std::max(reach, current);
            const ScheduleWindow &a = schedule.at(i);
            const ScheduleWindow &b = schedule.at(j);
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
        if (reach < 0 || c.stopSecond > schedule.at(reach).stopSecond)
            reach = current;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const ScheduleViolation &x, const ScheduleViolation &y) { return x.window < y.window; });
    return found;
}

QString ScheduleRules::describe(const QList<ScheduleViolation> &violations)
{
    const qsizetype shown = std::min(violations.size(), kMaxDescribed);
    QStringList reasons;
    reasons.reserve(shown + 1);
    for (qsizetype i = 0; i < shown; ++i)
        reasons.append(violations.at(i).reason);
    if (violations.size() > shown)
        reasons.append(tr("… and %n more.", nullptr, int(violations.size() - shown)));
    return reasons.join(QLatin1Char('\n'));
}
