#include "client/SchedulerDecoder.h"

#include "core/CronsCodec.h"
#include "core/SiteZone.h"
#include "core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A JSON reply as an object or array, or why it is not one.
QString parse(const QByteArray &body, QJsonDocument &doc)
{
    if (body.trimmed().isEmpty())
        return SchedulerDecoder::tr("the reply is empty");
    QJsonParseError error{};
    doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return SchedulerDecoder::tr("the reply is not valid JSON (%1 at character %2)")
            .arg(error.errorString())
            .arg(error.offset);
    return {};
}

// A UTC time or null; false when the value is neither.
bool readTime(const QJsonValue &v, QDateTime &out)
{
    if (v.isNull() || v.isUndefined()) {
        out = QDateTime();
        return true;
    }
    const auto ms = UtcTime::parse(v.toString());
    if (!v.isString() || !ms)
        return false;
    out = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    return true;
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<SchedulerRunPoint> runPoint(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    SchedulerRunPoint point;
    readTime(o.value(QStringLiteral("time")), point.time);
    point.error = o.value(QStringLiteral("error")).isString() ? o.value(QStringLiteral("error")).toString() : QString();
    for (const QJsonValue &d : o.value(QStringLiteral("devices")).toArray()) {
        const QJsonObject device = d.toObject();
        point.devices.append(
            {device.value(QStringLiteral("DeviceName")).toString(), device.value(QStringLiteral("SoC")).toDouble(),
             device.value(QStringLiteral("SolarPower")).toDouble(), device.value(QStringLiteral("GridPower")).toDouble()});
    }
    return point;
}

} // namespace

bool SchedulerState::running() const
{
    return (startTime.isValid() && !stopTime.isValid()) || (startTime.isValid() && stopTime.isValid() && startTime > stopTime);
}

QTimeZone SchedulerState::zone() const
{
    return SiteZone::fromId(timezone);
}

Result<SchedulerState> SchedulerDecoder::decodeState(const QByteArray &body)
{
    using R = Result<SchedulerState>;
    QJsonDocument doc;
    if (const QString problem = parse(body, doc); !problem.isEmpty())
        return R::failure(problem);
    QJsonObject o;
    if (doc.isArray()) {
        if (doc.array().size() != 1 || !doc.array().at(0).isObject())
            return R::failure(
                tr("the scheduler reply should be an array of one object, but it holds %1 items").arg(doc.array().size()));
        o = doc.array().at(0).toObject();
    } else {
        o = doc.object(); // the PATCH reply is the object itself
    }

    SchedulerState s;
    const QJsonValue id = o.value(QStringLiteral("power_scheduler_id"));
    if (!id.isDouble())
        return R::failure(tr("the scheduler reply has no power_scheduler_id"));
    s.id = id.toInt();
    s.domainId = o.value(QStringLiteral("domain_id")).toInt();
    if (o.value(QStringLiteral("device_id")).isDouble())
        s.deviceId = o.value(QStringLiteral("device_id")).toInt();
    s.timezone = o.value(QStringLiteral("timezone")).toString();
    s.notifyUserId = o.value(QStringLiteral("notify_user_id")).toInt();
    s.enabled = o.value(QStringLiteral("enabled")).toBool();

    const QJsonValue crons = o.value(QStringLiteral("crons"));
    if (!crons.isString())
        return R::failure(tr("the scheduler's crons should be a JSON text, but it is missing or of another type"));
    s.cronsText = crons.toString();
    const Result<Schedule> schedule = CronsCodec::decode(s.cronsText);
    if (!schedule)
        return R::failure(tr("the scheduler's windows cannot be read: %1").arg(schedule.error()));
    s.schedule = *schedule;

    for (const auto &[key, target] : {std::pair<QString, QDateTime *>{QStringLiteral("update_time"), &s.updateTime},
                                      {QStringLiteral("start_time"), &s.startTime},
                                      {QStringLiteral("stop_time"), &s.stopTime}}) {
        if (!readTime(o.value(key), *target))
            return R::failure(
                tr("the scheduler's %1 is not a time: %2")
                    .arg(key, QString::fromUtf8(QJsonDocument(QJsonArray{o.value(key)}).toJson(QJsonDocument::Compact))));
    }

    // `info` is informative only: keep the text when it does not decode.
    const QJsonValue info = o.value(QStringLiteral("info"));
    if (info.isString()) {
        s.infoText = info.toString();
        const QJsonDocument infoDoc = QJsonDocument::fromJson(s.infoText.toUtf8());
        if (infoDoc.isObject()) {
            const QJsonObject i = infoDoc.object();
            s.lastRun = SchedulerRunInfo{runPoint(i.value(QStringLiteral("start"))), runPoint(i.value(QStringLiteral("stop"))),
                                         optionalNumber(i.value(QStringLiteral("purchase_energy"))),
                                         optionalNumber(i.value(QStringLiteral("sell_energy")))};
        }
    }
    return s;
}

Result<SchedulerHistory> SchedulerDecoder::decodeHistory(const QByteArray &body)
{
    using R = Result<SchedulerHistory>;
    QJsonDocument doc;
    if (const QString problem = parse(body, doc); !problem.isEmpty())
        return R::failure(problem);
    if (!doc.isObject())
        return R::failure(tr("the history reply should be an object"));
    const QJsonObject o = doc.object();
    const QJsonValue records = o.value(QStringLiteral("records"));
    if (!records.isArray())
        return R::failure(tr("the history reply has no list of records"));

    SchedulerHistory h;
    h.running = o.value(QStringLiteral("running")).toBool();
    h.completeCount = o.value(QStringLiteral("complete_count")).toInt();
    h.purchaseKWh = o.value(QStringLiteral("purchase_energy")).toDouble();
    h.sellKWh = o.value(QStringLiteral("sell_energy")).toDouble();
    const QJsonArray list = records.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject r = list.at(i).toObject();
        SchedulerRecord record;
        if (!readTime(r.value(QStringLiteral("_time")), record.time) || !record.time.isValid())
            return R::failure(tr("history record %1 has no valid _time").arg(i + 1));
        record.type = r.value(QStringLiteral("type")).toString();
        if (record.type.isEmpty())
            return R::failure(tr("history record %1 has no type").arg(i + 1));
        const QJsonValue data = r.value(QStringLiteral("data"));
        if (data.isString()) {
            const QJsonDocument dataDoc = QJsonDocument::fromJson(data.toString().toUtf8());
            record.data = dataDoc.isObject() ? QJsonValue(dataDoc.object())
                : dataDoc.isArray()          ? QJsonValue(dataDoc.array())
                                             : data;
        } else {
            record.data = data;
        }
        record.message = r.value(QStringLiteral("message")).toString();
        record.purchaseKWh = optionalNumber(r.value(QStringLiteral("purchase_energy")));
        record.sellKWh = optionalNumber(r.value(QStringLiteral("sell_energy")));
        h.records.append(record);
    }
    return h;
}

QByteArray SchedulerDecoder::encodePatch(const Schedule &schedule)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("crons"), CronsCodec::encode(schedule)}}).toJson(QJsonDocument::Compact);
}
