#pragma once

#include "core/Tariff.h"

#include <QColor>
#include <QList>
#include <QString>

class DayAxis;
class QPainter;
class QPalette;

// The tariff's periods of one kind of day drawn behind a 24-hour axis (the schedule's
// timeline): a light tint over the plot's height and a stronger band along its top, in one
// colour per kind of period, so that a window can be seen to sit in the peak or off it.
namespace TariffShading {

// The colour of a period's kind: peak red, semi-peak amber, off-peak green, any other kind a
// plan names in the grid's colour.
QColor color(const QString &kind, const QPalette &palette);
// A period's name at the start of a line or label: "Peak".
QString title(const QString &kind);

void paint(QPainter &p, const DayAxis &axis, const QList<TariffPeriod> &periods, const QPalette &palette);

// "Peak 16:00–22:00, NT$ 9.39/kWh": the period at a second of the day, empty when none.
QString describeAt(const QList<TariffPeriod> &periods, int secondOfDay);

} // namespace TariffShading
