#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

// Line icons for the overview, drawn as vectors so they stay sharp at any scale factor.
class OverviewIcons final
{
public:
    enum class Icon { Solar, Grid, Battery, Building, Generator };

    // Draws `icon` centred in the square that fits `rect`, in `color`.
    static void paint(QPainter &painter, Icon icon, const QRectF &rect, const QColor &color);

private:
    static void sun(QPainter &p, const QRectF &r);
    static void pylon(QPainter &p, const QRectF &r);
    static void battery(QPainter &p, const QRectF &r, const QColor &color);
    static void building(QPainter &p, const QRectF &r, const QColor &color);
    static void generator(QPainter &p, const QRectF &r);
};
