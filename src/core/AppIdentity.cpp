#include "core/AppIdentity.h"

#include <QStandardPaths>

namespace AppIdentity {

QString consoleDataDirectory()
{
    // AppDataLocation is GenericDataLocation/<organization>/<application> on Linux; written out
    // so that aegis-cli, which runs under its own name, reads the same folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') + organizationName()
        + QLatin1Char('/') + consoleApplicationName();
}

QString tariffDirectory()
{
    return consoleDataDirectory() + QStringLiteral("/tariffs");
}

} // namespace AppIdentity
