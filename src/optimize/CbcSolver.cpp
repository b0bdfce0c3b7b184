#include "optimize/CbcSolver.h"

#include <QElapsedTimer>
#include <cmath>
#include <coin/Cbc_C_Interface.h>
#include <coin/CoinFinite.hpp>
#include <memory>
#include <vector>

namespace {

// CBC's own infinity for an absent bound.
double bound(double v)
{
    return std::isinf(v) ? (v > 0 ? COIN_DBL_MAX : -COIN_DBL_MAX) : v;
}

struct ModelDeleter
{
    void operator()(Cbc_Model *m) const { Cbc_deleteModel(m); }
};

} // namespace

CbcSolver::CbcSolver(double timeLimitSeconds)
    : m_timeLimitSeconds(timeLimitSeconds)
{
}

CbcSolver::Solution CbcSolver::solve(const LinearProgram &program, const QList<std::pair<int, double>> &mipStart) const
{
    QElapsedTimer clock;
    clock.start();
    Solution out;
    const int columns = int(program.columns().size());
    const int rows = int(program.rows().size());

    // Column-major (CSC) matrix, as Cbc_loadProblem takes it.
    std::vector<std::vector<std::pair<int, double>>> byColumn(static_cast<size_t>(columns));
    for (int r = 0; r < rows; ++r) {
        for (const auto &[column, coefficient] : program.rows().at(r).terms)
            byColumn[size_t(column)].push_back({r, coefficient});
    }
    std::vector<CoinBigIndex> start{0};
    std::vector<int> index;
    std::vector<double> value;
    std::vector<double> colLower, colUpper, cost, rowLower, rowUpper;
    for (int c = 0; c < columns; ++c) {
        for (const auto &[row, coefficient] : byColumn[size_t(c)]) {
            index.push_back(row);
            value.push_back(coefficient);
        }
        start.push_back(CoinBigIndex(index.size()));
        const LinearProgram::Column &col = program.columns().at(c);
        colLower.push_back(bound(col.lower));
        colUpper.push_back(bound(col.upper));
        cost.push_back(col.cost);
    }
    for (const LinearProgram::Row &r : program.rows()) {
        rowLower.push_back(bound(r.lower));
        rowUpper.push_back(bound(r.upper));
    }

    std::unique_ptr<Cbc_Model, ModelDeleter> model(Cbc_newModel());
    Cbc_loadProblem(model.get(), columns, rows, start.data(), index.data(), value.data(), colLower.data(), colUpper.data(),
                    cost.data(), rowLower.data(), rowUpper.data());
    Cbc_setObjSense(model.get(), 1.0); // minimise
    for (int c = 0; c < columns; ++c) {
        if (program.columns().at(c).integer)
            Cbc_setInteger(model.get(), c);
    }
    Cbc_setLogLevel(model.get(), 0);
    Cbc_setMaximumSeconds(model.get(), m_timeLimitSeconds);
    if (m_nodeLimit >= 0)
        Cbc_setMaximumNodes(model.get(), m_nodeLimit);
    // A plan within 0.01 % of the best is the best for an operator; proving more costs seconds.
    Cbc_setAllowableFractionGap(model.get(), m_relativeGap);
    if (!mipStart.isEmpty()) {
        std::vector<int> startColumns;
        std::vector<double> startValues;
        for (const auto &[column, v] : mipStart) {
            startColumns.push_back(column);
            startValues.push_back(v);
        }
        Cbc_setMIPStartI(model.get(), int(startColumns.size()), startColumns.data(), startValues.data());
    }
    Cbc_solve(model.get());

    const double *x = Cbc_getColSolution(model.get());
    const bool optimal = Cbc_isProvenOptimal(model.get());
    if (optimal) {
        out.status = Solution::Status::Optimal;
    } else if (Cbc_isProvenInfeasible(model.get())) {
        out.status = Solution::Status::Infeasible;
        out.message = tr("The solver found no plan that keeps every hard limit.");
    } else if (Cbc_status(model.get()) == 1 && Cbc_isNodeLimitReached(model.get())) {
        out.status = Solution::Status::TimeLimit;
        out.message = tr("The solver stopped at its limit of %1 nodes.").arg(m_nodeLimit);
    } else if (Cbc_status(model.get()) == 1) {
        out.status = Solution::Status::TimeLimit;
        out.message = tr("The solver stopped at its time limit of %1 s.").arg(m_timeLimitSeconds);
    } else {
        out.status = Solution::Status::Failed;
        out.message = tr("The solver failed (status %1).").arg(Cbc_status(model.get()));
    }
    if (x && out.status != Solution::Status::Infeasible && out.status != Solution::Status::Failed) {
        out.x = QList<double>(x, x + columns);
        out.objective = Cbc_getObjValue(model.get());
        out.bound = optimal ? out.objective : std::min(out.objective, Cbc_getBestPossibleObjValue(model.get()));
    }
    out.nodes = Cbc_getNodeCount(model.get());
    out.seconds = double(clock.nsecsElapsed()) / 1e9;
    return out;
}
