#pragma once

#include "cli/CliBemsExport.h"
#include "cli/CliCostRequest.h"
#include "cli/CliOptions.h"
#include "cli/CliQuery.h"
#include "cli/CliUnitCheck.h"
#include "core/Schedule.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <memory>
#include <optional>

class ApiError;
class CertificateTrust;
class CliCostRun;
class CliSession;
class CliTrust;
class SchedulerApi;

// Runs the command of one aegis-cli invocation and reports its exit code through finished().
// Everything a command can refuse without the server (options, the schedule FILE) is checked
// before the password is looked up, so a mistake costs no login.
class CliCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommands)

public:
    explicit CliCommands(const CliOptions &options, QObject *parent = nullptr);
    ~CliCommands() override;

    // Call from the event loop; finished() follows once.
    void run();

signals:
    void finished(int exitCode);

private:
    bool prepare();
    void loggedIn();
    void runLogin();
    void runForget();
    void runQuery();
    void runScheduleGet();
    void runScheduleSet();
    void runScheduleHistory();
    void runTrust();
    void runTariff();
    void runCost();
    void runExportBems();

    int schedulerId() const;
    // Prints the error and finishes with its exit code.
    void fail(const ApiError &error);
    void fail(int exitCode, const QString &message);
    // Writes data to stdout and finishes (Failure when stdout is gone).
    void output(const QByteArray &data, int exitCode = 0);
    void finish(int exitCode);

    const CliOptions &m_options;
    const CliSettings &m_settings;
    std::unique_ptr<CliSession> m_session;
    std::unique_ptr<SchedulerApi> m_scheduler;
    std::unique_ptr<CertificateTrust> m_certificates; // trust only; other commands use the session's
    std::unique_ptr<CliTrust> m_trust;
    std::optional<CliQuery> m_query;
    std::optional<Schedule> m_draft;
    std::optional<CliUnitCheck> m_unitCheck;
    std::optional<CliCostRequest> m_costRequest;
    std::unique_ptr<CliCostRun> m_costRun;
    std::optional<CliBemsExport::Request> m_bemsRequest;
    std::unique_ptr<CliBemsExport> m_bemsExport;
    QDateTime m_expectedUpdateTime;
    QDateTime m_historyFrom;
    QDateTime m_historyTo;
    bool m_finished = false;
};
