#include "core/ScheduleWindow.h"

#include <QCoreApplication>
#include <cmath>

QString ScheduleWindow::formatSecondOfDay(int secondOfDay)
{
    const bool negative = secondOfDay < 0;
    const int s = std::abs(secondOfDay);
    const int hours = s / 3600;
    const int minutes = (s % 3600) / 60;
    const int seconds = s % 60;
    QString text = QStringLiteral("%1:%2").arg(hours, 2, 10, QLatin1Char('0')).arg(minutes, 2, 10, QLatin1Char('0'));
    if (seconds != 0)
        text += QStringLiteral(":%1").arg(seconds, 2, 10, QLatin1Char('0'));
    return negative ? QStringLiteral("-") + text : text;
}

QString ScheduleWindow::formatPower(double watts)
{
    // U+2212 MINUS SIGN reads better than a hyphen next to digits.
    const QString sign = watts < 0 ? QStringLiteral("\u2212") : (watts > 0 ? QStringLiteral("+") : QString());
    const double magnitude = std::abs(watts);
    if (magnitude >= 1000.0)
        return sign + QString::number(magnitude / 1000.0, 'g', 6) + QStringLiteral(" kW");
    return sign + QString::number(magnitude, 'g', 6) + QStringLiteral(" W");
}

QString ScheduleWindow::describe() const
{
    return QCoreApplication::translate("ScheduleWindow", "%1–%2, %3")
        .arg(formatSecondOfDay(startSecond), formatSecondOfDay(stopSecond), formatPower(powerW));
}

QList<ScheduleWindow> ScheduleWindow::fromStartAndDuration(int startSecond, int durationSeconds, double powerW)
{
    Q_ASSERT(durationSeconds > 0 && durationSeconds <= kSecondsPerDay);
    const int start = ((startSecond % kSecondsPerDay) + kSecondsPerDay) % kSecondsPerDay;
    const int stop = start + durationSeconds;
    if (stop <= kSecondsPerDay)
        return {ScheduleWindow{start, stop, powerW, {}}};
    return {ScheduleWindow{start, kSecondsPerDay, powerW, {}}, ScheduleWindow{0, stop - kSecondsPerDay, powerW, {}}};
}
