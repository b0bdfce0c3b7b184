#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>
#include <utility>

// Instants (ms since the epoch, UTC) as wall-clock text in one time zone, the site's, not the
// machine's. The zone's UTC offset is cached for the span between two transitions, so formatting
// a million sorted times (CSV, table) costs one zone lookup per DST period rather than per row.
// Not thread-safe: each user keeps its own instance.
class ZonedTimeFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ZonedTimeFormat)

public:
    explicit ZonedTimeFormat(QTimeZone zone = QTimeZone::utc());

    const QTimeZone &zone() const { return m_zone; }

    // Offset from UTC in seconds at this instant (DST included).
    int offsetSeconds(qint64 ms) const;
    // The instant as if the wall clock were UTC: localMs / 86'400'000 is the local day number.
    qint64 localMs(qint64 ms) const { return ms + qint64(offsetSeconds(ms)) * 1000; }

    // Any QDateTime pattern without zone letters ("yyyy-MM-dd HH:mm", "MM-dd").
    QString format(qint64 ms, const QString &pattern) const;
    // "2024-07-03 08:00" / "2024-07-03 08:00:05" without going through QDateTime.
    QString dateTimeMinutes(qint64 ms) const;
    QString dateTimeSeconds(qint64 ms, bool withMilliseconds = false) const;
    // "+08:00", "-03:30", "+00:00".
    static QString offsetText(int offsetSeconds);

    // "Asia/Taipei"; "UTC" for UTC.
    QString zoneName() const;
    // "Asia/Taipei, UTC+08:00", or "Europe/Berlin, UTC+01:00/+02:00" when [fromMs, toMs] crosses
    // a DST change, so the reader knows which offset the wall-clock times carry.
    QString zoneWithOffsets(qint64 fromMs, qint64 toMs) const;
    // Whether the offset changes anywhere in [fromMs, toMs].
    bool offsetChangesWithin(qint64 fromMs, qint64 toMs) const;

private:
    // Smallest and largest offset in force anywhere in [fromMs, toMs].
    std::pair<int, int> offsetRange(qint64 fromMs, qint64 toMs) const;

    QTimeZone m_zone;
    // The offset holds for [m_validFromMs, m_validToMs).
    mutable qint64 m_validFromMs = 1;
    mutable qint64 m_validToMs = 0;
    mutable int m_offsetSeconds = 0;
};
