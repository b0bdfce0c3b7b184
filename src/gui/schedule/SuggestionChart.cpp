#include "gui/schedule/SuggestionChart.h"

#include "gui/common/AppPalette.h"
#include "gui/tariff/TariffPeriodsEditor.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

SuggestionChart::SuggestionChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("suggestionChart"));
    setMinimumHeight(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SuggestionChart::setPeriods(const QList<TariffPeriod> &periods)
{
    m_periods = periods;
    update();
}

void SuggestionChart::setSuggestion(const Schedule &windows, const DayCost &cost, double maxPowerW)
{
    m_windows = windows;
    m_cost = cost;
    m_maxPowerW = std::max(1.0, maxPowerW);
    update();
}

void SuggestionChart::clear()
{
    m_windows = Schedule();
    m_cost.reset();
    update();
}

void SuggestionChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int axisHeight = fontMetrics().height() + 4;
    const QRectF plot = QRectF(rect()).adjusted(4, 4, -4, -axisHeight);
    p.fillRect(plot, pal.color(QPalette::Base));
    const auto xOf = [&](double minute) { return plot.left() + plot.width() * minute / 1440.0; };

    // Dearer periods darker: rank the distinct prices of the day.
    QList<double> prices;
    for (const TariffPeriod &period : m_periods)
        if (!prices.contains(period.price))
            prices.append(period.price);
    std::sort(prices.begin(), prices.end());
    const QColor shade = AppPalette::color(AppPalette::Role::Warning, pal);
    for (const TariffPeriod &period : m_periods) {
        const double rank = prices.size() > 1 ? double(prices.indexOf(period.price)) / double(prices.size() - 1) : 0.0;
        const QRectF band(xOf(period.startMinute), plot.top(), xOf(period.endMinute) - xOf(period.startMinute), plot.height());
        p.fillRect(band, AppPalette::faded(shade, 0.06 + 0.22 * rank));
    }

    const double zeroY = plot.center().y();
    p.setPen(QPen(AppPalette::muted(pal), 1));
    p.drawLine(QPointF(plot.left(), zeroY), QPointF(plot.right(), zeroY));
    const QColor battery = AppPalette::color(AppPalette::Role::Battery, pal);
    for (const ScheduleWindow &w : m_windows.windows()) {
        const double h = (plot.height() / 2 - 6) * std::min(1.0, std::abs(w.powerW) / m_maxPowerW);
        const double x0 = xOf(w.startSecond / 60.0);
        const double x1 = xOf(w.stopSecond / 60.0);
        const QRectF bar = w.powerW > 0 ? QRectF(x0, zeroY - h, x1 - x0, h) : QRectF(x0, zeroY, x1 - x0, h);
        p.fillRect(bar, AppPalette::faded(battery, 0.55));
        p.setPen(QPen(battery, 1));
        p.drawRect(bar);
    }

    if (m_cost) {
        QPainterPath soc;
        soc.moveTo(xOf(0), plot.bottom() - plot.height() * m_cost->startSocPercent / 100.0);
        for (int k = 0; k < kStepsPerDay; ++k)
            soc.lineTo(xOf((k + 1) * kStepMinutes), plot.bottom() - plot.height() * m_cost->steps.at(k).socPercent / 100.0);
        p.setPen(QPen(pal.color(QPalette::Text), 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(soc);
    }

    p.setPen(pal.color(QPalette::WindowText));
    for (int hour = 0; hour <= 24; hour += 3) {
        const double x = xOf(hour * 60);
        const QString text = TariffPeriodsEditor::minuteText(hour * 60);
        const int w = fontMetrics().horizontalAdvance(text);
        const double left = std::clamp(x - w / 2.0, 0.0, double(width() - w));
        p.drawText(QPointF(left, height() - 4), text);
    }
    p.setPen(QPen(AppPalette::muted(pal), 1));
    p.drawRect(plot);
}
