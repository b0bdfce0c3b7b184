#pragma once

#include "client/DeviceQuery.h"
#include "client/DomainQuery.h"
#include "client/QueryResult.h"
#include "client/SiteScope.h"
#include "core/GridBill.h"
#include "core/TimeSeries.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

// What a day's cost and a suggestion are computed from, as read from the server.
struct CostInputs
{
    TimeSeries loadW; // quarter-hour means of the last weeks, stamped at each quarter-hour's start
    TimeSeries solarW;
    double socPercent = TimeSeries::null(); // the scheduled units together, now
    double capacityKWh = TimeSeries::null();
    TimeSeries solarForecastW; // quarter-hour means of the forecast for one day; may be empty
};

// The queries behind a day's cost (docs/tariffs.md "The cost of a schedule") and behind the
// bill of metered energy, and the assembly of their replies. Building and reading are kept
// apart from sending, so that aegis-cli and the app's QueryRunner run the same queries.
class CostInputsQueries final
{
public:
    static constexpr int kHistoryWeeks = 4;

    // LoadPower and SolarPower every 15 minutes over the last `weeks` weeks, windows from the
    // site's local quarter-hours, each stamped at its start.
    static DomainQuery history(const SiteScope &site, const QTimeZone &zone, int weeks = kHistoryWeeks);
    // The same over [from, to) (the BEMS export, docs/tariffs.md "BEMS export").
    static DomainQuery history(const SiteScope &site, const QTimeZone &zone, const QDateTime &from, const QDateTime &to);
    // BatSoC and BatCapacity now (start=0, time_function=last), as the projection reads them.
    static DomainQuery battery(const SiteScope &site, const QTimeZone &zone);
    // PredictionSolarPower every 15 minutes over the local day `date`.
    static DomainQuery forecast(const SiteScope &site, const QTimeZone &zone, const QDate &date);

    static void readHistory(const QueryResult &result, CostInputs &inputs);
    static void readBattery(const QueryResult &result, CostInputs &inputs);
    static void readForecast(const QueryResult &result, CostInputs &inputs);

    // The metered energies of [from, to) every 15 minutes: the grid import and the batteries'
    // charge and discharge of the domain (GridEnergy, BatteryChargeEnergy, BatteryDischargeEnergy)...
    static DomainQuery energies(const SiteScope &site, const QTimeZone &zone, const QDateTime &from, const QDateTime &to);
    // ... and the export, which the domain does not count: the grid-connection meter's OutputEnergy
    // (docs/emulator.md "Meters": HERMES_SM000001 on circuit Ma1), its counter differenced.
    static DeviceQuery gridExport(const SiteScope &site, const QTimeZone &zone, const QDateTime &from, const QDateTime &to);
    static QString gridMeter() { return QStringLiteral("HERMES_SM000001"); }
    // The quarter-hours of [from, to) with the energies of both replies (NaN where one is missing).
    static QList<MeteredStep> readEnergies(const QueryResult &energies, const QueryResult &gridExport, const QDateTime &from,
                                           const QDateTime &to);
};
