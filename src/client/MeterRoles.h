#pragma once

#include "client/SiteLayout.h"

#include <QHash>
#include <QString>
#include <QStringList>

// What a smart meter measures on the site, in the operator's words.
enum class MeterRole {
    Unknown,
    GridConnection, // building K's connection to the grid (Type "Grid" on the smart panel)
    PvStrings, // the string inverters' circuit (Type "Solar")
    BatteryCircuit, // the batteries' circuit (Type "Battery")
    AirConditioningCircuit,
    LightingCircuit,
    LoadCircuit,
    BuildingAMain, // building A's main meter, K_Master (Type "Grid", off the smart panel)
};

// The role of each smart meter, learned from the meters' own Type readings (docs/aegis-api.md
// §4) and their descriptions; until a Type is read, building K's known layout answers
// (docs/emulator.md "Meters" lists the same).
class MeterRoles final
{
public:
    explicit MeterRoles(const SiteLayout &layout = SiteLayout::buildingK());

    // Type "Grid" names both the grid connection and building A's main meter: the description
    // tells them apart (a smart-panel circuit, or K_Master).
    static MeterRole roleOf(const QString &type, const QString &description);
    // "Ma1" from "電表 智慧電盤迴路:Ma1", "K_Master" from "電表 K_Master (A棟電表)"; empty when none.
    static QString circuitOf(const QString &description);

    // A Type read from the meter; true when it changed what is known.
    bool learnType(const QString &device, const QString &type);
    MeterRole role(const QString &device) const;
    QString circuit(const QString &device) const;
    // The meters of a role, by name.
    QStringList metersWith(MeterRole role) const;

private:
    struct Meter
    {
        QString description;
        QString type;
    };
    QHash<QString, Meter> m_meters;
    QStringList m_order;
};
