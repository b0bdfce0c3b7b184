#pragma once

#include "client/QueryResult.h"
#include "client/SiteScope.h"
#include "gui/charts/TimeRange.h"
#include "gui/timechart/ChartSeries.h"

#include <QList>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <optional>

// Where a chart's data comes from and how its series are made: one query per chart
// (docs/aegis-api.md §5–6), built for the range on show.
struct ChartRequest
{
    QString path; // "device_datas/query" or "domain_datas/query"
    QUrlQuery query;
};

using ChartContext = SiteScope; // whose data: the query prefix of the site

// What a chart's data says about its axes and notice: fixed value ranges in raw units (the
// battery's energy axis from 0 to its capacity) and a message ("No curtailment").
struct ChartLook
{
    std::optional<std::pair<double, double>> left;
    std::optional<std::pair<double, double>> right;
    QString message;
};

struct ChartDefinition
{
    QString id; // object name and cache key, e.g. "power/site"
    std::function<QString()> title; // translated when asked
    std::function<ChartRequest(const TimeRange &, const ChartContext &)> request;
    // A second query whose tables join the first's before series() (the grid meter's export
    // beside the domain's energies); unset for most charts.
    std::function<ChartRequest(const TimeRange &, const ChartContext &)> extraRequest;
    std::function<QList<ChartSeries>(const QueryResult &, const TimeRange &)> series;
    std::function<ChartLook(const QueryResult &)> look; // unset: automatic axes, no message
    int minimumHeight = 260; // px; more for a chart of many series and a legend of several rows
};

// The charts of each page (docs/product.md "Charts").
namespace ChartCatalog {

QList<ChartDefinition> power();
// The Overview's curve of today's power: the Power chart's balance since local midnight.
ChartDefinition todayPower();
QList<ChartDefinition> battery();
QList<ChartDefinition> solar();
QList<ChartDefinition> energy();
QList<ChartDefinition> meters();
// The readings of one device: its main fields by output.
QList<ChartDefinition> device(const QString &deviceName, const QString &output);

} // namespace ChartCatalog
