#include "gui/timechart/ZonedTimeFormat.h"

#include "core/UtcTime.h"

#include <QDateTime>
#include <cstdlib>
#include <limits>

namespace {

constexpr qint64 kMinMs = std::numeric_limits<qint64>::min();
constexpr qint64 kMaxMs = std::numeric_limits<qint64>::max();

// UtcTime writes "2024-07-03T08:57:01.303Z"; the first `length` characters with a space for 'T'.
QString localText(qint64 localMs, int length)
{
    char text[UtcTime::kFormattedLength];
    UtcTime::formatTo(localMs, text);
    text[10] = ' ';
    return QString::fromLatin1(text, length);
}

} // namespace

ZonedTimeFormat::ZonedTimeFormat(QTimeZone zone)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
{
}

int ZonedTimeFormat::offsetSeconds(qint64 ms) const
{
    if (ms >= m_validFromMs && ms < m_validToMs)
        return m_offsetSeconds;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    m_offsetSeconds = m_zone.offsetFromUtc(at);
    m_validFromMs = kMinMs;
    m_validToMs = kMaxMs;
    if (m_zone.hasTransitions()) {
        // previousTransition() is strictly before its argument: a change exactly at `ms` counts.
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addMSecs(1));
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (previous.atUtc.isValid())
            m_validFromMs = previous.atUtc.toMSecsSinceEpoch();
        if (next.atUtc.isValid())
            m_validToMs = next.atUtc.toMSecsSinceEpoch();
        if (ms < m_validFromMs || ms >= m_validToMs) { // a zone database oddity: do not cache
            m_validFromMs = 1;
            m_validToMs = 0;
        }
    }
    return m_offsetSeconds;
}

QString ZonedTimeFormat::format(qint64 ms, const QString &pattern) const
{
    // Shifting to the wall clock and formatting as UTC keeps QDateTime from applying the
    // machine's zone.
    return QDateTime::fromMSecsSinceEpoch(localMs(ms), QTimeZone::utc()).toString(pattern);
}

QString ZonedTimeFormat::dateTimeMinutes(qint64 ms) const
{
    return localText(localMs(ms), 16);
}

QString ZonedTimeFormat::dateTimeSeconds(qint64 ms, bool withMilliseconds) const
{
    return localText(localMs(ms), withMilliseconds ? 23 : 19);
}

QString ZonedTimeFormat::offsetText(int offsetSeconds)
{
    const int a = std::abs(offsetSeconds);
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg(a % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString ZonedTimeFormat::zoneName() const
{
    return QString::fromUtf8(m_zone.id());
}

std::pair<int, int> ZonedTimeFormat::offsetRange(qint64 fromMs, qint64 toMs) const
{
    const int first = offsetSeconds(fromMs);
    std::pair<int, int> range{first, first};
    if (toMs < m_validToMs)
        return range;
    const auto utc = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()); };
    const QTimeZone::OffsetDataList changes = m_zone.transitions(utc(fromMs), utc(toMs));
    for (const QTimeZone::OffsetData &change : changes) {
        range.first = std::min(range.first, change.offsetFromUtc);
        range.second = std::max(range.second, change.offsetFromUtc);
    }
    return range;
}

bool ZonedTimeFormat::offsetChangesWithin(qint64 fromMs, qint64 toMs) const
{
    const auto [low, high] = offsetRange(fromMs, toMs);
    return low != high;
}

QString ZonedTimeFormat::zoneWithOffsets(qint64 fromMs, qint64 toMs) const
{
    const auto [low, high] = offsetRange(fromMs, toMs);
    const QString name = zoneName();
    if (low == 0 && high == 0 && name == u"UTC")
        return name;
    if (low == high)
        return tr("%1, UTC%2").arg(name, offsetText(low));
    return tr("%1, UTC%2/%3").arg(name, offsetText(low), offsetText(high));
}
