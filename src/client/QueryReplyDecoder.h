#pragma once

#include "client/QueryResult.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>

// Reads the body of a device or domain query reply (aegis-api.md §5–6) into series: both the
// table shape (`_field`/`_value`) and the pivoted one, any key order, extra keys, text and
// null values, rows out of time order. Replies run to tens of megabytes, so the JSON is read
// with simdjson rather than QJsonDocument. Never throws; anything unreadable is a failure
// whose reason names the row (counted from 1) and the key.
class QueryReplyDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(QueryReplyDecoder)

public:
    static Result<QueryResult> decode(const QByteArray &body);
    // The same without splitting a large reply into chunks; for tests that both agree.
    static Result<QueryResult> decodeInOnePiece(const QByteArray &body);
    // The same in a worker thread of QThreadPool::globalInstance(), for replies too large to
    // decode in the GUI thread.
    static QFuture<Result<QueryResult>> decodeAsync(QByteArray body);
};
