#pragma once

#include "client/QueryRowReader.h"

#include <cstddef>
#include <vector>

namespace simdjson::dom {
class array;
}

// Part of QueryReplyDecoder: hands the rows of a reply (docs/aegis-api.md §5–6) to
// QueryRowReader as cells, from simdjson's On-Demand walk of the bytes (for what the scanner
// declines) or from its DOM (the reference, which also gives the reasons). Never throws:
// simdjson is used through its error codes only.
class QueryReplyWalk final
{
public:
    explicit QueryReplyWalk(QueryRowReader &rows);
    Q_DISABLE_COPY_MOVE(QueryReplyWalk)

    // The rows of one list of rows (the whole reply, or one chunk of it made into a list), walked
    // On-Demand: `capacity` bytes are readable from `json`, at least SIMDJSON_PADDING more than
    // `size`. False when anything is amiss, the JSON or a row; the DOM then says what. The views
    // in the cells die with the next call.
    bool readOnDemand(const char *json, size_t size, size_t capacity);

    // The rows of a parsed reply or chunk; false with QueryRowReader::error() saying which row.
    static bool readDom(const simdjson::dom::array &rows, QueryRowReader &reader);

private:
    QueryRowReader &m_rows;
    // The cells of the row being read, over those of the row before (m_previousCount of them),
    // each compared with the one it replaces: most keys and tag values repeat.
    std::vector<QueryRowCell> m_cells;
    size_t m_previousCount = 0;
};
