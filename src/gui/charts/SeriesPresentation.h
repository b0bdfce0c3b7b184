#pragma once

#include "gui/timechart/ChartSeries.h"

#include <QList>
#include <QTimeZone>

// A chart's series as the operator reads them, charts, tables and CSV alike: powers in kW (W
// fields converted here, where the series are made, so no view mixes W and kW), and a first
// point that a query's range cut short labelled with the start of its bucket, like every other
// point, not with the range's odd start time (docs/product.md "Charts").
namespace SeriesPresentation {

QList<ChartSeries> forOperator(QList<ChartSeries> series, const QTimeZone &zone);
// The time of a series' first point on its bucket: a bar's window in `zone`, else the spacing
// of the points that follow. Unchanged when it already is or there is too little to tell.
TimeSeries alignFirstPoint(const TimeSeries &data, const Duration &window, const QTimeZone &zone);

} // namespace SeriesPresentation
