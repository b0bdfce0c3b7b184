#pragma once

#include "cli/CliCostRequest.h"
#include "cli/CliOptions.h"
#include "client/ApiError.h"
#include "client/CostInputsQueries.h"
#include "client/SchedulerState.h"

#include <QByteArray>
#include <QObject>
#include <QUrlQuery>
#include <functional>

class AegisClient;
class SchedulerApi;

// The server side of `schedule cost`, `schedule suggest` and `cost`, once logged in: reads the
// scheduler (the site's zone, domain and windows), runs the queries CostInputsQueries builds,
// and computes the figures with core (ScheduleCost, GridBill) and optimize (ScheduleSuggester).
class CliCostRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCostRun)

public:
    // exitCode 0 with the output to print, or the exit code and the message.
    using Done = std::function<void(int exitCode, const QByteArray &output, const QString &error)>;

    CliCostRun(AegisClient &client, SchedulerApi &scheduler, const CliCostRequest &request, CliCommand command, CliFormat format,
               QObject *parent = nullptr);

    void run(Done done);

private:
    using Next = std::function<void(const QueryResult &)>;
    void query(const QString &path, const QUrlQuery &query, Next next);
    void fetchDayInputs();
    void finishScheduleCost();
    void finishSuggest();
    void fetchEnergies();
    void fail(const ApiError &error);
    void fail(int exitCode, const QString &message);

    AegisClient &m_client;
    SchedulerApi &m_scheduler;
    const CliCostRequest &m_request;
    CliCommand m_command;
    CliFormat m_format;
    Done m_done;
    SchedulerState m_state;
    SiteScope m_scope;
    QDate m_today;
    QDate m_day;
    CostInputs m_inputs;
    QueryResult m_energies;
};
