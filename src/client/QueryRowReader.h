#pragma once

#include "client/QueryResult.h"

#include <QString>
#include <memory>
#include <string_view>

// One key and its value in a reply row, as a JSON reader found them (QueryReplyWalk, or
// QueryReplyScanner). Views stay valid until endChunk().
struct QueryRowCell
{
    // The JSON types, numbers split as simdjson's DOM splits them.
    enum class Kind : quint8 { Null, False, True, Integer, Unsigned, Real, Text, List, Object };

    std::string_view key;
    std::string_view text; // Kind::Text
    union {
        qint64 integer = 0; // Kind::Integer
        quint64 whole; // Kind::Unsigned: above the range of qint64
        double real; // Kind::Real
    };
    Kind kind = Kind::Null;
    // The value is that of the previous row's cell at this place (the On-Demand walk and the
    // scanner compare; simdjson's DOM rows never say so).
    bool sameValue = false;
};

// Part of QueryReplyDecoder: turns the rows of a parsed reply (docs/aegis-api.md §5–6) into
// QueryTables, one row of cells at a time (from QueryReplyWalk or QueryReplyScanner), over the
// whole reply or chunk after chunk of it. Rows of a table share their tags, so most rows cost
// one comparison with the row before; text values are shared QStrings. Its state and the
// appending are in QueryRowReaderRows.h, the keys in QueryRowKeys.h, the series in
// QueryRowGroups.h; QueryTableAssembly makes the tables (sorting rows out of time order).
class QueryRowReader final
{
public:
    explicit QueryRowReader(QueryResult &result);
    ~QueryRowReader();
    Q_DISABLE_COPY_MOVE(QueryRowReader)

    // The next row, as the keys and values of an object in reply order; false, with error()
    // saying which row and key, on a row that is not a query row.
    // `sameKeys`: the keys are those of the previous row, in the same order.
    bool readRow(const QueryRowCell *cells, size_t count, bool sameKeys = false);
    // The next row is not an object but a value of this kind: false, with error() saying so.
    bool notARow(QueryRowCell::Kind kind);
    // After each chunk: the parser's strings are about to be overwritten.
    void endChunk();
    // Moves everything read into the result.
    void finish();
    const QString &error() const;

    // A key or a value from the reply for a message: bounded, since the reply may be anything.
    static QString quoted(std::string_view text);

private:
    class Rows;
    std::unique_ptr<Rows> d;
};
