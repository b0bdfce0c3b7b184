// Fuzz target for the scheduler's replies (docs/aegis-api.md §7): the client's decoder of the
// scheduler object (GET and PATCH), of its history, and the `crons` codec under both. Any bytes
// give a result or a reason; windows that decode are encoded to a text that decodes to the same
// windows, and encoding again gives the same text (FuzzTarget.h says how it is built;
// corpus/scheduler_replies/ its inputs).

#include "FuzzTarget.h"

#include "client/SchedulerDecoder.h"
#include "core/CronsCodec.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Fuzz::require;

// decode(encode(s)) == s, and encode is a fixed point after one round.
void checkRoundTrip(const Schedule &schedule)
{
    const QString text = CronsCodec::encode(schedule);
    const Result<Schedule> again = CronsCodec::decode(text);
    require(again.ok());
    require(*again == schedule);
    require(CronsCodec::encode(*again) == text);
}

void checkCrons(const QString &crons)
{
    const Result<Schedule> schedule = CronsCodec::decode(crons);
    require(schedule.ok() == schedule.error().isEmpty());
    if (!schedule)
        return;
    require(schedule->size() <= Schedule::kMaxWindows);
    checkRoundTrip(*schedule);
}

void checkState(const QByteArray &body)
{
    const Result<SchedulerState> state = SchedulerDecoder::decodeState(body);
    require(state.ok() == state.error().isEmpty());
    if (!state)
        return;
    // The windows are those of the crons text the server sent, and the PATCH body carries them.
    const Result<Schedule> fromText = CronsCodec::decode(state->cronsText);
    require(fromText.ok() && *fromText == state->schedule);
    const QJsonObject patch = QJsonDocument::fromJson(SchedulerDecoder::encodePatch(state->schedule)).object();
    const Result<Schedule> patched = CronsCodec::decode(patch.value(QStringLiteral("crons")).toString());
    require(patched.ok() && *patched == state->schedule);
    checkRoundTrip(state->schedule);
}

void checkHistory(const QByteArray &body)
{
    const Result<SchedulerHistory> history = SchedulerDecoder::decodeHistory(body);
    require(history.ok() == history.error().isEmpty());
    if (!history)
        return;
    for (const SchedulerRecord &record : history->records) {
        require(record.time.isValid());
        require(!record.type.isEmpty());
    }
}

} // namespace

AEGIS_FUZZ_TARGET(scheduler_replies)
{
    const QByteArray body = Fuzz::bytes(data, size);
    checkState(body);
    checkHistory(body);
    checkCrons(QString::fromUtf8(body));
    return 0;
}
