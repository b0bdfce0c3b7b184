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
            TimeLimit, // stopped at the time or node limit; x holds the best plan found, if any
            Infeasible,
            Failed,
        };
        Status status = Status::Failed;
        QList<double> x; // one value per column; empty when there is none
        double objective = 0;
        double bound = 0; // the least objective any plan can have, as far as the search proved it
        int nodes = 0; // of the branch-and-bound search
        double seconds = 0;
        QString message; // translated, for a status other than Optimal

        bool hasPlan() const { return !x.isEmpty(); }
    };

    // The limit is CBC's CPU time per solve. An LP of a day takes milliseconds; the limit
    // matters for the binaries, where CBC finds a plan within a fraction of a percent of the
    // best long before it can prove it the best.
    explicit CbcSolver(double timeLimitSeconds = 0.5);

    // A limit on the branch-and-bound nodes: unlike the time limit, the same program stops at
    // the same point on any machine under any load, so the answer repeats. Negative: none.
    void setNodeLimit(int nodes) { m_nodeLimit = nodes; }
    // Stop once the best plan found is proven within this fraction of the best possible.
    void setRelativeGap(double gap) { m_relativeGap = gap; }

    // `start`: (column, value) of a plan's integer columns to start the search from (CBC
    // computes the continuous ones); the search returns nothing worse than it.
    Solution solve(const LinearProgram &program, const QList<std::pair<int, double>> &start = {}) const;

private:
    double m_timeLimitSeconds;
    int m_nodeLimit = -1;
    double m_relativeGap = 1e-4;
};
