#include "gui/timechart/ChartExporter.h"

#include "core/CsvWriter.h"
#include "gui/common/Units.h"
#include "gui/timechart/TimeChart.h"
#include "gui/timechart/TimeSeriesTableModel.h"
#include "gui/timechart/ZonedTimeFormat.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"csv")
        return Format::Csv;
    return std::nullopt;
}

ExportResult ChartExporter::save(TimeChart &chart, const QString &path)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format)
        return ExportResult::failure(tr("Cannot export to %1: use a .png, .svg, .pdf or .csv file name.").arg(nativePath(path)));
    switch (*format) {
    case Format::Png:
        return savePng(chart, path);
    case Format::Svg:
        return saveSvg(chart, path);
    case Format::Pdf:
        return savePdf(chart, path);
    case Format::Csv:
        break;
    }
    return saveCsv(*chart.model(), path);
}

void ChartExporter::render(TimeChart &chart, QPainter *painter, const QRectF &target)
{
    chart.renderTo(painter, target);
}

QImage ChartExporter::renderImage(TimeChart &chart, qreal scale)
{
    chart.updateNow(); // a never-shown chart gets its size first
    QImage image((QSizeF(chart.size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(chart.palette().color(QPalette::Base));
    QPainter painter(&image);
    render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(chart.size())));
    painter.end();
    return image;
}

ExportResult ChartExporter::savePng(TimeChart &chart, const QString &path, qreal scale)
{
    const QImage image = renderImage(chart, scale);
    if (image.isNull())
        return ExportResult::failure(tr("Cannot export %1: the chart has no size.").arg(nativePath(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    }
    if (!file.commit())
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    return ExportResult::success();
}

ExportResult ChartExporter::saveSvg(TimeChart &chart, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    chart.updateNow();
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(chart.size());
    svg.setViewBox(QRect(QPoint(0, 0), chart.size()));
    svg.setTitle(chart.title());
    svg.setDescription(tr("Exported from AEGIS Console"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        file.cancelWriting();
        return ExportResult::failure(tr("Cannot write %1: the SVG could not be started.").arg(nativePath(path)));
    }
    render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(chart.size())));
    painter.end();
    if (!file.commit())
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    return ExportResult::success();
}

ExportResult ChartExporter::savePdf(TimeChart &chart, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    chart.updateNow();
    // One page the chart's shape, at the screen's 96 dpi, so it prints as large as it looks.
    constexpr int kDpi = 96;
    const QSizeF points = QSizeF(chart.size()) * 72.0 / kDpi;
    QPdfWriter pdf(&file);
    pdf.setResolution(kDpi);
    pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(chart.title());
    pdf.setCreator(QStringLiteral("AEGIS Console"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        file.cancelWriting();
        return ExportResult::failure(tr("Cannot write %1: the PDF could not be started.").arg(nativePath(path)));
    }
    render(chart, &painter, QRectF(0, 0, pdf.width(), pdf.height()));
    painter.end();
    if (!file.commit())
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    return ExportResult::success();
}

QByteArray ChartExporter::csv(const TimeSeriesTableModel &model)
{
    const int rows = model.rowCount();
    const int seriesCount = model.columnCount() - 1;
    const ZonedTimeFormat zone(model.timeZone());
    const qint64 first = rows > 0 ? model.timeAt(0) : 0;
    const qint64 last = rows > 0 ? model.timeAt(rows - 1) : 0;
    const bool withOffset = rows > 0 && zone.offsetChangesWithin(first, last);
    bool withMs = false;
    for (int r = 0; r < rows && !withMs; ++r)
        withMs = model.timeAt(r) % 1000 != 0;

    CsvWriter out(CsvWriter::Style::Spreadsheet);
    out.reserve(qsizetype(rows) * (24 + 12 * seriesCount) + 256);
    out.text(tr("Time (%1)").arg(zone.zoneWithOffsets(first, last)));
    QList<int> decimals;
    for (int s = 0; s < seriesCount; ++s) {
        out.text(model.headerData(s + 1, Qt::Horizontal).toString());
        decimals.append(Units::exportDecimals(model.series().at(s).unit));
    }
    out.endRow();
    for (int r = 0; r < rows; ++r) {
        const qint64 t = model.timeAt(r);
        QString time = zone.dateTimeSeconds(t, withMs);
        if (withOffset)
            time += ZonedTimeFormat::offsetText(zone.offsetSeconds(t));
        out.text(time);
        for (int s = 0; s < seriesCount; ++s)
            out.number(model.valueAt(r, s), decimals.at(s)); // a null is an empty cell
        out.endRow();
    }
    return out.take();
}

ExportResult ChartExporter::saveCsv(const TimeSeriesTableModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    const QByteArray bytes = csv(model);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    }
    if (!file.commit())
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    return ExportResult::success();
}
