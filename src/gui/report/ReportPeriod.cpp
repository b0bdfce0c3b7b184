#include "gui/report/ReportPeriod.h"

#include "gui/timechart/ReportWriter.h"

#include <QRegularExpression>

namespace {

struct PresetKey
{
    const char *key;
    TimeRange::Preset preset;
};

constexpr PresetKey kPresets[] = {
    {"today", TimeRange::Preset::Today},    {"24h", TimeRange::Preset::Last24Hours}, {"7d", TimeRange::Preset::Last7Days},
    {"30d", TimeRange::Preset::Last30Days}, {"month", TimeRange::Preset::ThisMonth}, {"12mo", TimeRange::Preset::Last12Months},
};

} // namespace

QStringList ReportPeriod::presetKeys()
{
    QStringList keys;
    for (const PresetKey &p : kPresets)
        keys << QString::fromLatin1(p.key);
    return keys;
}

std::optional<TimeRange::Preset> ReportPeriod::presetOf(const QString &key)
{
    for (const PresetKey &p : kPresets) {
        if (key.compare(QLatin1String(p.key), Qt::CaseInsensitive) == 0)
            return p.preset;
    }
    return std::nullopt;
}

Result<TimeRange> ReportPeriod::wholeDays(const QString &from, const QString &to, const QTimeZone &zone)
{
    const QDate first = QDate::fromString(from, Qt::ISODate);
    const QDate last = QDate::fromString(to, Qt::ISODate);
    if (!first.isValid())
        return Result<TimeRange>::failure(tr("--from needs a date as yyyy-MM-dd, not “%1”").arg(from));
    if (!last.isValid())
        return Result<TimeRange>::failure(tr("--to needs a date as yyyy-MM-dd, not “%1”").arg(to));
    if (last < first)
        return Result<TimeRange>::failure(tr("--to (%1) is before --from (%2)").arg(to, from));
    return TimeRange::custom(first.startOfDay(zone), last.addDays(1).startOfDay(zone), zone);
}

QString ReportPeriod::text(const TimeRange &range)
{
    ReportWriter::Header header;
    header.range = TimeInterval{range.start.toMSecsSinceEpoch(), range.stop.toMSecsSinceEpoch()};
    header.zone = range.zone;
    return ReportWriter::periodText(header);
}

QString ReportPeriod::fileName(const QString &site, const TimeRange &range, const QString &what, const QString &suffix)
{
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    const QString format = QStringLiteral("yyyy-MM-dd");
    const QString first = range.start.toTimeZone(range.zone).toString(format);
    // The period ends at `stop`, so its last day is the one before a stop at midnight.
    const QString last = range.stop.addMSecs(-1).toTimeZone(range.zone).toString(format);
    QString name = site + QLatin1Char('_') + first + QLatin1Char('_') + last;
    const QString cleaned = QString(what).replace(refused, QStringLiteral("-")).simplified();
    if (!cleaned.isEmpty())
        name += QLatin1Char('_') + cleaned;
    return name + QLatin1Char('.') + suffix;
}
