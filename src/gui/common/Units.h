#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Numbers with their units as operators read them, in the UI's locale: "12.3 kW", "1.25 MWh",
// "58 %". One place, so the overview, the charts, the tables and exports agree.
class Units final
{
    Q_DECLARE_TR_FUNCTIONS(Units)

public:
    // W → "0.85 kW", "12.3 kW", "1.25 MW"; NaN → "—". Always kW below a MW, as operators read power.
    static QString power(double watts, const QLocale &locale = QLocale());
    // kWh → "12.3 kWh", "1,234 kWh", "12.5 MWh" (kWh up to 10 MWh, as meters read).
    static QString energy(double kWh, const QLocale &locale = QLocale());
    static QString percent(double percent, const QLocale &locale = QLocale());
    static QString irradiance(double wattsPerSquareMetre, const QLocale &locale = QLocale());
    // NT$ → "NT$ 12.34", "NT$ 1,234" (whole dollars from NT$ 1,000, as a bill reads), "−NT$ 5.00".
    static QString money(double ntd, const QLocale &locale = QLocale());
    // A placeholder for a value that is not known (null, not yet fetched).
    static QString unknown();

    // The unit a value of `unit` is shown and exported in, and the factor to it: W → kW (×0.001),
    // Wh → kWh; any other unit as it is.
    struct Reading
    {
        QString unit;
        double factor = 1.0;
    };
    static Reading reading(const QString &unit);
    // Decimals a file keeps for a value of `unit` (kW and kWh to the watt, % to a tenth, NT$ to
    // the cent); -1: all.
    static int exportDecimals(const QString &unit);

    // The unit of an AEGIS field (docs/aegis-api.md §4 and §6), e.g. "W" for SolarPower, "" if none.
    static QString unitOfField(const QString &field);
};
