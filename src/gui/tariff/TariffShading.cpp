#include "gui/tariff/TariffShading.h"

#include "gui/common/AppPalette.h"
#include "gui/schedule/DayAxis.h"
#include "gui/tariff/TariffPeriodsEditor.h"

#include <QCoreApplication>
#include <QPainter>

namespace {

constexpr double kTint = 0.10; // behind the windows: seen, never in the way
constexpr double kBandHeight = 4.0;

} // namespace

QColor TariffShading::color(const QString &kind, const QPalette &palette)
{
    if (kind == u"peak")
        return AppPalette::color(AppPalette::Role::Critical, palette);
    if (kind == u"semiPeak")
        return AppPalette::color(AppPalette::Role::Warning, palette);
    if (kind == u"offPeak")
        return AppPalette::color(AppPalette::Role::Good, palette);
    return AppPalette::color(AppPalette::Role::Grid, palette);
}

QString TariffShading::title(const QString &kind)
{
    QString name = Tariff::periodName(kind);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

void TariffShading::paint(QPainter &p, const DayAxis &axis, const QList<TariffPeriod> &periods, const QPalette &palette)
{
    const QRectF plot = axis.plot();
    for (const TariffPeriod &period : periods) {
        const double left = axis.x(period.startMinute * 60.0);
        const double right = axis.x(period.endMinute * 60.0);
        const QColor c = color(period.kind, palette);
        p.fillRect(QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom())), AppPalette::faded(c, kTint));
        p.fillRect(QRectF(QPointF(left, plot.top()), QPointF(right, plot.top() + kBandHeight)), AppPalette::faded(c, 0.7));
    }
}

QString TariffShading::describeAt(const QList<TariffPeriod> &periods, int secondOfDay)
{
    for (const TariffPeriod &period : periods) {
        if (!period.contains(secondOfDay / 60))
            continue;
        //: %1 a period ("Peak"), %2 and %3 times, %4 the price in NT$/kWh
        return QCoreApplication::translate("TariffShading", "%1 %2–%3, NT$ %4/kWh")
            .arg(title(period.kind), TariffPeriodsEditor::minuteText(period.startMinute),
                 TariffPeriodsEditor::minuteText(period.endMinute), QString::number(period.price, 'f', 2));
    }
    return {};
}
