#pragma once

#include "gui/timechart/ChartExporter.h"
#include "gui/timechart/TimeZoom.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

class TimeChart;

// One PDF of every chart of the current range (docs/product.md "Export"): A4 landscape, a title
// block (site, range, zone, when it was made) on the first page, then one chart per page with
// its title, drawn as vectors.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    struct Header
    {
        QString title; // "Building K – power report"; a default when empty
        QString site; // "K館"
        TimeInterval range; // what the charts show
        QTimeZone zone;
        qint64 generatedMs = 0; // from the app's Clock, so tests can fix it
    };

    static ExportResult write(const QString &path, const Header &header, const QList<TimeChart *> &charts);
};
