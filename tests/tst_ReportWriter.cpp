// The PDF report's pages (docs/product.md "The report"): every chart is laid out off-screen at the
// size of its place on the page, whatever its on-screen state, over the report's range (never
// the on-screen zoom); two charts per landscape page after the first page of totals; the site
// and period on every page; Traditional Chinese glyphs in both languages.
#include "gui/timechart/ReportWriter.h"
#include "gui/timechart/TimeChart.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr qint64 kStart = 1'779'897'600'000; // 2026-05-28 00:00 in Asia/Taipei

ChartSeries powerSeries(const QString &name, qint64 from, qint64 to, qint64 step)
{
    ChartSeries s;
    s.name = name;
    s.unit = QStringLiteral("W");
    QList<qint64> times;
    QList<double> values;
    for (qint64 t = from; t < to; t += step) {
        times << t;
        values << 5000 + 4000 * std::sin(double(t - from) / double(kDay) * 6.283);
    }
    s.data = TimeSeries(times, values);
    return s;
}

ReportWriter::Header header30Days()
{
    ReportWriter::Header h;
    h.site = QStringLiteral("K館");
    h.range = {kStart, kStart + 30 * kDay};
    h.zone = QTimeZone("Asia/Taipei");
    h.generatedMs = kStart + 30 * kDay + 5 * kMinute;
    return h;
}

ReportChart chartOver30Days(const QString &title)
{
    ReportChart c;
    c.title = title;
    c.series = {powerSeries(QStringLiteral("Solar"), kStart, kStart + 30 * kDay, 2 * 60 * kMinute),
                powerSeries(QStringLiteral("Load"), kStart, kStart + 30 * kDay, 2 * 60 * kMinute)};
    return c;
}

// The smallest rectangle holding every pixel that differs from white.
QRect inkExtent(const QImage &image)
{
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((line[x] & 0xffffff) == 0xffffff)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

QString runTool(const QString &tool, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty())
        return {};
    QProcess p;
    p.start(path, arguments);
    if (!p.waitForFinished(30'000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class tst_ReportWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void aNeverShownChartFillsItsPlaceOnThePage()
    {
        const QSizeF place = ReportWriter::chartPlaceSize();
        QVERIFY(place.width() > 900 && place.height() > 250); // A4 landscape, two charts a page
        // The on-screen chart was never shown (a tab never opened): its widget is tiny.
        TimeChart onScreen;
        onScreen.resize(120, 60);
        onScreen.setTitle(QStringLiteral("Site power"));
        onScreen.setTimeZone(QTimeZone("Asia/Taipei"));
        onScreen.setSeries(chartOver30Days(QString()).series, TimeInterval{kStart, kStart + 30 * kDay});
        QVERIFY(!onScreen.isVisible());

        const auto laidOut = ReportWriter::layOutChart(ReportWriter::chartOf(onScreen), header30Days(), place);
        QVERIFY(!laidOut->isVisible());
        QCOMPARE(QSizeF(laidOut->size()), place);
        const QRectF plot = laidOut->plotAreaRect();
        QVERIFY2(plot.width() > 0.85 * place.width(), qPrintable(QStringLiteral("plot %1 wide").arg(plot.width())));
        QVERIFY2(plot.height() > 0.55 * place.height(), qPrintable(QStringLiteral("plot %1 high").arg(plot.height())));

        // Drawn on a page-sized image, the ink reaches across the place and down to its axis.
        QImage page(place.toSize(), QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        ReportWriter::renderChart(ReportWriter::chartOf(onScreen), header30Days(), &painter, QRectF(QPointF(0, 0), place));
        painter.end();
        const QRect ink = inkExtent(page);
        QVERIFY2(ink.width() > 0.9 * place.width(), qPrintable(QStringLiteral("ink %1 wide").arg(ink.width())));
        QVERIFY2(ink.height() > 0.8 * place.height(), qPrintable(QStringLiteral("ink %1 high").arg(ink.height())));
    }

    void theChartShowsTheReportRangeNotTheZoom()
    {
        TimeChart onScreen;
        onScreen.resize(900, 400);
        onScreen.setSeries(chartOver30Days(QString()).series, TimeInterval{kStart, kStart + 30 * kDay});
        onScreen.setVisibleRange({kStart + 3 * kDay, kStart + 4 * kDay}); // the operator zoomed to one day
        QVERIFY(onScreen.isZoomed());
        const ReportWriter::Header header = header30Days();
        const auto laidOut = ReportWriter::layOutChart(ReportWriter::chartOf(onScreen), header, ReportWriter::chartPlaceSize());
        QCOMPARE(laidOut->visibleRange().fromMs, header.range.fromMs);
        QCOMPARE(laidOut->visibleRange().toMs, header.range.toMs);
        QVERIFY(!laidOut->isZoomed());
    }

    void aChartWithoutDataSaysSo()
    {
        ReportChart empty;
        empty.title = QStringLiteral("Curtailment");
        empty.message = QStringLiteral("No data in this range.");
        const auto laidOut = ReportWriter::layOutChart(empty, header30Days(), ReportWriter::chartPlaceSize());
        QVERIFY2(laidOut->noticeText().contains(QStringLiteral("No data")), qPrintable(laidOut->noticeText()));
    }

    void totalsComeFirstThenTwoChartsAPage()
    {
        QList<ReportChart> charts;
        for (int i = 0; i < 5; ++i)
            charts << chartOver30Days(QStringLiteral("Chart %1").arg(i + 1));
        const QList<ReportFigure> totals{
            {QStringLiteral("Solar"), QStringLiteral("1,234.5 kWh"), {}},
            {QStringLiteral("Peak 15-minute import"), QStringLiteral("41.2 kW"), QStringLiteral("2026-06-03 18:15")}};
        const QString path = m_dir.filePath(QStringLiteral("five.pdf"));
        const ExportResult result = ReportWriter::write(path, header30Days(), totals, charts);
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
        QCOMPARE(QString::fromLatin1(file.readAll()).count(page), 1 + 3); // totals, then 2 + 2 + 1 charts

        const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), 4);
        for (int i = 0; i < pages.size(); ++i) {
            // Every page names the site and the period, and counts itself.
            QVERIFY2(pages.at(i).contains(QStringLiteral("K館")), qPrintable(pages.at(i)));
            QVERIFY2(pages.at(i).contains(QStringLiteral("2026-05-28")), qPrintable(pages.at(i)));
            QVERIFY2(pages.at(i).contains(QStringLiteral("%1 / 4").arg(i + 1)), qPrintable(pages.at(i)));
        }
        QVERIFY(pages.at(0).contains(QStringLiteral("Peak 15-minute import")));
        QVERIFY(pages.at(0).contains(QStringLiteral("41.2 kW")));
        QVERIFY(pages.at(1).contains(QStringLiteral("Chart 1")) && pages.at(1).contains(QStringLiteral("Chart 2")));
        QVERIFY(pages.at(3).contains(QStringLiteral("Chart 5")));
    }

    void theGlyphsAreTraditionalChinese()
    {
        const QString path = m_dir.filePath(QStringLiteral("glyphs.pdf"));
        QVERIFY(ReportWriter::write(path, header30Days(), {}, {chartOver30Days(QStringLiteral("功率"))}).ok);
        const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
        if (fonts.isEmpty())
            QSKIP("pdffonts (poppler-utils) is not installed");
        // 館 in the Japanese form is a different glyph: the report asks for the TC font by name.
        QVERIFY2(fonts.contains(QStringLiteral("CJKtc"), Qt::CaseInsensitive)
                     || fonts.contains(QStringLiteral("CJK TC"), Qt::CaseInsensitive),
                 qPrintable(fonts));
        QVERIFY2(!fonts.contains(QStringLiteral("CJKjp"), Qt::CaseInsensitive), qPrintable(fonts));
    }
};

QTEST_MAIN(tst_ReportWriter)
#include "tst_ReportWriter.moc"
