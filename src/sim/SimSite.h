#pragma once

#include "core/Result.h"
#include "sim/CfosVariables.h"
#include "sim/SimOptions.h"
#include "sim/SimReply.h"

#include <QObject>
#include <QUrlQuery>
#include <memory>

class SimClock;

// The simulated building K behind the AEGIS routes: its clock, history, live simulation,
// query engine and scheduler. Not thread-safe: use it from the thread it lives in (the
// server's). HTTP, tokens and transport faults are SimServer's business, not this class's.
class SimSite final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimSite)

public:
    // Building K's power scheduler; any other id is 404 (docs/aegis-api.md §7).
    static constexpr int kSchedulerId = 4;

    explicit SimSite(const SimOptions &options, QObject *parent = nullptr);
    ~SimSite() override;

    // Reads the input files and computes the history up to "now". An error names the file,
    // line and problem.
    Result<bool> start();

    SimClock &clock();
    qint64 nowMs() const;

    // AEGIS routes (docs/aegis-api.md §5–7). Each brings the simulation up to "now" first.
    SimReply deviceQuery(const QUrlQuery &query);
    SimReply domainQuery(const QUrlQuery &query);
    SimReply scheduler(int id); // GET power_schedulers/{id}
    SimReply patchScheduler(int id, const QByteArray &body); // PATCH power_schedulers/{id}
    SimReply schedulerHistory(int id, const QUrlQuery &query); // GET power_schedulers/{id}/history

    // Control (the /sim/ API).
    double acceleration() const;
    void setAcceleration(double factor);
    SimReply addEssUnit(); // one more Pomcube unit, from now on
    SimReply removeEssUnit(); // the unit added last (never below one)
    SimReply saveState(const QString &path) const;
    SimReply loadState(const QString &path);
    // Faults that live in the site rather than the transport (docs/emulator.md "Fault injection").
    void setPatchAcceptedButNotApplied(bool on) { m_patchNotApplied = on; }
    bool patchAcceptedButNotApplied() const { return m_patchNotApplied; }
    // Another operator changes the windows now; update_time moves.
    void editScheduleBehindTheClientsBack();
    // A JSON summary for GET /sim/state: time, acceleration, units, SOC, scheduler state.
    SimReply status() const;

    // The grid operator's variables (cFos API, docs/emulator.md "The grid operator (cFos API)").
    // Setting them brings the site up to now first; AVAIL caps import from the next minute on.
    const CfosVariables &gridVariables() const { return m_gridVariables; }
    Result<bool> setGridVariables(const QList<CfosVariables::Variable> &variables, bool clear);
    // GET /sim/grid: the connection, what limits it now, the variables, the grid operator's
    // events of the history and the next days, and the overruns.
    SimReply gridStatus();

    // Brings the simulation up to the clock's "now".
    void catchUp();

private:
    struct Private;
    std::unique_ptr<Private> d;
    bool m_patchNotApplied = false;
    CfosVariables m_gridVariables;
};
