#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <optional>

class QPainter;
class TimeChart;
class TimeSeriesTableModel;

// The outcome of writing a file: errors are values, with a message for the operator.
struct ExportResult
{
    bool ok = true;
    QString error;

    static ExportResult success() { return {}; }
    static ExportResult failure(QString error) { return {false, std::move(error)}; }
    explicit operator bool() const { return ok; }
};

// Exports one chart (docs/product.md "Export"): PNG at twice the widget's pixel size, SVG and PDF as
// vectors, and the chart's data as CSV. Files are written through QSaveFile, so a failed export
// never leaves a half-written file behind.
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format { Png, Svg, Pdf, Csv };

    // By the file's suffix (.png, .svg, .pdf, .csv); empty for anything else.
    static std::optional<Format> formatForPath(const QString &path);
    static ExportResult save(TimeChart &chart, const QString &path);

    static ExportResult savePng(TimeChart &chart, const QString &path, qreal scale = 2);
    static ExportResult saveSvg(TimeChart &chart, const QString &path);
    static ExportResult savePdf(TimeChart &chart, const QString &path);
    static ExportResult saveCsv(const TimeSeriesTableModel &model, const QString &path);

    // The chart as pixels: scale × its size, with that device pixel ratio (sharp text).
    static QImage renderImage(TimeChart &chart, qreal scale = 2);
    // Draws the chart, without the hover read-out, scaled to fit `target` (TimeChart::renderTo).
    static void render(TimeChart &chart, QPainter *painter, const QRectF &target);
    // CsvWriter's spreadsheet style (UTF-8 with a byte-order mark, CRLF), a header naming the
    // zone and units, times as wall-clock text in the zone (with the offset when it changes
    // within the data), values as NumberText writes them, empty fields for nulls.
    static QByteArray csv(const TimeSeriesTableModel &model);
};
