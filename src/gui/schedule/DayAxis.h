#pragma once

#include <QFontMetrics>
#include <QRectF>
#include <QString>

class QPainter;
class QPalette;

// The 24-hour axis the schedule timeline and the projection under it share, so that an hour
// lies at the same x in both: seconds of the day to pixels and back, and the hour grid.
class DayAxis final
{
public:
    static constexpr int kDay = 86400;
    static constexpr double kRightMargin = 14; // room for half of the "24:00" label

    // The plot area of a widget of `size` with room for value labels of `labelWidth` on the left.
    static QRectF plotArea(const QRectF &widgetRect, double labelWidth, double top, double bottom);
    // The width the value labels take, the same in every widget using the axis.
    static double labelWidth(const QFontMetrics &metrics);

    explicit DayAxis(const QRectF &plot)
        : m_plot(plot)
    {
    }

    const QRectF &plot() const { return m_plot; }
    double x(double secondOfDay) const { return m_plot.left() + secondOfDay / kDay * m_plot.width(); }
    double secondAt(double x) const { return (x - m_plot.left()) / m_plot.width() * kDay; }
    double pixelsPerHour() const { return m_plot.width() / 24.0; }
    // Hours between labelled grid lines so labels do not collide: 1, 2, 3, 4 or 6.
    int labelStepHours(const QFontMetrics &metrics) const;

    // Vertical hour lines, every sixth stronger; labels above the plot when `labels`.
    void paintHourGrid(QPainter &p, const QPalette &palette, bool labels) const;

private:
    QRectF m_plot;
};
