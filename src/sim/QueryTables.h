#pragma once

#include "sim/QueryEngine.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

// The table steps of a query after device selection (docs/aegis-api.md §5 evaluation order):
// window + time function, regroup without `!` columns + group_function, difference, and the
// JSON writers for the plain and the pivoted shape.
namespace QueryTables {

// Rows of one table: raw points, or one per window with the time function applied.
// `error` is set (and nothing returned) for a function the table's type does not take.
std::vector<QueryEngine::Row> aggregate(const QueryEngine::InputTable &table, const QueryEngine::Window &window, QString &error);
// Without `every` each table holds one value for the whole range (`oneWindow`): rows then
// stand for the same window even when a selector kept each device's own point time.
QList<QueryEngine::OutputTable> regroup(QList<QueryEngine::OutputTable> tables, const QStringList &bang,
                                        std::optional<GroupFunction> fn, bool oneWindow);
void applyDifference(QList<QueryEngine::OutputTable> &tables);

QByteArray writeTables(const QList<QueryEngine::OutputTable> &tables);
// pivot_columns=_field: one row per time and remaining key, fields in `fieldOrder` first.
QByteArray writePivoted(const QList<QueryEngine::OutputTable> &tables, const QStringList &fieldOrder);

} // namespace QueryTables
