#pragma once

#include "sim/GridEvents.h"
#include "sim/PowerScheduler.h"
#include "sim/SiteCatalog.h"
#include "sim/StoredSeries.h"
#include "sim/WeatherModel.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <limits>
#include <memory>
#include <optional>

// Building K simulated one minute at a time (docs/emulator.md "What it simulates"): sunlight and
// load from the models, PV less curtailment, the Pomcube batteries following the scheduler,
// the grid as the balance, counters integrating power. Every step writes one sample per
// device field and one per site field, so the history is data, not a formula.
class SiteModel
{
public:
    static constexpr qint64 kStepMs = 60'000;
    static constexpr qint64 kForecastStepMs = 15 * 60'000;
    static constexpr qint64 kForecastAheadMs = 3 * 86'400'000LL;

    // Site-level series that domain queries read (docs/aegis-api.md §6); not visible as devices.
    enum SiteField {
        SolarPower,
        LoadPower,
        GridPower,
        GenPower,
        BatSoC,
        BatRemainEnergy,
        BatCapacity,
        Irradiance,
        SolarEffArea,
        PhotometerSolarPower,
        CurtailedPower,
        // counters, kWh
        SolarEnergy,
        LoadEnergy,
        GridImportEnergy,
        GridExportEnergy,
        BatteryChargeEnergy,
        BatteryDischargeEnergy,
        CurtailedEnergy,
        PhotometerEnergy,
        SiteFieldCount
    };
    enum ForecastField { PredictionIrradiance, PredictionSolarPower, ForecastFieldCount };

    struct DeviceData
    {
        SiteCatalog::Device spec;
        QList<StoredSeries> fields; // by the output's field index
        QList<StoredSeries> prediction; // solar_prediction fields; empty without a forecast
    };

    struct Battery
    {
        int device = -1; // index into devices()
        double capacityKWh = 23.0;
        double maxChargeW = 10'000;
        double maxDischargeW = 10'000;
        double chargeEfficiency = 0.95;
        double dischargeEfficiency = 0.95;
        double socMin = 10.0;
        double socMax = 95.0;
        double soc = 50.0;
        bool scheduled = false; // the scheduler's windows drive it (the Pomcube units)
        bool online = true;
    };

    // The grid connection: its import capacity (which AVAIL scales), the export limit, and
    // whether the grid operator's calendar of caps (GridEvents) applies.
    struct GridConnection
    {
        double connectionW = 60'000;
        double exportLimitW = 25'000;
        bool events = true;
    };

    // Import above the cap that the battery could not avoid: the building's own load beyond it.
    struct Overrun
    {
        qint64 startMs = 0;
        qint64 stopMs = 0; // end of its last minute
        double capW = 0; // the lowest cap during it
        double peakW = 0; // the highest import
        double energyKWh = 0; // import above the cap
    };
    static constexpr qsizetype kMaxOverruns = 10'000;

    SiteModel(quint64 seed, qint64 originMs, WeatherModel weather, LoadModel load, PowerScheduler *scheduler,
              GridConnection grid);
    // With the default connection (60 kW, 25 kW export, the grid operator's events).
    SiteModel(quint64 seed, qint64 originMs, WeatherModel weather, LoadModel load, PowerScheduler *scheduler);

    const SiteCatalog &catalog() const { return m_catalog; }
    const QList<DeviceData> &devices() const { return m_devices; }
    int deviceIndex(const QString &name) const;
    const StoredSeries &siteSeries(SiteField f) const { return m_site[f]; }
    const StoredSeries &forecastSeries(ForecastField f) const { return m_forecast[f]; }
    const QList<Battery> &batteries() const { return m_batteries; }
    qint64 originMs() const { return m_originMs; }
    // Start of the next step to compute; everything before it is data.
    qint64 simulatedUntilMs() const { return m_originMs + m_steps * kStepMs; }
    const GridConnection &gridConnection() const { return m_grid; }
    // The grid operator's live AVAIL (cFos), 0–100; none = no live cap. Applies from the next step.
    void setLiveAvail(std::optional<double> percent) { m_liveAvail = percent; }
    std::optional<double> liveAvail() const { return m_liveAvail; }
    // What limits the grid connection at an instant: the import cap and the export limit in W
    // (the connection × the lower of the event's and the live AVAIL; the lower export limit).
    struct LimitsInForce
    {
        double importCapW = 0;
        double exportLimitW = 0;
    };
    LimitsInForce limitsAt(qint64 ms);
    // The latest overruns, oldest first (at most kMaxOverruns).
    const QList<Overrun> &overruns() const { return m_overruns; }

    // An exact forecast (aegis-sim --exact-forecast): each quarter-hour's PredictionSolarPower
    // is the mean PV the arrays will make over it, passing clouds included, so that a plan made
    // from it meets the day as it comes. Off, the forecast has an error of its own
    // (WeatherModel::forecastIrradiance). Set before the first advanceTo().
    void setExactForecast(bool exact) { m_exactForecast = exact; }

    // Computes every step that starts at or before nowMs, and the forecast to now + 3 days.
    void advanceTo(qint64 nowMs);

    // One more Pomcube unit from the next step on; the name of the new device.
    QString addPomcube();
    // Takes the last online Pomcube unit offline (it stops reporting); false if it is the last.
    bool removePomcube(QString *name);

    // Battery state (SOC, counters, online units) for save/load of the emulator.
    QJsonObject saveState() const;
    bool loadState(const QJsonObject &state, QString *error);

private:
    struct PvArray
    {
        int device = -1;
        double effArea = 0; // Σ efficiency × area, m²
        double performance = 0.82; // losses between irradiance and AC output
    };
    struct Counters
    {
        double solar = 0, load = 0, gridIn = 0, gridOut = 0, gen = 0;
    };

    void addDevice(const SiteCatalog::Device &device, qint64 firstStep);
    void simulateStep();
    void extendForecast(qint64 untilMs);
    // One array's AC power at step s for the irradiance irr0, W (before curtailment).
    double arrayPowerW(const PvArray &pv, double irr0, qint64 s) const;
    qint64 sampleOffsetMs(int deviceIndex) const;
    // Local day number and minute of the day in the site's zone (real zone rules, cached
    // between transitions because it is asked every step).
    std::pair<qint64, int> localDayAndMinute(qint64 ms);
    QList<PowerScheduler::UnitSnapshot> snapshot() const;
    void recordOverrun(qint64 t, double gridW, double capW);

    SiteCatalog m_catalog;
    quint64 m_seed;
    qint64 m_originMs;
    qint64 m_steps = 0;
    qint64 m_forecastSteps = 0;
    bool m_exactForecast = false;
    WeatherModel m_weather;
    LoadModel m_load;
    PowerScheduler *m_scheduler;
    GridConnection m_grid;
    std::optional<double> m_liveAvail;
    qint64 m_eventsDay = std::numeric_limits<qint64>::min();
    QList<GridEvents::Event> m_eventsOfDay;
    QList<Overrun> m_overruns;

    QList<DeviceData> m_devices;
    QHash<QString, int> m_deviceByName;
    QList<Battery> m_batteries;
    QList<PvArray> m_pv;
    QList<Counters> m_counters; // by device
    QList<double> m_meterIn, m_meterOut; // by device (meters only)
    StoredSeries m_site[SiteFieldCount];
    StoredSeries m_forecast[ForecastFieldCount];
    double m_siteCounters[SiteFieldCount] = {};
    int m_addedUnits = 0;
    QTimeZone m_zone;
    qint64 m_zoneOffsetMs = 0;
    qint64 m_zoneOffsetFromMs = 1;
    qint64 m_zoneOffsetUntilMs = 0;
    // Per-device power of the last step, for snapshots.
    QList<double> m_lastSolar, m_lastGrid;
};
