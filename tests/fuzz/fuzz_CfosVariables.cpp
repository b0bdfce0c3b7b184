// Fuzz target for what a grid operator's cFos-compatible endpoint answers to get_cm_vars
// (client/CfosVarsReply, docs/tariffs.md "The grid operator's endpoint"). Any bytes give a
// reading or a reason; a reading holds only values in their ranges (FuzzTarget.h says how it is
// built; corpus/cfos_vars/ its inputs).

#include "FuzzTarget.h"

#include "client/CfosVarsReply.h"

#include <cmath>

AEGIS_FUZZ_TARGET(cfos_vars)
{
    using Fuzz::require;
    const Result<CfosVarsReply> reply = CfosVarsReply::decode(Fuzz::bytes(data, size));
    require(reply.ok() == reply.error().isEmpty());
    if (!reply)
        return 0;
    require(qsizetype(size) <= CfosVarsReply::kMaxBytes);
    require(reply->variableCount >= 0 && reply->variableCount <= CfosVarsReply::kMaxVariables);
    if (reply->availPercent)
        require(std::isfinite(*reply->availPercent) && *reply->availPercent >= 0 && *reply->availPercent <= 100);
    if (reply->tariffFlag)
        require(*reply->tariffFlag == TariffFlag::Calendar || *reply->tariffFlag == TariffFlag::Reduced);
    return 0;
}
