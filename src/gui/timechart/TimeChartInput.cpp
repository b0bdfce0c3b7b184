#include "gui/timechart/TimeChartInput.h"

#include "gui/timechart/TimeChart.h"

#include <QKeyEvent>
#include <QRubberBand>
#include <cmath>

namespace {

// Six notches take 30 days to under one (0.55^6 ≈ 1/36).
constexpr double kWheelZoomPerNotch = 0.55;
constexpr double kKeyZoom = 0.8;
constexpr double kMinimumSelection = 4; // px: less is a click, not a span

} // namespace

TimeChartInput::TimeChartInput(TimeChart *chart)
    : QObject(chart)
    , m_chart(chart)
    , m_band(new QRubberBand(QRubberBand::Rectangle, chart->viewport()))
{
    chart->viewport()->installEventFilter(this); // mouse and wheel
    chart->installEventFilter(this); // keys
}

bool TimeChartInput::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart) {
        return event->type() == QEvent::KeyPress && key(static_cast<QKeyEvent *>(event));
    }
    switch (event->type()) {
    case QEvent::Wheel:
        return wheel(static_cast<QWheelEvent *>(event));
    case QEvent::MouseButtonPress:
        return press(static_cast<QMouseEvent *>(event));
    case QEvent::MouseMove:
        return move(static_cast<QMouseEvent *>(event));
    case QEvent::MouseButtonRelease:
        return release(static_cast<QMouseEvent *>(event));
    case QEvent::MouseButtonDblClick:
        return doubleClick(static_cast<QMouseEvent *>(event));
    case QEvent::Leave:
        m_chart->clearHover();
        return false;
    default:
        return false;
    }
}

bool TimeChartInput::wheel(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (!m_chart->fullRange().isValid() || delta.isNull())
        return false;
    const TimeInterval visible = m_chart->visibleRange();
    if (std::abs(delta.x()) > std::abs(delta.y())) { // sideways scrolling pans, a tenth per notch
        m_chart->panBy(qint64(double(-delta.x()) / 120.0 * double(visible.span()) / 10.0));
    } else {
        const QPointF pos = event->position();
        const qint64 anchor =
            m_chart->plotAreaRect().contains(pos) ? m_chart->timeAtPosition(pos.x()) : visible.fromMs + visible.span() / 2;
        m_chart->zoomBy(std::pow(kWheelZoomPerNotch, double(delta.y()) / 120.0), anchor);
    }
    event->accept();
    return true;
}

bool TimeChartInput::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const int entry = m_chart->legendEntryAt(event->position());
    if (entry >= 0) {
        m_chart->setSeriesVisible(entry, !m_chart->isSeriesVisible(entry));
        return true;
    }
    const QRectF area = m_chart->plotAreaRect();
    const QPointF pos = event->position();
    // A drag along the time axis' labels selects a span to zoom to, as Shift+drag on the plot.
    const bool onTimeAxis = pos.y() > area.bottom() && pos.x() >= area.left() && pos.x() <= area.right();
    if (!area.contains(pos) && !onTimeAxis)
        return false;
    m_pressPos = pos;
    m_pressRange = m_chart->visibleRange();
    m_drag = onTimeAxis || event->modifiers().testFlag(Qt::ShiftModifier) ? Drag::Select : Drag::Pan;
    if (m_drag == Drag::Pan)
        m_chart->viewport()->setCursor(Qt::ClosedHandCursor);
    m_chart->clearHover();
    return true;
}

bool TimeChartInput::move(QMouseEvent *event)
{
    const QRectF area = m_chart->plotAreaRect();
    const QPointF pos = event->position();
    if (m_drag == Drag::Pan) {
        const double dx = pos.x() - m_pressPos.x();
        const qint64 deltaMs = qint64(std::llround(-dx * double(m_pressRange.span()) / std::max(area.width(), 1.0)));
        m_chart->setVisibleRange({m_pressRange.fromMs + deltaMs, m_pressRange.toMs + deltaMs});
    } else if (m_drag == Drag::Select) {
        const double x0 = std::clamp(m_pressPos.x(), area.left(), area.right());
        const double x1 = std::clamp(pos.x(), area.left(), area.right());
        m_band->setGeometry(QRectF(QPointF(std::min(x0, x1), area.top()), QPointF(std::max(x0, x1), area.bottom())).toRect());
        m_band->show();
    } else {
        m_chart->showReadoutAt(pos);
        const bool overLegend = m_chart->legendEntryAt(pos) >= 0;
        const bool onTimeAxis = pos.y() > area.bottom() && pos.x() >= area.left() && pos.x() <= area.right();
        m_chart->viewport()->setCursor(overLegend               ? Qt::PointingHandCursor
                                           : area.contains(pos) ? Qt::CrossCursor
                                           : onTimeAxis         ? Qt::SplitHCursor
                                                                : Qt::ArrowCursor);
    }
    return true;
}

bool TimeChartInput::release(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return false;
    if (m_drag == Drag::Select) {
        m_band->hide();
        const double x0 = m_pressPos.x();
        const double x1 = event->position().x();
        if (std::abs(x1 - x0) >= kMinimumSelection)
            m_chart->setVisibleRange({m_chart->timeAtPosition(std::min(x0, x1)), m_chart->timeAtPosition(std::max(x0, x1))});
    }
    m_drag = Drag::None;
    m_chart->viewport()->setCursor(Qt::CrossCursor);
    return true;
}

bool TimeChartInput::doubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    // A quick second click on the legend is a second toggle, not a reset.
    const int entry = m_chart->legendEntryAt(event->position());
    if (entry >= 0)
        m_chart->setSeriesVisible(entry, !m_chart->isSeriesVisible(entry));
    else if (m_chart->plotAreaRect().contains(event->position()))
        m_chart->resetZoom();
    return true;
}

bool TimeChartInput::key(QKeyEvent *event)
{
    const TimeInterval visible = m_chart->visibleRange();
    const qint64 centre = visible.fromMs + visible.span() / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_chart->zoomBy(kKeyZoom, centre);
        return true;
    case Qt::Key_Minus:
        m_chart->zoomBy(1 / kKeyZoom, centre);
        return true;
    case Qt::Key_Left:
        m_chart->panBy(-visible.span() / 10);
        return true;
    case Qt::Key_Right:
        m_chart->panBy(visible.span() / 10);
        return true;
    case Qt::Key_Home:
    case Qt::Key_0:
        m_chart->resetZoom();
        return true;
    default:
        return false;
    }
}
