#pragma once

#include "client/AegisClient.h"
#include "client/SchedulerState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>
#include <optional>

// The scheduler routes of docs/aegis-api.md §7 on top of AegisClient, and the one safe way to send
// windows: never blindly, always confirmed by reading them back.
class SchedulerApi
{
    Q_DECLARE_TR_FUNCTIONS(SchedulerApi)

public:
    static constexpr int kBuildingKScheduler = 4;

    explicit SchedulerApi(AegisClient &client, int schedulerId = kBuildingKScheduler);

    int schedulerId() const { return m_id; }

    using StateCallback = std::function<void(const ApiError &, const SchedulerState &)>;
    using HistoryCallback = std::function<void(const ApiError &, const SchedulerHistory &)>;

    void fetch(QObject *context, StateCallback done);
    // Told of every state read from the server, before the caller is (e.g. to learn the site's zone).
    using StateObserver = std::function<void(const SchedulerState &)>;
    void setStateObserver(StateObserver observer) { m_observer = std::move(observer); }
    // Invalid times leave the server's default (the last 7 days).
    void fetchHistory(const QDateTime &from, const QDateTime &to, QObject *context, HistoryCallback done);

    struct ApplyOutcome
    {
        enum class Status {
            Applied, // the server holds exactly what was sent (confirmed by reading back)
            Conflict, // update_time moved since the draft's base: nothing was sent
            Rejected, // the server refused the windows (400): nothing changed
            NotApplied, // the server answered, but reading back shows other windows
            Unknown, // the PATCH failed ambiguously and reading back failed too
        };
        Status status = Status::Unknown;
        ApiError error; // why, for everything but Applied
        std::optional<SchedulerState> server; // the server's state as last read
        QString difference; // for NotApplied: what differs, in words
    };
    using ApplyCallback = std::function<void(const ApplyOutcome &)>;

    // GET; if `baseUpdateTime` is valid and the server's update_time differs, stop (Conflict).
    // Else PATCH once (never retried), then GET and compare with what was sent. After an
    // ambiguous PATCH failure (timeout, lost connection, 5xx) the read-back decides.
    void apply(const Schedule &draft, const QDateTime &baseUpdateTime, QObject *context, ApplyCallback done);

    // What differs between two schedules, one line per window, or empty.
    static QString describeDifference(const Schedule &sent, const Schedule &held);

private:
    QString path() const;
    void readBack(const Schedule &sent, const ApiError &patchError, QObject *context, ApplyCallback done);

    AegisClient &m_client;
    int m_id;
    StateObserver m_observer;
};
