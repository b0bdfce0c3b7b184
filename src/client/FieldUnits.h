#pragma once

#include "client/QueryParameters.h"

#include <QString>
#include <QStringView>
#include <optional>

// The unit of each field of the query replies (docs/aegis-api.md §4 device outputs, §6 domain
// statistics), in the one place that knows them: CSV headers, chart axes and tables ask here.
class FieldUnits final
{
public:
    // Device fields and domain fields share names; only PR differs (a device's PR has no unit
    // in the vendor's list, the domain's is a percentage).
    enum class Scope { Device, Domain };

    // "W", "kWh", "%", "°C", "W/m²", ...; empty for text fields, ratios, identifiers and
    // names the contract does not list.
    static QString unitOf(QStringView field, Scope scope = Scope::Device);

    // The unit of the values a query gives after its time_function and group_function:
    // `integral` multiplies by seconds (W becomes W·s), `count` counts points (no unit).
    static QString afterAggregation(const QString &unit, std::optional<QueryTimeFunction> timeFunction,
                                    std::optional<QueryGroupFunction> groupFunction = std::nullopt);
};
