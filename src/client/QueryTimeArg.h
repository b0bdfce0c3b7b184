#pragma once

#include "core/Duration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The `start` or `stop` of a query as the client sends it (docs/aegis-api.md §5): an instant
// (written ISO-8601 UTC with milliseconds and Z), a time relative to the server's now ("-7d",
// "-1h30m", "+2d"), or "0" for the beginning of data. The server resolves the relative forms,
// so a query keeps meaning "the last 7 days" however late it is sent or retried.
class QueryTimeArg final
{
    Q_DECLARE_TR_FUNCTIONS(QueryTimeArg)

public:
    enum class Kind { Absolute, Relative, BeginningOfData };

    // An instant; converts implicitly so that `range(from, to)` takes QDateTimes.
    QueryTimeArg(const QDateTime &instant); // NOLINT(google-explicit-constructor)

    static QueryTimeArg at(const QDateTime &instant) { return QueryTimeArg(instant); }
    static QueryTimeArg atMs(qint64 msSinceEpoch);
    // Relative to the server's now, as the contract writes it: "-10s", "-6h", "-7d", "-1mo".
    static QueryTimeArg relative(QAnyStringView text);
    // `length` before the server's now: ago(Duration(7, Duration::Unit::Day)) is "-7d".
    static QueryTimeArg ago(const Duration &length);
    // "0": from the first stored point (the vendor's "current value" queries use it).
    static QueryTimeArg beginningOfData();

    Kind kind() const { return m_kind; }
    bool isAbsolute() const { return m_kind == Kind::Absolute; }
    // Milliseconds since the epoch of an absolute argument; 0 for the other kinds.
    qint64 absoluteMs() const { return m_ms; }

    // The parameter value: "2024-06-26T16:00:00.000Z", "-7d" or "0".
    QString toString() const;
    // Why the server would refuse it, translated; empty when fine.
    QString problem() const;

    friend bool operator==(const QueryTimeArg &, const QueryTimeArg &) = default;

private:
    QueryTimeArg() = default;

    Kind m_kind = Kind::BeginningOfData;
    qint64 m_ms = 0;
    bool m_validInstant = true;
    QString m_relative;
};
