// Building K's domains and devices are also written out in src/client/SiteLayout.cpp, on purpose:
// this copy is the emulator's own, an independent oracle, so that tests of the client against the
// emulator do not check the client's layout against itself. tst_SiteLayoutAgreement keeps the two in step.

#include "sim/SiteCatalog.h"

namespace {

using Kind = SiteCatalog::FieldKind;

QList<SiteCatalog::Field> essFields()
{
    return {
        {QStringLiteral("GenPower"), Kind::Measure, QStringLiteral("W")},
        {QStringLiteral("GridPower"), Kind::Measure, QStringLiteral("W")},
        {QStringLiteral("LoadPower"), Kind::Measure, QStringLiteral("W")},
        {QStringLiteral("SolarPower"), Kind::Measure, QStringLiteral("W")},
        {QStringLiteral("GenEnergy"), Kind::Counter, QStringLiteral("kWh")},
        {QStringLiteral("GridEnergy"), Kind::Counter, QStringLiteral("kWh")},
        {QStringLiteral("LoadEnergy"), Kind::Counter, QStringLiteral("kWh")},
        {QStringLiteral("SolarEnergy"), Kind::Counter, QStringLiteral("kWh")},
        {QStringLiteral("BatSoC"), Kind::Measure, QStringLiteral("%")},
        {QStringLiteral("BatCurr"), Kind::Measure, QStringLiteral("A")},
        {QStringLiteral("BatVolt"), Kind::Measure, QStringLiteral("V")},
        {QStringLiteral("BatTemp"), Kind::Measure, QStringLiteral("°C")},
        {QStringLiteral("EnvTemp1"), Kind::Measure, QStringLiteral("°C")},
        {QStringLiteral("EnvTemp2"), Kind::Measure, QStringLiteral("°C")},
        {QStringLiteral("EnvHumidity1"), Kind::Measure, QStringLiteral("%")},
        {QStringLiteral("EnvHumidity2"), Kind::Measure, QStringLiteral("%")},
        {QStringLiteral("EnvCO"), Kind::Measure, QStringLiteral("ppm")},
        {QStringLiteral("EnvCO2"), Kind::Measure, QStringLiteral("ppm")},
        {QStringLiteral("Irradiance"), Kind::Measure, QStringLiteral("W/m²")},
        {QStringLiteral("PR"), Kind::Measure, QStringLiteral("%")},
    };
}

} // namespace

const SiteCatalog::Field *SiteCatalog::Output::field(const QString &n) const
{
    const int i = fieldIndex(n);
    return i < 0 ? nullptr : &fields.at(i);
}

int SiteCatalog::Output::fieldIndex(const QString &n) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).name == n)
            return i;
    }
    return -1;
}

SiteCatalog::SiteCatalog()
{
    m_domains = {
        {182, 0, QStringLiteral("工研院綠能所")},
        {183, 182, QStringLiteral("台南")},
        {186, 183, QStringLiteral("沙崙智慧綠能科學城")},
        {kBuildingKDomainId, 186, QStringLiteral("K館")},
    };
    m_outputs = {
        {QStringLiteral("pomcube_data"), essFields()},
        {QStringLiteral("hermes_ess_data"), essFields()},
        {QStringLiteral("hermes_pv_inverter_data"),
         {{QStringLiteral("PV_ID"), Kind::Text, {}},
          {QStringLiteral("Status"), Kind::Text, {}},
          {QStringLiteral("SolarPower"), Kind::Measure, QStringLiteral("W")},
          {QStringLiteral("SolarEnergy"), Kind::Counter, QStringLiteral("kWh")}}},
        {QStringLiteral("hermes_sun_photometer_data"),
         {{QStringLiteral("SunPhotometer_ID"), Kind::Text, {}},
          {QStringLiteral("Status"), Kind::Text, {}},
          {QStringLiteral("Irradiance"), Kind::Measure, QStringLiteral("W/m²")},
          {QStringLiteral("Temperature"), Kind::Measure, QStringLiteral("°C")}}},
        {QStringLiteral("hermes_smartmeter_data"),
         {{QStringLiteral("SmartMeter_ID"), Kind::Text, {}},
          {QStringLiteral("Status"), Kind::Text, {}},
          {QStringLiteral("Type"), Kind::Text, {}},
          {QStringLiteral("Phase"), Kind::Text, {}},
          {QStringLiteral("Voltage"), Kind::Measure, QStringLiteral("V")},
          {QStringLiteral("Frequency"), Kind::Measure, QStringLiteral("Hz")},
          {QStringLiteral("Current"), Kind::Measure, QStringLiteral("A")},
          {QStringLiteral("Active_Power"), Kind::Measure, QStringLiteral("W")},
          {QStringLiteral("Apparent_Power"), Kind::Measure, QStringLiteral("VA")},
          {QStringLiteral("Reactive_Power"), Kind::Measure, QStringLiteral("VAr")},
          {QStringLiteral("Power_Factor"), Kind::Measure, {}},
          {QStringLiteral("Power"), Kind::Measure, QStringLiteral("W")},
          {QStringLiteral("InputEnergy"), Kind::Counter, QStringLiteral("kWh")},
          {QStringLiteral("OutputEnergy"), Kind::Counter, QStringLiteral("kWh")}}},
        {predictionOutputName(),
         {{QStringLiteral("DirectRadiation"), Kind::Measure, QStringLiteral("W/m²")},
          {QStringLiteral("SolarArea"), Kind::Measure, QStringLiteral("m²")},
          {QStringLiteral("SolarEff"), Kind::Measure, {}},
          {QStringLiteral("SolarPower"), Kind::Measure, QStringLiteral("W")}}},
    };
}

const SiteCatalog::Output *SiteCatalog::output(const QString &name) const
{
    for (const Output &o : m_outputs) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

const SiteCatalog::Domain *SiteCatalog::domain(int id) const
{
    for (const Domain &d : m_domains) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QList<int> SiteCatalog::subtree(int domainId) const
{
    QList<int> result;
    if (!domain(domainId))
        return result;
    result.append(domainId);
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (const Domain &d : m_domains) {
            if (d.parentId == result.at(i))
                result.append(d.id);
        }
    }
    return result;
}

QList<SiteCatalog::Device> SiteCatalog::buildingKDevices()
{
    const int k = kBuildingKDomainId;
    QList<Device> devices;
    for (const char *name : {"AA-70-2211-01-0078-938", "AA-70-2211-01-0217-874", "AA-70-2212-01-0028-070"})
        devices.append({QString::fromLatin1(name), QStringLiteral("Pomcube"), QStringLiteral("ess"), QStringLiteral("pomcube"),
                        QStringLiteral("pomcube_data"), k, true});
    for (int i = 1; i <= 3; ++i)
        devices.append({QStringLiteral("HERMES_ESS%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("CyberPower"),
                        QStringLiteral("ess"), QStringLiteral("ess_hermes"), QStringLiteral("hermes_ess_data"), k, false});
    for (int i = 1; i <= 2; ++i)
        devices.append({QStringLiteral("HERMES_PV%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("太陽能逆變器"),
                        QStringLiteral("pv"), QStringLiteral("pv_inverter"), QStringLiteral("hermes_pv_inverter_data"), k,
                        false});
    for (int i = 1; i <= 2; ++i)
        devices.append({QStringLiteral("HERMES_SP%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("光度計"),
                        QStringLiteral("sun_photometer"), QStringLiteral("sun_photometer_hermes"),
                        QStringLiteral("hermes_sun_photometer_data"), k, false});
    const char *circuits[] = {"Ma1", "Ma2", "Ma3", "Ba4", "Ba5", "Ba6", "Ba7", "Ba8", "Ba9"};
    for (int i = 1; i <= 10; ++i) {
        const QString description = i <= 9 ? QStringLiteral("電表 智慧電盤迴路:") + QString::fromLatin1(circuits[i - 1])
                                           : QStringLiteral("電表 K_Master(AEGIS Server對能管中心)");
        devices.append({QStringLiteral("HERMES_SM%1").arg(i, 6, 10, QLatin1Char('0')), description, QStringLiteral("smart_meter"),
                        QStringLiteral("smart_meter"), QStringLiteral("hermes_smartmeter_data"), k, false});
    }
    return devices;
}
