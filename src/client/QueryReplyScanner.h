#pragma once

#include "client/QueryResult.h"

#include <QByteArray>

// Part of QueryReplyDecoder: its fast path. Reads the body of a query reply (docs/aegis-api.md
// §5–6) straight into QueryRowReader, without building a parse of the whole reply first: a
// reply is a flat list of flat rows, and a scanner that knows so reads it several times faster
// than a general JSON parser. It reads only what it can read exactly as simdjson reads it, so
// it declines anything else (malformed JSON, nested values, rare number and escape forms, rows
// QueryRowReader refuses): QueryReplyDecoder then reads the reply with simdjson, which gives
// the same result or the reason.
class QueryReplyScanner final
{
public:
    // Fills `result` (empty on entry) and returns true, or returns false and `result` is to be
    // discarded.
    static bool read(const QByteArray &body, QueryResult &result);
};
