#include "gui/schedule/TimelineGeometry.h"

#include <QFontMetrics>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

double TimelineGeometry::WindowShape::powerEdgeY(qsizetype piece) const
{
    const QRectF &rc = pieces.at(piece);
    return charges ? rc.top() : rc.bottom();
}

QRectF TimelineGeometry::WindowShape::powerGrip(qsizetype piece) const
{
    return QRectF(pieces.at(piece).center().x() - 6, powerEdgeY(piece) - 2, 12, 4);
}

const QRectF &TimelineGeometry::WindowShape::widest() const
{
    return pieces.size() > 1 && pieces.at(1).width() > pieces.at(0).width() ? pieces.at(1) : pieces.at(0);
}

TimelineGeometry::TimelineGeometry(const QRectF &plot, const ScheduleLimits &scale, int snapMinutes)
    : m_axis(plot)
    , m_scale(scale)
    , m_snapMinutes(snapMinutes)
{
}

double TimelineGeometry::totalW() const
{
    return std::max(1.0, m_scale.maxChargeW + m_scale.maxDischargeW);
}

double TimelineGeometry::zeroY() const
{
    return plot().top() + plot().height() * (m_scale.maxChargeW / totalW());
}

double TimelineGeometry::yOf(double powerW) const
{
    return zeroY() - powerW / totalW() * plot().height();
}

double TimelineGeometry::powerAt(double y) const
{
    return (zeroY() - y) / plot().height() * totalW();
}

QPointF TimelineGeometry::pointAt(int secondOfDay, double powerW) const
{
    return {m_axis.x(secondOfDay), yOf(powerW)};
}

int TimelineGeometry::snap(double second) const
{
    const int step = snapSeconds();
    return int(std::lround(second / step)) * step;
}

double TimelineGeometry::snapPower(double watts)
{
    return std::round(watts / kPowerStepW) * kPowerStepW;
}

int TimelineGeometry::pressSecondFor(double second, const QList<DailyWindow> &windows) const
{
    const int step = snapSeconds();
    const int raw = std::clamp(int(std::lround(second)), 0, DayAxis::kDay - 1);
    const auto free = [&windows](int s) {
        if (s < 0 || s >= DayAxis::kDay)
            return false;
        return std::none_of(windows.cbegin(), windows.cend(), [s](const DailyWindow &w) { return w.contains(s); });
    };
    for (int candidate : {snap(second), raw / step * step})
        if (free(candidate))
            return candidate;
    return raw;
}

double TimelineGeometry::pressPowerAt(double y) const
{
    const double power = snapPower(powerAt(y));
    if (std::abs(power) < kPowerStepW)
        return chargesAt(y) ? kPowerStepW : -kPowerStepW;
    return power;
}

QList<double> TimelineGeometry::scaleLinesW() const
{
    const double stepW = std::max(m_scale.maxChargeW, m_scale.maxDischargeW) > 20000 ? 10000 : 5000;
    QList<double> lines;
    for (double w = -std::floor(m_scale.maxDischargeW / stepW) * stepW; w <= m_scale.maxChargeW + 1; w += stepW)
        lines.append(w);
    return lines;
}

QPainterPath TimelineGeometry::nowTip(int secondOfDay) const
{
    const double x = m_axis.x(secondOfDay);
    QPainterPath tip;
    tip.moveTo(x - 5, plot().top() - 9);
    tip.lineTo(x + 5, plot().top() - 9);
    tip.lineTo(x, plot().top() - 3);
    tip.closeSubpath();
    return tip;
}

qsizetype TimelineGeometry::labelLinesThatFit(const QStringList &lines, const QFontMetrics &metrics, const QRectF &room)
{
    qsizetype fit = 0;
    double width = 0;
    while (fit < lines.size() && metrics.height() * (fit + 1) + 4 <= std::max(room.height(), 0.0)) {
        width = std::max(width, double(metrics.horizontalAdvance(lines.at(fit))));
        ++fit;
    }
    return width + 8 > room.width() ? 0 : fit;
}

QRectF TimelineGeometry::readoutBox(const QPointF &cursor, const QSizeF &size, const QSizeF &area)
{
    QRectF box(cursor + QPointF(14, 14), size);
    if (box.right() > area.width() - 2)
        box.moveRight(cursor.x() - 14);
    if (box.bottom() > area.height() - 2)
        box.moveBottom(cursor.y() - 14);
    return box;
}

TimelineGeometry::WindowShape TimelineGeometry::shapeOf(const DailyWindow &w) const
{
    const double y0 = zeroY();
    const double y1 = yOf(w.powerW);
    const double top = std::min(y0, y1);
    const double height = std::max(2.0, std::abs(y1 - y0));
    WindowShape shape;
    shape.charges = w.charges();
    const int firstEnd = std::min(w.end(), DayAxis::kDay);
    shape.pieces << QRectF(QPointF(m_axis.x(w.start), top),
                           QSizeF(std::max(2.0, m_axis.x(firstEnd) - m_axis.x(w.start)), height));
    if (w.crossesMidnight())
        shape.pieces << QRectF(QPointF(m_axis.x(0), top),
                               QSizeF(std::max(2.0, m_axis.x(w.end() - DayAxis::kDay) - m_axis.x(0)), height));
    return shape;
}

TimelineGeometry::Handle TimelineGeometry::handleAt(const QPointF &pos, const QList<DailyWindow> &windows, int *row) const
{
    if (row)
        *row = -1;
    if (!plot().adjusted(-kEdgeGrab, -kEdgeGrab, kEdgeGrab, kEdgeGrab).contains(pos))
        return Handle::None;
    for (int r = 0; r < windows.size(); ++r) {
        const WindowShape shape = shapeOf(windows.at(r));
        for (qsizetype piece = 0; piece < shape.pieces.size(); ++piece) {
            const QRectF &rc = shape.pieces.at(piece);
            if (!rc.adjusted(-kEdgeGrab, -kEdgeGrab, kEdgeGrab, kEdgeGrab).contains(pos))
                continue;
            if (row)
                *row = r;
            const bool wide = rc.width() > 3 * kEdgeGrab;
            if (std::abs(pos.y() - shape.powerEdgeY(piece)) <= kEdgeGrab && pos.x() > rc.left() + kEdgeGrab / 2
                && pos.x() < rc.right() - kEdgeGrab / 2)
                return Handle::Power;
            if (wide && shape.hasStartEdge(piece) && std::abs(pos.x() - rc.left()) <= kEdgeGrab)
                return Handle::Start;
            if (wide && shape.hasEndEdge(piece) && std::abs(pos.x() - rc.right()) <= kEdgeGrab)
                return Handle::End;
            if (rc.contains(pos))
                return Handle::Move;
        }
    }
    if (row)
        *row = -1;
    return plot().contains(pos) ? Handle::Create : Handle::None;
}
