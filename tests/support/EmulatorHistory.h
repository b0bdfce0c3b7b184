#pragma once

#include "client/QueryResult.h"
#include "core/Result.h"

class SimSite;

// The emulator's load and solar of the four weeks before its "now", every quarter-hour in the
// site's zone: what Suggest makes its usual day from (docs/suggest.md "The day"), for tests and
// bench_suggest alike.
namespace EmulatorHistory {

Result<QueryResult> fourWeeks(SimSite &site);

} // namespace EmulatorHistory
