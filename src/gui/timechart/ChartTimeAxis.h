#pragma once

#include "gui/timechart/TimeTicks.h"
#include "gui/timechart/TimeZoom.h"
#include "gui/timechart/ZonedTimeFormat.h"

class QCategoryAxis;

// The time axis of a TimeChart, labelled in the chart's zone. Qt's QDateTimeAxis formats in the
// machine's zone, so this is a QCategoryAxis whose category ends are the label instants
// (TimeTicks) with each label on its end: round times, or for bars the centre of each window.
// The title names the zone and its offset ("Time (Asia/Taipei, UTC+08:00)").
class ChartTimeAxis final
{
public:
    explicit ChartTimeAxis(QCategoryAxis *axis);

    QCategoryAxis *axis() const { return m_axis; }
    // barWindows: the windows of the bars when only bars are drawn, else empty.
    void update(const ZonedTimeFormat &zone, TimeInterval visible, double plotWidth, const QList<TimeTicks::Window> &barWindows);
    // Sets the labels again at the next update (the font or the zone changed).
    void invalidate() { m_labels.clear(); }

    QString title() const;
    // The labels as shown, as plain text ("14:00", "00:00 07-04"), and their instants.
    QStringList labels() const;
    QList<qint64> tickTimes() const;

private:
    QCategoryAxis *m_axis;
    QList<TimeTicks::Tick> m_ticks;
    // The categories as last set, to skip setting them again.
    QStringList m_labels;
    QList<qint64> m_ends;
    qint64 m_start = 0;
};
