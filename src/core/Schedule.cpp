#include "core/Schedule.h"

#include <algorithm>
#include <tuple>

Schedule::Schedule(QList<ScheduleWindow> windows)
    : m_windows(std::move(windows))
{
}

void Schedule::append(const ScheduleWindow &window)
{
    m_windows.append(window);
}

void Schedule::replace(qsizetype i, const ScheduleWindow &window)
{
    m_windows.replace(i, window);
}

void Schedule::removeAt(qsizetype i)
{
    m_windows.removeAt(i);
}

void Schedule::clear()
{
    m_windows.clear();
}

void Schedule::sort()
{
    std::stable_sort(m_windows.begin(), m_windows.end(), [](const ScheduleWindow &a, const ScheduleWindow &b) {
        return std::tie(a.startSecond, a.stopSecond, a.powerW) < std::tie(b.startSecond, b.stopSecond, b.powerW);
    });
}

Schedule Schedule::sorted() const
{
    Schedule copy = *this;
    copy.sort();
    return copy;
}

std::optional<qsizetype> Schedule::windowAt(int secondOfDay) const
{
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        if (m_windows.at(i).contains(secondOfDay))
            return i;
    }
    return std::nullopt;
}

std::optional<Schedule::MidnightPair> Schedule::midnightPair() const
{
    for (qsizetype e = 0; e < m_windows.size(); ++e) {
        const ScheduleWindow &evening = m_windows.at(e);
        if (evening.stopSecond != ScheduleWindow::kSecondsPerDay || evening.startSecond <= 0)
            continue;
        for (qsizetype m = 0; m < m_windows.size(); ++m) {
            const ScheduleWindow &morning = m_windows.at(m);
            if (m != e && morning.startSecond == 0 && morning.stopSecond < ScheduleWindow::kSecondsPerDay
                && morning.powerW == evening.powerW)
                return MidnightPair{e, m};
        }
    }
    return std::nullopt;
}

bool Schedule::sameWindowsAs(const Schedule &other) const
{
    if (size() != other.size())
        return false;
    const Schedule a = sorted();
    const Schedule b = other.sorted();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const ScheduleWindow &x = a.at(i);
        const ScheduleWindow &y = b.at(i);
        if (x.startSecond != y.startSecond || x.stopSecond != y.stopSecond || x.powerW != y.powerW)
            return false;
    }
    return true;
}
