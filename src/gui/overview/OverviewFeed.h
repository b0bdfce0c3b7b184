#pragma once

#include "client/ApiError.h"
#include "client/SchedulerState.h"
#include "gui/site/QueryRunner.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

class Clock;
class DomainQuery;
class SiteConnection;

// What the Overview shows, fetched together (docs/aegis-api.md §6 "即時功率", "即時 SoC", "今日能耗").
struct OverviewSnapshot
{
    static constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

    double solarW = kUnknown;
    double loadW = kUnknown;
    double gridW = kUnknown; // > 0 import
    double generatorW = kUnknown;
    // The domain has no battery power field: it is the balance of the others (> 0 charging).
    double batteryW() const;

    double socPercent = kUnknown;
    double remainingKWh = kUnknown;
    double capacityKWh = kUnknown;

    double solarTodayKWh = kUnknown;
    double loadTodayKWh = kUnknown;
    double gridImportTodayKWh = kUnknown;
    double chargedTodayKWh = kUnknown;
    double dischargedTodayKWh = kUnknown;
    double gridExportTodayKWh = kUnknown;
    // The share of today's solar energy used on the site, not exported.
    double selfConsumptionPercent() const;

    std::optional<SchedulerState> scheduler;
    QDateTime readingTime; // the latest reading's _time (UTC)
    QDateTime fetchedAt; // when this was fetched (UTC)
    bool fromCache = false;
};

// Fetches the Overview's numbers: latest powers and SOC, today's energy in the site's zone, and
// the scheduler. Each part is its own request; a failing part keeps its last value.
class OverviewFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewFeed)

public:
    OverviewFeed(SiteConnection &connection, const Clock &clock, const QTimeZone &zone, QObject *parent = nullptr);

    const OverviewSnapshot &snapshot() const { return m_snapshot; }
    void refresh();
    void showCached(); // the last data of an earlier run, until fresh data arrives
    void setZone(const QTimeZone &zone) { m_zone = zone; } // "today" is the site's day
    QTimeZone zone() const { return m_zone; }

signals:
    void updated(const OverviewSnapshot &snapshot);
    void failed(const ApiError &error);

private:
    // Fresh from the server, or the view cache's copy from an earlier run.
    void run(const QString &key, const QString &path, const QUrlQuery &query, bool cached,
             const std::function<void(const QueryRunner::Reply &)> &apply);
    void fetchLatest(bool cached);
    void fetchToday(bool cached);
    void fetchExportToday(bool cached);
    void fetchScheduler();

    SiteConnection &m_connection;
    const Clock &m_clock;
    QTimeZone m_zone;
    OverviewSnapshot m_snapshot;
};
