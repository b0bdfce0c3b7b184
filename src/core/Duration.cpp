#include "core/Duration.h"

#include <QRegularExpression>
#include <optional>

Duration::Duration(qint64 count, Unit unit)
    : m_count(count)
    , m_unit(unit)
{
}

QString Duration::unitSuffix(Unit unit)
{
    switch (unit) {
    case Unit::Second:
        return QStringLiteral("s");
    case Unit::Minute:
        return QStringLiteral("m");
    case Unit::Hour:
        return QStringLiteral("h");
    case Unit::Day:
        return QStringLiteral("d");
    case Unit::Week:
        return QStringLiteral("w");
    case Unit::Month:
        return QStringLiteral("mo");
    case Unit::Year:
        return QStringLiteral("y");
    }
    return {};
}

qint64 Duration::fixedMs() const
{
    switch (m_unit) {
    case Unit::Second:
        return m_count * 1000;
    case Unit::Minute:
        return m_count * 60'000;
    case Unit::Hour:
        return m_count * 3'600'000;
    default:
        return 0;
    }
}

QString Duration::toString() const
{
    return QString::number(m_count) + unitSuffix(m_unit);
}

Result<Duration> Duration::parse(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+)(mo|s|m|h|d|w|y)"));
    const QString s = text.trimmed();
    if (s.isEmpty())
        return Result<Duration>::failure(tr("The window length is empty; write a number and a unit such as 15m, 1h, 1d or 1mo."));

    qint64 fixedSeconds = 0;
    std::optional<Duration> calendar;
    int parts = 0;
    qsizetype pos = 0;
    while (pos < s.size()) {
        const QRegularExpressionMatch m =
            part.match(s, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return Result<Duration>::failure(
                tr("\"%1\" is not a window length; write a number and a unit (s, m, h, d, w, mo, y) such as 15m, 1h, 1d or 1mo.")
                    .arg(s));
        bool ok = false;
        const qint64 count = m.captured(1).toLongLong(&ok);
        if (!ok || count <= 0 || count > 1'000'000'000)
            return Result<Duration>::failure(
                tr("\"%1\" is not a window length: the number must be positive and reasonable.").arg(s));
        const QString u = m.captured(2);
        const Unit unit = u == u"s" ? Unit::Second
            : u == u"m"             ? Unit::Minute
            : u == u"h"             ? Unit::Hour
            : u == u"d"             ? Unit::Day
            : u == u"w"             ? Unit::Week
            : u == u"mo"            ? Unit::Month
                                    : Unit::Year;
        const Duration d(count, unit);
        if (d.isCalendar())
            calendar = d;
        else
            fixedSeconds += d.fixedMs() / 1000;
        ++parts;
        pos = m.capturedEnd();
    }
    if (calendar && parts > 1)
        return Result<Duration>::failure(
            tr("\"%1\": a calendar length (d, w, mo, y) cannot be combined with other units.").arg(s));
    if (calendar)
        return *calendar;
    if (fixedSeconds % 3600 == 0)
        return Duration(fixedSeconds / 3600, Unit::Hour);
    if (fixedSeconds % 60 == 0)
        return Duration(fixedSeconds / 60, Unit::Minute);
    return Duration(fixedSeconds, Unit::Second);
}
