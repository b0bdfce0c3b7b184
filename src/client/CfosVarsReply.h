#pragma once

#include "core/Result.h"
#include "core/Tariff.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

// What a cFos-compatible endpoint's `GET /cnf?cmd=get_cm_vars` says about the grid operator's
// live limits (docs/tariffs.md "The grid operator's endpoint"): AVAIL (% of the connection's
// import capacity) and TARIF (0 normal, 1 reduced). The reply is untrusted input: it is bounded
// in size and count, and a value out of its range is refused with a reason, never clamped.
class CfosVarsReply final
{
    Q_DECLARE_TR_FUNCTIONS(CfosVarsReply)

public:
    static constexpr qsizetype kMaxBytes = 256 * 1024;
    static constexpr int kMaxVariables = 1024;

    std::optional<double> availPercent; // none: the grid operator set no AVAIL (full capacity)
    std::optional<TariffFlag> tariffFlag; // none: no TARIF (the calendar's period)
    int variableCount = 0; // every variable the endpoint listed

    // `{"vars": [{"name": "AVAIL", "expr": "50", "val": 50}, ...]}` (a bare array of the same
    // objects is read too). Names compare without regard to case; other variables are counted
    // and otherwise ignored.
    static Result<CfosVarsReply> decode(const QByteArray &body);
};
