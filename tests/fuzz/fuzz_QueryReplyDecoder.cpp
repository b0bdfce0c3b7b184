// libFuzzer entry point for the reply decoders: any bytes must give a result or a reason, never
// a crash, and a result must keep the invariants the charts rely on. Built two ways
// (tests/fuzz/CMakeLists.txt): with clang's -fsanitize=fuzzer as `fuzz_QueryReplyDecoder`, and
// with a small main as `tst_FuzzCorpus`, which replays the seed corpus in CI.

#include "client/QueryReplyDecoder.h"
#if __has_include("client/SchedulerDecoder.h")
#include "client/SchedulerDecoder.h"
#define AEGIS_FUZZ_SCHEDULER 1
#endif

#include <QByteArray>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort(); // the fuzzer reports it with the input that broke it
}

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

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Raw data: no copy and no terminating '\0', so a read past the end is caught.
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkQueryReply(body);
#ifdef AEGIS_FUZZ_SCHEDULER
    const Result<SchedulerState> state = SchedulerDecoder::decodeState(body);
    require(state.ok() == state.error().isEmpty());
    const Result<SchedulerHistory> history = SchedulerDecoder::decodeHistory(body);
    require(history.ok() == history.error().isEmpty());
#endif
    return 0;
}
