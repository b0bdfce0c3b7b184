#include "gui/timechart/ReportWriter.h"

#include "gui/timechart/TimeChart.h"
#include "gui/timechart/ZonedTimeFormat.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

constexpr int kDpi = 96;
constexpr qreal kMargin = 40; // px at 96 dpi, about 1 cm

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

ExportResult ReportWriter::write(const QString &path, const Header &header, const QList<TimeChart *> &charts)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath, file.errorString()));

    const QString title = header.title.isEmpty() ? tr("AEGIS Console report") : header.title;
    QPdfWriter pdf(&file);
    pdf.setResolution(kDpi);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("AEGIS Console"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        file.cancelWriting();
        return ExportResult::failure(tr("Cannot write %1: the PDF could not be started.").arg(nativePath));
    }

    const ZonedTimeFormat zone(header.zone);
    const QRectF page(kMargin, kMargin, pdf.width() - 2 * kMargin, pdf.height() - 2 * kMargin);
    const QFont base = QFont();
    const QFont titleFont = scaledFont(base, 1.8, true);
    const QFont headingFont = scaledFont(base, 1.25, true);
    const QFont footerFont = scaledFont(base, 0.85, false);
    const int pages = std::max<int>(1, int(charts.size()));

    qreal top = page.top();
    // Title block on the first page.
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    painter.drawText(QRectF(page.left(), top, page.width(), QFontMetricsF(titleFont).height()), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    top += QFontMetricsF(titleFont).height() + 6;
    const QStringList facts{
        tr("Site: %1").arg(header.site),
        tr("Range: %1 – %2").arg(zone.dateTimeMinutes(header.range.fromMs), zone.dateTimeMinutes(header.range.toMs)),
        tr("Time zone: %1").arg(zone.zoneWithOffsets(header.range.fromMs, header.range.toMs)),
        tr("Generated: %1").arg(zone.dateTimeMinutes(header.generatedMs)),
    };
    painter.setFont(base);
    const qreal lineHeight = QFontMetricsF(base).height();
    for (const QString &fact : facts) {
        painter.drawText(QRectF(page.left(), top, page.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, fact);
        top += lineHeight;
    }
    top += 10;

    for (int i = 0; i < charts.size(); ++i) {
        if (i > 0) {
            pdf.newPage();
            top = page.top();
        }
        TimeChart *chart = charts.at(i);
        const QString heading = chart->title().isEmpty() ? tr("Chart %1").arg(i + 1) : chart->title();
        painter.setPen(Qt::black);
        painter.setFont(headingFont);
        const qreal headingHeight = QFontMetricsF(headingFont).height();
        painter.drawText(QRectF(page.left(), top, page.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter, heading);
        top += headingHeight + 6;
        const qreal footerHeight = QFontMetricsF(footerFont).height() + 6;
        ChartExporter::render(*chart, &painter, QRectF(page.left(), top, page.width(), page.bottom() - footerHeight - top));
        painter.setPen(Qt::darkGray);
        painter.setFont(footerFont);
        painter.drawText(QRectF(page.left(), page.bottom() - footerHeight, page.width(), footerHeight),
                         Qt::AlignRight | Qt::AlignBottom, tr("%1 – page %2 of %3").arg(header.site).arg(i + 1).arg(pages));
    }
    painter.end();
    if (!file.commit())
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath, file.errorString()));
    return ExportResult::success();
}
