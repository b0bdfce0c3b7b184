#include "client/MeterRoles.h"

namespace {

// Building K's meters as docs/emulator.md "Meters" lists them: the answer until a Type is read.
const char *fallbackType(const QString &circuit)
{
    static const QHash<QString, const char *> types{
        {QStringLiteral("Ma1"), "Grid"},     {QStringLiteral("Ma2"), "Solar"},
        {QStringLiteral("Ma3"), "Battery"},  {QStringLiteral("Ba4"), "AirConditioning"},
        {QStringLiteral("Ba5"), "Lighting"}, {QStringLiteral("Ba6"), "Load"},
        {QStringLiteral("Ba7"), "Load"},     {QStringLiteral("Ba8"), "Load"},
        {QStringLiteral("Ba9"), "Load"},     {QStringLiteral("K_Master"), "Grid"}};
    return types.value(circuit, "");
}

} // namespace

MeterRoles::MeterRoles(const SiteLayout &layout)
{
    for (const SiteLayout::Device &d : layout.devices) {
        if (d.type != u"smart_meter")
            continue;
        m_meters.insert(d.name, {d.description, QString::fromLatin1(fallbackType(circuitOf(d.description)))});
        m_order.append(d.name);
    }
}

QString MeterRoles::circuitOf(const QString &description)
{
    // The vendor writes the smart panel's circuits after a colon (full-width or not).
    for (const QChar colon : {QChar(u'：'), QChar(u':')}) {
        const qsizetype at = description.lastIndexOf(colon);
        if (at >= 0)
            return description.mid(at + 1).trimmed();
    }
    if (description.contains(u"K_Master"))
        return QStringLiteral("K_Master");
    return {};
}

MeterRole MeterRoles::roleOf(const QString &type, const QString &description)
{
    if (type == u"Grid")
        return description.contains(u"K_Master") ? MeterRole::BuildingAMain : MeterRole::GridConnection;
    if (type == u"Solar")
        return MeterRole::PvStrings;
    if (type == u"Battery")
        return MeterRole::BatteryCircuit;
    if (type == u"AirConditioning")
        return MeterRole::AirConditioningCircuit;
    if (type == u"Lighting")
        return MeterRole::LightingCircuit;
    if (type == u"Load")
        return MeterRole::LoadCircuit;
    return MeterRole::Unknown;
}

bool MeterRoles::learnType(const QString &device, const QString &type)
{
    if (type.isEmpty())
        return false;
    if (!m_meters.contains(device))
        m_order.append(device);
    Meter &m = m_meters[device];
    if (m.type == type)
        return false;
    m.type = type;
    return true;
}

MeterRole MeterRoles::role(const QString &device) const
{
    const auto it = m_meters.constFind(device);
    return it == m_meters.cend() ? MeterRole::Unknown : roleOf(it->type, it->description);
}

QString MeterRoles::circuit(const QString &device) const
{
    return circuitOf(m_meters.value(device).description);
}

QStringList MeterRoles::metersWith(MeterRole role) const
{
    QStringList out;
    for (const QString &name : m_order) {
        if (this->role(name) == role)
            out.append(name);
    }
    return out;
}
