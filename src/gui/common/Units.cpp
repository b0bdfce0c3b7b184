#include "gui/common/Units.h"

#include <cmath>

namespace {

QString number(double v, int decimals, const QLocale &locale)
{
    return locale.toString(v, 'f', decimals);
}

// One decimal below 100, none above: "12.3", "123".
int decimalsFor(double magnitude)
{
    return magnitude < 100 ? 1 : 0;
}

} // namespace

QString Units::unknown()
{
    return QStringLiteral("—");
}

QString Units::power(double watts, const QLocale &locale)
{
    if (!std::isfinite(watts))
        return unknown();
    // kW wherever an operator reads power, small values too, so that figures side by side compare.
    const double kW = watts / 1000;
    const double a = std::abs(kW);
    if (a >= 1000)
        return tr("%1 MW").arg(number(kW / 1000, 2, locale));
    if (kW == 0)
        return tr("%1 kW").arg(number(0, 0, locale));
    return tr("%1 kW").arg(number(kW, a < 1 ? 2 : decimalsFor(a), locale));
}

Units::Reading Units::reading(const QString &unit)
{
    if (unit == u"W")
        return {QStringLiteral("kW"), 1e-3};
    if (unit == u"Wh")
        return {QStringLiteral("kWh"), 1e-3};
    return {unit, 1.0};
}

int Units::exportDecimals(const QString &unit)
{
    if (unit == u"kW" || unit == u"kWh")
        return 3; // a watt, a watt-hour
    if (unit == u"NT$")
        return 2; // a cent
    if (unit == u"%" || unit == u"°C" || unit == u"V" || unit == u"A" || unit == u"W/m²")
        return 1;
    return -1;
}

QString Units::energy(double kWh, const QLocale &locale)
{
    if (!std::isfinite(kWh))
        return unknown();
    const double a = std::abs(kWh);
    if (a < 10'000)
        return tr("%1 kWh").arg(number(kWh, decimalsFor(a), locale));
    return tr("%1 MWh").arg(number(kWh / 1000, 1, locale));
}

QString Units::percent(double percent, const QLocale &locale)
{
    if (!std::isfinite(percent))
        return unknown();
    return tr("%1 %").arg(number(percent, std::abs(percent) < 10 ? 1 : 0, locale));
}

QString Units::money(double ntd, const QLocale &locale)
{
    if (!std::isfinite(ntd))
        return unknown();
    const QString amount = number(std::abs(ntd), std::abs(ntd) < 1000 ? 2 : 0, locale);
    //: an amount of New Taiwan dollars; %1 is the number
    return ntd < 0 && std::abs(ntd) >= 0.005 ? tr("−NT$ %1").arg(amount) : tr("NT$ %1").arg(amount);
}

QString Units::irradiance(double wattsPerSquareMetre, const QLocale &locale)
{
    if (!std::isfinite(wattsPerSquareMetre))
        return unknown();
    return tr("%1 W/m²").arg(number(wattsPerSquareMetre, 0, locale));
}

QString Units::unitOfField(const QString &field)
{
    static const QHash<QString, QString> units = [] {
        QHash<QString, QString> u;
        for (const char *f : {"GenPower", "GridPower", "LoadPower", "SolarPower", "Active_Power", "Power", "PhotometerSolarPower",
                              "PredictionSolarPower"})
            u.insert(QString::fromLatin1(f), QStringLiteral("W"));
        for (const char *f :
             {"GenEnergy", "GridEnergy", "LoadEnergy", "SolarEnergy", "InputEnergy", "OutputEnergy", "BatRemainEnergy",
              "BatCapacity", "BatteryChargeEnergy", "BatteryDischargeEnergy", "PredictionSolarEnergy"})
            u.insert(QString::fromLatin1(f), QStringLiteral("kWh"));
        for (const char *f : {"BatSoC", "EnvHumidity1", "EnvHumidity2", "PR", "CurtailmentRatio"})
            u.insert(QString::fromLatin1(f), QStringLiteral("%"));
        for (const char *f : {"BatTemp", "EnvTemp1", "EnvTemp2", "Temperature"})
            u.insert(QString::fromLatin1(f), QStringLiteral("°C"));
        for (const char *f : {"Irradiance", "DirectRadiation", "PredictionIrradiance"})
            u.insert(QString::fromLatin1(f), QStringLiteral("W/m²"));
        u.insert(QStringLiteral("BatCurr"), QStringLiteral("A"));
        u.insert(QStringLiteral("Current"), QStringLiteral("A"));
        u.insert(QStringLiteral("BatVolt"), QStringLiteral("V"));
        u.insert(QStringLiteral("Voltage"), QStringLiteral("V"));
        u.insert(QStringLiteral("Frequency"), QStringLiteral("Hz"));
        u.insert(QStringLiteral("Apparent_Power"), QStringLiteral("VA"));
        u.insert(QStringLiteral("Reactive_Power"), QStringLiteral("VAr"));
        u.insert(QStringLiteral("EnvCO"), QStringLiteral("ppm"));
        u.insert(QStringLiteral("EnvCO2"), QStringLiteral("ppm"));
        u.insert(QStringLiteral("SolarArea"), QStringLiteral("m²"));
        u.insert(QStringLiteral("SolarEffArea"), QStringLiteral("m²"));
        return u;
    }();
    return units.value(field);
}
