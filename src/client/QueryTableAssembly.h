#pragma once

#include "client/QueryResult.h"
#include "client/QueryRowGroups.h"

#include <QStringList>
#include <string>
#include <unordered_map>
#include <vector>

// Part of QueryRowReader: once every row is read, makes the QueryTables of its series: times
// shared by the fields of pivoted rows, texts as lists (equal ones shared), rows out of time
// order sorted stably. Out of the row reader's hot loop.
class QueryTableAssembly final
{
public:
    QueryTableAssembly() = default;
    Q_DISABLE_COPY_MOVE(QueryTableAssembly)

    // Moves the series into `result`'s tables, in the order they first appeared.
    void assemble(std::vector<QueryRows::Group> &groups, std::vector<QueryRows::Shape> &shapes, QueryResult &result);

private:
    QStringList textsOf(const QueryRows::Group &g, qsizetype n, bool shareable);

    std::unordered_map<std::string, QStringList> m_finishedTexts; // by their runs (textsOf)
};
