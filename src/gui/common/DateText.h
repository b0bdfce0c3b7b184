#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Dates and instants as the app shows them in every language: ISO order, 24-hour clock
// ("2026-12-07", "2026-12-07 15:04"), the same as the charts' axes, never the locale's short
// form (US "12/7/26 3:04 PM" reads as July in Taiwan). Numbers keep the locale (Translations).
namespace DateText {

QString date(const QDate &date);
// The instant in `zone` to the minute; "—" when invalid.
QString minutes(const QDateTime &instant, const QTimeZone &zone);

} // namespace DateText
