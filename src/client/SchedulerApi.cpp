#include "client/SchedulerApi.h"

#include "client/SchedulerDecoder.h"

#include <algorithm>

SchedulerApi::SchedulerApi(AegisClient &client, int schedulerId)
    : m_client(client)
    , m_id(schedulerId)
{
}

QString SchedulerApi::path() const
{
    return QStringLiteral("power_schedulers/%1").arg(m_id);
}

void SchedulerApi::fetch(QObject *context, StateCallback done)
{
    m_client.get(path(), {}, context, [observer = m_observer, done = std::move(done)](const ApiResult &r) {
        if (!r.ok())
            return done(r.error, {});
        const Result<SchedulerState> state = SchedulerDecoder::decodeState(r.body);
        if (!state)
            return done(ApiError(ApiError::Kind::MalformedReply, r.httpStatus, {}, state.error()), {});
        if (observer)
            observer(*state);
        done({}, *state);
    });
}

void SchedulerApi::fetchHistory(const QDateTime &from, const QDateTime &to, QObject *context, HistoryCallback done)
{
    QUrlQuery query;
    if (from.isValid())
        query.addQueryItem(QStringLiteral("start"), from.toUTC().toString(Qt::ISODateWithMs));
    if (to.isValid())
        query.addQueryItem(QStringLiteral("stop"), to.toUTC().toString(Qt::ISODateWithMs));
    m_client.get(path() + QStringLiteral("/history"), query, context, [done = std::move(done)](const ApiResult &r) {
        if (!r.ok())
            return done(r.error, {});
        const Result<SchedulerHistory> history = SchedulerDecoder::decodeHistory(r.body);
        if (!history)
            return done(ApiError(ApiError::Kind::MalformedReply, r.httpStatus, {}, history.error()), {});
        done({}, *history);
    });
}

void SchedulerApi::apply(const Schedule &draft, const QDateTime &baseUpdateTime, QObject *context, ApplyCallback done)
{
    fetch(context,
          [this, draft, baseUpdateTime, context, done = std::move(done)](const ApiError &error, const SchedulerState &server) {
              if (error.isError())
                  return done({ApplyOutcome::Status::Unknown, error, std::nullopt, {}});
              if (baseUpdateTime.isValid() && server.updateTime != baseUpdateTime) {
                  return done({ApplyOutcome::Status::Conflict, ApiError(ApiError::Kind::None), server,
                               tr("The schedule was changed on the server at %1, after your draft was started.")
                                   .arg(server.updateTime.toString(Qt::ISODateWithMs))});
              }
              m_client.patch(path(), SchedulerDecoder::encodePatch(draft), context,
                             [this, draft, context, done](const ApiResult &r) {
                                 if (r.error.kind() == ApiError::Kind::BadRequest)
                                     return done({ApplyOutcome::Status::Rejected, r.error, std::nullopt, {}});
                                 // Success or an ambiguous failure: only the server's current windows tell.
                                 readBack(draft, r.error, context, done);
                             });
          });
}

void SchedulerApi::readBack(const Schedule &sent, const ApiError &patchError, QObject *context, ApplyCallback done)
{
    fetch(context, [sent, patchError, done = std::move(done)](const ApiError &error, const SchedulerState &server) {
        if (error.isError())
            return done({ApplyOutcome::Status::Unknown, patchError.isError() ? patchError : error, std::nullopt, {}});
        if (server.schedule.sameWindowsAs(sent))
            return done({ApplyOutcome::Status::Applied, {}, server, {}});
        return done({ApplyOutcome::Status::NotApplied, patchError.isError() ? patchError : ApiError(ApiError::Kind::None), server,
                     describeDifference(sent, server.schedule)});
    });
}

QString SchedulerApi::describeDifference(const Schedule &sent, const Schedule &held)
{
    QStringList lines;
    const Schedule a = sent.sorted();
    const Schedule b = held.sorted();
    for (const ScheduleWindow &w : a.windows()) {
        const bool found = std::any_of(b.windows().cbegin(), b.windows().cend(), [&](const ScheduleWindow &x) {
            return x.startSecond == w.startSecond && x.stopSecond == w.stopSecond && x.powerW == w.powerW;
        });
        if (!found)
            lines.append(tr("sent but not on the server: %1").arg(w.describe()));
    }
    for (const ScheduleWindow &w : b.windows()) {
        const bool found = std::any_of(a.windows().cbegin(), a.windows().cend(), [&](const ScheduleWindow &x) {
            return x.startSecond == w.startSecond && x.stopSecond == w.stopSecond && x.powerW == w.powerW;
        });
        if (!found)
            lines.append(tr("on the server but not sent: %1").arg(w.describe()));
    }
    return lines.join(QLatin1Char('\n'));
}
