#include "gui/common/TimeSpanText.h"

#include <algorithm>

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

QString TimeSpanText::span(qint64 seconds, const QLocale &locale)
{
    const qint64 s = std::max<qint64>(seconds, 0);
    const auto n = [&locale](qint64 v) { return locale.toString(v); };
    QString text;
    if (s >= kDay)
        text = tr("%1 d %2 h").arg(n(s / kDay), n((s % kDay) / kHour));
    else if (s >= kHour)
        text = tr("%1 h %2 min").arg(n(s / kHour), n((s % kHour) / kMinute));
    else if (s >= kMinute)
        text = tr("%1 min %2 s").arg(n(s / kMinute), n(s % kMinute));
    else
        text = tr("%1 s").arg(n(s));
    // One span is one phrase: a wrapped label must not break "2 h | 14 min".
    return text.replace(QLatin1Char(' '), QChar::Nbsp);
}

QString TimeSpanText::ago(qint64 seconds, const QLocale &locale)
{
    const qint64 s = std::max<qint64>(seconds, 0);
    if (s < kMinute)
        return tr("just now");
    if (s < kHour)
        return tr("%1 min ago").arg(locale.toString(s / kMinute));
    if (s < kDay)
        return tr("%1 h ago").arg(locale.toString(s / kHour));
    return tr("%1 d ago").arg(locale.toString(s / kDay));
}
