#pragma once

#include "optimize/CbcSolver.h"
#include "optimize/LinearProgram.h"

#include "core/DayProfile.h"
#include "core/SocProjection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A limit the plan could not keep, and by how much. Limits are soft in the program with a
// stated penalty, so a request that cannot be met still gets a plan that says what it broke.
struct PlanViolation
{
    Q_DECLARE_TR_FUNCTIONS(PlanViolation)

public:
    enum class Limit {
        ImportCap, // import above the cap: amount in kWh over the day, worst in kW
        SocFloor, // the battery below its lowest SOC: amount in percentage points (worst)
        EndSoc, // the day ends below the SOC asked for: amount in percentage points
    };
    Limit limit = Limit::ImportCap;
    double amount = 0;
    double worstKw = 0; // ImportCap only
    int firstStep = -1;

    QString describe() const;
    // "import_cap", "soc_floor", "end_soc": the names aegis-cli's JSON uses.
    QString key() const;
};

// What the day's plan is made from; powers kW, prices NT$/kWh, one value per quarter-hour.
struct PlanInput
{
    DaySteps solarKw{};
    DaySteps loadKw{};
    DaySteps importPrice{};
    double feedInRate = 0;
    double importCapKw = LinearProgram::kInfinity;
    double exportCapKw = LinearProgram::kInfinity;
    BatteryModel battery;
    double startSocPercent = 50;
    double endSocPercent = 50; // at least this at 24:00
};

// The best battery power for every quarter-hour of a day, without the scheduler's shape.
struct DayPlan
{
    DaySteps batteryKw{}; // AC side, > 0 charging
    DaySteps socPercent{}; // at each step's start
    double endSocPercent = 0;
    double energyCost = 0; // NT$: import × price − export × feed-in, without penalties or tie-breakers
    QList<PlanViolation> violations;
    int binarySteps = 0; // steps the LP charged and discharged (or imported and exported) in, re-solved with binaries
    CbcSolver::Solution::Status status = CbcSolver::Solution::Status::Failed;
    QString message; // why there is no plan, translated
    double solverSeconds = 0;

    bool ok() const { return status == CbcSolver::Solution::Status::Optimal || status == CbcSolver::Solution::Status::TimeLimit; }
};

// The day as a linear program (docs/suggest.md): per step charge, discharge, import, export,
// curtailment and stored energy; the balance at the grid connection; the stored energy's
// balance with both efficiencies; the limits. Minimises the day's cost plus a small cost per
// kWh cycled (cycling is not free) and tie-breakers a thousand times smaller than a price step,
// so that Taipower's flat blocks, which have many optima, resolve the same way every time.
class DayPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(DayPlanner)

public:
    // NT$ per kWh (or per percentage point for SOC) on each soft limit: breaking the cap costs
    // most, the SOC floor next, the end SOC least.
    static constexpr double kImportCapPenalty = 1000.0;
    static constexpr double kSocFloorPenalty = 300.0;
    static constexpr double kEndSocPenalty = 100.0;
    static constexpr double kCyclingCost = 0.02; // NT$ per kWh through the battery
    static constexpr double kTieBreak = 1e-4;

    static DayPlan plan(const PlanInput &input, const CbcSolver &solver);

    // The program itself, for tests that check a plan against it. `oneWay` lists the steps
    // that get binaries: one that lets the battery either charge or discharge, one that lets
    // the connection either import or export.
    static LinearProgram program(const PlanInput &input, const QList<int> &oneWay = {});

    // Where each quarter-hour's variables sit among program()'s columns (kW, stored energy in
    // kWh at the step's end); the binaries of the one-way steps follow all of them.
    struct Columns
    {
        static constexpr int perStep = 8;
        QList<int> oneWay;

        static int charge(int t) { return t * perStep + 0; }
        static int discharge(int t) { return t * perStep + 1; }
        static int import(int t) { return t * perStep + 2; }
        static int exportKw(int t) { return t * perStep + 3; }
        static int curtail(int t) { return t * perStep + 4; }
        static int stored(int t) { return t * perStep + 5; }
        static int overCap(int t) { return t * perStep + 6; }
        static int belowFloor(int t) { return t * perStep + 7; }
        static int endShort() { return kStepsPerDay * perStep; }
        int importMode(int i) const { return endShort() + 1 + i; } // i: index into oneWay
        int count() const { return importMode(int(oneWay.size())); }
    };
};
