#include "support/VendorExamples.h"

#include "core/CronsCodec.h"
#include "core/UtcTime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>
#include <cmath>

namespace VendorExamples {

// A variant of a document example: `key` set to `value` (in place, or appended).
Params with(Params params, const char *key, const QString &value)
{
    const QString name = QString::fromLatin1(key);
    for (Param &p : params) {
        if (p.key == name) {
            p.value = value;
            return params;
        }
    }
    params.append(Param(key, value));
    return params;
}

Params without(Params params, const char *key)
{
    params.removeIf([name = QString::fromLatin1(key)](const Param &p) { return p.key == name; });
    return params;
}

// The crons text decodes and holds these windows.
bool hasWindows(const QString &crons, const Schedule &expected)
{
    const Result<Schedule> decoded = CronsCodec::decode(crons);
    return decoded && decoded->sameWindowsAs(expected);
}

const Schedule &vendorSchedule()
{
    static const Schedule schedule({{61200, 68400, -20000, {}}, {3600, 10800, 10000, {}}});
    return schedule;
}

const QTimeZone &taipei()
{
    static const QTimeZone zone("Asia/Taipei");
    return zone;
}

// Local midnight in Asia/Taipei of the day `days` after the one holding `ms`.
qint64 localMidnight(qint64 ms, int days)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, taipei()).date().addDays(days);
    return date.startOfDay(taipei()).toMSecsSinceEpoch();
}

// Local midnight on the 1st of the month `months` after the one holding `ms`.
qint64 localMonthStart(qint64 ms, int months)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, taipei()).date();
    return QDate(date.year(), date.month(), 1).addMonths(months).startOfDay(taipei()).toMSecsSinceEpoch();
}

int localHour(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, taipei()).time().hour();
}

// The document's two ways of writing an instant: '2024-06-26T16:00:00Z' and '2024-11-25T00:00:00+08:00'.
QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QLatin1Char('Z');
}

QString isoLocal(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, taipei()).toString(Qt::ISODate);
}

qint64 timeOf(const QJsonObject &row, const QString &key)
{
    return UtcTime::parse(row.value(key).toString()).value_or(-1);
}

bool isNull(const QJsonObject &row, const QString &key)
{
    return row.contains(key) && row.value(key).isNull();
}

double num(const QJsonObject &row, const QString &key)
{
    return row.value(key).toDouble(std::nan(""));
}

bool near(double a, double b, double relative, double absolute)
{
    return std::abs(a - b) <= absolute + relative * std::max(std::abs(a), std::abs(b));
}

QString describe(const QJsonObject &row)
{
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

// docs/aegis-api.md §5: "YYYY-MM-DDTHH:MM:SS.mmmZ".
bool isVendorTime(const QJsonValue &v)
{
    static const QRegularExpression format(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    return v.isString() && format.match(v.toString()).hasMatch() && UtcTime::parse(v.toString()).has_value();
}

// The reply shape every query shares: objects, tables numbered 0, 1, 2, ... in order, `_time`
// in the vendor's format, oldest first within a table. Empty when all is well.
QString shapeProblem(const QJsonArray &rows)
{
    int table = -1;
    qint64 previous = 0;
    for (const QJsonValue &v : rows) {
        if (!v.isObject())
            return QStringLiteral("a row is not an object");
        const QJsonObject row = v.toObject();
        const QJsonValue t = row.value(QStringLiteral("table"));
        if (!t.isDouble() || t.toDouble() != std::trunc(t.toDouble()))
            return QStringLiteral("table is not a whole number: ") + describe(row);
        if (!isVendorTime(row.value(QStringLiteral("_time"))))
            return QStringLiteral("_time is not YYYY-MM-DDTHH:MM:SS.mmmZ: ") + describe(row);
        const int n = t.toInt();
        if (n == table + 1) {
            table = n;
        } else if (n != table) {
            return QStringLiteral("tables are not numbered 0, 1, 2, ... in order: ") + describe(row);
        } else if (timeOf(row) <= previous) {
            return QStringLiteral("rows of table %1 are not oldest first: ").arg(n) + describe(row);
        }
        previous = timeOf(row);
    }
    return {};
}

// Empty when the row's keys are exactly `expected` (any order).
QString keysProblem(const QJsonObject &row, QStringList expected)
{
    QStringList keys = row.keys();
    keys.sort();
    expected.sort();
    if (keys == expected)
        return {};
    return QStringLiteral("keys %1, expected %2: %3").arg(keys.join(u','), expected.join(u','), describe(row));
}

QList<QJsonObject> objects(const QJsonArray &rows)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : rows)
        out.append(v.toObject());
    return out;
}

// Rows of the non-pivoted shape, by `_field`.
QMap<QString, QList<QJsonObject>> byField(const QJsonArray &rows)
{
    QMap<QString, QList<QJsonObject>> out;
    for (const QJsonObject &row : objects(rows))
        out[row.value(QStringLiteral("_field")).toString()].append(row);
    return out;
}

// Trapezoidal ∫ value dt in value·s over the rows with _time in [from, to), as Flux integrates.
double trapezoid(const QList<QJsonObject> &rows, const QString &field, qint64 from, qint64 to)
{
    double total = 0;
    const QJsonObject *previous = nullptr;
    for (const QJsonObject &row : rows) {
        if (timeOf(row) < from || timeOf(row) >= to)
            continue;
        if (previous)
            total += (num(*previous, field) + num(row, field)) / 2.0 * double(timeOf(row) - timeOf(*previous)) / 1000.0;
        previous = &row;
    }
    return total;
}

} // namespace VendorExamples

using namespace VendorExamples;

void VendorExampleSite::start()
{
    SimOptions options = SimFixture::testOptions();
    options.historyDays = kHistoryDays;
    options.startMs = UtcTime::parse(std::string_view(kSimStart));
    m_sim = std::make_unique<SimFixture>(options);
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
    m_token = m_sim->login();
    QVERIFY(!m_token.isEmpty());
    const HttpResult state = m_sim->control("GET", QStringLiteral("/sim/state"));
    m_historyStart = timeOf(state.object(), QStringLiteral("history_start"));
    QVERIFY2(m_historyStart > 0, state.body.constData());
    QVERIFY(simNow() - m_historyStart >= kHistoryDays * kDayMs);
}

QUrl VendorExampleSite::queryUrl(const QString &path, const Params &params) const
{
    QStringList items;
    for (const Param &p : params)
        items.append(QString::fromLatin1(QUrl::toPercentEncoding(p.key) + '=' + QUrl::toPercentEncoding(p.value)));
    QUrl url = m_sim->url(path);
    url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

std::optional<QJsonArray> VendorExampleSite::fetch(const QString &path, const Params &params, QString *why)
{
    const HttpResult r = m_http.get(queryUrl(path, params), m_token);
    if (r.status != 200 || !r.json().isArray()) {
        *why = QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(500)));
        return std::nullopt;
    }
    const QJsonArray rows = r.json().array();
    *why = shapeProblem(rows);
    if (!why->isEmpty())
        return std::nullopt;
    return rows;
}

qint64 VendorExampleSite::simNow()
{
    const HttpResult r = m_sim->control("GET", QStringLiteral("/sim/state"));
    return timeOf(r.object(), QStringLiteral("now"));
}

QJsonObject VendorExampleSite::schedulerObject(const QString &path)
{
    const HttpResult r = m_http.get(m_sim->url(path), m_token);
    const QJsonArray array = r.json().array();
    return array.size() == 1 ? array.first().toObject() : QJsonObject();
}
