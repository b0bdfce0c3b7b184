#include "gui/timechart/ChartTimeAxis.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QSet>

namespace {

// Category axes key categories by label: repeated texts ("12:00" on two days) get invisible
// zero-width spaces to stay distinct.
QString uniqueLabel(QString text, QSet<QString> &used)
{
    while (used.contains(text))
        text.append(QChar(0x200b));
    used.insert(text);
    return text;
}

} // namespace

ChartTimeAxis::ChartTimeAxis(QCategoryAxis *axis)
    : m_axis(axis)
{
    m_axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
}

void ChartTimeAxis::update(const ZonedTimeFormat &zone, TimeInterval visible, double plotWidth,
                           const QList<TimeTicks::Window> &barWindows)
{
    if (visible.isValid())
        m_axis->setRange(double(visible.fromMs), double(visible.toMs));
    // Translated in TimeChart's context: to translators the axes are part of the chart.
    m_axis->setTitleText(
        QCoreApplication::translate("TimeChart", "Time (%1)").arg(zone.zoneWithOffsets(visible.fromMs, visible.toMs)));

    // Categories as (end, label), each label on its end. Qt Charts truncates every label to the
    // axis width over the number of categories: only labelled instants are categories.
    QList<TimeTicks::Tick> ticks;
    QList<std::pair<qint64, QString>> categories;
    const bool bars = !barWindows.isEmpty() && barWindows.size() <= plotWidth / 4;
    if (visible.isValid() && plotWidth > 20) {
        const QFontMetricsF metrics(m_axis->labelsFont());
        if (bars) {
            const QList<TimeTicks::Tick> labels = TimeTicks::windowTicks(zone, barWindows, plotWidth, metrics);
            for (qsizetype i = 0; i < barWindows.size(); ++i) {
                if (labels.at(i).label.isEmpty())
                    continue;
                const TimeTicks::Window &w = barWindows.at(i);
                categories.append({w.fromMs + (w.toMs - w.fromMs) / 2, labels.at(i).label}); // under its bars
                ticks.append(labels.at(i));
            }
        } else {
            ticks = TimeTicks::ticks(zone, visible.fromMs, visible.toMs, TimeTicks::stepFor(visible.span(), plotWidth, metrics));
            for (const TimeTicks::Tick &tick : std::as_const(ticks)) {
                // The date under the time where the day changes, so a multi-day range can be read.
                categories.append(
                    {tick.ms, tick.context.isEmpty() ? tick.label : QString(tick.label + QStringLiteral("<br>") + tick.context)});
            }
        }
    }
    m_axis->setGridLineVisible(!bars); // bars are their own guide; a line through each would not be
    m_ticks = ticks;

    QSet<QString> used;
    QStringList labels;
    QList<qint64> ends;
    for (const auto &[end, label] : std::as_const(categories)) {
        labels.append(uniqueLabel(label, used));
        ends.append(end);
    }
    if (labels == m_labels && ends == m_ends && visible.fromMs == m_start)
        return; // re-laying out the axis would cost more than the check
    const QStringList old = m_axis->categoriesLabels();
    for (const QString &label : old)
        m_axis->remove(label);
    m_axis->setStartValue(double(visible.fromMs));
    for (qsizetype i = 0; i < labels.size(); ++i)
        m_axis->append(labels.at(i), double(ends.at(i)));
    m_labels = labels;
    m_ends = ends;
    m_start = visible.fromMs;
}

QString ChartTimeAxis::title() const
{
    return m_axis->titleText();
}

QStringList ChartTimeAxis::labels() const
{
    QStringList labels;
    for (const TimeTicks::Tick &tick : m_ticks)
        labels.append(tick.context.isEmpty() ? tick.label : tick.label + QLatin1Char(' ') + tick.context);
    return labels;
}

QList<qint64> ChartTimeAxis::tickTimes() const
{
    QList<qint64> times;
    for (const TimeTicks::Tick &tick : m_ticks)
        times.append(tick.ms);
    return times;
}
