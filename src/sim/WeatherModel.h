#pragma once

#include "sim/ProfileFiles.h"

#include <QTimeZone>
#include <QtGlobal>
#include <optional>

// Sunlight at building K (Shalun, 23.0° N, 120.27° E): irradiance on the panels for the two
// sun photometers, and the forecast the solar_prediction output publishes.
// Stateless: any instant can be asked in any order, and the answer depends only on the
// seed, the instant and the profile, so history, live data and forecasts agree.
class WeatherModel
{
public:
    // `profile`: apis-emulator hourly W/m² by day of year; without one, a clear-sky curve for
    // the site's latitude. Cloud noise is seeded.
    WeatherModel(quint64 seed, std::optional<FileProfile> profile = std::nullopt);

    // Measured irradiance, W/m², ≥ 0; photometer 0 or 1 (they differ by a little sensor noise).
    double irradiance(qint64 ms, int photometer = 0) const;
    // The forecast for that instant, W/m²: the same sky without the short-term cloud noise
    // and with a forecast error of its own, so forecast and actual differ plausibly.
    double forecastIrradiance(qint64 ms) const;
    // Clear-sky irradiance, W/m² (0 at night).
    double clearSky(qint64 ms) const;
    // Air temperature at the site, °C (daily and seasonal cycle).
    double airTemperature(qint64 ms) const;

    static QTimeZone siteZone(); // Asia/Taipei

private:
    quint64 m_seed;
    std::optional<FileProfile> m_profile;
};

// Electric load of building K (an office building: weekday daytime peak, nights and weekends
// low) and of building A, whose main meter is HERMES_SM000010. Stateless like WeatherModel.
class LoadModel
{
public:
    // `profile`: apis-emulator or BEMS load in W by day of year; without one, the office profile.
    LoadModel(quint64 seed, std::optional<FileProfile> profile = std::nullopt);

    // Building K's total load, W, > 0.
    double buildingKLoadW(qint64 ms) const;
    // Building A's load, W, > 0 (a larger office on the same campus).
    double buildingALoadW(qint64 ms) const;
    // People in building K relative to a full working day, 0..1 (drives CO2 and humidity).
    double occupancy(qint64 ms) const;

private:
    quint64 m_seed;
    std::optional<FileProfile> m_profile;
};
