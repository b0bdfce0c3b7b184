#include "cli/CliOutput.h"

#include "cli/AegisCli.h"
#include "core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

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
    QByteArray out = csvLine({AegisCli::tr("start (%1)").arg(zone), AegisCli::tr("stop (%1)").arg(zone),
                              AegisCli::tr("power (W)")});
    for (const ScheduleWindow &w : schedule.windows()) {
        out += csvLine({ScheduleWindow::formatSecondOfDay(w.startSecond), ScheduleWindow::formatSecondOfDay(w.stopSecond),
                        formatNumber(w.powerW)});
    }
    return out;
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? formatNumber(*value) : QString();
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

QString formatNumber(double value)
{
    if (std::isnan(value))
        return {};
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields) {
        const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                                 || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
        if (!needsQuotes) {
            quoted.append(field);
            continue;
        }
        QString escaped = field;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        quoted.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + '\n';
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
    return csvLine({QStringLiteral("url"), QStringLiteral("user_id"), QStringLiteral("user_name"), QStringLiteral("role_id"),
                    QStringLiteral("domain_id"), QStringLiteral("domain_name"), QStringLiteral("organization_id")})
           + csvLine({baseUrl.toString(), QString::number(session.userId), session.userName, QString::number(session.roleId),
                      QString::number(session.domainId), session.domainName, QString::number(session.organizationId)});
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
    QByteArray out = csvLine({AegisCli::tr("time (%1)").arg(zoneName(zone)), QStringLiteral("type"),
                              QStringLiteral("purchase_energy (kWh)"), QStringLiteral("sell_energy (kWh)"),
                              QStringLiteral("message"), QStringLiteral("data")});
    for (const SchedulerRecord &r : history.records) {
        QString data;
        if (r.data.isObject())
            data = QString::fromUtf8(QJsonDocument(r.data.toObject()).toJson(QJsonDocument::Compact));
        else if (r.data.isArray())
            data = QString::fromUtf8(QJsonDocument(r.data.toArray()).toJson(QJsonDocument::Compact));
        else if (r.data.isDouble())
            data = formatNumber(r.data.toDouble());
        else
            data = r.data.toString();
        out += csvLine({formatTime(r.time, zone), r.type, optionalNumber(r.purchaseKWh), optionalNumber(r.sellKWh),
                        r.message, data});
    }
    return out;
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
