#pragma once

#include "gui/timechart/ChartSeries.h"
#include "gui/timechart/SeriesShapes.h"

#include <limits>

class QValueAxis;

// The two value axes of a TimeChart: which series goes on which side (by unit), and each axis
// fitted to what is drawn, in a readable unit ("kW"), titled with it.
class ChartValueAxes final
{
public:
    ChartValueAxes(QValueAxis *left, QValueAxis *right);

    QValueAxis *axis(int side) const { return m_sides[side].axis; }

    // The side (0 left, 1 right) of each series: explicit sides first, then each unit where its
    // first series went, the first unit left and a second one right.
    QList<int> assignSides(const QList<ChartSeries> &series);
    // "Power" → "Power (kW)".
    void setQuantity(int side, const QString &quantity) { m_sides[side].quantity = quantity; }
    // Raw units; NaN, NaN for automatic.
    void setFixedRange(int side, double min, double max);

    // Fits both axes to the shapes about to be drawn and writes their ends and unit factors
    // into the mapping.
    void update(const QList<SeriesShapes::Prepared> &prepared, double plotHeight, SeriesShapes::Mapping &mapping);

private:
    struct Side
    {
        QValueAxis *axis = nullptr;
        QString quantity;
        double fixedMin = std::numeric_limits<double>::quiet_NaN();
        double fixedMax = std::numeric_limits<double>::quiet_NaN();
        QString unit;
        bool used = false;
    };
    Side m_sides[2];
};
