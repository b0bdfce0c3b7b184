#pragma once

// Replies and comparisons for the tests of QueryReplyDecoder and of its readers.

#include "client/QueryResult.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace QueryReplies {

qint64 ms(const char *iso);

// What two tables hold, without their table numbers (which differ between the two shapes).
QString sameContent(const QueryTable &a, const QueryTable &b);

// The same as sameContent, and the outcome, the table numbers, null texts and the bits of every
// value (-0.0 is not 0.0): for the decoder's readers, which must agree exactly. Empty when equal.
QString sameBits(const Result<QueryResult> &a, const Result<QueryResult> &b);

// A reply like the emulator's, made to try the decoder's readers: tables of both shapes whose
// rows repeat the keys and many values of the row before (as real replies do) and change the
// rest, with spaces in some tables, escapes, texts beyond ASCII, numbers of every form (and
// values near halfway between two doubles), literals, numeric tags, missing and extra keys.
QByteArray variedReply(quint32 seed, int tables);

// The vendor document's sample rows (pivot_columns 範例).
extern const QByteArray kVendorTable;
extern const QByteArray kVendorPivot;

} // namespace QueryReplies
