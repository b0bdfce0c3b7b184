#include "gui/timechart/ChartExporter.h"
#include "gui/timechart/ReportWriter.h"
#include "gui/timechart/TimeChart.h"
#include "gui/timechart/TimeSeriesTableModel.h"

#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <cmath>
#include <numbers>

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kTaipeiMidnight = 1'719'936'000'000; // 2024-07-03 00:00 in Taipei

ChartSeries series(const QString &name, const QString &unit, TimeSeries data)
{
    ChartSeries s;
    s.name = name;
    s.unit = unit;
    s.data = std::move(data);
    return s;
}

std::unique_ptr<TimeChart> makeChart(const QString &title, QSize size = QSize(640, 360))
{
    auto chart = std::make_unique<TimeChart>();
    chart->setTitle(title);
    chart->setTimeZone(QTimeZone("Asia/Taipei"));
    chart->resize(size);
    TimeSeries solar, load;
    for (qint64 i = 0; i < 24 * 60; i += 5) {
        solar.append(kTaipeiMidnight + i * kMinute,
                     i == 600 ? TimeSeries::null() : 1000.5 * std::max(0.0, std::sin((i / 60.0 - 6) / 12 * std::numbers::pi)));
        load.append(kTaipeiMidnight + i * kMinute, 700.25 + i % 7);
    }
    chart->setSeries({series(QStringLiteral("太陽能"), QStringLiteral("W"), solar),
                      series(QStringLiteral("Load, total"), QStringLiteral("W"), load)});
    return chart;
}

// Splits one CSV line (RFC 4180 quoting).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

} // namespace

class tst_ChartExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pngIsTwiceTheWidgetsSize()
    {
        const auto chart = makeChart(QStringLiteral("Power"), QSize(640, 360));
        const QString path = m_dir.filePath(QStringLiteral("power.png"));
        const ExportResult result = ChartExporter::savePng(*chart, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1280, 720));
        // Something was drawn: not a single flat colour.
        const QRgb corner = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7) {
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != corner;
        }
        QVERIFY(varied);

        // Also for a chart shown on screen with another size.
        chart->resize(500, 300);
        chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
        QVERIFY(ChartExporter::save(*chart, path).ok);
        QCOMPARE(QImage(path).size(), QSize(1000, 600));
    }

    void svgIsWellFormedAndRenders()
    {
        const auto chart = makeChart(QStringLiteral("Power"));
        const QString path = m_dir.filePath(QStringLiteral("power.svg"));
        const ExportResult result = ChartExporter::saveSvg(*chart, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QXmlStreamReader xml(svg);
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 20);
        QVERIFY(svg.contains("太陽能")); // text stays text
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
    }

    void pdfStartsWithItsMagic()
    {
        const auto chart = makeChart(QStringLiteral("Power"));
        const QString path = m_dir.filePath(QStringLiteral("power.pdf"));
        const ExportResult result = ChartExporter::savePdf(*chart, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 2000);
    }

    void csvRowsMatchTheModel()
    {
        const auto chart = makeChart(QStringLiteral("Power"));
        QLocale::setDefault(QLocale(QLocale::German)); // ',' decimals must not reach the file
        const QString path = m_dir.filePath(QStringLiteral("power.csv"));
        const ExportResult result = ChartExporter::save(*chart, path);
        QLocale::setDefault(QLocale::c());
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const TimeSeriesTableModel &model = *chart->model();
        QCOMPARE(lines.size(), model.rowCount() + 1);
        QCOMPARE(csvFields(lines.at(0)),
                 (QStringList{QStringLiteral("Time (Asia/Taipei, UTC+08:00)"), QStringLiteral("太陽能 (W)"),
                              QStringLiteral("Load, total (W)")}));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QStringList fields = csvFields(lines.at(row + 1));
            QCOMPARE(fields.size(), model.columnCount());
            const QDateTime wallClock = QDateTime::fromString(fields.at(0), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            const QDateTime inTaipei(wallClock.date(), wallClock.time(), QTimeZone("Asia/Taipei"));
            QCOMPARE(inTaipei.toMSecsSinceEpoch(),
                     model.data(model.index(row, 0), TimeSeriesTableModel::RawValueRole).toLongLong());
            for (int column = 1; column < model.columnCount(); ++column) {
                const QVariant raw = model.data(model.index(row, column), TimeSeriesTableModel::RawValueRole);
                if (!raw.isValid()) {
                    QCOMPARE(fields.at(column), QString());
                    continue;
                }
                bool ok = false;
                QCOMPARE(fields.at(column).toDouble(&ok), raw.toDouble()); // C locale: '.' decimals
                QVERIFY(ok);
            }
        }
    }

    void csvCarriesTheOffsetAcrossDaylightSavingTime()
    {
        TimeSeriesTableModel model;
        model.setTimeZone(QTimeZone("Europe/Berlin"));
        const qint64 change = 1'711'846'800'000; // 2024-03-31 01:00Z, 02:00 → 03:00 in Berlin
        model.setSeries(
            {series(QStringLiteral("Load"), QStringLiteral("W"), TimeSeries({change - 3'600'000, change}, {1.5, 1e6}))});
        const QStringList lines =
            QString::fromUtf8(ChartExporter::csv(model).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), QStringLiteral("\"Time (Europe/Berlin, UTC+01:00/+02:00)\",Load (W)")); // quoted: it holds a comma
        QCOMPARE(lines.at(1), QStringLiteral("2024-03-31 01:00:00+01:00,1.5"));
        QCOMPARE(lines.at(2), QStringLiteral("2024-03-31 03:00:00+02:00,1000000"));
    }

    void csvKeepsFormulaLikeNamesAsTextAndNegativeValuesAsNumbers()
    {
        TimeSeriesTableModel model;
        model.setTimeZone(QTimeZone("Asia/Taipei"));
        model.setSeries({series(QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("W"), TimeSeries({kTaipeiMidnight}, {-2}))});
        const QByteArray csv = ChartExporter::csv(model);
        QCOMPARE(
            csv,
            QByteArray(
                "\xEF\xBB\xBF\"Time (Asia/Taipei, UTC+08:00)\",\"'=HYPERLINK(\"\"x\"\") (W)\"\r\n2024-07-03 00:00:00,-2\r\n"));
    }

    void unwritablePathsAreErrorsNotCrashes()
    {
        const auto chart = makeChart(QStringLiteral("Power"));
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/chart"));
        for (const QString &suffix :
             {QStringLiteral(".png"), QStringLiteral(".svg"), QStringLiteral(".pdf"), QStringLiteral(".csv")}) {
            const ExportResult result = ChartExporter::save(*chart, path + suffix);
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(QStringLiteral("chart") + suffix), qPrintable(result.error));
            QVERIFY(!QFile::exists(path + suffix));
        }
        QVERIFY(!ChartExporter::save(*chart, m_dir.filePath(QStringLiteral("chart.bmp"))).ok);
        QVERIFY(!ReportWriter::write(path + QStringLiteral(".pdf"), {}, {chart.get()}).ok);
    }

    void reportHoldsEveryChart()
    {
        auto power = makeChart(QStringLiteral("Power"));
        auto soc = makeChart(QStringLiteral("SOC"), QSize(900, 300));
        auto energy = makeChart(QStringLiteral("功率"), QSize(400, 400));
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        ReportWriter::Header header;
        header.site = QStringLiteral("K館");
        header.range = {kTaipeiMidnight, kTaipeiMidnight + 24 * 60 * kMinute};
        header.zone = QTimeZone("Asia/Taipei");
        header.generatedMs = kTaipeiMidnight + 30 * 60 * kMinute;
        const ExportResult result = ReportWriter::write(path, header, {power.get(), soc.get(), energy.get()});
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
        QCOMPARE(QString::fromLatin1(pdf).count(page), 3);
    }
};

QTEST_MAIN(tst_ChartExporter)
#include "tst_ChartExporter.moc"
