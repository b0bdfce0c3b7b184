#pragma once

#include "client/QueryResult.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>

// Reads the body of a device or domain query reply (docs/aegis-api.md §5–6) into series: both the
// table shape (`_field`/`_value`) and the pivoted one, any key order, extra keys, text and
// null values, rows out of time order. Replies run to tens of megabytes, so they are not read
// with QJsonDocument: a scanner made for their flat rows (QueryReplyScanner) reads them, twice
// as fast as simdjson's On-Demand walk (bench_decode); that walk reads what it declines, and
// simdjson's DOM gives the reasons. Never throws; anything unreadable is a failure whose reason
// names the row (counted from 1) and the key.
class QueryReplyDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(QueryReplyDecoder)

public:
    static Result<QueryResult> decode(const QByteArray &body);
    // The same read by simdjson's DOM as a whole, without the scanner or chunks: the reference
    // the fast paths must agree with, for tests.
    static Result<QueryResult> decodeInOnePiece(const QByteArray &body);
    // The same without the scanner: simdjson's On-Demand walk (the DOM for reasons), as decode()
    // reads what its scanner declines; for tests and bench_decode.
    static Result<QueryResult> decodeOnDemand(const QByteArray &body);
    // decode() in a worker thread of QThreadPool::globalInstance(), for replies too large to
    // decode in the GUI thread.
    static QFuture<Result<QueryResult>> decodeAsync(QByteArray body);
    // simdjson's kernel on this machine, e.g. "haswell (Intel/AMD AVX2)": its parsing stage
    // is chosen at run time, its On-Demand walk is compiled for the build's target.
    static QString simdjsonKernel();
};
