#pragma once

#include "optimize/LinearProgram.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// COIN-OR CBC (Debian's coinor-libcbc-dev, EPL) behind one small class: the only file that
// includes a CBC header. One API for the LP and for the MILP with binaries; a hard time limit;
// quiet (CBC's log goes nowhere).
class CbcSolver final
{
    Q_DECLARE_TR_FUNCTIONS(CbcSolver)

public:
    struct Solution
    {
        enum class Status {
            Optimal,
            TimeLimit, // stopped at the limit; x holds the best plan found, if any
            Infeasible,
            Failed,
        };
        Status status = Status::Failed;
        QList<double> x; // one value per column; empty when there is none
        double objective = 0;
        double seconds = 0;
        QString message; // translated, for a status other than Optimal

        bool hasPlan() const { return !x.isEmpty(); }
    };

    // The limit is CBC's CPU time per solve. An LP of a day takes milliseconds; the limit
    // matters for the binaries, where CBC finds a plan within a fraction of a percent of the
    // best long before it can prove it the best.
    explicit CbcSolver(double timeLimitSeconds = 0.5);

    Solution solve(const LinearProgram &program) const;

private:
    double m_timeLimitSeconds;
};
