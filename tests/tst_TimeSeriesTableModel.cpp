#include "gui/timechart/TimeSeriesTableModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

namespace {

// 2024-07-03T00:00:00Z = 08:00 in Taipei.
constexpr qint64 kMidnightUtc = 1'719'964'800'000;
constexpr qint64 kMinute = 60'000;

ChartSeries series(const QString &name, const QString &unit, TimeSeries data)
{
    ChartSeries s;
    s.name = name;
    s.unit = unit;
    s.data = std::move(data);
    return s;
}

} // namespace

class tst_TimeSeriesTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester()
    {
        TimeSeriesTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(QTimeZone("Asia/Taipei"));
        model.setSeries({series(QStringLiteral("SolarPower"), QStringLiteral("W"),
                                TimeSeries({kMidnightUtc, kMidnightUtc + kMinute}, {1, 2}))});
        model.setSeries({series(QStringLiteral("SolarPower"), QStringLiteral("W"), TimeSeries({kMidnightUtc}, {1})),
                         series(QStringLiteral("BatSoC"), QStringLiteral("%"), TimeSeries({kMidnightUtc + kMinute}, {55.5}))});
        model.setLocale(QLocale(QLocale::German));
        model.setTimeZone(QTimeZone::utc());
        model.setSeries({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 1);
    }

    void rowsAreTheUnionOfTimes()
    {
        TimeSeriesTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const TimeSeries solar({kMidnightUtc, kMidnightUtc + kMinute, kMidnightUtc + 3 * kMinute},
                               {100, TimeSeries::null(), 300});
        const TimeSeries load({kMidnightUtc + kMinute, kMidnightUtc + 2 * kMinute}, {50, 60});
        model.setSeries({series(QStringLiteral("SolarPower"), QStringLiteral("W"), solar),
                         series(QStringLiteral("LoadPower"), QStringLiteral("W"), load)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.data(model.index(0, 0), TimeSeriesTableModel::RawValueRole).toLongLong(), kMidnightUtc);
        QCOMPARE(model.data(model.index(3, 0), TimeSeriesTableModel::RawValueRole).toLongLong(), kMidnightUtc + 3 * kMinute);
        QCOMPARE(model.data(model.index(0, 1), TimeSeriesTableModel::RawValueRole).toDouble(), 100.0);
        // Null, and absent (no point of that series at that time), are both invalid.
        QVERIFY(!model.data(model.index(1, 1), TimeSeriesTableModel::RawValueRole).isValid());
        QVERIFY(!model.data(model.index(0, 2), TimeSeriesTableModel::RawValueRole).isValid());
        QCOMPARE(model.data(model.index(1, 1)).toString(), QString());
        QCOMPARE(model.data(model.index(2, 2), TimeSeriesTableModel::RawValueRole).toDouble(), 60.0);
        QCOMPARE(model.rowAtOrBefore(kMidnightUtc + 2 * kMinute + 5), 2);
        QCOMPARE(model.rowAtOrBefore(kMidnightUtc - 1), -1);
    }

    void displayIsInTheZoneAndTheLocale()
    {
        TimeSeriesTableModel model;
        model.setTimeZone(QTimeZone("Asia/Taipei"));
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        model.setSeries(
            {series(QStringLiteral("SolarPower"), QStringLiteral("W"), TimeSeries({kMidnightUtc - 8 * 60 * kMinute}, {12345.6})),
             series(QStringLiteral("BatSoC"), QStringLiteral("%"), TimeSeries({kMidnightUtc - 8 * 60 * kMinute}, {55.26}))});
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("2024-07-03 00:00"));
        QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("12.346"));
        QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("55,3"));
        QCOMPARE(model.data(model.index(0, 0), Qt::ToolTipRole).toString(), QStringLiteral("2024-07-03T00:00:00+08:00"));
        model.setTimeZone(QTimeZone::utc());
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("2024-07-02 16:00"));
    }

    void secondsAreShownWhenTheDataHasThem()
    {
        TimeSeriesTableModel model;
        model.setTimeZone(QTimeZone::utc());
        model.setSeries(
            {series(QStringLiteral("Power"), QStringLiteral("W"), TimeSeries({kMidnightUtc, kMidnightUtc + 1000}, {1, 2}))});
        QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("2024-07-03 00:00:01"));
    }

    void headersNameUnitsAndZone()
    {
        TimeSeriesTableModel model;
        model.setTimeZone(QTimeZone("Asia/Taipei"));
        ChartSeries solar = series(QStringLiteral("SolarPower"), QStringLiteral("W"), TimeSeries({kMidnightUtc}, {1}));
        solar.color = Qt::red;
        model.setSeries({solar, series(QStringLiteral("Status"), QString(), TimeSeries({kMidnightUtc}, {1}))});
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Time (Asia/Taipei)"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("SolarPower (W)"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, TimeSeriesTableModel::RawValueRole).toString(), QStringLiteral("W"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DecorationRole).value<QColor>(), QColor(Qt::red));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Status"));
    }

    void rawRoleSortsNumerically()
    {
        TimeSeriesTableModel model;
        model.setSeries(
            {series(QStringLiteral("GridPower"), QStringLiteral("W"),
                    TimeSeries({kMidnightUtc, kMidnightUtc + kMinute, kMidnightUtc + 2 * kMinute}, {900, -1500, 10000}))});
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(TimeSeriesTableModel::RawValueRole);
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, 1), TimeSeriesTableModel::RawValueRole).toDouble(), -1500.0);
        QCOMPARE(proxy.data(proxy.index(2, 1), TimeSeriesTableModel::RawValueRole).toDouble(), 10000.0);
    }

    void aMillionAlignedRowsShareTheSeriesTimes()
    {
        TimeSeries a, b;
        a.reserve(1'000'000);
        b.reserve(1'000'000);
        for (qint64 i = 0; i < 1'000'000; ++i) {
            a.append(kMidnightUtc + i * 1000, double(i));
            b.append(kMidnightUtc + i * 1000, -double(i));
        }
        TimeSeriesTableModel model;
        QElapsedTimer timer;
        timer.start();
        model.setSeries(
            {series(QStringLiteral("A"), QStringLiteral("W"), a), series(QStringLiteral("B"), QStringLiteral("W"), b)});
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(model.rowCount(), 1'000'000);
        QCOMPARE(model.valueAt(999'999, 1), -999'999.0);
    }
};

QTEST_MAIN(tst_TimeSeriesTableModel)
#include "tst_TimeSeriesTableModel.moc"
