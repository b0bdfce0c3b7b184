#include "gui/timechart/SeriesReadout.h"

#include "gui/common/Units.h"

#include <cmath>

qsizetype SeriesReadout::pointAt(const TimeSeries &data, qint64 ms)
{
    const qsizetype i = data.upperBound(ms) - 1;
    if (i < 0)
        return -1;
    // The sample step around the point; a lone point has none and always counts.
    qint64 step = 0;
    if (i + 1 < data.size())
        step = data.time(i + 1) - data.time(i);
    else if (i > 0)
        step = data.time(i) - data.time(i - 1);
    if (step > 0 && ms - data.time(i) > 2 * step)
        return -1;
    return i;
}

QList<SeriesReadout::Line> SeriesReadout::at(const QList<ChartSeries> &series, const QList<bool> &visible, qint64 ms,
                                             const QLocale &locale)
{
    QList<Line> lines;
    for (qsizetype s = 0; s < series.size(); ++s) {
        if (s < visible.size() && !visible.at(s))
            continue;
        const ChartSeries &cs = series.at(s);
        Line line{int(s), cs.name, cs.color, cs.unit, std::nullopt, TimeSeries::null(), {}};
        const qsizetype i = pointAt(cs.data, ms);
        if (i >= 0) {
            line.pointMs = cs.data.time(i);
            line.value = cs.data.value(i);
        }
        line.text = formatValue(line.value, cs.unit, locale);
        lines.append(line);
    }
    return lines;
}

QString SeriesReadout::formatValue(double value, const QString &unit, const QLocale &locale)
{
    if (!std::isfinite(value))
        return Units::unknown();
    if (unit == u"W")
        return Units::power(value, locale);
    if (unit == u"kW")
        return Units::power(value * 1000, locale);
    if (unit == u"kWh")
        return Units::energy(value, locale);
    if (unit == u"%")
        return Units::percent(value, locale);
    if (unit == u"W/m²")
        return Units::irradiance(value, locale);
    if (unit == u"NT$")
        return Units::money(value, locale);
    const double magnitude = std::abs(value);
    const QString number = locale.toString(value, 'f', magnitude < 10 ? 2 : magnitude < 1000 ? 1 : 0);
    return unit.isEmpty() ? number : tr("%1 %2", "value and unit").arg(number, unit);
}

QString SeriesReadout::balance(const QList<ChartSeries> &series, const QList<Line> &lines, const QLocale &locale)
{
    double in = 0, out = 0;
    QString unit;
    for (const Line &line : lines) {
        const ChartSeries::Flow flow = series.at(line.series).flow;
        if (flow == ChartSeries::Flow::None)
            continue;
        unit = line.unit;
        if (!std::isfinite(line.value))
            continue;
        (flow == ChartSeries::Flow::Source ? in : out) += std::abs(line.value);
    }
    if (unit.isEmpty())
        return {};
    const QString inText = formatValue(in, unit, locale);
    const QString outText = formatValue(out, unit, locale);
    if (std::abs(in - out) <= 0.01 * std::max(in, out))
        return tr("In %1 = out %2", "energy balance at the cursor").arg(inText, outText);
    return tr("In %1, out %2", "energy balance at the cursor, not adding up").arg(inText, outText);
}

QString SeriesReadout::toText(const QString &time, const QList<Line> &lines)
{
    QStringList text{time};
    for (const Line &line : lines)
        text.append(tr("%1: %2", "series name: value").arg(line.name, line.text));
    return text.join(QLatin1Char('\n'));
}
