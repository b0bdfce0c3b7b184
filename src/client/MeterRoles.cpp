#include "client/MeterRoles.h"

MeterRoles::MeterRoles(const SiteLayout &layout)
{
    Q_UNUSED(layout);
}

MeterRole MeterRoles::roleOf(const QString &, const QString &)
{
    return MeterRole::Unknown;
}

QString MeterRoles::circuitOf(const QString &)
{
    return {};
}

bool MeterRoles::learnType(const QString &, const QString &)
{
    return false;
}

MeterRole MeterRoles::role(const QString &) const
{
    return MeterRole::Unknown;
}

QString MeterRoles::circuit(const QString &) const
{
    return {};
}

QStringList MeterRoles::metersWith(MeterRole) const
{
    return {};
}
