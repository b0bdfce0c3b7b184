#include "core/QueryTime.h"

#include "core/UtcTime.h"

#include <QRegularExpression>

Result<qint64> QueryTime::parseMs(const QString &input, const Clock &clock)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Result<qint64>::failure(tr("The time is empty."));

    static const QRegularExpression unixSeconds(QStringLiteral("^\\d{1,12}$"));
    if (unixSeconds.match(text).hasMatch())
        return text.toLongLong() * 1000;

    static const QRegularExpression relative(QStringLiteral("^([+-])((?:\\d+(?:mo|ms|s|m|h|d|w|y))+)$"));
    if (const QRegularExpressionMatch m = relative.match(text); m.hasMatch()) {
        const int sign = m.captured(1) == u"-" ? -1 : 1;
        static const QRegularExpression part(QStringLiteral("(\\d+)(mo|ms|s|m|h|d|w|y)"));
        qint64 fixedMs = 0;
        int months = 0;
        for (auto it = part.globalMatch(m.captured(2)); it.hasNext();) {
            const QRegularExpressionMatch p = it.next();
            bool ok = false;
            const qint64 n = p.captured(1).toLongLong(&ok);
            if (!ok || n > 100'000'000)
                return Result<qint64>::failure(tr("\"%1\" reaches too far from now.").arg(text));
            const QString unit = p.captured(2);
            if (unit == u"mo")
                months += int(n);
            else if (unit == u"y")
                months += int(n) * 12;
            else
                fixedMs += n
                    * (unit == u"ms"      ? 1
                           : unit == u"s" ? 1000
                           : unit == u"m" ? 60'000
                           : unit == u"h" ? 3'600'000
                           : unit == u"d" ? 86'400'000
                                          : 604'800'000);
        }
        QDateTime t = clock.now();
        if (months != 0)
            t = t.addMonths(sign * months);
        return t.toMSecsSinceEpoch() + sign * fixedMs;
    }

    if (const std::optional<qint64> ms = UtcTime::parse(text))
        return *ms;

    static const QRegularExpression looksLikeDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}"));
    if (looksLikeDate.match(text).hasMatch()) {
        static const QRegularExpression hasZone(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
        if (!hasZone.match(text).hasMatch())
            return Result<qint64>::failure(
                tr("\"%1\" has no time zone: end it with Z for UTC or an offset such as +08:00.").arg(text));
        return Result<qint64>::failure(tr("\"%1\" is not a valid date and time.").arg(text));
    }
    return Result<qint64>::failure(tr("\"%1\" is not a time: use ISO-8601 with Z or an offset, unix seconds, 0, "
                                      "or a time relative to now such as -6h, -7d or -1mo.")
                                       .arg(text));
}

Result<QDateTime> QueryTime::parse(const QString &text, const Clock &clock)
{
    const Result<qint64> ms = parseMs(text, clock);
    if (!ms)
        return Result<QDateTime>::failure(ms.error());
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
}
