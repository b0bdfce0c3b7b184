#include "gui/timechart/ReportWriter.h"

#include "gui/timechart/TimeChart.h"
#include "gui/timechart/ZonedTimeFormat.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <cmath>

namespace {

constexpr int kDpi = 96;
constexpr qreal kMargin = 40; // px at 96 dpi, about 1 cm
constexpr qreal kBandHeight = 22; // the header and footer bands
constexpr qreal kGap = 12;
constexpr int kChartsPerPage = 2;
constexpr qint64 kDayMs = 86'400'000;

QRectF pageRect()
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF());
    return QRectF(layout.fullRectPixels(kDpi));
}

// Between the header and footer bands of a page.
QRectF bodyRect()
{
    const QRectF page = pageRect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    return page.adjusted(0, kBandHeight + kGap, 0, -(kBandHeight + kGap));
}

QRectF chartPlace(int slot)
{
    const QRectF body = bodyRect();
    const qreal height = std::floor((body.height() - kGap * (kChartsPerPage - 1)) / kChartsPerPage); // whole pixels
    return QRectF(body.left(), body.top() + slot * (height + kGap), body.width(), height);
}

// A report is printed: dark text on white, whatever the desktop's theme.
QPalette paperPalette()
{
    QPalette p;
    for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window, QPalette::AlternateBase})
        p.setColor(role, Qt::white);
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText})
        p.setColor(role, Qt::black);
    return p;
}

QFont withBold(QFont font)
{
    font.setBold(true);
    return font;
}

void drawBands(QPainter &painter, const ReportWriter::Header &header, const QString &title, int page, int pages)
{
    const QRectF area = pageRect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFont font = ReportWriter::reportFont(8.5);
    painter.setFont(font);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    const QRectF top(area.left(), area.top(), area.width(), kBandHeight);
    painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                     ReportWriter::tr("%1 · %2").arg(header.site, ReportWriter::periodText(header)));
    painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, title);
    painter.drawLine(top.bottomLeft(), top.bottomRight());
    const QRectF bottom(area.left(), area.bottom() - kBandHeight, area.width(), kBandHeight);
    painter.drawLine(bottom.topLeft(), bottom.topRight());
    const ZonedTimeFormat zone(header.zone);
    painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                     ReportWriter::tr("Generated %1 (%2)").arg(zone.dateTimeMinutes(header.generatedMs), zone.zoneName()));
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, ReportWriter::tr("Page %1 / %2").arg(page).arg(pages));
}

// The first page: what the report covers, then the totals as a table.
void drawFirstPage(QPainter &painter, const ReportWriter::Header &header, const QString &title, const QList<ReportFigure> &totals)
{
    const QRectF body = bodyRect();
    qreal top = body.top();
    const QFont titleFont = withBold(ReportWriter::reportFont(18));
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    const qreal titleHeight = QFontMetricsF(titleFont).height();
    painter.drawText(QRectF(body.left(), top, body.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    top += titleHeight + kGap;

    const ZonedTimeFormat zone(header.zone);
    const QFont text = ReportWriter::reportFont(10.5);
    const QFont bold = withBold(text);
    const qreal line = QFontMetricsF(text).height() * 1.35;
    const QList<std::pair<QString, QString>> facts{
        {ReportWriter::tr("Site"), header.site},
        {ReportWriter::tr("Period"),
         ReportWriter::tr("%1 – %2").arg(zone.dateTimeMinutes(header.range.fromMs), zone.dateTimeMinutes(header.range.toMs))},
        {ReportWriter::tr("Time zone"), zone.zoneWithOffsets(header.range.fromMs, header.range.toMs)},
        {ReportWriter::tr("Generated"), zone.dateTimeMinutes(header.generatedMs)},
    };
    const qreal labelWidth = body.width() * 0.22;
    for (const auto &[label, value] : facts) {
        painter.setFont(bold);
        painter.drawText(QRectF(body.left(), top, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.setFont(text);
        painter.drawText(QRectF(body.left() + labelWidth, top, body.width() - labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                         value);
        top += line;
    }
    if (totals.isEmpty())
        return;

    top += kGap * 2;
    const QFont headingFont = withBold(ReportWriter::reportFont(13));
    painter.setFont(headingFont);
    const qreal headingHeight = QFontMetricsF(headingFont).height() * 1.3;
    painter.drawText(QRectF(body.left(), top, body.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     ReportWriter::tr("Totals of the period"));
    top += headingHeight;
    // Label | value (right-aligned, so digits line up) | note.
    const qreal valueRight = body.left() + body.width() * 0.52;
    const qreal noteLeft = valueRight + 24;
    const qreal row = line * 1.1;
    for (int i = 0; i < totals.size(); ++i) {
        const ReportFigure &figure = totals.at(i);
        const QRectF band(body.left(), top, body.width(), row);
        if (i % 2 == 0)
            painter.fillRect(band, QColor(0xf0, 0xf2, 0xf5));
        painter.setPen(Qt::black);
        painter.setFont(text);
        painter.drawText(band.adjusted(8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, figure.label);
        painter.setFont(bold);
        painter.drawText(QRectF(body.left(), top, valueRight - body.left(), row), Qt::AlignRight | Qt::AlignVCenter,
                         figure.value);
        painter.setFont(text);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawText(QRectF(noteLeft, top, body.right() - noteLeft, row), Qt::AlignLeft | Qt::AlignVCenter, figure.note);
        top += row;
    }
}

} // namespace

QFont ReportWriter::reportFont(qreal pointSize)
{
    QFont font;
    // Latin letters and digits from a Latin font first: in a Latin run the CJK font shapes digits
    // into glyphs that a PDF reader cannot map back to text (copy, search).
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Noto Sans TC"),
                      QStringLiteral("Microsoft JhengHei"), QStringLiteral("PingFang TC")});
    font.setPointSizeF(pointSize);
    return font;
}

QString ReportWriter::periodText(const Header &header)
{
    const ZonedTimeFormat zone(header.zone);
    const auto atMidnight = [&zone](qint64 ms) { return zone.localMs(ms) % kDayMs == 0; };
    if (atMidnight(header.range.fromMs) && atMidnight(header.range.toMs) && header.range.toMs > header.range.fromMs) {
        // Whole days: the last day is the one that ends at `to`.
        const QString pattern = QStringLiteral("yyyy-MM-dd");
        return tr("%1 – %2").arg(zone.format(header.range.fromMs, pattern), zone.format(header.range.toMs - 1, pattern));
    }
    return tr("%1 – %2").arg(zone.dateTimeMinutes(header.range.fromMs), zone.dateTimeMinutes(header.range.toMs));
}

QSizeF ReportWriter::chartPlaceSize()
{
    return chartPlace(0).size();
}

ReportChart ReportWriter::chartOf(const TimeChart &chart)
{
    return ReportChart{chart.title(), chart.series(), {}};
}

std::unique_ptr<TimeChart> ReportWriter::layOutChart(const ReportChart &chart, const Header &header, const QSizeF &size)
{
    auto view = std::make_unique<TimeChart>();
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->setPalette(paperPalette());
    view->setFont(reportFont());
    view->setTimeZone(header.zone);
    view->setTitle(chart.title);
    view->resize(size.toSize());
    // The report's range, never a zoom: the view starts at its full range.
    view->setValueAxisRange(TimeChart::AxisSide::Left, chart.left ? chart.left->first : qQNaN(),
                            chart.left ? chart.left->second : qQNaN());
    view->setValueAxisRange(TimeChart::AxisSide::Right, chart.right ? chart.right->first : qQNaN(),
                            chart.right ? chart.right->second : qQNaN());
    view->setSeries(chart.series, header.range);
    view->setMessage(chart.message);
    view->updateNow();
    return view;
}

void ReportWriter::renderChart(const ReportChart &chart, const Header &header, QPainter *painter, const QRectF &target)
{
    layOutChart(chart, header, target.size())->renderTo(painter, target);
}

ExportResult ReportWriter::write(const QString &path, const Header &header, const QList<TimeChart *> &charts)
{
    QList<ReportChart> data;
    for (const TimeChart *chart : charts)
        data << chartOf(*chart);
    return write(path, header, {}, data);
}

ExportResult ReportWriter::write(const QString &path, const Header &header, const QList<ReportFigure> &totals,
                                 const QList<ReportChart> &charts)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath, file.errorString()));

    const QString title = header.title.isEmpty() ? tr("%1 report").arg(header.site) : header.title;
    QPdfWriter pdf(&file);
    pdf.setResolution(kDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    pdf.setTitle(tr("%1, %2").arg(title, periodText(header)));
    pdf.setCreator(QStringLiteral("AEGIS Console"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        file.cancelWriting();
        return ExportResult::failure(tr("Cannot write %1: the PDF could not be started.").arg(nativePath));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = 1 + int((charts.size() + kChartsPerPage - 1) / kChartsPerPage);
    drawBands(painter, header, title, 1, pages);
    drawFirstPage(painter, header, title, totals);
    for (int i = 0; i < charts.size(); ++i) {
        const int slot = i % kChartsPerPage;
        if (slot == 0) {
            pdf.newPage();
            drawBands(painter, header, title, 2 + i / kChartsPerPage, pages);
        }
        renderChart(charts.at(i), header, &painter, chartPlace(slot));
    }
    painter.end();
    if (!file.commit())
        return ExportResult::failure(tr("Cannot write %1: %2").arg(nativePath, file.errorString()));
    return ExportResult::success();
}
