#include "cli/CliOutput.h"

#include "cli/AegisCli.h"
#include "core/CsvWriter.h"
#include "core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CliOutput {

namespace {

QByteArray document(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(UtcTime::format(time.toMSecsSinceEpoch())) : QJsonValue(QJsonValue::Null);
}

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray windowArray(const Schedule &schedule)
{
    QJsonArray windows;
    for (const ScheduleWindow &w : schedule.windows()) {
        windows.append(QJsonObject{{QStringLiteral("start"), ScheduleWindow::formatSecondOfDay(w.startSecond)},
                                   {QStringLiteral("stop"), ScheduleWindow::formatSecondOfDay(w.stopSecond)},
                                   {QStringLiteral("start_time"), w.startSecond},
                                   {QStringLiteral("stop_time"), w.stopSecond},
                                   {QStringLiteral("power_w"), w.powerW}});
    }
    return windows;
}

QByteArray windowLines(const Schedule &schedule, const QString &zone)
{
    CsvWriter csv(CsvWriter::Style::Script);
    csv.textRow({AegisCli::tr("start (%1)").arg(zone), AegisCli::tr("stop (%1)").arg(zone), AegisCli::tr("power (W)")});
    for (const ScheduleWindow &w : schedule.windows()) {
        csv.text(ScheduleWindow::formatSecondOfDay(w.startSecond))
            .text(ScheduleWindow::formatSecondOfDay(w.stopSecond))
            .number(w.powerW);
        csv.endRow();
    }
    return csv.take();
}

} // namespace

QString formatTime(qint64 msSinceEpoch, const QTimeZone &zone)
{
    if (zone == QTimeZone::utc())
        return UtcTime::format(msSinceEpoch);
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, zone).toString(Qt::ISODateWithMs);
}

QString formatTime(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? formatTime(time.toMSecsSinceEpoch(), zone) : QString();
}

QString zoneName(const QTimeZone &zone)
{
    return zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(zone.id());
}

QByteArray sessionJson(const SessionInfo &session, const QUrl &baseUrl)
{
    return document({{QStringLiteral("url"), baseUrl.toString()},
                     {QStringLiteral("user_id"), session.userId},
                     {QStringLiteral("user_name"), session.userName},
                     {QStringLiteral("role_id"), session.roleId},
                     {QStringLiteral("domain_id"), session.domainId},
                     {QStringLiteral("domain_name"), session.domainName},
                     {QStringLiteral("organization_id"), session.organizationId}});
}

QByteArray sessionCsv(const SessionInfo &session, const QUrl &baseUrl)
{
    CsvWriter csv(CsvWriter::Style::Script);
    csv.textRow({QStringLiteral("url"), QStringLiteral("user_id"), QStringLiteral("user_name"), QStringLiteral("role_id"),
                 QStringLiteral("domain_id"), QStringLiteral("domain_name"), QStringLiteral("organization_id")});
    csv.text(baseUrl.toString())
        .integer(session.userId)
        .text(session.userName)
        .integer(session.roleId)
        .integer(session.domainId)
        .text(session.domainName)
        .integer(session.organizationId);
    csv.endRow();
    return csv.take();
}

QByteArray scheduleJson(const SchedulerState &state)
{
    return document({{QStringLiteral("scheduler_id"), state.id},
                     {QStringLiteral("domain_id"), state.domainId},
                     {QStringLiteral("timezone"), state.timezone},
                     {QStringLiteral("update_time"), timeOrNull(state.updateTime)},
                     {QStringLiteral("enabled"), state.enabled},
                     {QStringLiteral("running"), state.running()},
                     {QStringLiteral("start_time"), timeOrNull(state.startTime)},
                     {QStringLiteral("stop_time"), timeOrNull(state.stopTime)},
                     {QStringLiteral("windows"), windowArray(state.schedule)},
                     {QStringLiteral("crons"), state.cronsText}});
}

QByteArray scheduleCsv(const SchedulerState &state)
{
    return windowLines(state.schedule, state.timezone.isEmpty() ? QStringLiteral("UTC") : state.timezone);
}

QByteArray windowsJson(const Schedule &schedule)
{
    return document({{QStringLiteral("windows"), windowArray(schedule)}});
}

QByteArray windowsCsv(const Schedule &schedule)
{
    return windowLines(schedule, AegisCli::tr("scheduler's zone"));
}

QByteArray historyJson(const SchedulerHistory &history)
{
    QJsonArray records;
    for (const SchedulerRecord &r : history.records) {
        records.append(QJsonObject{{QStringLiteral("_time"), timeOrNull(r.time)},
                                   {QStringLiteral("type"), r.type},
                                   {QStringLiteral("data"), r.data},
                                   {QStringLiteral("message"), r.message},
                                   {QStringLiteral("purchase_energy"), numberOrNull(r.purchaseKWh)},
                                   {QStringLiteral("sell_energy"), numberOrNull(r.sellKWh)}});
    }
    return document({{QStringLiteral("running"), history.running},
                     {QStringLiteral("complete_count"), history.completeCount},
                     {QStringLiteral("purchase_energy"), history.purchaseKWh},
                     {QStringLiteral("sell_energy"), history.sellKWh},
                     {QStringLiteral("records"), records}});
}

QByteArray historyCsv(const SchedulerHistory &history, const QTimeZone &zone)
{
    CsvWriter csv(CsvWriter::Style::Script);
    csv.textRow({AegisCli::tr("time (%1)").arg(zoneName(zone)), QStringLiteral("type"), QStringLiteral("purchase_energy (kWh)"),
                 QStringLiteral("sell_energy (kWh)"), QStringLiteral("message"), QStringLiteral("data")});
    for (const SchedulerRecord &r : history.records) {
        csv.text(formatTime(r.time, zone))
            .text(r.type)
            .number(r.purchaseKWh.value_or(qQNaN()))
            .number(r.sellKWh.value_or(qQNaN()))
            .text(r.message);
        if (r.data.isObject())
            csv.text(QString::fromUtf8(QJsonDocument(r.data.toObject()).toJson(QJsonDocument::Compact)));
        else if (r.data.isArray())
            csv.text(QString::fromUtf8(QJsonDocument(r.data.toArray()).toJson(QJsonDocument::Compact)));
        else if (r.data.isDouble())
            csv.number(r.data.toDouble());
        else
            csv.text(r.data.toString());
        csv.endRow();
    }
    return csv.take();
}

QString describeCertificate(const CertificateInfo &c)
{
    const QTimeZone utc = QTimeZone::utc();
    return AegisCli::tr("  server:   %1:%2\n"
                        "  subject:  %3\n"
                        "  issuer:   %4\n"
                        "  valid:    %5 to %6\n"
                        "  SHA-256:  %7\n")
        .arg(c.host)
        .arg(c.port)
        .arg(c.subject, c.issuer, formatTime(c.notBefore, utc), formatTime(c.notAfter, utc), c.sha256Hex());
}

} // namespace CliOutput
