#pragma once

#include "client/BemsExport.h"
#include "client/SchedulerState.h"
#include "core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

class AegisClient;
class CliOptions;
class SchedulerApi;

// `export bems`: the site's quarter-hours of [--start, --stop) as the energy-trading platform's
// ABRI_BEMS file (docs/tariffs.md "BEMS export"), to --out or stdout. The scheduler names the
// site's zone and domain; BemsExport runs the queries and builds the rows.
class CliBemsExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliBemsExport)

public:
    struct Request
    {
        BemsExport::Range range;
        QString outFile; // empty: stdout
    };
    // The range (whole quarter-hours that are over, at most BemsExport::kMaxDays) and --out,
    // checked before anything is sent.
    static Result<Request> fromOptions(const CliOptions &options);

    // exitCode 0 with the file's text to print (empty when it went to --out), or the exit code
    // and the message.
    using Done = std::function<void(int exitCode, const QByteArray &output, const QString &error)>;

    CliBemsExport(AegisClient &client, SchedulerApi &scheduler, Request request, QObject *parent = nullptr);

    void run(Done done);

private:
    void write(const BemsCsv::Table &table);

    AegisClient &m_client;
    SchedulerApi &m_scheduler;
    Request m_request;
    Done m_done;
};
