#include "gui/timechart/ChartValueAxes.h"

#include "gui/timechart/ValueAxisScale.h"

#include <QCoreApplication>
#include <QValueAxis>
#include <cmath>

ChartValueAxes::ChartValueAxes(QValueAxis *left, QValueAxis *right)
{
    m_sides[0].axis = left;
    m_sides[1].axis = right;
    right->setGridLineVisible(false); // two unit grids at once only confuse
    right->setVisible(false);
    for (const Side &side : m_sides)
        side.axis->setMinorGridLineVisible(false);
}

void ChartValueAxes::setFixedRange(int side, double min, double max)
{
    m_sides[side].fixedMin = min;
    m_sides[side].fixedMax = max;
}

QList<int> ChartValueAxes::assignSides(const QList<ChartSeries> &series)
{
    for (Side &side : m_sides) {
        side.unit.clear();
        side.used = false;
    }
    const auto claim = [this](int side, const QString &unit) {
        if (!m_sides[side].used) {
            m_sides[side].unit = unit;
            m_sides[side].used = true;
        }
    };
    for (const ChartSeries &s : series) {
        if (s.axis != ChartSeries::Axis::Auto)
            claim(s.axis == ChartSeries::Axis::Right ? 1 : 0, s.unit);
    }
    QList<int> sides;
    for (const ChartSeries &s : series) {
        int side = s.axis == ChartSeries::Axis::Right ? 1 : 0;
        if (s.axis == ChartSeries::Axis::Auto) {
            const auto fits = [&](int i) { return !m_sides[i].used || m_sides[i].unit == s.unit; };
            side = fits(0) ? 0 : fits(1) ? 1 : 0; // a third unit shares the left axis
            claim(side, s.unit);
        }
        sides.append(side);
    }
    return sides;
}

void ChartValueAxes::update(const QList<SeriesShapes::Prepared> &prepared, double plotHeight, SeriesShapes::Mapping &mapping)
{
    const int maxTicks = std::clamp(int(plotHeight / 45), 2, 11);
    int leftTicks = 0; // an automatic right axis takes as many ticks, to meet the left grid
    int leftTickCount = 0; // a fixed right axis takes the left's ticks, whatever the left is
    for (int i = 0; i < 2; ++i) {
        const Side &side = m_sides[i];
        side.axis->setVisible(side.used);
        if (!side.used)
            continue;
        std::optional<std::pair<double, double>> extent;
        bool filled = false;
        for (const SeriesShapes::Prepared &p : prepared) {
            if (p.side != i || !p.extent)
                continue;
            filled = filled || p.kind != ChartSeries::Kind::Line;
            extent = extent ? std::pair{std::min(extent->first, p.extent->first), std::max(extent->second, p.extent->second)}
                            : *p.extent;
        }
        const bool fixed = std::isfinite(side.fixedMin) && std::isfinite(side.fixedMax);
        ValueAxisScale::Fit fit;
        if (fixed) {
            fit = ValueAxisScale::fit(side.fixedMin, side.fixedMax, side.unit, maxTicks, false);
            // Exactly the ends asked for: an axis fixed to another's scale (kWh to the SOC's
            // 0–100 %) must not be rounded off it, and takes the other's ticks.
            fit.min = side.fixedMin * fit.factor;
            fit.max = side.fixedMax * fit.factor;
            if (i == 1 && leftTickCount > 1)
                fit.tickCount = leftTickCount;
            const double step = (fit.max - fit.min) / std::max(fit.tickCount - 1, 1);
            if (std::abs(step - std::round(step)) > 1e-9)
                fit.decimals = std::max(fit.decimals, 1);
        } else if (extent && side.unit == u"%" && extent->first >= 0 && extent->second <= 100) {
            fit = ValueAxisScale::fit(0, 100, side.unit, maxTicks, true); // a share reads best on its whole scale
        } else if (extent) {
            // A little headroom, so a peak does not run along the plot's top edge.
            const double pad = (extent->second - extent->first) * 0.04;
            const double low = extent->first < 0 ? extent->first - pad : extent->first;
            const double high = extent->second > 0 ? extent->second + pad : extent->second;
            const bool zero = filled || ValueAxisScale::includesZeroByDefault(side.unit);
            fit = i == 1 && leftTicks > 0 ? ValueAxisScale::fitToTicks(low, high, side.unit, leftTicks, zero)
                                          : ValueAxisScale::fit(low, high, side.unit, maxTicks, zero);
        } else {
            fit = ValueAxisScale::fit(0, 1, side.unit, maxTicks, true);
        }
        if (i == 0 && extent && !fixed && side.unit != u"%")
            leftTicks = fit.tickCount;
        if (i == 0)
            leftTickCount = fit.tickCount;
        // No numbers on an empty plot; the unit goes too, or Qt Charts squeezes it to "…".
        side.axis->setLabelsVisible(fixed || extent.has_value());
        side.axis->setTitleVisible(fixed || extent.has_value());
        side.axis->setRange(fit.min, fit.max);
        side.axis->setTickCount(fit.tickCount);
        side.axis->setLabelFormat(QStringLiteral("%.") + QString::number(fit.decimals) + QStringLiteral("f"));
        // Translated in TimeChart's context: to translators the axes are part of the chart.
        const QString titled =
            QCoreApplication::translate("TimeChart", "%1 (%2)", "axis quantity (unit)").arg(side.quantity, fit.unit);
        side.axis->setTitleText(side.quantity.isEmpty() ? fit.unit : titled);
        mapping.min[i] = fit.min;
        mapping.max[i] = fit.max;
        mapping.factor[i] = fit.factor;
    }
}
