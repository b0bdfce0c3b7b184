// The energy balance on a TimeChart: sources and sinks in the hover read-out, stacked ± bars,
// and series that are zero throughout kept out of the legend with a note.
#include "gui/timechart/TimeChart.h"

#include <QValueAxis>
#include <QtTest>

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;
// 2024-07-02T16:00:00Z, midnight of 2024-07-03 in Taipei.
constexpr qint64 kTaipeiMidnight = 1'719'936'000'000;

ChartSeries daily(const QString &name, QList<double> values, ChartSeries::Flow flow)
{
    ChartSeries s;
    s.name = name;
    s.unit = QStringLiteral("kWh");
    s.kind = ChartSeries::Kind::Bar;
    s.window = Duration(1, Duration::Unit::Day);
    s.flow = flow;
    s.stacked = true;
    for (qsizetype i = 0; i < values.size(); ++i)
        s.data.append(kTaipeiMidnight + i * kDay, values.at(i));
    return s;
}

ChartSeries hourly(const QString &name, double value, ChartSeries::Flow flow = ChartSeries::Flow::None)
{
    ChartSeries s;
    s.name = name;
    s.unit = QStringLiteral("W");
    s.flow = flow;
    for (qint64 h = 0; h <= 24; ++h)
        s.data.append(kTaipeiMidnight + h * kHour, value);
    return s;
}

QValueAxis *leftAxis(TimeChart &chart)
{
    const QList<QAbstractAxis *> axes = chart.chart()->axes(Qt::Vertical);
    for (QAbstractAxis *a : axes) {
        if (a->alignment() == Qt::AlignLeft)
            return qobject_cast<QValueAxis *>(a);
    }
    return nullptr;
}

} // namespace

class tst_ChartBalance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TimeChart> m_chart;

    void show(const QList<ChartSeries> &series)
    {
        m_chart = std::make_unique<TimeChart>();
        m_chart->setTimeZone(QTimeZone("Asia/Taipei"));
        m_chart->resize(900, 450);
        m_chart->setSeries(series);
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
        m_chart->updateNow();
    }

private slots:
    void cleanup() { m_chart.reset(); }

    void stackedBarsPutSourcesAboveAndSinksBelowZero()
    {
        // Solar 10 + import 5 in, load 15 out: side by side the axis would end at 10 and 0.
        show({daily(QStringLiteral("Solar"), {10, 12}, ChartSeries::Flow::Source),
              daily(QStringLiteral("Grid import"), {5, 2}, ChartSeries::Flow::Source),
              daily(QStringLiteral("Load"), {15, 14}, ChartSeries::Flow::Sink)});
        QValueAxis *axis = leftAxis(*m_chart);
        QVERIFY(axis);
        QVERIFY2(axis->max() >= 15, qPrintable(QString::number(axis->max())));
        QVERIFY2(axis->min() <= -15, qPrintable(QString::number(axis->min())));
        QVERIFY2(axis->max() <= 20 && axis->min() >= -20, qPrintable(QStringLiteral("%1 %2").arg(axis->min()).arg(axis->max())));
        m_chart->grab().save(QStringLiteral("/tmp/tst_ChartBalance_stacked.png"));
    }

    void theReadoutSaysWhatComesInAndWhatGoesOut()
    {
        show({hourly(QStringLiteral("Solar"), 8'000, ChartSeries::Flow::Source),
              hourly(QStringLiteral("Grid import"), 4'000, ChartSeries::Flow::Source),
              hourly(QStringLiteral("Load"), 9'000, ChartSeries::Flow::Sink),
              hourly(QStringLiteral("Battery charge"), 3'000, ChartSeries::Flow::Sink)});
        const QString text = m_chart->readoutText(kTaipeiMidnight + 12 * kHour);
        QVERIFY2(text.contains(QStringLiteral("In 12.0 kW = out 12.0 kW")), qPrintable(text));
        // A series hidden by the operator leaves the balance, which then says it does not add up.
        m_chart->setSeriesVisible(3, false);
        const QString partial = m_chart->readoutText(kTaipeiMidnight + 12 * kHour);
        QVERIFY2(partial.contains(QStringLiteral("In 12.0 kW, out 9.0 kW")), qPrintable(partial));
    }

    void aSeriesThatIsZeroThroughoutHasNoLegendEntry()
    {
        show({hourly(QStringLiteral("Solar"), 8'000), hourly(QStringLiteral("Generator"), 0),
              hourly(QStringLiteral("Load"), 9'000)});
        QVERIFY(!m_chart->legendEntryRect(0).isEmpty());
        QVERIFY(m_chart->legendEntryRect(1).isEmpty());
        QVERIFY(!m_chart->legendEntryRect(2).isEmpty());
        QVERIFY2(m_chart->legendNote().contains(QStringLiteral("Generator")), qPrintable(m_chart->legendNote()));
        QVERIFY(!m_chart->readoutText(kTaipeiMidnight + 12 * kHour).contains(QStringLiteral("Generator")));
        // Once it has something to show, it is back.
        QList<ChartSeries> series = m_chart->series();
        series[1] = hourly(QStringLiteral("Generator"), 500);
        m_chart->setSeries(series);
        m_chart->updateNow();
        QVERIFY(!m_chart->legendEntryRect(1).isEmpty());
        QVERIFY(m_chart->legendNote().isEmpty());
    }
};

QTEST_MAIN(tst_ChartBalance)
#include "tst_ChartBalance.moc"
