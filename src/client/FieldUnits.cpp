#include "client/FieldUnits.h"

#include <array>

namespace {

struct FieldUnit
{
    QStringView field;
    QStringView unit;
};

// docs/aegis-api.md §4 and §6, field by field. Fields without a unit (Status, PV_ID, Power_Factor,
// SolarEff, Type, Phase, ...) are simply absent.
constexpr std::array kUnits = {
    // power, W
    FieldUnit{u"GenPower", u"W"},
    FieldUnit{u"GridPower", u"W"},
    FieldUnit{u"LoadPower", u"W"},
    FieldUnit{u"SolarPower", u"W"},
    FieldUnit{u"Active_Power", u"W"},
    FieldUnit{u"Power", u"W"},
    FieldUnit{u"PhotometerSolarPower", u"W"},
    FieldUnit{u"PredictionSolarPower", u"W"},
    FieldUnit{u"Apparent_Power", u"VA"},
    FieldUnit{u"Reactive_Power", u"VAr"},
    // energy, kWh
    FieldUnit{u"GenEnergy", u"kWh"},
    FieldUnit{u"GridEnergy", u"kWh"},
    FieldUnit{u"LoadEnergy", u"kWh"},
    FieldUnit{u"SolarEnergy", u"kWh"},
    FieldUnit{u"InputEnergy", u"kWh"},
    FieldUnit{u"OutputEnergy", u"kWh"},
    FieldUnit{u"BatteryChargeEnergy", u"kWh"},
    FieldUnit{u"BatteryDischargeEnergy", u"kWh"},
    FieldUnit{u"BatRemainEnergy", u"kWh"},
    FieldUnit{u"BatCapacity", u"kWh"},
    FieldUnit{u"PredictionSolarEnergy", u"kWh"},
    // battery and environment
    FieldUnit{u"BatSoC", u"%"},
    FieldUnit{u"BatCurr", u"A"},
    FieldUnit{u"BatVolt", u"V"},
    FieldUnit{u"BatTemp", u"°C"},
    FieldUnit{u"EnvTemp1", u"°C"},
    FieldUnit{u"EnvTemp2", u"°C"},
    FieldUnit{u"Temperature", u"°C"},
    FieldUnit{u"EnvHumidity1", u"%"},
    FieldUnit{u"EnvHumidity2", u"%"},
    FieldUnit{u"EnvCO", u"ppm"},
    FieldUnit{u"EnvCO2", u"ppm"},
    // meters
    FieldUnit{u"Voltage", u"V"},
    FieldUnit{u"Current", u"A"},
    FieldUnit{u"Frequency", u"Hz"},
    // sun and panels
    FieldUnit{u"Irradiance", u"W/m²"},
    FieldUnit{u"DirectRadiation", u"W/m²"},
    FieldUnit{u"PredictionIrradiance", u"W/m²"},
    FieldUnit{u"SolarArea", u"m²"},
    FieldUnit{u"SolarEffArea", u"m²"},
    // domain ratios (§6)
    FieldUnit{u"CurtailmentRatio", u"%"},
};

} // namespace

QString FieldUnits::unitOf(QStringView field, Scope scope)
{
    if (field == u"PR")
        return scope == Scope::Domain ? QStringLiteral("%") : QString();
    for (const FieldUnit &entry : kUnits) {
        if (entry.field == field)
            return entry.unit.toString();
    }
    return {};
}

QString FieldUnits::afterAggregation(const QString &unit, std::optional<QueryTimeFunction> timeFunction,
                                     std::optional<QueryGroupFunction> groupFunction)
{
    if (groupFunction == QueryGroupFunction::Count)
        return {};
    if (timeFunction == QueryTimeFunction::Count)
        return {};
    // §5: integral = Σ value × seconds.
    if (timeFunction == QueryTimeFunction::Integral)
        return unit.isEmpty() ? QStringLiteral("s") : unit + QStringLiteral("·s");
    return unit;
}
