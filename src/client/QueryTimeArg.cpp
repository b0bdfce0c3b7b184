#include "client/QueryTimeArg.h"

#include "core/UtcTime.h"

#include <QRegularExpression>

QueryTimeArg::QueryTimeArg(const QDateTime &instant)
    : m_kind(Kind::Absolute)
    , m_ms(instant.isValid() ? instant.toMSecsSinceEpoch() : 0)
    , m_validInstant(instant.isValid())
{
}

QueryTimeArg QueryTimeArg::atMs(qint64 msSinceEpoch)
{
    QueryTimeArg t;
    t.m_kind = Kind::Absolute;
    t.m_ms = msSinceEpoch;
    return t;
}

QueryTimeArg QueryTimeArg::relative(QAnyStringView text)
{
    QueryTimeArg t;
    t.m_kind = Kind::Relative;
    t.m_relative = text.toString().trimmed();
    return t;
}

QueryTimeArg QueryTimeArg::ago(const Duration &length)
{
    return relative(QString(QLatin1Char('-') + length.toString()));
}

QueryTimeArg QueryTimeArg::beginningOfData()
{
    return QueryTimeArg();
}

QString QueryTimeArg::toString() const
{
    switch (m_kind) {
    case Kind::Absolute:
        return m_validInstant ? UtcTime::format(m_ms) : QString();
    case Kind::Relative:
        return m_relative;
    case Kind::BeginningOfData:
        break;
    }
    return QStringLiteral("0");
}

QString QueryTimeArg::problem() const
{
    // UtcTime writes four-digit years only; anything outside would reach the server garbled.
    static const qint64 kFirstMs = UtcTime::daysFromCivil(0, 1, 1) * 86'400'000;
    static const qint64 kLastMs = UtcTime::daysFromCivil(10000, 1, 1) * 86'400'000 - 1;
    switch (m_kind) {
    case Kind::Absolute:
        if (!m_validInstant)
            return tr("The time is not a valid date and time.");
        if (m_ms < kFirstMs || m_ms > kLastMs)
            return tr("The time lies outside the years 0000 to 9999.");
        return {};
    case Kind::Relative: {
        // The forms QueryTime (and the server) read: a sign and number-unit parts.
        static const QRegularExpression form(QStringLiteral("^[+-](?:\\d{1,9}(?:mo|ms|s|m|h|d|w|y))+$"));
        if (!form.match(m_relative).hasMatch())
            return tr("\"%1\" is not a time relative to now; write a sign, a number and a unit, such as -30m, -6h, -7d or -1mo.")
                .arg(m_relative);
        return {};
    }
    case Kind::BeginningOfData:
        break;
    }
    return {};
}
