#pragma once

#include "client/AegisClient.h"
#include "client/CertificateTrust.h"
#include "client/SchedulerState.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// How aegis-cli writes what it got: JSON for programs, CSV with units and zones in the header
// (CsvWriter's script style, numbers as NumberText writes them). Query replies have their own
// writer (QueryCsv).
namespace CliOutput {

// "2024-07-03T08:57:01.303Z" in UTC, "2024-07-03T16:57:01.303+08:00" in another zone.
QString formatTime(qint64 msSinceEpoch, const QTimeZone &zone);
QString formatTime(const QDateTime &time, const QTimeZone &zone); // "" when invalid
// "UTC" or the IANA id, for headers such as "time (Asia/Taipei)".
QString zoneName(const QTimeZone &zone);
QByteArray sessionJson(const SessionInfo &session, const QUrl &baseUrl);
QByteArray sessionCsv(const SessionInfo &session, const QUrl &baseUrl);

// The schedule as `schedule get` prints it; `schedule set` reads the JSON back.
QByteArray scheduleJson(const SchedulerState &state);
QByteArray scheduleCsv(const SchedulerState &state);
// Windows alone (schedule set --dry-run), times in the scheduler's zone, which is not known here.
QByteArray windowsJson(const Schedule &schedule);
QByteArray windowsCsv(const Schedule &schedule);

QByteArray historyJson(const SchedulerHistory &history);
QByteArray historyCsv(const SchedulerHistory &history, const QTimeZone &zone);

// Subject, issuer, validity and fingerprint, one per line, for the operator to compare.
QString describeCertificate(const CertificateInfo &certificate);

} // namespace CliOutput
