#pragma once

#include "gui/timechart/ChartSeries.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

// What the hover read-out says at an instant: per visible series, the value of its nearest point
// at or before that instant (a reading holds until the next one). A point more than two sample
// steps before the instant does not count: past the end of a series there is no value.
class SeriesReadout final
{
    Q_DECLARE_TR_FUNCTIONS(SeriesReadout)

public:
    struct Line
    {
        int series = -1;
        QString name;
        QColor color;
        QString unit;
        std::optional<qint64> pointMs; // the point read; empty when there is none
        double value = TimeSeries::null();
        QString text; // "12.3 kW", "—"
    };

    static QList<Line> at(const QList<ChartSeries> &series, const QList<bool> &visible, qint64 ms,
                          const QLocale &locale = QLocale());
    // The point index read at `ms`, or -1.
    static qsizetype pointAt(const TimeSeries &data, qint64 ms);

    // A value with its unit as operators read it ("12.3 kW", "58 %"); "—" for null.
    static QString formatValue(double value, const QString &unit, const QLocale &locale = QLocale());
    // The energy balance of the lines read: "In 12.0 kW = out 12.0 kW" when sources and sinks
    // agree within 1 %, "In 12.0 kW, out 9.0 kW" when they do not (a series hidden); empty
    // when no series has a flow.
    static QString balance(const QList<ChartSeries> &series, const QList<Line> &lines, const QLocale &locale = QLocale());
    // "name: value" lines under the time, for tests and the accessible description.
    static QString toText(const QString &time, const QList<Line> &lines);
};
