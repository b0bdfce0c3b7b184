#pragma once

#include "client/ApiError.h"
#include "core/TimeSeries.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <cmath>

class Clock;
class SiteConnection;

// What the SOC projection starts from, as the server reports it: the Pomcube units' latest SOC
// and capacity (which also tells how many units are online to share the power), the solar
// forecast for the next day and the site load of the last two days.
struct ProjectionInputs
{
    double socPercent = TimeSeries::null(); // capacity-weighted over the online units
    double capacityKWh = TimeSeries::null();
    QStringList unitsOnline; // Pomcube units that reported in the last 15 min
    bool unitsKnown = false;
    TimeSeries solarForecastW;
    TimeSeries recentLoadW;
    QDateTime readingTime; // the SOC reading's time (UTC)

    bool hasSoc() const { return std::isfinite(socPercent) && std::isfinite(capacityKWh) && capacityKWh > 0; }
};

class ProjectionFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectionFeed)

public:
    ProjectionFeed(SiteConnection &connection, const Clock &clock, QObject *parent = nullptr);

    void setZone(const QTimeZone &zone) { m_zone = zone; }
    const ProjectionInputs &inputs() const { return m_inputs; }
    void refresh();

signals:
    void updated();
    void failed(const ApiError &error);

private:
    void fetchUnits();
    void fetchForecast();
    void fetchLoad();

    SiteConnection &m_connection;
    const Clock &m_clock;
    QTimeZone m_zone;
    ProjectionInputs m_inputs;
};
