#pragma once

#include <QString>

// The names the desktop app runs under (QCoreApplication's organization and application), and
// the folders derived from them that aegis-cli shares with it: a process of another name (the
// CLI) finds the console's data where the console's own QStandardPaths::AppDataLocation is.
namespace AppIdentity {

inline QString organizationName()
{
    return QStringLiteral("AEGIS");
}
inline QString consoleApplicationName()
{
    return QStringLiteral("aegis-console");
}

// The console's AppDataLocation, whatever application asks: $XDG_DATA_HOME/AEGIS/aegis-console.
QString consoleDataDirectory();
// The operator's tariff plans (TariffLibrary): consoleDataDirectory() + "/tariffs".
QString tariffDirectory();

} // namespace AppIdentity
