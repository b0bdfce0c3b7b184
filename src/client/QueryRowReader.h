#pragma once

#include "client/QueryResult.h"

#include <QString>

#include <memory>
#include <string_view>

namespace simdjson::dom {
class array;
}

// Part of QueryReplyDecoder: turns the rows of a parsed reply (aegis-api.md §5–6) into
// QueryTables, one simdjson array at a time (the whole reply, or chunk after chunk of it).
// Rows of a table share their tags, so most rows cost one comparison with the row before;
// text values are shared QStrings; rows out of time order are sorted stably at the end.
class QueryRowReader final
{
public:
    explicit QueryRowReader(QueryResult &result);
    ~QueryRowReader();
    Q_DISABLE_COPY_MOVE(QueryRowReader)

    // False, with error() saying which row and key, on a row that is not a query row.
    bool readRows(const simdjson::dom::array &rows);
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
