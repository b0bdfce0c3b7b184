#pragma once

#include "client/MeterRoles.h"

#include <QCoreApplication>
#include <QString>

// A meter's role in the operator's words, next to its ID: "Ma1 · grid connection
// (HERMES_SM000001)" in legends and titles, "grid connection" in the site tree.
class MeterRoleText final
{
    Q_DECLARE_TR_FUNCTIONS(MeterRoleText)

public:
    static QString roleName(MeterRole role);
    // The circuit, the role and the ID; a device with no known role keeps its ID alone.
    static QString label(const MeterRoles &roles, const QString &device);
};
