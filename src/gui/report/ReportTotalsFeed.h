#pragma once

#include "client/ApiError.h"
#include "gui/charts/TimeRange.h"
#include "gui/report/ReportTotals.h"

#include <QObject>
#include <functional>

class SiteConnection;

// Fetches a report's totals for its period (docs/product.md "The report"): the domain's energy
// counters, PR and curtailment over the whole period; the grid export from the grid-connection
// meter; the 15-minute means of the grid power for the peak import; and the scheduler's runs.
class ReportTotalsFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTotalsFeed)

public:
    // The site's connection to the grid: the smart meter of circuit Ma1, Type "Grid"
    // (docs/aegis-api.md §4). Its OutputEnergy counter is the energy exported.
    static constexpr QStringView kGridConnectionMeter = u"HERMES_SM000001";

    explicit ReportTotalsFeed(SiteConnection &connection, QObject *parent = nullptr);

    using Done = std::function<void(const ApiError &, const ReportTotals &)>;
    // `done` once, after every part answered; the first error fails the whole.
    void fetch(const TimeRange &range, Done done);

private:
    void fetchEnergies(const TimeRange &range);
    void fetchExport(const TimeRange &range);
    void fetchPeakImport(const TimeRange &range);
    void fetchScheduleRuns(const TimeRange &range);
    void partDone(int generation, const ApiError &error);

    SiteConnection &m_connection;
    ReportTotals m_totals;
    ApiError m_error;
    Done m_done;
    int m_pending = 0;
    int m_generation = 0;
};
