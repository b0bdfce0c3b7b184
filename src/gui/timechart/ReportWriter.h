#pragma once

#include "gui/timechart/ChartExporter.h"
#include "gui/timechart/ChartSeries.h"
#include "gui/timechart/TimeZoom.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QTimeZone>
#include <memory>

class QPainter;
class TimeChart;

// One chart of a report: its data, never a widget, so its page shows it whatever the screen does.
struct ReportChart
{
    QString title;
    QList<ChartSeries> series;
    QString message; // instead of "No data" (no data in the range, a failed query)
    // Fixed value ranges as the chart page has them (the battery's energy axis 0–capacity);
    // unset: from the data.
    std::optional<std::pair<double, double>> left;
    std::optional<std::pair<double, double>> right;
};

// One row of the first page's table of totals: "Solar", "1,234.5 kWh", "PR 82 %".
struct ReportFigure
{
    QString label;
    QString value;
    QString note;
};

// The PDF report (docs/product.md "The report"): A4 landscape; the first page names the site,
// the period and the zone and holds the table of totals; then two charts a page. Every page has
// a header (site, period) and a footer (page n / N). Each chart is laid out off-screen at the
// size of its place on the page, over the report's range, and drawn as vectors. Text uses the
// Traditional Chinese CJK font in every language (reportFont()).
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    struct Header
    {
        QString title; // "K館 energy report"; a default when empty
        QString site; // "K館"
        TimeInterval range; // the report's period: every chart shows exactly this
        QTimeZone zone;
        qint64 generatedMs = 0; // from the app's Clock, so tests can fix it
    };

    static ExportResult write(const QString &path, const Header &header, const QList<ReportFigure> &totals,
                              const QList<ReportChart> &charts);
    // The charts' data as they hold it now; the on-screen zoom and size play no part.
    static ExportResult write(const QString &path, const Header &header, const QList<TimeChart *> &charts);

    static ReportChart chartOf(const TimeChart &chart);
    // The size of one chart's place on a page, at the report's 96 dpi.
    static QSizeF chartPlaceSize();
    // A chart that is never shown, laid out at `size` over header.range (tests look at it).
    static std::unique_ptr<TimeChart> layOutChart(const ReportChart &chart, const Header &header, const QSizeF &size);
    static void renderChart(const ReportChart &chart, const Header &header, QPainter *painter, const QRectF &target);
    // Noto Sans CJK TC by name: fontconfig's fallback for 館 in an English locale is the Japanese form.
    static QFont reportFont(qreal pointSize = 9);
    // "2026-11-07 – 2026-12-06" for whole days, else with the times.
    static QString periodText(const Header &header);
};
