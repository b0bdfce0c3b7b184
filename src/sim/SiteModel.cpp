#include "sim/SiteModel.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double kStepHours = double(SiteModel::kStepMs) / 3'600'000.0;
constexpr int kPomcubes = 3;

// Deterministic noise in [-1, 1] for (seed, device, step, salt): splitmix64 of the mix.
double noise(quint64 seed, qint64 a, qint64 b, quint64 salt)
{
    quint64 z =
        seed ^ (quint64(a) * 0x9E3779B97F4A7C15ULL) ^ (quint64(b) * 0xBF58476D1CE4E5B9ULL) ^ (salt * 0x94D049BB133111EBULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return double(z >> 11) / double(1ULL << 52) - 1.0;
}

// Load circuits Ba4..Ba9 of the smart panel: their type and share of building K's load.
struct Circuit
{
    const char *type;
    double share;
};
constexpr Circuit kLoadCircuits[] = {
    {"AirConditioning", 0.34}, {"Lighting", 0.16}, {"Load", 0.14}, {"Load", 0.12}, {"Load", 0.14}, {"Load", 0.10}};

// Which part of building K's load each hybrid unit's load port carries (Pomcube ×3, Hermes ×3).
constexpr double kUnitLoadShare[] = {0.2, 0.2, 0.2, 0.4 / 3, 0.4 / 3, 0.4 / 3};

enum EssField {
    GenPowerF,
    GridPowerF,
    LoadPowerF,
    SolarPowerF,
    GenEnergyF,
    GridEnergyF,
    LoadEnergyF,
    SolarEnergyF,
    BatSoCF,
    BatCurrF,
    BatVoltF,
    BatTempF,
    EnvTemp1F,
    EnvTemp2F,
    EnvHumidity1F,
    EnvHumidity2F,
    EnvCOF,
    EnvCO2F,
    IrradianceF,
    PRF
};

} // namespace

SiteModel::SiteModel(quint64 seed, qint64 originMs, WeatherModel weather, LoadModel load, PowerScheduler *scheduler,
                     GridConnection grid)
    : m_seed(seed)
    , m_originMs(originMs - originMs % kStepMs)
    , m_weather(std::move(weather))
    , m_load(std::move(load))
    , m_scheduler(scheduler)
    , m_grid(grid)
{
    for (const SiteCatalog::Device &d : SiteCatalog::buildingKDevices())
        addDevice(d, 0);

    // Batteries: three Pomcube units (≈69 kWh, scheduled) and three idle Hermes units.
    const double pomcubeSoc[] = {55, 58, 52};
    for (int i = 0; i < kPomcubes; ++i) {
        Battery b;
        b.device = i;
        b.soc = pomcubeSoc[i];
        b.scheduled = true;
        m_batteries.append(b);
    }
    const double hermesSoc[] = {80, 76, 83};
    for (int i = 0; i < 3; ++i) {
        Battery b;
        b.device = kPomcubes + i;
        b.capacityKWh = 10.0;
        b.maxChargeW = b.maxDischargeW = 5'000;
        b.soc = hermesSoc[i];
        m_batteries.append(b);
    }
    // PV: 6 kWp per Pomcube, 4 kWp per Hermes unit, 12 kWp per string inverter.
    for (int i = 0; i < 8; ++i) {
        const double kwp = i < 3 ? 6.0 : i < 6 ? 4.0 : 12.0;
        m_pv.append({i, kwp, 0.80 + 0.01 * (i % 5)});
    }

    const SiteField counters[] = {SolarEnergy,      LoadEnergy,          GridImportEnergy,
                                  GridExportEnergy, BatteryChargeEnergy, BatteryDischargeEnergy,
                                  CurtailedEnergy,  PhotometerEnergy};
    for (int f = 0; f < SiteFieldCount; ++f) {
        const bool counter = std::find(std::begin(counters), std::end(counters), SiteField(f)) != std::end(counters);
        m_site[f] = StoredSeries(counter ? StoredSeries::Kind::Counter : StoredSeries::Kind::Measure, m_originMs, kStepMs);
    }
    m_siteCounters[SolarEnergy] = 48'210.5;
    m_siteCounters[LoadEnergy] = 151'332.25;
    m_siteCounters[GridImportEnergy] = 112'874.75;
    m_siteCounters[GridExportEnergy] = 9'731.5;
    m_siteCounters[BatteryChargeEnergy] = 8'420.0;
    m_siteCounters[BatteryDischargeEnergy] = 7'610.0;
    for (int f = 0; f < ForecastFieldCount; ++f)
        m_forecast[f] = StoredSeries(StoredSeries::Kind::Measure, m_originMs, kForecastStepMs);
}

SiteModel::SiteModel(quint64 seed, qint64 originMs, WeatherModel weather, LoadModel load, PowerScheduler *scheduler)
    : SiteModel(seed, originMs, std::move(weather), std::move(load), scheduler, GridConnection())
{
}

qint64 SiteModel::sampleOffsetMs(int deviceIndex) const
{
    // Devices report a little after the minute, each at its own moment (as "…:01.303Z").
    return 1000 + (qint64(deviceIndex) * 2711 + 303) % 58'000;
}

void SiteModel::addDevice(const SiteCatalog::Device &device, qint64 firstStep)
{
    const int index = int(m_devices.size());
    DeviceData data;
    data.spec = device;
    const qint64 first = m_originMs + firstStep * kStepMs + sampleOffsetMs(index);
    for (const SiteCatalog::Field &f : m_catalog.output(device.output)->fields)
        data.fields.append(StoredSeries(f.kind, first, kStepMs));
    if (device.hasPrediction) {
        for (const SiteCatalog::Field &f : m_catalog.output(SiteCatalog::predictionOutputName())->fields)
            data.prediction.append(StoredSeries(f.kind, m_originMs, kForecastStepMs));
    }
    m_devices.append(data);
    m_deviceByName.insert(device.name, index);

    // Counters start where a site in service for a few years would be.
    Counters c;
    c.solar = 9'000 + 1'237.5 * index;
    c.load = 21'000 + 911.25 * index;
    c.gridIn = 15'500 + 503.75 * index;
    c.gen = 12.5;
    m_counters.append(c);
    m_meterIn.append(device.category == u"smart_meter" ? 40'000 + 3'301.5 * index : 0);
    m_meterOut.append(device.category == u"smart_meter" ? 2'000 + 777.25 * index : 0);
    m_lastSolar.append(0);
    m_lastGrid.append(0);
}

std::pair<qint64, int> SiteModel::localDayAndMinute(qint64 ms)
{
    if (ms < m_zoneOffsetFromMs || ms >= m_zoneOffsetUntilMs) {
        if (!m_zone.isValid())
            m_zone = WeatherModel::siteZone();
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        m_zoneOffsetMs = qint64(m_zone.offsetFromUtc(at)) * 1000;
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addMSecs(1));
        m_zoneOffsetFromMs = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        m_zoneOffsetUntilMs = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    const qint64 local = ms + m_zoneOffsetMs;
    const qint64 day = local >= 0 ? local / 86'400'000 : (local - 86'399'999) / 86'400'000;
    return {day, int((local - day * 86'400'000) / 60'000)};
}

int SiteModel::deviceIndex(const QString &name) const
{
    return m_deviceByName.value(name, -1);
}

void SiteModel::advanceTo(qint64 nowMs)
{
    while (simulatedUntilMs() <= nowMs)
        simulateStep();
    extendForecast(nowMs + kForecastAheadMs);
}

double SiteModel::arrayPowerW(const PvArray &pv, double irr0, qint64 s) const
{
    return std::max(0.0, irr0 * pv.effArea * pv.performance * (1.0 + 0.01 * noise(m_seed, pv.device, s, 1)));
}

void SiteModel::simulateStep()
{
    const qint64 s = m_steps;
    const qint64 t = m_originMs + s * kStepMs;
    const double irr0 = m_weather.irradiance(t, 0);
    const double irr1 = m_weather.irradiance(t, 1);
    const double irradiance = (irr0 + irr1) / 2;
    const double air = m_weather.airTemperature(t);
    const double load = m_load.buildingKLoadW(t);
    const double loadA = m_load.buildingALoadW(t);
    const double occupancy = m_load.occupancy(t);

    // PV available before curtailment.
    QList<double> solar(m_devices.size(), 0.0);
    double available = 0, effAreaTotal = 0;
    for (const PvArray &pv : m_pv) {
        const double p = arrayPowerW(pv, irr0, s);
        solar[pv.device] = p;
        available += p;
        effAreaTotal += pv.effArea;
    }

    // Battery power the scheduler asks for, shared by the online scheduled units within their
    // power and SOC limits (energy over this step must not cross the limits).
    QList<double> battery(m_batteries.size(), 0.0);
    const double requested = m_scheduler ? m_scheduler->requestedPowerW(t) : 0.0;
    int units = 0;
    for (const Battery &b : m_batteries)
        units += b.scheduled && b.online;
    double batteryTotal = 0;
    if (requested != 0 && units > 0) {
        for (qsizetype i = 0; i < m_batteries.size(); ++i) {
            const Battery &b = m_batteries.at(i);
            if (!b.scheduled || !b.online)
                continue;
            double p = requested / units;
            if (p > 0) {
                const double roomW = (b.socMax - b.soc) / 100.0 * b.capacityKWh * 1000.0 / kStepHours / b.chargeEfficiency;
                p = std::clamp(std::min(p, b.maxChargeW), 0.0, std::max(0.0, roomW));
            } else {
                const double leftW = (b.soc - b.socMin) / 100.0 * b.capacityKWh * 1000.0 / kStepHours * b.dischargeEfficiency;
                p = -std::clamp(std::min(-p, b.maxDischargeW), 0.0, std::max(0.0, leftW));
            }
            battery[i] = p;
            batteryTotal += p;
        }
    }

    // Import above the cap cuts the charge first (docs/emulator.md "Grid"); what the load alone
    // takes beyond it is an overrun, recorded below.
    const LimitsInForce limits = limitsAt(t);
    if (batteryTotal > 0) {
        const double over = load + batteryTotal - available - limits.importCapW;
        if (over > 0) {
            const double keep = std::max(0.0, batteryTotal - over) / batteryTotal; // share of charge kept
            batteryTotal = 0;
            for (double &p : battery) {
                if (p > 0)
                    p *= keep;
                batteryTotal += p;
            }
        }
    }

    // Grid is the balance; beyond the export limit PV is curtailed first, then discharge reduced.
    double net = load + batteryTotal - available;
    double curtailed = 0;
    if (net < -limits.exportLimitW) {
        double excess = -limits.exportLimitW - net;
        curtailed = std::min(excess, available);
        excess -= curtailed;
        if (excess > 0 && batteryTotal < 0) {
            const double keep = (batteryTotal + excess) / batteryTotal; // share of discharge kept
            batteryTotal = 0;
            for (double &p : battery) {
                if (p < 0)
                    p *= std::max(0.0, keep);
                batteryTotal += p;
            }
        }
    }
    const double used = available - curtailed;
    const double curtailShare = available > 0 ? used / available : 1.0;
    for (double &p : solar)
        p *= curtailShare;
    const double grid = load + batteryTotal - used;
    if (grid > limits.importCapW + 0.5)
        recordOverrun(t, grid, limits.importCapW);

    // Device samples.
    QList<double> unitBattery(m_devices.size(), 0.0);
    for (qsizetype i = 0; i < m_batteries.size(); ++i)
        unitBattery[m_batteries.at(i).device] = battery.at(i);
    QList<double> socByDevice(m_devices.size(), 0.0);
    QList<bool> onlineByDevice(m_devices.size(), true);
    for (const Battery &b : m_batteries) {
        socByDevice[b.device] = b.soc;
        onlineByDevice[b.device] = b.online;
    }

    int meter = 0;
    for (int di = 0; di < m_devices.size(); ++di) {
        DeviceData &d = m_devices[di];
        Counters &c = m_counters[di];
        const auto n = [&](quint64 salt) { return noise(m_seed, di, s, salt); };
        if (d.spec.category == u"ess") {
            if (!onlineByDevice.at(di))
                continue;
            const double loadShare = di < 6 ? kUnitLoadShare[di] : 0.0;
            const double unitLoad = load * loadShare;
            const double b = unitBattery.at(di);
            const double unitGrid = unitLoad + b - solar.at(di);
            const double soc = socByDevice.at(di);
            const double volt = 48.0 + 6.4 * soc / 100.0;
            const double current = b / volt;
            const double pvEffArea = di < 6 ? m_pv.at(di).effArea : 0.0;
            const double values[] = {
                0.0,
                unitGrid,
                unitLoad,
                solar.at(di),
                c.gen,
                c.gridIn,
                c.load,
                c.solar,
                soc,
                current,
                volt + current * 0.02,
                24.0 + 0.3 * (air - 24.0) + 4.0 * std::abs(b) / 10'000.0 + 0.2 * n(2),
                24.5 + 0.25 * (air - 25.0) + 0.4 * n(3),
                25.3 + 0.25 * (air - 25.0) + 0.4 * n(4),
                60.0 + 10.0 * occupancy + 2.0 * n(5),
                62.0 + 9.0 * occupancy + 2.0 * n(6),
                std::max(0.0, 1.0 + 0.8 * occupancy + 0.2 * n(7)),
                420.0 + 480.0 * occupancy + 12.0 * n(8),
                irr0,
                (irr0 > 20 && pvEffArea > 0) ? 100.0 * solar.at(di) / (irr0 * pvEffArea) : kNull,
            };
            for (int f = 0; f < d.fields.size(); ++f)
                d.fields[f].append(values[f]);
            m_lastSolar[di] = solar.at(di);
            m_lastGrid[di] = unitGrid;
            c.solar += solar.at(di) * kStepHours / 1000.0;
            c.load += unitLoad * kStepHours / 1000.0;
            c.gridIn += std::max(0.0, unitGrid) * kStepHours / 1000.0;
        } else if (d.spec.category == u"pv") {
            d.fields[0].appendText(QStringLiteral("PV%1").arg(di - 5, 6, 10, QLatin1Char('0')));
            d.fields[1].appendText(irr0 > 5 ? QStringLiteral("Operating") : QStringLiteral("Standby"));
            d.fields[2].append(solar.at(di));
            d.fields[3].append(c.solar);
            c.solar += solar.at(di) * kStepHours / 1000.0;
        } else if (d.spec.category == u"sun_photometer") {
            const double irr = di == 8 ? irr0 : irr1;
            d.fields[0].appendText(QStringLiteral("SP%1").arg(di - 7, 6, 10, QLatin1Char('0')));
            d.fields[1].appendText(QStringLiteral("Operating"));
            d.fields[2].append(irr);
            d.fields[3].append(air + irr / 1000.0 * 8.0 + 0.2 * n(9));
        } else {
            ++meter;
            double power = 0;
            QString type = QStringLiteral("Load");
            if (meter == 1) {
                type = QStringLiteral("Grid");
                power = grid;
            } else if (meter == 2) {
                type = QStringLiteral("Solar");
                power = -(solar.at(6) + solar.at(7));
            } else if (meter == 3) {
                type = QStringLiteral("Battery");
                power = batteryTotal;
            } else if (meter <= 9) {
                const Circuit &circuit = kLoadCircuits[meter - 4];
                type = QString::fromLatin1(circuit.type);
                power = load * circuit.share * (1.0 + 0.02 * n(10));
            } else {
                type = QStringLiteral("Grid");
                power = loadA;
            }
            // Ba8 is serviced from 10:00 to 12:00 local time every two weeks: no readings then.
            const auto [day, minute] = localDayAndMinute(t);
            const bool maintenance = meter == 8 && day % 14 == 9 && minute >= 600 && minute < 720;
            const double pf = 0.95 + 0.03 * n(11);
            const double voltage = 220.0 + 2.5 * n(12);
            const double apparent = std::abs(power) / pf;
            d.fields[0].appendText(QStringLiteral("SM%1").arg(meter, 6, 10, QLatin1Char('0')));
            d.fields[1].appendText(maintenance ? QStringLiteral("Maintenance") : QStringLiteral("Operating"));
            d.fields[2].appendText(type);
            d.fields[3].appendText(QStringLiteral("3P"));
            const double readings[] = {voltage,
                                       60.0 + 0.02 * n(13),
                                       apparent / (3.0 * voltage),
                                       power,
                                       apparent,
                                       std::sqrt(std::max(0.0, apparent * apparent - power * power)),
                                       pf,
                                       power,
                                       m_meterIn.at(di),
                                       m_meterOut.at(di)};
            for (int f = 4; f < d.fields.size(); ++f)
                d.fields[f].append(maintenance ? kNull : readings[f - 4]);
            // Input is energy drawn (import, charge, load); output is energy delivered (export, discharge, PV).
            m_meterIn[di] += std::max(0.0, power) * kStepHours / 1000.0;
            m_meterOut[di] += std::max(0.0, -power) * kStepHours / 1000.0;
        }
    }

    // Site series (domain queries).
    double capacity = 0, remain = 0;
    for (const Battery &b : m_batteries) {
        if (!b.scheduled || !b.online)
            continue;
        capacity += b.capacityKWh;
        remain += b.capacityKWh * b.soc / 100.0;
    }
    const double siteValues[] = {used,     load,     grid,       0.0,          capacity > 0 ? 100.0 * remain / capacity : kNull,
                                 remain,   capacity, irradiance, effAreaTotal, irradiance * effAreaTotal,
                                 curtailed};
    for (int f = 0; f <= CurtailedPower; ++f)
        m_site[f].append(siteValues[f]);
    for (int f = SolarEnergy; f < SiteFieldCount; ++f)
        m_site[f].append(m_siteCounters[f]);
    const auto addEnergy = [&](SiteField f, double watts) { m_siteCounters[f] += std::max(0.0, watts) * kStepHours / 1000.0; };
    addEnergy(SolarEnergy, used);
    addEnergy(LoadEnergy, load);
    addEnergy(GridImportEnergy, grid);
    addEnergy(GridExportEnergy, -grid);
    addEnergy(BatteryChargeEnergy, batteryTotal);
    addEnergy(BatteryDischargeEnergy, -batteryTotal);
    addEnergy(CurtailedEnergy, curtailed);
    addEnergy(PhotometerEnergy, irradiance * effAreaTotal);

    // Batteries move only with their power × efficiency.
    for (qsizetype i = 0; i < m_batteries.size(); ++i) {
        Battery &b = m_batteries[i];
        const double p = battery.at(i);
        const double storedWh = (p > 0 ? p * b.chargeEfficiency : p / b.dischargeEfficiency) * kStepHours;
        b.soc = std::clamp(b.soc + storedWh / (b.capacityKWh * 1000.0) * 100.0, 0.0, 100.0);
    }

    ++m_steps;
    if (m_scheduler) {
        m_scheduler->step(t, t + kStepMs, std::max(0.0, grid) * kStepHours, std::max(0.0, -grid) * kStepHours,
                          [this] { return snapshot(); });
    }
}

SiteModel::LimitsInForce SiteModel::limitsAt(qint64 ms)
{
    double avail = std::clamp(m_liveAvail.value_or(100.0), 0.0, 100.0);
    double exportLimitW = m_grid.exportLimitW;
    if (m_grid.events) {
        const auto [day, minute] = localDayAndMinute(ms);
        if (day != m_eventsDay) {
            m_eventsDay = day;
            m_eventsOfDay = GridEvents::onDay(day);
        }
        for (const GridEvents::Event &e : std::as_const(m_eventsOfDay)) {
            if (minute < e.fromMinute || minute >= e.toMinute)
                continue;
            if (e.kind == GridEvents::Kind::ImportCap)
                avail = std::min(avail, e.value);
            else
                exportLimitW = std::min(exportLimitW, e.value * 1000.0);
        }
    }
    return {m_grid.connectionW * avail / 100.0, exportLimitW};
}

void SiteModel::recordOverrun(qint64 t, double gridW, double capW)
{
    const double kwh = (gridW - capW) * kStepHours / 1000.0;
    if (!m_overruns.isEmpty() && m_overruns.constLast().stopMs == t) {
        Overrun &o = m_overruns.last();
        o.stopMs = t + kStepMs;
        o.capW = std::min(o.capW, capW);
        o.peakW = std::max(o.peakW, gridW);
        o.energyKWh += kwh;
        return;
    }
    if (m_overruns.size() >= kMaxOverruns)
        m_overruns.removeFirst();
    m_overruns.append({t, t + kStepMs, capW, gridW, kwh});
}

QList<PowerScheduler::UnitSnapshot> SiteModel::snapshot() const
{
    QList<PowerScheduler::UnitSnapshot> units;
    for (const Battery &b : m_batteries) {
        if (b.scheduled && b.online)
            units.append({m_devices.at(b.device).spec.name, b.soc, m_lastSolar.at(b.device), m_lastGrid.at(b.device)});
    }
    return units;
}

QString SiteModel::addPomcube()
{
    ++m_addedUnits;
    SiteCatalog::Device d = m_devices.at(0).spec;
    d.name = QStringLiteral("AA-70-2411-01-%1-%2")
                 .arg(900 + m_addedUnits, 4, 10, QLatin1Char('0'))
                 .arg(100 + m_addedUnits, 3, 10, QLatin1Char('0'));
    d.hasPrediction = false;
    addDevice(d, m_steps);
    Battery b;
    b.device = int(m_devices.size() - 1);
    b.scheduled = true;
    b.soc = 50.0;
    m_batteries.append(b);
    return d.name;
}

bool SiteModel::removePomcube(QString *name)
{
    int online = 0;
    for (const Battery &b : m_batteries)
        online += b.scheduled && b.online;
    if (online <= 1)
        return false;
    for (qsizetype i = m_batteries.size() - 1; i >= 0; --i) {
        Battery &b = m_batteries[i];
        if (b.scheduled && b.online) {
            b.online = false;
            if (name)
                *name = m_devices.at(b.device).spec.name;
            return true;
        }
    }
    return false;
}

QJsonObject SiteModel::saveState() const
{
    QJsonArray batteries;
    for (const Battery &b : m_batteries)
        batteries.append(QJsonObject{{QStringLiteral("device"), m_devices.at(b.device).spec.name},
                                     {QStringLiteral("soc"), b.soc},
                                     {QStringLiteral("online"), b.online}});
    QJsonArray counters;
    for (qsizetype i = 0; i < m_counters.size(); ++i) {
        const Counters &c = m_counters.at(i);
        counters.append(QJsonArray{c.solar, c.load, c.gridIn, c.gen, m_meterIn.at(i), m_meterOut.at(i)});
    }
    QJsonArray site;
    for (double v : m_siteCounters)
        site.append(v);
    return {{QStringLiteral("added_units"), m_addedUnits},
            {QStringLiteral("batteries"), batteries},
            {QStringLiteral("device_counters"), counters},
            {QStringLiteral("site_counters"), site}};
}

bool SiteModel::loadState(const QJsonObject &state, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const int added = state.value(QStringLiteral("added_units")).toInt(-1);
    const QJsonArray batteries = state.value(QStringLiteral("batteries")).toArray();
    const QJsonArray counters = state.value(QStringLiteral("device_counters")).toArray();
    const QJsonArray site = state.value(QStringLiteral("site_counters")).toArray();
    if (added < 0 || batteries.isEmpty() || site.size() != SiteFieldCount)
        return fail(QStringLiteral("the saved site state is incomplete"));
    while (m_addedUnits < added)
        addPomcube();
    if (batteries.size() != m_batteries.size() || counters.size() != m_counters.size())
        return fail(QStringLiteral("the saved site has %1 batteries and %2 devices, this one %3 and %4")
                        .arg(batteries.size())
                        .arg(counters.size())
                        .arg(m_batteries.size())
                        .arg(m_counters.size()));
    for (qsizetype i = 0; i < batteries.size(); ++i) {
        const QJsonObject b = batteries.at(i).toObject();
        if (b.value(QStringLiteral("device")).toString() != m_devices.at(m_batteries.at(i).device).spec.name)
            return fail(QStringLiteral("battery %1 of the saved state is a different device").arg(i + 1));
    }
    for (qsizetype i = 0; i < batteries.size(); ++i) {
        const QJsonObject b = batteries.at(i).toObject();
        m_batteries[i].soc = std::clamp(b.value(QStringLiteral("soc")).toDouble(), 0.0, 100.0);
        m_batteries[i].online = b.value(QStringLiteral("online")).toBool(true);
    }
    for (qsizetype i = 0; i < counters.size(); ++i) {
        const QJsonArray c = counters.at(i).toArray();
        // Counters never decrease, even when an older state is loaded.
        m_counters[i].solar = std::max(m_counters[i].solar, c.at(0).toDouble());
        m_counters[i].load = std::max(m_counters[i].load, c.at(1).toDouble());
        m_counters[i].gridIn = std::max(m_counters[i].gridIn, c.at(2).toDouble());
        m_counters[i].gen = std::max(m_counters[i].gen, c.at(3).toDouble());
        m_meterIn[i] = std::max(m_meterIn.at(i), c.at(4).toDouble());
        m_meterOut[i] = std::max(m_meterOut.at(i), c.at(5).toDouble());
    }
    for (int f = 0; f < SiteFieldCount; ++f)
        m_siteCounters[f] = std::max(m_siteCounters[f], site.at(f).toDouble());
    return true;
}
