#pragma once

#include "core/Schedule.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

// The power scheduler as the server reports it (docs/aegis-api.md §7), with the nested JSON texts
// (crons, info, history data) decoded.
struct SchedulerUnitSnapshot
{
    QString deviceName;
    double socPercent = 0;
    double solarPowerW = 0;
    double gridPowerW = 0;
};

struct SchedulerRunPoint
{
    QDateTime time;
    QString error; // the server's error text for this point, empty when none
    QList<SchedulerUnitSnapshot> devices;
};

// `info`: the last run's start and stop snapshots and its grid energy.
struct SchedulerRunInfo
{
    std::optional<SchedulerRunPoint> start;
    std::optional<SchedulerRunPoint> stop;
    std::optional<double> purchaseKWh;
    std::optional<double> sellKWh;
};

struct SchedulerState
{
    int id = 0;
    int domainId = 0;
    std::optional<int> deviceId;
    QString timezone; // IANA id, e.g. Asia/Taipei
    QString cronsText; // as the server sent it
    Schedule schedule;
    int notifyUserId = 0;
    QDateTime updateTime; // invalid when null
    QDateTime startTime;
    QDateTime stopTime;
    std::optional<SchedulerRunInfo> lastRun;
    QString infoText; // `info` as sent, kept when it could not be decoded
    bool enabled = false;

    // Dispatching now: (start_time != null && stop_time == null) || start_time > stop_time.
    bool running() const;
    QTimeZone zone() const; // SiteZone::fromId: the site's fallback when the id is unknown
};

struct SchedulerRecord
{
    QDateTime time;
    QString type; // create, update, start, start_stable, stop, stop_stable
    QJsonValue data; // `data` decoded (an object, or the text when it is not JSON)
    QString message;
    std::optional<double> purchaseKWh;
    std::optional<double> sellKWh;
};

struct SchedulerHistory
{
    bool running = false;
    int completeCount = 0;
    double purchaseKWh = 0;
    double sellKWh = 0;
    QList<SchedulerRecord> records;
};
