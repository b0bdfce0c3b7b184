// Fuzz target for the query reply decoders (docs/aegis-api.md §5–6): any bytes must give a result
// or a reason, never a crash, and a result must keep the invariants the charts rely on
// (FuzzTarget.h says how it is built; corpus/query_reply/ its inputs).

#include "FuzzTarget.h"

#include "client/QueryReplyDecoder.h"

#include <QByteArray>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

using Fuzz::require;

bool sameValue(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

bool sameTables(const QueryResult &a, const QueryResult &b)
{
    if (a.rowCount != b.rowCount || a.tables.size() != b.tables.size())
        return false;
    for (qsizetype i = 0; i < a.tables.size(); ++i) {
        const QueryTable &x = a.tables.at(i);
        const QueryTable &y = b.tables.at(i);
        if (x.table != y.table || x.tags != y.tags || x.field != y.field || x.texts != y.texts
            || x.series.times() != y.series.times())
            return false;
        for (qsizetype k = 0; k < x.series.size(); ++k) {
            if (!sameValue(x.series.value(k), y.series.value(k)))
                return false;
        }
    }
    return true;
}

void checkQueryReply(const QByteArray &body)
{
    const Result<QueryResult> r = QueryReplyDecoder::decode(body);
    require(r.ok() == r.error().isEmpty());
    // The scanner, the On-Demand walk (in chunks when large: tiny ones in the fuzzer's build)
    // and the DOM reading the reply whole: the same outcome, down to the reason of a failure.
    const Result<QueryResult> whole = QueryReplyDecoder::decodeInOnePiece(body);
    const Result<QueryResult> walked = QueryReplyDecoder::decodeOnDemand(body);
    require(r.ok() == whole.ok() && walked.ok() == whole.ok());
    require(r.error() == whole.error() && walked.error() == whole.error());
    if (!r)
        return;
    require(sameTables(*r, *whole));
    require(sameTables(*walked, *whole));
    for (const QueryTable &t : r->tables) {
        require(t.series.times().size() == t.series.values().size());
        require(std::is_sorted(t.series.times().cbegin(), t.series.times().cend()));
        require(t.texts.isEmpty() || t.texts.size() == t.series.size());
        require(!t.series.isEmpty());
    }
}

} // namespace

AEGIS_FUZZ_TARGET(query_reply)
{
    checkQueryReply(Fuzz::bytes(data, size));
    return 0;
}
