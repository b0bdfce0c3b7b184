#pragma once

#include "client/ApiError.h"
#include "client/SchedulerState.h"
#include "core/TimeSeries.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <optional>

class Clock;
class SiteConnection;

// Fetches the schedule page's history (docs/aegis-api.md §7): the scheduler's records of the last
// 7 days with their totals, and the site SOC over the same span. Replies of an older refresh are
// dropped; a part that fails keeps what it had.
class ScheduleHistoryFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleHistoryFeed)

public:
    static constexpr int kHistoryDays = 7;

    ScheduleHistoryFeed(SiteConnection &connection, const Clock &clock, const QTimeZone &zone, QObject *parent = nullptr);

    // The scheduler's zone: the SOC's 15-minute means are taken in it.
    void setZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone zone() const { return m_zone; }
    void refresh();

    // The span of the last refresh, UTC; invalid before the first.
    const QDateTime &from() const { return m_from; }
    const QDateTime &to() const { return m_to; }
    const std::optional<SchedulerHistory> &history() const { return m_history; }
    const std::optional<TimeSeries> &soc() const { return m_soc; }

signals:
    void historyFetched(const SchedulerHistory &history);
    void historyFailed(const ApiError &error);
    // The site SOC in percent, 15-minute means.
    void socFetched(const TimeSeries &soc);
    void socFailed(const ApiError &error);

private:
    void fetchHistory(int generation);
    void fetchSoc(int generation);

    SiteConnection &m_connection;
    const Clock &m_clock;
    QTimeZone m_zone;
    QDateTime m_from;
    QDateTime m_to;
    std::optional<SchedulerHistory> m_history;
    std::optional<TimeSeries> m_soc;
    int m_generation = 0;
};
