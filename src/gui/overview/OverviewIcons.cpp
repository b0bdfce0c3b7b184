#include "gui/overview/OverviewIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <numbers>

void OverviewIcons::paint(QPainter &painter, Icon icon, const QRectF &rect, const QColor &color)
{
    const double side = std::min(rect.width(), rect.height());
    if (side <= 0)
        return;
    QRectF r(0, 0, side, side);
    r.moveCenter(rect.center());

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, std::max(1.0, side * 0.08), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (icon) {
    case Icon::Solar:
        sun(painter, r);
        break;
    case Icon::Grid:
        pylon(painter, r);
        break;
    case Icon::Battery:
        battery(painter, r, color);
        break;
    case Icon::Building:
        building(painter, r, color);
        break;
    case Icon::Generator:
        generator(painter, r);
        break;
    }
    painter.restore();
}

void OverviewIcons::sun(QPainter &p, const QRectF &r)
{
    const QPointF c = r.center();
    const double s = r.width();
    p.drawEllipse(c, s * 0.2, s * 0.2);
    for (int i = 0; i < 8; ++i) {
        const double a = i * std::numbers::pi / 4;
        const QPointF dir(std::cos(a), std::sin(a));
        p.drawLine(c + dir * (s * 0.32), c + dir * (s * 0.45));
    }
}

void OverviewIcons::pylon(QPainter &p, const QRectF &r)
{
    const double s = r.width();
    const double x = r.left();
    const double y = r.top();
    const auto at = [&](double fx, double fy) { return QPointF(x + fx * s, y + fy * s); };
    // A lattice tower: two legs from a common top, two cross-arms, bracing between the legs.
    p.drawLine(at(0.5, 0.06), at(0.24, 0.94));
    p.drawLine(at(0.5, 0.06), at(0.76, 0.94));
    p.drawLine(at(0.18, 0.28), at(0.82, 0.28));
    p.drawLine(at(0.26, 0.48), at(0.74, 0.48));
    p.drawLine(at(0.41, 0.28), at(0.65, 0.94));
    p.drawLine(at(0.59, 0.28), at(0.35, 0.94));
}

void OverviewIcons::battery(QPainter &p, const QRectF &r, const QColor &color)
{
    const double s = r.width();
    const QRectF body(r.left() + s * 0.08, r.top() + s * 0.26, s * 0.76, s * 0.48);
    p.drawRoundedRect(body, s * 0.07, s * 0.07);
    const QRectF nub(body.right(), r.center().y() - s * 0.09, s * 0.08, s * 0.18);
    p.fillRect(nub, color);
    // Three cells of charge.
    const double inset = s * 0.1;
    const QRectF inner = body.adjusted(inset, inset, -inset, -inset);
    const double gap = s * 0.05;
    const double w = (inner.width() - 2 * gap) / 3;
    for (int i = 0; i < 3; ++i)
        p.fillRect(QRectF(inner.left() + i * (w + gap), inner.top(), w, inner.height()), color);
}

void OverviewIcons::building(QPainter &p, const QRectF &r, const QColor &color)
{
    const double s = r.width();
    const QRectF body(r.left() + s * 0.2, r.top() + s * 0.1, s * 0.6, s * 0.82);
    p.drawRect(body);
    p.drawLine(QPointF(r.left() + s * 0.06, body.bottom()), QPointF(r.right() - s * 0.06, body.bottom()));
    // Windows in a 2 x 3 grid, then the door.
    const double w = s * 0.11;
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 2; ++col) {
            const QRectF win(body.left() + s * (0.12 + col * 0.25), body.top() + s * (0.1 + row * 0.17), w, w * 0.8);
            p.fillRect(win, color);
        }
    }
    p.fillRect(QRectF(body.center().x() - s * 0.06, body.bottom() - s * 0.16, s * 0.12, s * 0.16), color);
}

void OverviewIcons::generator(QPainter &p, const QRectF &r)
{
    // The circuit symbol of an AC generator: a circle holding one period of a sine.
    const QPointF c = r.center();
    const double s = r.width();
    p.drawEllipse(c, s * 0.42, s * 0.42);
    QPainterPath wave;
    const double half = s * 0.24;
    for (int i = 0; i <= 24; ++i) {
        const double t = i / 24.0;
        const QPointF pt(c.x() - half + t * 2 * half, c.y() - std::sin(t * 2 * std::numbers::pi) * s * 0.12);
        if (i == 0)
            wave.moveTo(pt);
        else
            wave.lineTo(pt);
    }
    p.drawPath(wave);
}
