#pragma once

#include "core/UtcTime.h"
#include "sim/PowerScheduler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>
#include <optional>
#include <string_view>

// What the emulator's scheduler tests share: instants, the vendor's windows and units, and a
// driver that steps a PowerScheduler as the site model does.
namespace SchedulerTesting {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

inline qint64 at(const char *iso)
{
    const std::optional<qint64> ms = UtcTime::parse(std::string_view(iso));
    if (!ms)
        qFatal("bad time in test: %s", iso);
    return *ms;
}

// The vendor document's example: 01:00–03:00 charge 10 kW, 17:00–19:00 discharge 20 kW.
inline Schedule vendorSchedule()
{
    return Schedule({{61200, 68400, -20000, {}}, {3600, 10800, 10000, {}}});
}

inline const QTimeZone kTaipei("Asia/Taipei");
inline const QTimeZone kBerlin("Europe/Berlin");

inline QList<PowerScheduler::UnitSnapshot> vendorUnits()
{
    return {{QStringLiteral("AA-70-2211-01-0078-938"), 31, 0, 3224},
            {QStringLiteral("AA-70-2211-01-0217-874"), 30, 0, 3274},
            {QStringLiteral("AA-70-2212-01-0028-070"), 30.4, 0, 3281}};
}

inline QJsonObject parseObject(const QByteArray &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object: %s", text.constData());
    return doc.object();
}

// Steps the scheduler as the site model would: fixed grid import/export per minute, pro rata.
class SchedulerDriver final
{
public:
    SchedulerDriver(PowerScheduler &scheduler, qint64 startMs)
        : m_scheduler(scheduler)
        , m_nowMs(startMs)
    {
    }

    void runTo(qint64 toMs, qint64 stepMs = kMinute)
    {
        const PowerScheduler::SnapshotSource source = [this] {
            ++snapshotCalls;
            return vendorUnits();
        };
        while (m_nowMs < toMs) {
            const qint64 next = std::min(m_nowMs + stepMs, toMs);
            const double minutes = double(next - m_nowMs) / double(kMinute);
            m_scheduler.step(m_nowMs, next, importWhPerMinute * minutes, exportWhPerMinute * minutes, source);
            m_nowMs = next;
        }
    }
    qint64 now() const { return m_nowMs; }

    double importWhPerMinute = 10;
    double exportWhPerMinute = 2;
    int snapshotCalls = 0;

private:
    PowerScheduler &m_scheduler;
    qint64 m_nowMs;
};

inline QList<PowerScheduler::Record> recordsOfType(const PowerScheduler &s, const QString &type)
{
    QList<PowerScheduler::Record> found;
    for (const PowerScheduler::Record &r : s.records()) {
        if (r.type == type)
            found.append(r);
    }
    return found;
}

inline QStringList types(const QList<PowerScheduler::Record> &records)
{
    QStringList out;
    for (const PowerScheduler::Record &r : records)
        out.append(r.type);
    return out;
}

inline bool formulaRunning(const QJsonObject &o)
{
    const QJsonValue start = o.value(QStringLiteral("start_time"));
    const QJsonValue stop = o.value(QStringLiteral("stop_time"));
    if (start.isNull())
        return false;
    return stop.isNull() || *UtcTime::parse(start.toString()) > *UtcTime::parse(stop.toString());
}

inline bool inReactionDelay(qint64 recordMs, qint64 edgeMs)
{
    return recordMs >= edgeMs + 300 && recordMs <= edgeMs + 900;
}

inline QByteArray cronsBody(const QString &crons)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("crons"), crons}}).toJson(QJsonDocument::Compact);
}

} // namespace SchedulerTesting
