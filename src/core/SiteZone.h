#pragma once

#include <QString>
#include <QTimeZone>

// The site's time zone: the one its scheduler reports (docs/aegis-api.md §7 `timezone`), and
// until then, or when the id is unknown here, building K's.
class SiteZone final
{
public:
    // Asia/Taipei, building K's.
    static QTimeZone fallback();
    // The zone of an IANA id, or fallback() when the id is empty or unknown on this machine.
    static QTimeZone fromId(const QString &ianaId);
};
