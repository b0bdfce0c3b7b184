#include "gui/overview/ImportCapBar.h"

#include "gui/common/AppPalette.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

ImportCapBar::ImportCapBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ImportCapBar::setShare(double percent)
{
    m_percent = percent;
    update();
}

ImportCapBar::Level ImportCapBar::level() const
{
    if (!std::isfinite(m_percent))
        return Level::Unknown;
    if (m_percent > 100.0)
        return Level::Over;
    return m_percent >= kWarnPercent ? Level::Near : Level::Normal;
}

void ImportCapBar::setStale(bool stale)
{
    m_stale = stale;
    update();
}

QSize ImportCapBar::sizeHint() const
{
    const int em = fontMetrics().height();
    return {em * 10, em * 3 / 4};
}

QSize ImportCapBar::minimumSizeHint() const
{
    const int em = fontMetrics().height();
    return {em * 4, em * 3 / 4};
}

void ImportCapBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF track = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const double corner = track.height() / 2;
    QPainterPath shape;
    shape.addRoundedRect(track, corner, corner);
    const QColor text = palette().color(QPalette::WindowText);
    p.fillPath(shape, AppPalette::faded(text, 0.08));
    if (level() != Level::Unknown) {
        const AppPalette::Role role = level() == Level::Over ? AppPalette::Role::Critical
            : level() == Level::Near                         ? AppPalette::Role::Warning
                                                             : AppPalette::Role::Good;
        const QColor fill = m_stale ? AppPalette::muted(palette()) : AppPalette::color(role, palette());
        p.save();
        p.setClipPath(shape);
        p.fillRect(QRectF(track.left(), track.top(), track.width() * std::clamp(m_percent, 0.0, 100.0) / 100.0, track.height()),
                   fill);
        p.restore();
    }
    p.setPen(QPen(AppPalette::faded(text, 0.3), 1));
    p.drawPath(shape);
}
