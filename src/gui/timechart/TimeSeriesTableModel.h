#pragma once

#include "gui/timechart/ChartSeries.h"
#include "gui/timechart/ZonedTimeFormat.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

// The data behind a chart as a table: one row per instant that any series has (the union of
// their times), column 0 the time in the chart's zone, then one column per series. DisplayRole
// is formatted for reading; RawValueRole holds what sorting, charts and exports need.
class TimeSeriesTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesTableModel)

public:
    // Column 0: qint64 ms since the epoch. Series columns: double, or an invalid QVariant for
    // null (or when that series has no point at the row's time). Headers: the series' unit.
    static constexpr int RawValueRole = Qt::UserRole;

    explicit TimeSeriesTableModel(QObject *parent = nullptr);
    ~TimeSeriesTableModel() override;

    void setSeries(const QList<ChartSeries> &series);
    const QList<ChartSeries> &series() const { return m_series; }

    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_format.zone(); }
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    // Rows and series by index, for exports and the chart.
    qint64 timeAt(int row) const { return m_times.at(row); }
    // NaN when null or when the series has no point at that row's time.
    double valueAt(int row, int seriesIndex) const;
    // The last row at or before `ms`; -1 when every row is later.
    int rowAtOrBefore(qint64 ms) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "SolarPower (W)", or the name alone when it has no unit.
    static QString columnTitle(const QString &name, const QString &unit);

private:
    void buildRows();
    QString formatValue(double value) const;

    QList<ChartSeries> m_series;
    QList<qint64> m_times;
    // Per series, the point index of each row (-1: none). Empty when every series has exactly
    // the row times (the usual query result), so a million rows cost no extra memory.
    QList<QList<int>> m_pointOfRow;
    mutable ZonedTimeFormat m_format;
    QLocale m_locale;
    bool m_withSeconds = false;
};
