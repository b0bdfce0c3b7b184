#pragma once

#include "sim/QueryEngine.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// The table steps of a query after device selection (docs/aegis-api.md §5 evaluation order):
// window + time function, regroup without `!` columns + group_function, difference, and the
// JSON writers for the plain and the pivoted shape.
namespace QueryTables {

// The most one query reply may hold (docs/emulator.md "Limits"): a query that would exceed
// either is answered 413 with tooLarge()'s reason, before the reply is built in full.
#ifndef AEGIS_SIM_MAX_REPLY_ROWS // the fuzzer makes it small, to keep each query quick
#define AEGIS_SIM_MAX_REPLY_ROWS 2'000'000
#endif
inline constexpr qsizetype kMaxReplyRows = AEGIS_SIM_MAX_REPLY_ROWS;
inline constexpr qsizetype kMaxReplyBytes = qsizetype(256) * 1024 * 1024;
SimReply tooLarge();

// Rows of one table: raw points, or one per window with the time function applied.
// `error` is set (and nothing returned) for a function the table's type does not take.
// `budget` is the rows the reply may still hold: the table's rows are taken from it, and a
// table that would exceed it returns nothing and leaves `budget` negative.
std::vector<QueryEngine::Row> aggregate(const QueryEngine::InputTable &table, const QueryEngine::Window &window, QString &error,
                                        qsizetype &budget);
// Without `every` each table holds one value for the whole range (`oneWindow`): rows then
// stand for the same window even when a selector kept each device's own point time.
QList<QueryEngine::OutputTable> regroup(QList<QueryEngine::OutputTable> tables, const QStringList &bang,
                                        std::optional<GroupFunction> fn, bool oneWindow);
void applyDifference(QList<QueryEngine::OutputTable> &tables);

// The writers give nothing when the text would exceed kMaxReplyBytes.
std::optional<QByteArray> writeTables(const QList<QueryEngine::OutputTable> &tables);
// pivot_columns=_field: one row per time and remaining key, fields in `fieldOrder` first.
std::optional<QByteArray> writePivoted(const QList<QueryEngine::OutputTable> &tables, const QStringList &fieldOrder);

} // namespace QueryTables
