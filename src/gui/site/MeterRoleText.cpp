#include "gui/site/MeterRoleText.h"

QString MeterRoleText::roleName(MeterRole role)
{
    switch (role) {
    case MeterRole::GridConnection:
        return tr("grid connection");
    case MeterRole::PvStrings:
        return tr("PV strings");
    case MeterRole::BatteryCircuit:
        return tr("battery circuit");
    case MeterRole::AirConditioningCircuit:
        return tr("air conditioning circuit");
    case MeterRole::LightingCircuit:
        return tr("lighting circuit");
    case MeterRole::LoadCircuit:
        return tr("load circuit");
    case MeterRole::BuildingAMain:
        return tr("building A main meter");
    case MeterRole::Unknown:
        break;
    }
    return {};
}

QString MeterRoleText::label(const MeterRoles &roles, const QString &device)
{
    const QString role = roleName(roles.role(device));
    if (role.isEmpty())
        return device;
    const QString circuit = roles.circuit(device);
    return circuit.isEmpty() ? tr("%1 (%2)", "meter role (ID)").arg(role, device)
                             : tr("%1 · %2 (%3)", "circuit · meter role (ID)").arg(circuit, role, device);
}
