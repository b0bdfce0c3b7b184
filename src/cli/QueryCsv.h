#pragma once

#include "client/FieldUnits.h"
#include "client/QueryParameters.h"
#include "client/QueryResult.h"

#include <QByteArray>
#include <QTimeZone>
#include <optional>

// A decoded query reply (docs/aegis-api.md §5–6) as CSV whose header names every column with its
// unit and the zone of its times:
//   table shape  time (UTC),DeviceName,field,value (W)       (value,unit when units differ)
//   pivoted      time (UTC),DeviceName,LoadPower (W),BatSoC (%)
// Rows keep the reply's order: table by table, oldest first. Nulls are empty cells. Written by
// CsvWriter in its script style (no byte-order mark, LF), numbers as NumberText writes them.
class QueryCsv final
{
public:
    struct Shape
    {
        FieldUnits::Scope scope = FieldUnits::Scope::Device;
        std::optional<QueryTimeFunction> timeFunction;
        std::optional<QueryGroupFunction> groupFunction;
        bool pivoted = false;
        QTimeZone zone = QTimeZone::utc();
    };

    static QByteArray write(const QueryResult &result, const Shape &shape);

private:
    static QByteArray tableShape(const QueryResult &result, const Shape &shape);
    static QByteArray pivotedShape(const QueryResult &result, const Shape &shape);
};
