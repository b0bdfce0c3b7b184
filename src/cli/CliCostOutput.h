#pragma once

#include "core/DayProfile.h"
#include "core/GridBill.h"
#include "core/ScheduleCost.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTimeZone>

// What `schedule cost` found: the day modelled and what the windows cost on it.
struct DayCostReport
{
    QString tariffId;
    QString tariffName;
    QTimeZone zone;
    QDate date;
    CostInput input;
    DayProfile profile;
    bool forecastSolar = false; // solar from the server's forecast for the date
    QString scheduleSource; // the FILE, or empty for the server's schedule
    DayCost day;
    MonthCost month;
};

// What `cost` found: the bill of each period, and the plan it was priced with.
struct BillReport
{
    QString tariffId;
    QString tariffName;
    QTimeZone zone;
    GridBill::Every every = GridBill::Every::Day;
    QList<BillPeriod> periods;
};

// How aegis-cli writes costs: JSON whose keys name each figure's unit (_kwh, _kw, _ntd, _pct),
// CSV with the units in the header, and text for a person.
namespace CliCostOutput {

QByteArray dayJson(const DayCostReport &report);
QByteArray dayCsv(const DayCostReport &report);
QByteArray dayText(const DayCostReport &report);

QByteArray billJson(const BillReport &report);
QByteArray billCsv(const BillReport &report);
QByteArray billText(const BillReport &report);

} // namespace CliCostOutput
