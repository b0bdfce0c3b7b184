#include "gui/schedule/DayAxis.h"

#include "gui/common/AppPalette.h"

#include <QPainter>
#include <QPalette>

QRectF DayAxis::plotArea(const QRectF &widgetRect, double labelWidth, double top, double bottom)
{
    return widgetRect.adjusted(labelWidth, top, -kRightMargin, -bottom);
}

double DayAxis::labelWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QStringLiteral("\u2212888 kW")) + 10;
}

int DayAxis::labelStepHours(const QFontMetrics &metrics) const
{
    const double need = metrics.horizontalAdvance(QStringLiteral("24:00")) + 8;
    for (int step : {1, 2, 3, 4, 6}) {
        if (pixelsPerHour() * step >= need)
            return step;
    }
    return 12;
}

void DayAxis::paintHourGrid(QPainter &p, const QPalette &palette, bool labels) const
{
    const QColor minor = AppPalette::faded(palette.color(QPalette::Text), 0.10);
    const QColor major = AppPalette::faded(palette.color(QPalette::Text), 0.25);
    const QFontMetrics metrics(p.font());
    const int step = labelStepHours(metrics);
    for (int h = 0; h <= 24; ++h) {
        const double xh = x(h * 3600.0);
        p.setPen(QPen(h % 6 == 0 ? major : minor, 1));
        p.drawLine(QPointF(xh, m_plot.top()), QPointF(xh, m_plot.bottom()));
        if (labels && h % step == 0) {
            p.setPen(AppPalette::secondaryText(palette));
            const QString text = QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'));
            const double w = metrics.horizontalAdvance(text);
            p.drawText(QPointF(std::clamp(xh - w / 2, m_plot.left() - w / 2, m_plot.right() + kRightMargin - w - 1),
                               m_plot.top() - metrics.descent() - 4),
                       text);
        }
    }
}
