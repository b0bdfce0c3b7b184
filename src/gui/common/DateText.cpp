#include "gui/common/DateText.h"

#include "gui/common/Units.h"

namespace DateText {

QString date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : Units::unknown();
}

QString minutes(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return Units::unknown();
    return instant.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace DateText
