#include "core/SiteZone.h"

QTimeZone SiteZone::fallback()
{
    return QTimeZone(QByteArrayLiteral("Asia/Taipei"));
}

QTimeZone SiteZone::fromId(const QString &ianaId)
{
    const QTimeZone zone(ianaId.toUtf8());
    return !ianaId.isEmpty() && zone.isValid() ? zone : fallback();
}
