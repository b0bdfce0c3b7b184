#pragma once

#include "core/DailyWindow.h"
#include "core/ScheduleRules.h"
#include "gui/schedule/DayAxis.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>

class QFontMetrics;
class QPainterPath;

// Where the schedule timeline draws what (docs/product.md "The schedule editor"), without a
// widget: seconds of the day and watts to pixels and back for one plot area and power scale,
// the snapping of drags, the shape of each window and what a press at a point would grab.
class TimelineGeometry final
{
public:
    // What a press at a point would do.
    enum class Handle { None, Create, Move, Start, End, Power };

    static constexpr double kEdgeGrab = 5.0; // pixels either side of an edge that grab it
    static constexpr double kPowerStepW = 500.0; // what power drags snap to

    // A window as drawn: one piece, or for a window past midnight two, the evening's first.
    struct WindowShape
    {
        QList<QRectF> pieces;
        bool charges = false;

        // At midnight a window past it goes on: those sides are not its start or its end.
        bool hasStartEdge(qsizetype piece) const { return piece == 0; }
        bool hasEndEdge(qsizetype piece) const { return piece == pieces.size() - 1; }
        // The side that sets the power: the top of a charge window, the bottom of a discharge one.
        double powerEdgeY(qsizetype piece) const;
        // The grip drawn on the power side of a selected window.
        QRectF powerGrip(qsizetype piece) const;
        // The piece the label goes in.
        const QRectF &widest() const;
    };

    // `scale` gives the power at the top (charge) and at the bottom (discharge) of `plot`.
    TimelineGeometry(const QRectF &plot, const ScheduleLimits &scale, int snapMinutes);

    const DayAxis &axis() const { return m_axis; }
    const QRectF &plot() const { return m_axis.plot(); }
    double secondAt(double x) const { return m_axis.secondAt(x); }
    double zeroY() const;
    double yOf(double powerW) const;
    double powerAt(double y) const;
    QPointF pointAt(int secondOfDay, double powerW) const;
    // Above the zero line (and on it) a new window charges, below it discharges.
    bool chargesAt(double y) const { return y <= zeroY(); }

    int snapSeconds() const { return m_snapMinutes * 60; }
    int snap(double second) const;
    static double snapPower(double watts);
    // Where a press starts a new window: snapped, unless snapping would carry it into a window
    // or onto the end of the day; then the step below, then the exact point.
    int pressSecondFor(double second, const QList<DailyWindow> &windows) const;
    // The power a press at y starts a new window with: snapped, and never zero.
    double pressPowerAt(double y) const;

    // The powers the scale has a line at: every 5 kW, every 10 kW on a scale past 20 kW.
    QList<double> scaleLinesW() const;
    WindowShape shapeOf(const DailyWindow &window) const;
    // The arrowhead above the plot that points at the time of day it is.
    QPainterPath nowTip(int secondOfDay) const;
    // How many of a window's label lines fit in `room`; 0 when the label does not fit at all.
    static qsizetype labelLinesThatFit(const QStringList &lines, const QFontMetrics &metrics, const QRectF &room);
    // The drag readout box of `size`: below right of the cursor, turned over where `area` ends.
    static QRectF readoutBox(const QPointF &cursor, const QSizeF &size, const QSizeF &area);
    // The first window whose grab area holds pos decides; its power edge before its start and
    // end edges (narrow windows have none), those before its body. `row` gets the window's, or -1.
    Handle handleAt(const QPointF &pos, const QList<DailyWindow> &windows, int *row = nullptr) const;

private:
    double totalW() const;

    DayAxis m_axis;
    ScheduleLimits m_scale;
    int m_snapMinutes;
};
