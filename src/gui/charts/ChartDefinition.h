#pragma once

#include "client/QueryResult.h"
#include "client/SiteScope.h"
#include "gui/charts/TimeRange.h"
#include "gui/timechart/ChartSeries.h"

#include <QList>
#include <QString>
#include <QUrlQuery>
#include <functional>

// Where a chart's data comes from and how its series are made: one query per chart
// (docs/aegis-api.md §5–6), built for the range on show.
struct ChartRequest
{
    QString path; // "device_datas/query" or "domain_datas/query"
    QUrlQuery query;
};

using ChartContext = SiteScope; // whose data: the query prefix of the site

struct ChartDefinition
{
    QString id; // object name and cache key, e.g. "power/site"
    std::function<QString()> title; // translated when asked
    std::function<ChartRequest(const TimeRange &, const ChartContext &)> request;
    std::function<QList<ChartSeries>(const QueryResult &, const TimeRange &)> series;
};

// The charts of each page (docs/product.md "Charts").
namespace ChartCatalog {

QList<ChartDefinition> power();
QList<ChartDefinition> battery();
QList<ChartDefinition> solar();
QList<ChartDefinition> energy();
QList<ChartDefinition> meters();
// The readings of one device: its main fields by output.
QList<ChartDefinition> device(const QString &deviceName, const QString &output);

} // namespace ChartCatalog
