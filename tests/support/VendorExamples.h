#pragma once

#include "core/Schedule.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>
#include <memory>
#include <optional>

// What the tests of the vendor document's examples share (tst_SimVendor*): every example request
// of seeds/000_5f075bd923d47e09.txt ("使用範例" and "電力調度") goes to the emulator over real HTTP,
// and the reply must have the documented shape and values that make sense for the site. Dates
// are relative to the sim's "now" instead of the 2024 ones.
namespace VendorExamples {

inline constexpr qint64 kMinuteMs = 60'000;
inline constexpr qint64 kHourMs = 3'600'000;
inline constexpr qint64 kDayMs = 86'400'000;
// 10 days starting here span two calendar months (November and December in Asia/Taipei), so the
// monthly example has more than one month of data; 14:00 local, so today already had sun.
inline constexpr char kSimStart[] = "2024-12-05T06:00:00Z";
inline constexpr int kHistoryDays = 10;
inline constexpr double kSocMin = 10.0; // the batteries' SOC limits (SiteModel::Battery)
inline constexpr double kSocMax = 95.0;

inline const QString kUnit = QStringLiteral("AA-70-2212-01-0028-070"); // the document's single unit

// One query parameter as the document writes it: name and value.
struct Param
{
    Param(const char *k, const char *v)
        : key(QString::fromLatin1(k))
        , value(QString::fromUtf8(v))
    {
    }
    Param(const char *k, const QString &v)
        : key(QString::fromLatin1(k))
        , value(v)
    {
    }
    QString key;
    QString value;
};
using Params = QList<Param>;

// A variant of a document example: `key` set to `value` (in place, or appended).
Params with(Params params, const char *key, const QString &value);

Params without(Params params, const char *key);

// The crons text decodes and holds these windows.
bool hasWindows(const QString &crons, const Schedule &expected);

// 設定電力調度 example: 17:00–19:00 −20 kW, 01:00–03:00 +10 kW
const Schedule &vendorSchedule();

const QTimeZone &taipei();

// Local midnight in Asia/Taipei of the day `days` after the one holding `ms`.
qint64 localMidnight(qint64 ms, int days = 0);

// Local midnight on the 1st of the month `months` after the one holding `ms`.
qint64 localMonthStart(qint64 ms, int months = 0);

int localHour(qint64 ms);

// The document's two ways of writing an instant: '2024-06-26T16:00:00Z' and '2024-11-25T00:00:00+08:00'.
QString isoUtc(qint64 ms);

QString isoLocal(qint64 ms);

qint64 timeOf(const QJsonObject &row, const QString &key = QStringLiteral("_time"));

bool isNull(const QJsonObject &row, const QString &key);

double num(const QJsonObject &row, const QString &key);

bool near(double a, double b, double relative = 1e-6, double absolute = 1e-3);

QString describe(const QJsonObject &row);

// docs/aegis-api.md §5: "YYYY-MM-DDTHH:MM:SS.mmmZ".
bool isVendorTime(const QJsonValue &v);

// The reply shape every query shares: objects, tables numbered 0, 1, 2, ... in order, `_time`
// in the vendor's format, oldest first within a table. Empty when all is well.
QString shapeProblem(const QJsonArray &rows);

// Empty when the row's keys are exactly `expected` (any order).
QString keysProblem(const QJsonObject &row, QStringList expected);

QList<QJsonObject> objects(const QJsonArray &rows);

// Rows of the non-pivoted shape, by `_field`.
QMap<QString, QList<QJsonObject>> byField(const QJsonArray &rows);

// Trapezoidal ∫ value dt in value·s over the rows with _time in [from, to), as Flux integrates.
double trapezoid(const QList<QJsonObject> &rows, const QString &field, qint64 from, qint64 to);

} // namespace VendorExamples

// The emulator the examples ask: kHistoryDays of history up to kSimStart, logged in. A test
// class derives from it and calls start() in its initTestCase.
class VendorExampleSite
{
protected:
    void start();
    void stop() { m_sim.reset(); }

    QUrl queryUrl(const QString &path, const VendorExamples::Params &params) const;
    // The rows of a query that answered 200 with a JSON array of the shared shape; else `why`.
    std::optional<QJsonArray> fetch(const QString &path, const VendorExamples::Params &params, QString *why);
    qint64 simNow();
    QJsonObject schedulerObject(const QString &path = QStringLiteral("/api/power_schedulers/4"));

    std::unique_ptr<SimFixture> m_sim;
    SyncHttp m_http;
    QByteArray m_token;
    qint64 m_historyStart = 0;
};
