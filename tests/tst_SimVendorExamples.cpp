// Every example request of the vendor document (seeds/000_5f075bd923d47e09.txt, "使用範例" and
// "電力調度") sent to the emulator over real HTTP: the reply has the documented shape and values
// that make sense for the site. Dates are relative to the sim's "now" instead of the 2024 ones.

#include "core/CronsCodec.h"
#include "core/UtcTime.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

#include <cmath>
#include <memory>
#include <optional>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 86'400'000;
// 10 days starting here span two calendar months (November and December in Asia/Taipei), so the
// monthly example has more than one month of data; 14:00 local, so today already had sun.
constexpr char kSimStart[] = "2024-12-05T06:00:00Z";
constexpr int kHistoryDays = 10;
constexpr double kSocMin = 10.0; // the batteries' SOC limits (SiteModel::Battery)
constexpr double kSocMax = 95.0;

const QString kUnit = QStringLiteral("AA-70-2212-01-0028-070"); // the document's single unit

// One query parameter as the document writes it: name and value.
struct Param
{
    Param(const char *k, const char *v) : key(QString::fromLatin1(k)), value(QString::fromUtf8(v)) {}
    Param(const char *k, const QString &v) : key(QString::fromLatin1(k)), value(v) {}
    QString key;
    QString value;
};
using Params = QList<Param>;

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

const Schedule &vendorSchedule() // 設定電力調度 example: 17:00–19:00 −20 kW, 01:00–03:00 +10 kW
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
qint64 localMidnight(qint64 ms, int days = 0)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, taipei()).date().addDays(days);
    return date.startOfDay(taipei()).toMSecsSinceEpoch();
}

// Local midnight on the 1st of the month `months` after the one holding `ms`.
qint64 localMonthStart(qint64 ms, int months = 0)
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

qint64 timeOf(const QJsonObject &row, const QString &key = QStringLiteral("_time"))
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

bool near(double a, double b, double relative = 1e-6, double absolute = 1e-3)
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

} // namespace

class tst_SimVendorExamples : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    SyncHttp m_http;
    QByteArray m_token;
    qint64 m_historyStart = 0;

    QUrl queryUrl(const QString &path, const Params &params) const
    {
        QStringList items;
        for (const Param &p : params)
            items.append(QString::fromLatin1(QUrl::toPercentEncoding(p.key) + '=' + QUrl::toPercentEncoding(p.value)));
        QUrl url = m_sim->url(path);
        url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
        return url;
    }

    // The rows of a query that answered 200 with a JSON array of the shared shape; else `why`.
    std::optional<QJsonArray> fetch(const QString &path, const Params &params, QString *why)
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

    qint64 simNow()
    {
        const HttpResult r = m_http.get(m_sim->url(QStringLiteral("/sim/state")));
        return timeOf(r.object(), QStringLiteral("now"));
    }

    QJsonObject schedulerObject(const QString &path = QStringLiteral("/api/power_schedulers/4"))
    {
        const HttpResult r = m_http.get(m_sim->url(path), m_token);
        const QJsonArray array = r.json().array();
        return array.size() == 1 ? array.first().toObject() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        SimOptions options = SimFixture::testOptions();
        options.historyDays = kHistoryDays;
        options.startMs = UtcTime::parse(std::string_view(kSimStart));
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_token = m_sim->login();
        QVERIFY(!m_token.isEmpty());
        const HttpResult state = m_http.get(m_sim->url(QStringLiteral("/sim/state")));
        m_historyStart = timeOf(state.object(), QStringLiteral("history_start"));
        QVERIFY2(m_historyStart > 0, state.body.constData());
        QVERIFY(simNow() - m_historyStart >= kHistoryDays * kDayMs);
    }

    void cleanupTestCase() { m_sim.reset(); }

    // ---- device_datas/query ----

    // 太陽能功率預測(單台): the forecast of one unit, pivoted, reaching at least 2 days ahead.
    void solarPredictionOfOneUnit()
    {
        const qint64 now = simNow();
        const qint64 today = localMidnight(now);
        const Params params = {{"organization_id", "182"},
                               {"device_names", kUnit},
                               {"device_output_name", "solar_prediction"},
                               {"start", isoUtc(today)},
                               {"stop", isoUtc(localMidnight(now, 3))},
                               {"fields", "DirectRadiation, SolarArea, SolarEff, SolarPower"},
                               {"timezone", "Asia/Taipei"},
                               {"pivot_columns", "_field"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QVERIFY(rows->size() > 100);

        double maxRadiation = 0;
        for (const QJsonObject &row : objects(*rows)) {
            const QString keys = keysProblem(row, {QStringLiteral("table"), QStringLiteral("_time"), QStringLiteral("DeviceName"),
                                                   QStringLiteral("DirectRadiation"), QStringLiteral("SolarArea"),
                                                   QStringLiteral("SolarEff"), QStringLiteral("SolarPower")});
            QVERIFY2(keys.isEmpty(), qPrintable(keys));
            QCOMPARE(row.value(QStringLiteral("table")).toInt(), 0);
            QCOMPARE(row.value(QStringLiteral("DeviceName")).toString(), kUnit);
            const double radiation = num(row, QStringLiteral("DirectRadiation"));
            const double area = num(row, QStringLiteral("SolarArea"));
            const double eff = num(row, QStringLiteral("SolarEff"));
            const double power = num(row, QStringLiteral("SolarPower"));
            QVERIFY2(radiation >= 0 && radiation < 1400, qPrintable(describe(row)));
            QVERIFY2(area > 0 && eff > 0 && eff <= 1, qPrintable(describe(row)));
            QVERIFY2(power >= 0 && near(power, radiation * area * eff, 1e-4, 1.0), qPrintable(describe(row)));
            if (localHour(timeOf(row)) < 4)
                QVERIFY2(radiation == 0, qPrintable(QStringLiteral("sun at night: ") + describe(row)));
            maxRadiation = std::max(maxRadiation, radiation);
        }
        QVERIFY2(maxRadiation > 300, qPrintable(QString::number(maxRadiation)));
        QCOMPARE(timeOf(objects(*rows).first()), today);
        QVERIFY2(timeOf(objects(*rows).last()) >= now + 2 * kDayMs, qPrintable(describe(objects(*rows).last())));

        // Without the optional pivot: one table per field, each row with _field and _value.
        const auto unpivoted = fetch(QStringLiteral("/device_datas/query"), without(params, "pivot_columns"), &why);
        QVERIFY2(unpivoted, qPrintable(why));
        const auto fields = byField(*unpivoted);
        QCOMPARE(fields.keys(), (QStringList{QStringLiteral("DirectRadiation"), QStringLiteral("SolarArea"),
                                             QStringLiteral("SolarEff"), QStringLiteral("SolarPower")}));
        QCOMPARE(unpivoted->size(), 4 * rows->size());
        const QJsonObject first = unpivoted->first().toObject();
        QCOMPARE(first.value(QStringLiteral("_field")).toString(), QStringLiteral("DirectRadiation"));
        QVERIFY(first.value(QStringLiteral("_value")).isDouble());
        QCOMPARE(unpivoted->last().toObject().value(QStringLiteral("table")).toInt(), 3);
    }

    // 每日太陽能度數預測: the daily integral of DirectRadiation (W/m² × s) at each local midnight.
    void dailyPredictedRadiationIntegral()
    {
        const qint64 now = simNow();
        const qint64 today = localMidnight(now);
        Params params = {{"organization_id", "182"},
                         {"device_names", kUnit},
                         {"device_output_name", "solar_prediction"},
                         {"start", isoUtc(today)},
                         {"stop", isoUtc(localMidnight(now, 2))},
                         {"fields", "DirectRadiation"},
                         {"every", "1d"},
                         {"timezone", "Asia/Taipei"},
                         {"time_function", "integral"},
                         {"time_src", "_start"},
                         {"pivot_columns", "_field"}};
        QString why;
        const auto daily = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
        QVERIFY2(daily, qPrintable(why));
        QCOMPARE(daily->size(), 2);

        // The same range unaggregated, integrated here: the emulator's integral must agree.
        params = without(without(without(params, "every"), "time_function"), "time_src");
        const auto raw = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
        QVERIFY2(raw, qPrintable(why));

        for (int day = 0; day < 2; ++day) {
            const QJsonObject row = daily->at(day).toObject();
            QCOMPARE(timeOf(row), localMidnight(now, day)); // _start: local midnight = 16:00Z
            QVERIFY(row.value(QStringLiteral("_time")).toString().endsWith(QStringLiteral("T16:00:00.000Z")));
            const double wsPerM2 = num(row, QStringLiteral("DirectRadiation"));
            const double whPerM2 = wsPerM2 / 3600.0; // the document's conversion to Wh/m²
            QVERIFY2(whPerM2 > 1000 && whPerM2 < 9000, qPrintable(describe(row)));
            const double expected = trapezoid(objects(*raw), QStringLiteral("DirectRadiation"), localMidnight(now, day),
                                              localMidnight(now, day + 1));
            QVERIFY2(near(wsPerM2, expected, 1e-4, 1.0), qPrintable(QStringLiteral("%1 vs %2").arg(wsPerM2).arg(expected)));
        }
    }

    // 目前功率(單台): the latest SolarPower and LoadPower of one unit, one table per field.
    void currentPowerOfOneUnit()
    {
        const Params params = {{"organization_id", "182"}, {"device_names", kUnit},
                               {"device_output_name", "pomcube_data"}, {"start", "0"},
                               {"fields", "SolarPower, LoadPower"},    {"time_function", "last"},
                               {"group_by", "_field"}};
        const Params recent = {{"organization_id", "182"}, {"device_names", kUnit},
                               {"device_output_name", "pomcube_data"}, {"start", "-5m"},
                               {"fields", "SolarPower, LoadPower"}};
        // A new minute's sample may land between the two requests: retry for a consistent pair.
        bool consistent = false;
        for (int attempt = 0; attempt < 5 && !consistent; ++attempt) {
            const qint64 before = simNow();
            QString why;
            const auto rows = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
            QVERIFY2(rows, qPrintable(why));
            const auto raw = fetch(QStringLiteral("/api/device_datas/query"), recent, &why);
            QVERIFY2(raw, qPrintable(why));
            const qint64 after = simNow();

            QCOMPARE(rows->size(), 2);
            const QJsonObject solar = rows->at(0).toObject();
            const QJsonObject load = rows->at(1).toObject();
            QCOMPARE(solar.value(QStringLiteral("table")).toInt(), 0);
            QCOMPARE(load.value(QStringLiteral("table")).toInt(), 1);
            QCOMPARE(solar.value(QStringLiteral("_field")).toString(), QStringLiteral("SolarPower"));
            QCOMPARE(load.value(QStringLiteral("_field")).toString(), QStringLiteral("LoadPower"));
            for (const QJsonObject &row : {solar, load}) {
                QVERIFY2(timeOf(row) <= after && timeOf(row) > before - 2 * kMinuteMs, qPrintable(describe(row)));
                QVERIFY2(num(row, QStringLiteral("_value")) >= 0, qPrintable(describe(row)));
            }
            QVERIFY2(num(load, QStringLiteral("_value")) > 0, qPrintable(describe(load)));

            const auto fields = byField(*raw);
            const QJsonObject lastSolar = fields.value(QStringLiteral("SolarPower")).last();
            const QJsonObject lastLoad = fields.value(QStringLiteral("LoadPower")).last();
            consistent = timeOf(lastSolar) == timeOf(solar) && timeOf(lastLoad) == timeOf(load);
            if (consistent) {
                QCOMPARE(num(solar, QStringLiteral("_value")), num(lastSolar, QStringLiteral("_value")));
                QCOMPARE(num(load, QStringLiteral("_value")), num(lastLoad, QStringLiteral("_value")));
            }
        }
        QVERIFY(consistent);
    }

    // pomcube 目前太陽能發電功率(多台) and pv及ess目前太陽能發電功率總和: the latest SolarPower of each
    // selected device, summed into one value per field (DeviceName grouped only before `last`).
    void currentSolarPowerSummed_data()
    {
        QTest::addColumn<QString>("selectorKey");
        QTest::addColumn<QString>("selectorValue");
        QTest::addColumn<int>("devices");
        QTest::newRow("pomcube") << QStringLiteral("device_output_name") << QStringLiteral("pomcube_data") << 3;
        QTest::newRow("pv,ess") << QStringLiteral("device_type_category_name") << QStringLiteral("pv,ess") << 8;
    }

    void currentSolarPowerSummed()
    {
        QFETCH(QString, selectorKey);
        QFETCH(QString, selectorValue);
        QFETCH(int, devices);
        Params params = {{"organization_id", "182"}, {"domain_id", "187"}, {"start", "0"},
                         {"fields", "SolarPower"},   {"time_function", "last"},
                         {"group_by", "!DeviceName,_field"}, {"group_function", "sum"}};
        params.insert(2, Param(qPrintable(selectorKey), selectorValue));
        const Params perDevice = with(without(params, "group_function"), "group_by", QStringLiteral("DeviceName,_field"));

        bool consistent = false;
        for (int attempt = 0; attempt < 5 && !consistent; ++attempt) {
            const qint64 before = simNow();
            QString why;
            const auto summed = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
            QVERIFY2(summed, qPrintable(why));
            const auto each = fetch(QStringLiteral("/device_datas/query"), perDevice, &why);
            QVERIFY2(each, qPrintable(why));
            const qint64 after = simNow();

            QCOMPARE(summed->size(), 1);
            const QJsonObject row = summed->first().toObject();
            const QString keys = keysProblem(row, {QStringLiteral("table"), QStringLiteral("_time"), QStringLiteral("_value"),
                                                   QStringLiteral("_field")});
            QVERIFY2(keys.isEmpty(), qPrintable(keys)); // DeviceName is gone after the time function
            QCOMPARE(row.value(QStringLiteral("_field")).toString(), QStringLiteral("SolarPower"));
            QVERIFY2(num(row, QStringLiteral("_value")) >= 0, qPrintable(describe(row)));
            QVERIFY2(timeOf(row) <= after && timeOf(row) > before - 2 * kMinuteMs, qPrintable(describe(row)));

            QCOMPARE(each->size(), devices); // one table per device, one latest row each
            double total = 0;
            qint64 latest = 0;
            QSet<QString> names;
            for (const QJsonObject &d : objects(*each)) {
                QVERIFY2(num(d, QStringLiteral("_value")) >= 0, qPrintable(describe(d)));
                total += num(d, QStringLiteral("_value"));
                latest = std::max(latest, timeOf(d));
                names.insert(d.value(QStringLiteral("DeviceName")).toString());
            }
            QCOMPARE(names.size(), devices);
            consistent = latest == timeOf(row);
            if (consistent)
                QVERIFY2(near(num(row, QStringLiteral("_value")), total, 1e-5, 0.01),
                         qPrintable(QStringLiteral("%1 vs %2").arg(num(row, QStringLiteral("_value"))).arg(total)));
        }
        QVERIFY(consistent);
    }

    // 每日歷史功率圖(單台) and (多台): daily means with create_empty, pivoted; days before the
    // history are null rows; the several-unit chart is the sum of the units' charts.
    void dailyPowerChart()
    {
        const qint64 now = simNow();
        // From two days before the history began (empty days) to tomorrow's local midnight.
        const qint64 start = localMidnight(m_historyStart, -2);
        const qint64 stop = localMidnight(now, 1);
        const QStringList fields = {QStringLiteral("SolarPower"), QStringLiteral("LoadPower"), QStringLiteral("GenPower"),
                                    QStringLiteral("GridPower")};
        const Params single = {{"organization_id", "182"},
                               {"device_names", kUnit},
                               {"device_output_name", "pomcube_data"},
                               {"start", isoUtc(start)},
                               {"stop", isoUtc(stop)},
                               {"fields", "SolarPower,LoadPower,GenPower,GridPower"},
                               {"every", "1d"},
                               {"timezone", "Asia/Taipei"},
                               {"time_function", "mean"},
                               {"create_empty", "true"},
                               {"time_src", "_start"},
                               {"group_by", "_field"},
                               {"pivot_columns", "_field"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/device_datas/query"), single, &why);
        QVERIFY2(rows, qPrintable(why));
        const int days = int(QDateTime::fromMSecsSinceEpoch(start, taipei()).date().daysTo(
            QDateTime::fromMSecsSinceEpoch(stop, taipei()).date()));
        QCOMPARE(rows->size(), days);
        int withData = 0;
        for (int i = 0; i < days; ++i) {
            const QJsonObject row = rows->at(i).toObject();
            const QString keys = keysProblem(row, QStringList{QStringLiteral("table"), QStringLiteral("_time")} + fields);
            QVERIFY2(keys.isEmpty(), qPrintable(keys));
            QCOMPARE(timeOf(row), localMidnight(start, i));
            const bool before = localMidnight(start, i + 1) <= m_historyStart;
            if (before) {
                for (const QString &f : fields)
                    QVERIFY2(isNull(row, f), qPrintable(QStringLiteral("data before the history: ") + describe(row)));
                continue;
            }
            ++withData;
            QVERIFY2(num(row, QStringLiteral("SolarPower")) >= 0 && num(row, QStringLiteral("SolarPower")) < 6000,
                     qPrintable(describe(row)));
            QVERIFY2(num(row, QStringLiteral("LoadPower")) > 0, qPrintable(describe(row)));
            QVERIFY2(num(row, QStringLiteral("GenPower")) == 0, qPrintable(describe(row))); // no generator
            QVERIFY2(std::isfinite(num(row, QStringLiteral("GridPower"))), qPrintable(describe(row)));
        }
        QCOMPARE(withData, kHistoryDays + 1);

        // 多台: the domain's units summed per day; compare with each unit's own chart.
        Params multi = without(single, "device_names");
        multi.insert(1, Param("domain_id", "187"));
        multi = with(multi, "group_by", QStringLiteral("!DeviceName,_field"));
        multi.insert(12, Param("group_function", "sum"));
        const auto summed = fetch(QStringLiteral("/device_datas/query"), multi, &why);
        QVERIFY2(summed, qPrintable(why));
        const Params perUnit = with(without(multi, "group_function"), "group_by", QStringLiteral("DeviceName,_field"));
        const auto units = fetch(QStringLiteral("/api/device_datas/query"), perUnit, &why);
        QVERIFY2(units, qPrintable(why));
        QCOMPARE(units->size(), 3 * days);
        QCOMPARE(summed->size(), days);
        for (int i = 0; i < days; ++i) {
            const QJsonObject row = summed->at(i).toObject();
            QCOMPARE(timeOf(row), localMidnight(start, i));
            QVERIFY2(!row.contains(QStringLiteral("DeviceName")), qPrintable(describe(row)));
            for (const QString &f : fields) {
                double total = 0;
                bool any = false;
                for (const QJsonObject &u : objects(*units)) {
                    if (timeOf(u) == timeOf(row) && !u.value(f).isNull()) {
                        total += num(u, f);
                        any = true;
                    }
                }
                if (!any)
                    QVERIFY2(isNull(row, f), qPrintable(describe(row)));
                else
                    QVERIFY2(near(num(row, f), total, 1e-5, 0.01), qPrintable(QStringLiteral("%1 %2 vs %3").arg(f).arg(num(row, f)).arg(total)));
            }
        }
    }

    // 每日電表累計度數 (last, _stop) and 每日太陽能發電度數及用電度數 (differenceNonNegativeSource + sum,
    // _start): the day's energy is the counter's rise from the previous day's last reading.
    void dailyCountersAndEnergy()
    {
        const qint64 now = simNow();
        const qint64 start = localMidnight(m_historyStart, -1);
        const qint64 stop = localMidnight(now, 1);
        const Params readings = {{"organization_id", "182"},
                                 {"device_names", kUnit},
                                 {"device_output_name", "pomcube_data"},
                                 {"start", isoUtc(start)},
                                 {"stop", isoUtc(stop)},
                                 {"fields", "SolarEnergy,LoadEnergy"},
                                 {"every", "1d"},
                                 {"timezone", "Asia/Taipei"},
                                 {"time_function", "last"},
                                 {"create_empty", "true"},
                                 {"group_by", "_field"},
                                 {"pivot_columns", "_field"}};
        QString why;
        const auto counters = fetch(QStringLiteral("/api/device_datas/query"), readings, &why);
        QVERIFY2(counters, qPrintable(why));
        const int days = int(QDateTime::fromMSecsSinceEpoch(start, taipei()).date().daysTo(
            QDateTime::fromMSecsSinceEpoch(stop, taipei()).date()));
        QCOMPARE(counters->size(), days);
        for (int i = 0; i < days; ++i) {
            const QJsonObject row = counters->at(i).toObject();
            QCOMPARE(timeOf(row), localMidnight(start, i + 1)); // no time_src: the window's _stop
            if (i > 0 && !counters->at(i - 1).toObject().value(QStringLiteral("LoadEnergy")).isNull()) {
                for (const QString &f : {QStringLiteral("SolarEnergy"), QStringLiteral("LoadEnergy")})
                    QVERIFY2(num(row, f) >= num(counters->at(i - 1).toObject(), f), qPrintable(describe(row)));
            }
        }
        QVERIFY(isNull(counters->first().toObject(), QStringLiteral("SolarEnergy"))); // before the history
        QVERIFY(num(counters->last().toObject(), QStringLiteral("LoadEnergy")) > 0);

        Params energyParams = with(readings, "time_function", QStringLiteral("sum"));
        energyParams.insert(6, Param("differenceNonNegativeSource", "true"));
        energyParams.insert(11, Param("time_src", "_start"));
        const auto energy = fetch(QStringLiteral("/device_datas/query"), energyParams, &why);
        QVERIFY2(energy, qPrintable(why));
        QCOMPARE(energy->size(), days);
        int compared = 0;
        for (int i = 0; i < days; ++i) {
            const QJsonObject row = energy->at(i).toObject();
            QCOMPARE(timeOf(row), localMidnight(start, i)); // _start
            if (isNull(row, QStringLiteral("LoadEnergy")))
                continue;
            QVERIFY2(num(row, QStringLiteral("SolarEnergy")) >= 0 && num(row, QStringLiteral("SolarEnergy")) < 60,
                     qPrintable(describe(row)));
            QVERIFY2(num(row, QStringLiteral("LoadEnergy")) > 0, qPrintable(describe(row)));
            if (i == 0 || isNull(counters->at(i - 1).toObject(), QStringLiteral("LoadEnergy")))
                continue;
            const QJsonObject yesterday = counters->at(i - 1).toObject();
            for (const QString &f : {QStringLiteral("SolarEnergy"), QStringLiteral("LoadEnergy")}) {
                const double rise = num(counters->at(i).toObject(), f) - num(yesterday, f);
                QVERIFY2(near(num(row, f), rise, 1e-6, 1e-3), qPrintable(QStringLiteral("%1: %2 vs %3").arg(f).arg(num(row, f)).arg(rise)));
            }
            ++compared;
        }
        QVERIFY(compared >= kHistoryDays - 1);
    }

    // 每月太陽能發電度數及用電度數(多台): every 1mo (the document's "lmo" is a typo for it). Each month
    // starts at local midnight on the 1st (16:00Z of the day before); the months add up to the range.
    void monthlyEnergy()
    {
        const qint64 now = simNow();
        const qint64 start = localMonthStart(m_historyStart, -1); // one month with no data first
        const qint64 stop = localMonthStart(now, 1);
        Params params = {{"organization_id", "182"},
                         {"domain_id", "187"},
                         {"device_output_name", "pomcube_data"},
                         {"start", isoUtc(start)},
                         {"stop", isoUtc(stop)},
                         {"fields", "SolarEnergy, LoadEnergy"},
                         {"differenceNonNegativeSource", "true"},
                         {"every", "1mo"},
                         {"timezone", "Asia/Taipei"},
                         {"time_function", "sum"},
                         {"create_empty", "true"},
                         {"time_src", "_start"},
                         {"group_by", "!DeviceName,_field"},
                         {"group_function", "sum"},
                         {"pivot_columns", "_field"}};
        QString why;
        const auto months = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
        QVERIFY2(months, qPrintable(why));
        int count = 0;
        while (localMonthStart(start, count) < stop)
            ++count;
        QVERIFY2(count >= 3, "the history must span two months");
        QCOMPARE(months->size(), count);
        double solar = 0, load = 0;
        int withData = 0;
        for (int i = 0; i < count; ++i) {
            const QJsonObject row = months->at(i).toObject();
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(timeOf(row), taipei());
            QCOMPARE(timeOf(row), localMonthStart(start, i));
            QCOMPARE(local.date().day(), 1);
            QCOMPARE(local.time(), QTime(0, 0));
            QVERIFY(row.value(QStringLiteral("_time")).toString().endsWith(QStringLiteral("T16:00:00.000Z")));
            if (localMonthStart(start, i + 1) <= m_historyStart) {
                QVERIFY2(isNull(row, QStringLiteral("LoadEnergy")), qPrintable(describe(row)));
                continue;
            }
            ++withData;
            QVERIFY2(num(row, QStringLiteral("SolarEnergy")) >= 0, qPrintable(describe(row)));
            QVERIFY2(num(row, QStringLiteral("LoadEnergy")) > 0, qPrintable(describe(row)));
            solar += num(row, QStringLiteral("SolarEnergy"));
            load += num(row, QStringLiteral("LoadEnergy"));
        }
        QVERIFY(withData >= 2);

        // The whole range in one window: the months must add up to it.
        const Params whole = without(params, "every");
        const auto total = fetch(QStringLiteral("/api/device_datas/query"), whole, &why);
        QVERIFY2(total, qPrintable(why));
        QCOMPARE(total->size(), 1);
        QVERIFY(near(num(total->first().toObject(), QStringLiteral("SolarEnergy")), solar, 1e-6, 1e-3));
        QVERIFY(near(num(total->first().toObject(), QStringLiteral("LoadEnergy")), load, 1e-6, 1e-3));

        // The document's "lmo" as written: a 400 that names `every`.
        const HttpResult typo = m_http.get(queryUrl(QStringLiteral("/api/device_datas/query"),
                                                    with(params, "every", QStringLiteral("lmo"))), m_token);
        QCOMPARE(typo.status, 400);
        QCOMPARE(typo.object().value(QStringLiteral("statusCode")).toInt(), 400);
        QVERIFY2(typo.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("every")), typo.body.constData());
    }

    // 最近24小時太陽能發電度數及用電度數(多台): -24h, summed per device then across devices, no every.
    void last24HoursEnergy()
    {
        const Params params = {{"organization_id", "182"}, {"domain_id", "187"},
                               {"device_output_name", "pomcube_data"}, {"start", "-24h"},
                               {"fields", "SolarEnergy,LoadEnergy"},   {"differenceNonNegativeSource", "true"},
                               {"timezone", "Asia/Taipei"},            {"time_function", "sum"},
                               {"group_by", "!DeviceName,_field"},     {"group_function", "sum"}};
        // Each counter's rise over the same range, per device: spread of a monotonic counter.
        const Params rises = {{"organization_id", "182"}, {"domain_id", "187"},
                              {"device_output_name", "pomcube_data"}, {"start", "-24h"},
                              {"fields", "SolarEnergy,LoadEnergy"},   {"time_function", "spread"}};
        bool consistent = false;
        for (int attempt = 0; attempt < 5 && !consistent; ++attempt) {
            const qint64 before = simNow();
            QString why;
            const auto rows = fetch(QStringLiteral("/device_datas/query"), params, &why);
            QVERIFY2(rows, qPrintable(why));
            const auto each = fetch(QStringLiteral("/device_datas/query"), rises, &why);
            QVERIFY2(each, qPrintable(why));
            const qint64 after = simNow();
            QCOMPARE(rows->size(), 2);
            QCOMPARE(each->size(), 6);
            const auto fields = byField(*rows);
            QCOMPARE(fields.keys(), (QStringList{QStringLiteral("LoadEnergy"), QStringLiteral("SolarEnergy")}));
            for (const QJsonObject &row : objects(*rows)) {
                QVERIFY2(!row.contains(QStringLiteral("DeviceName")), qPrintable(describe(row)));
                QVERIFY2(timeOf(row) <= after && timeOf(row) > before - 2 * kMinuteMs, qPrintable(describe(row)));
                QVERIFY2(num(row, QStringLiteral("_value")) >= 0, qPrintable(describe(row)));
            }
            const double load = num(fields.value(QStringLiteral("LoadEnergy")).first(), QStringLiteral("_value"));
            QVERIFY2(load > 10, qPrintable(QString::number(load))); // a day of the building's load
            const auto spreads = byField(*each);
            double expectedLoad = 0;
            for (const QJsonObject &d : spreads.value(QStringLiteral("LoadEnergy")))
                expectedLoad += num(d, QStringLiteral("_value"));
            consistent = near(load, expectedLoad, 1e-6, 1e-3);
        }
        QVERIFY(consistent);
    }

    // ---- domain_datas/query ----

    // 今日能耗度數(站點): today's energy per field, one daily window from local midnight.
    void todaysEnergy()
    {
        const qint64 now = simNow();
        const Params params = {{"organization_id", "182"}, {"domain_id", "187"},
                               {"start", isoLocal(localMidnight(now))},
                               {"fields", "SolarEnergy, LoadEnergy, GridEnergy"},
                               {"every", "1d"}, {"timezone", "Asia/Taipei"}, {"time_src", "_start"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 3);
        const QStringList order = {QStringLiteral("SolarEnergy"), QStringLiteral("LoadEnergy"), QStringLiteral("GridEnergy")};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject row = rows->at(i).toObject();
            QCOMPARE(row.value(QStringLiteral("table")).toInt(), i);
            QCOMPARE(row.value(QStringLiteral("_field")).toString(), order.at(i));
            QCOMPARE(timeOf(row), localMidnight(now));
            QVERIFY2(num(row, QStringLiteral("_value")) >= 0, qPrintable(describe(row)));
        }
        QVERIFY(num(rows->at(1).toObject(), QStringLiteral("_value")) > 0);
        if (localHour(now) >= 10) // the sun has been up for hours
            QVERIFY2(num(rows->at(0).toObject(), QStringLiteral("_value")) > 1, qPrintable(describe(rows->at(0).toObject())));
    }

    // 即時功率(站點): the latest site powers.
    void currentSitePower()
    {
        const qint64 before = simNow();
        const Params params = {{"organization_id", "182"}, {"domain_id", "187"}, {"start", "0"},
                               {"fields", "SolarPower, LoadPower, GridPower, GenPower"},
                               {"timezone", "Asia/Taipei"}, {"time_function", "last"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        const qint64 after = simNow();
        QCOMPARE(rows->size(), 4);
        QMap<QString, double> value;
        for (const QJsonObject &row : objects(*rows)) {
            QVERIFY2(timeOf(row) <= after && timeOf(row) > before - 2 * kMinuteMs, qPrintable(describe(row)));
            QVERIFY2(std::isfinite(num(row, QStringLiteral("_value"))), qPrintable(describe(row)));
            value.insert(row.value(QStringLiteral("_field")).toString(), num(row, QStringLiteral("_value")));
        }
        QVERIFY(value.value(QStringLiteral("SolarPower")) >= 0);
        QVERIFY(value.value(QStringLiteral("LoadPower")) > 0);
        QCOMPARE(value.value(QStringLiteral("GenPower")), 0.0);
        // What the balance leaves for the batteries stays within the three units' 10 kW each.
        const double battery = value.value(QStringLiteral("GridPower")) - value.value(QStringLiteral("LoadPower"))
                             + value.value(QStringLiteral("SolarPower"));
        QVERIFY2(std::abs(battery) <= 30'000 + 1, qPrintable(QString::number(battery)));
    }

    // 即時 SoC, 剩餘電量(站點): SOC within the batteries' limits, remaining energy = SOC × capacity.
    void currentSocAndRemainingEnergy()
    {
        const Params params = {{"organization_id", "182"}, {"domain_id", "187"}, {"start", "0"},
                               {"fields", "BatRemainEnergy,BatSoC"}, {"timezone", "Asia/Taipei"},
                               {"time_function", "last"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 2);
        const auto fields = byField(*rows);
        const QJsonObject remain = fields.value(QStringLiteral("BatRemainEnergy")).value(0);
        const QJsonObject soc = fields.value(QStringLiteral("BatSoC")).value(0);
        QVERIFY2(num(soc, QStringLiteral("_value")) >= kSocMin && num(soc, QStringLiteral("_value")) <= kSocMax,
                 qPrintable(describe(soc)));

        const auto capacity = fetch(QStringLiteral("/api/domain_datas/query"),
                                    with(params, "fields", QStringLiteral("BatCapacity")), &why);
        QVERIFY2(capacity, qPrintable(why));
        QCOMPARE(capacity->size(), 1);
        const double kWh = num(capacity->first().toObject(), QStringLiteral("_value"));
        QVERIFY2(kWh > 0, qPrintable(QString::number(kWh)));
        if (timeOf(remain) == timeOf(soc)) {
            QVERIFY2(near(num(remain, QStringLiteral("_value")), num(soc, QStringLiteral("_value")) / 100.0 * kWh, 1e-3, 0.05),
                     qPrintable(describe(remain) + describe(soc)));
        }

        // Each unit's own BatSoC stays within its limits too.
        const Params units = {{"organization_id", "182"}, {"domain_id", "187"},
                              {"device_output_name", "pomcube_data"}, {"start", "0"},
                              {"fields", "BatSoC"}, {"time_function", "last"}};
        const auto unitRows = fetch(QStringLiteral("/api/device_datas/query"), units, &why);
        QVERIFY2(unitRows, qPrintable(why));
        QCOMPARE(unitRows->size(), 3);
        for (const QJsonObject &row : objects(*unitRows))
            QVERIFY2(num(row, QStringLiteral("_value")) >= kSocMin && num(row, QStringLiteral("_value")) <= kSocMax,
                     qPrintable(describe(row)));
    }

    // 光照計照量(站點): hourly irradiance since local midnight; dark at night, sun by day.
    void photometerIrradianceHourly()
    {
        const qint64 now = simNow();
        const qint64 today = localMidnight(now);
        const Params params = {{"organization_id", "182"}, {"domain_id", "187"}, {"start", isoLocal(today)},
                               {"fields", "Irradiance"}, {"every", "1h"}, {"timezone", "Asia/Taipei"},
                               {"time_src", "_start"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), int((now - today + kHourMs - 1) / kHourMs));
        double brightest = 0;
        for (int i = 0; i < rows->size(); ++i) {
            const QJsonObject row = rows->at(i).toObject();
            QCOMPARE(timeOf(row), today + i * kHourMs);
            const double w = num(row, QStringLiteral("_value"));
            QVERIFY2(w >= 0 && w < 1400, qPrintable(describe(row)));
            if (i < 5)
                QVERIFY2(w < 1, qPrintable(QStringLiteral("sun at night: ") + describe(row)));
            brightest = std::max(brightest, w);
        }
        if (localHour(now) >= 11)
            QVERIFY2(brightest > 150, qPrintable(QString::number(brightest)));
    }

    // 每15分鐘平均SoC(站點): five days of 15-minute means; the vendor's windows charge at 01:00–03:00
    // and discharge at 17:00–19:00, and SOC shows it.
    void socEvery15Minutes()
    {
        const qint64 today = localMidnight(simNow());
        const Params params = {{"organization_id", "182"}, {"domain_id", "187"}, {"start", isoLocal(today - 5 * kDayMs)},
                               {"stop", isoLocal(today)}, {"fields", "BatSoC"}, {"every", "15m"},
                               {"timezone", "Asia/Taipei"}, {"time_src", "_start"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 5 * 96);
        QMap<qint64, double> soc;
        for (int i = 0; i < rows->size(); ++i) {
            const QJsonObject row = rows->at(i).toObject();
            QCOMPARE(timeOf(row), today - 5 * kDayMs + i * 15 * kMinuteMs);
            QVERIFY2(num(row, QStringLiteral("_value")) >= kSocMin && num(row, QStringLiteral("_value")) <= kSocMax,
                     qPrintable(describe(row)));
            soc.insert(timeOf(row), num(row, QStringLiteral("_value")));
        }
        int charged = 0, discharged = 0;
        for (int d = 5; d >= 1; --d) {
            const qint64 midnight = today - d * kDayMs;
            const auto at = [&](int hour, int minute) { return soc.value(midnight + hour * kHourMs + minute * kMinuteMs); };
            QVERIFY2(at(3, 0) >= at(0, 45), qPrintable(QStringLiteral("day -%1: %2 → %3").arg(d).arg(at(0, 45)).arg(at(3, 0))));
            QVERIFY2(at(19, 0) <= at(16, 45), qPrintable(QStringLiteral("day -%1: %2 → %3").arg(d).arg(at(16, 45)).arg(at(19, 0))));
            charged += at(3, 0) > at(0, 45) + 1;
            discharged += at(19, 0) < at(16, 45) - 1;
        }
        QVERIFY(charged > 0);
        QVERIFY(discharged > 0);
    }

    // 預計發電功率(站點) and 預計發電度數(站點): the forecast in 15-minute means and daily kWh,
    // reaching at least two days past now; the daily energy agrees with the 15-minute power.
    void predictedPowerAndEnergy()
    {
        const qint64 now = simNow();
        const qint64 today = localMidnight(now);
        const qint64 start = today - 2 * kDayMs;
        const qint64 stop = today + 3 * kDayMs;
        Params params = {{"organization_id", "182"}, {"domain_id", "187"}, {"start", isoLocal(start)},
                         {"stop", isoLocal(stop)}, {"fields", "PredictionSolarPower"}, {"every", "15m"},
                         {"timezone", "Asia/Taipei"}, {"time_src", "_start"}};
        QString why;
        const auto power = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(power, qPrintable(why));
        QCOMPARE(power->size(), 5 * 96);
        QVERIFY2(timeOf(power->last().toObject()) >= now + 2 * kDayMs, qPrintable(describe(power->last().toObject())));
        QMap<qint64, double> kWhByDay;
        for (int i = 0; i < power->size(); ++i) {
            const QJsonObject row = power->at(i).toObject();
            QCOMPARE(timeOf(row), start + i * 15 * kMinuteMs);
            const double w = num(row, QStringLiteral("_value"));
            QVERIFY2(w >= 0 && w < 60'000, qPrintable(describe(row)));
            if (localHour(timeOf(row)) < 4)
                QVERIFY2(w == 0, qPrintable(QStringLiteral("sun at night: ") + describe(row)));
            kWhByDay[localMidnight(timeOf(row))] += w * 0.25 / 1000.0;
        }

        params = with(with(params, "fields", QStringLiteral("PredictionSolarEnergy")), "every", QStringLiteral("1d"));
        const auto energy = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(energy, qPrintable(why));
        QCOMPARE(energy->size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject row = energy->at(i).toObject();
            QCOMPARE(timeOf(row), start + i * kDayMs);
            const double kWh = num(row, QStringLiteral("_value"));
            QVERIFY2(kWh > 10 && kWh < 54 * 10, qPrintable(describe(row)));
            // Trapezoids over 15-minute points against rectangles of 15-minute means.
            QVERIFY2(near(kWh, kWhByDay.value(timeOf(row)), 0.03, 0.5),
                     qPrintable(QStringLiteral("%1 vs %2").arg(kWh).arg(kWhByDay.value(timeOf(row)))));
        }
    }

    // 棄電比(站點) and 效能比 PR(站點): daily ratios in 0–100 (null without sun).
    void dailyRatios_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("CurtailmentRatio") << QStringLiteral("CurtailmentRatio");
        QTest::newRow("PR") << QStringLiteral("PR");
    }

    void dailyRatios()
    {
        QFETCH(QString, field);
        const qint64 today = localMidnight(simNow());
        const Params params = {{"organization_id", "182"}, {"domain_id", "187"}, {"start", isoLocal(today - 5 * kDayMs)},
                               {"stop", isoLocal(today)}, {"fields", field}, {"every", "1d"},
                               {"timezone", "Asia/Taipei"}, {"time_src", "_start"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject row = rows->at(i).toObject();
            QCOMPARE(timeOf(row), today - (5 - i) * kDayMs);
            QCOMPARE(row.value(QStringLiteral("_field")).toString(), field);
            const double v = num(row, QStringLiteral("_value"));
            QVERIFY2(v >= 0 && v <= 100, qPrintable(describe(row))); // every day has had sun: never null
        }
    }

    // PR by the hour over yesterday: null at night, 0–100 while the sun is up.
    void hourlyPerformanceRatio()
    {
        const qint64 today = localMidnight(simNow());
        const Params params = {{"organization_id", "182"}, {"domain_id", "187"}, {"start", isoLocal(today - kDayMs)},
                               {"stop", isoLocal(today)}, {"fields", "PR"}, {"every", "1h"},
                               {"timezone", "Asia/Taipei"}, {"time_src", "_start"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 24);
        int sunny = 0;
        for (const QJsonObject &row : objects(*rows)) {
            const int hour = localHour(timeOf(row));
            if (hour < 5 || hour >= 19) {
                QVERIFY2(isNull(row, QStringLiteral("_value")), qPrintable(QStringLiteral("PR at night: ") + describe(row)));
            } else if (!isNull(row, QStringLiteral("_value"))) {
                QVERIFY2(num(row, QStringLiteral("_value")) >= 0 && num(row, QStringLiteral("_value")) <= 100, qPrintable(describe(row)));
                sunny += hour >= 9 && hour < 15;
            }
        }
        QCOMPARE(sunny, 6); // PR exists for every midday hour
    }

    // 每15分鐘平均功率圖(站點): four tables of 15-minute means, in the order of `fields`.
    void sitePowerEvery15Minutes()
    {
        const qint64 today = localMidnight(simNow());
        const qint64 start = today - 5 * kDayMs;
        const Params params = {{"organization_id", "182"}, {"domain_id", "187"}, {"start", isoLocal(start)},
                               {"stop", isoLocal(today)}, {"fields", "SolarPower, LoadPower, GridPower, GenPower"},
                               {"every", "15m"}, {"timezone", "Asia/Taipei"}, {"time_src", "_start"}};
        QString why;
        const auto rows = fetch(QStringLiteral("/api/domain_datas/query"), params, &why);
        QVERIFY2(rows, qPrintable(why));
        QCOMPARE(rows->size(), 4 * 480);
        const QStringList order = {QStringLiteral("SolarPower"), QStringLiteral("LoadPower"), QStringLiteral("GridPower"),
                                   QStringLiteral("GenPower")};
        for (int i = 0; i < rows->size(); ++i) {
            const QJsonObject row = rows->at(i).toObject();
            QCOMPARE(row.value(QStringLiteral("table")).toInt(), i / 480);
            QCOMPARE(row.value(QStringLiteral("_field")).toString(), order.at(i / 480));
            QCOMPARE(timeOf(row), start + (i % 480) * 15 * kMinuteMs);
        }
        for (int i = 0; i < 480; ++i) {
            const double solar = num(rows->at(i).toObject(), QStringLiteral("_value"));
            const double load = num(rows->at(480 + i).toObject(), QStringLiteral("_value"));
            const double grid = num(rows->at(960 + i).toObject(), QStringLiteral("_value"));
            const double gen = num(rows->at(1440 + i).toObject(), QStringLiteral("_value"));
            QVERIFY2(solar >= 0 && load > 0 && gen == 0, qPrintable(describe(rows->at(i).toObject())));
            const double battery = grid - load + solar;
            QVERIFY2(std::abs(battery) <= 30'000 + 1, qPrintable(QStringLiteral("battery %1 W at ").arg(battery)
                                                                 + describe(rows->at(i).toObject())));
            const int hour = localHour(start + i * 15 * kMinuteMs);
            if (hour >= 1 && hour < 3) // the vendor's charge window: the batteries take, never give
                QVERIFY2(battery >= -1, qPrintable(QStringLiteral("battery %1 W at ").arg(battery) + describe(rows->at(i).toObject())));
        }
    }

    // ---- power_schedulers ----

    // 取得調度資訊: an array of one object with exactly the §7 keys and the vendor's windows.
    void schedulerGet()
    {
        for (const QString &path : {QStringLiteral("/api/power_schedulers/4"), QStringLiteral("/power_schedulers/4")}) {
            const HttpResult r = m_http.get(m_sim->url(path), m_token);
            QCOMPARE(r.status, 200);
            QVERIFY(r.json().isArray());
            QCOMPARE(r.json().array().size(), 1);
        }
        const qint64 now = simNow();
        const QJsonObject o = schedulerObject(QStringLiteral("/power_schedulers/4"));
        const QString keys = keysProblem(o, {QStringLiteral("power_scheduler_id"), QStringLiteral("domain_id"), QStringLiteral("device_id"),
                                             QStringLiteral("timezone"), QStringLiteral("crons"), QStringLiteral("notify_user_id"),
                                             QStringLiteral("update_time"), QStringLiteral("start_time"), QStringLiteral("stop_time"),
                                             QStringLiteral("info"), QStringLiteral("enabled")});
        QVERIFY2(keys.isEmpty(), qPrintable(keys));
        QCOMPARE(o.value(QStringLiteral("power_scheduler_id")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("domain_id")).toInt(), 187);
        QVERIFY(o.value(QStringLiteral("device_id")).isNull());
        QCOMPARE(o.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Taipei"));
        QCOMPARE(o.value(QStringLiteral("notify_user_id")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("enabled")).toBool(false), true);

        QVERIFY(o.value(QStringLiteral("crons")).isString());
        const Result<Schedule> crons = CronsCodec::decode(o.value(QStringLiteral("crons")).toString());
        QVERIFY2(crons, qPrintable(crons.error()));
        QCOMPARE(crons->size(), 2);
        QVERIFY(crons->sameWindowsAs(vendorSchedule()));

        for (const QString &key : {QStringLiteral("update_time"), QStringLiteral("start_time"), QStringLiteral("stop_time")}) {
            QVERIFY2(isVendorTime(o.value(key)), qPrintable(describe(o)));
            QVERIFY2(timeOf(o, key) <= now, qPrintable(key + QStringLiteral(" after now: ") + describe(o)));
        }
        // Ten days of the vendor's windows: the last run is less than a day old.
        QVERIFY(timeOf(o, QStringLiteral("start_time")) > now - kDayMs);
        QVERIFY(timeOf(o, QStringLiteral("stop_time")) > now - kDayMs);

        // info: JSON text with the last run's start/stop snapshots and energies.
        QVERIFY(o.value(QStringLiteral("info")).isString());
        QJsonParseError error{};
        const QJsonObject info = QJsonDocument::fromJson(o.value(QStringLiteral("info")).toString().toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QString infoKeys = keysProblem(info, {QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("purchase_energy"),
                                                    QStringLiteral("sell_energy")});
        QVERIFY2(infoKeys.isEmpty(), qPrintable(infoKeys));
        for (const QString &point : {QStringLiteral("start"), QStringLiteral("stop")}) {
            const QJsonObject snapshot = info.value(point).toObject();
            QCOMPARE(snapshot.value(QStringLiteral("time")).toString(), o.value(point + QStringLiteral("_time")).toString());
            QVERIFY(snapshot.contains(QStringLiteral("error")));
            const QJsonArray devices = snapshot.value(QStringLiteral("devices")).toArray();
            QCOMPARE(devices.size(), 3);
            for (const QJsonValue &d : devices) {
                const QJsonObject unit = d.toObject();
                const QString unitKeys = keysProblem(unit, {QStringLiteral("DeviceName"), QStringLiteral("SoC"),
                                                            QStringLiteral("SolarPower"), QStringLiteral("GridPower")});
                QVERIFY2(unitKeys.isEmpty(), qPrintable(unitKeys));
                QVERIFY(unit.value(QStringLiteral("DeviceName")).toString().startsWith(QStringLiteral("AA-70-")));
                QVERIFY2(num(unit, QStringLiteral("SoC")) >= kSocMin && num(unit, QStringLiteral("SoC")) <= kSocMax, qPrintable(describe(unit)));
                QVERIFY(num(unit, QStringLiteral("SolarPower")) >= 0);
            }
        }
        QVERIFY(num(info, QStringLiteral("purchase_energy")) >= 0);
        QVERIFY(num(info, QStringLiteral("sell_energy")) >= 0);
    }

    // 取得歷史調度資訊: totals, and each run's start → start_stable → stop → stop_stable records.
    void schedulerHistory()
    {
        // The object before and after the history must agree, so that `running` is compared
        // with the start_time/stop_time that held when the history was answered.
        QJsonObject history;
        bool settled = false;
        for (int attempt = 0; attempt < 5 && !settled; ++attempt) {
            const QJsonObject before = schedulerObject();
            const HttpResult r = m_http.get(m_sim->url(attempt % 2 ? QStringLiteral("/power_schedulers/4/history")
                                                                   : QStringLiteral("/api/power_schedulers/4/history")),
                                            m_token);
            QCOMPARE(r.status, 200);
            history = r.object();
            const QJsonObject after = schedulerObject();
            settled = before == after;
            if (settled) {
                const qint64 start = timeOf(after, QStringLiteral("start_time"));
                const qint64 stop = timeOf(after, QStringLiteral("stop_time"));
                const bool running = start > 0 && (stop < 0 || start > stop); // §7
                QCOMPARE(history.value(QStringLiteral("running")).toBool(!running), running);
            }
        }
        QVERIFY(settled);
        const qint64 now = simNow();

        const QString keys = keysProblem(history, {QStringLiteral("running"), QStringLiteral("complete_count"),
                                                   QStringLiteral("purchase_energy"), QStringLiteral("sell_energy"),
                                                   QStringLiteral("records")});
        QVERIFY2(keys.isEmpty(), qPrintable(keys));
        QVERIFY(history.value(QStringLiteral("running")).isBool());
        const QJsonArray records = history.value(QStringLiteral("records")).toArray();
        const QString shape = shapeProblem(records);
        QVERIFY2(shape.isEmpty(), qPrintable(shape));
        QVERIFY(records.size() >= 4 * 13); // two runs a day over the default 7 days

        const Schedule &vendor = vendorSchedule();
        const QStringList types = {QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("start"),
                                   QStringLiteral("start_stable"), QStringLiteral("stop"), QStringLiteral("stop_stable")};
        int completed = 0;
        double purchase = 0, sell = 0;
        QString previousRunType = QStringLiteral("stop_stable");
        qint64 previousRunTime = 0;
        double runPower = 0;
        for (const QJsonObject &record : objects(records)) {
            const QString recordKeys = keysProblem(record, {QStringLiteral("table"), QStringLiteral("_time"), QStringLiteral("type"),
                                                            QStringLiteral("data"), QStringLiteral("message"),
                                                            QStringLiteral("purchase_energy"), QStringLiteral("sell_energy")});
            QVERIFY2(recordKeys.isEmpty(), qPrintable(recordKeys));
            QCOMPARE(record.value(QStringLiteral("table")).toInt(), 0);
            const qint64 t = timeOf(record);
            QVERIFY2(t >= now - 7 * kDayMs - kMinuteMs && t <= now, qPrintable(describe(record))); // default: last 7 days
            const QString type = record.value(QStringLiteral("type")).toString();
            QVERIFY2(types.contains(type), qPrintable(describe(record)));
            QVERIFY(record.value(QStringLiteral("message")).isString());
            QJsonParseError error{};
            const QJsonDocument data = QJsonDocument::fromJson(record.value(QStringLiteral("data")).toString().toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError && data.isObject(), qPrintable(describe(record)));

            const bool stable = type == u"stop_stable";
            for (const QString &energy : {QStringLiteral("purchase_energy"), QStringLiteral("sell_energy")}) {
                if (stable)
                    QVERIFY2(record.value(energy).isDouble() && num(record, energy) >= 0, qPrintable(describe(record)));
                else
                    QVERIFY2(isNull(record, energy), qPrintable(describe(record)));
            }
            if (type == u"create" || type == u"update")
                continue;

            // The run's records follow each other in order, the stable ones 4 minutes after.
            const QString expectedType = previousRunType == u"start" ? QStringLiteral("start_stable")
                                       : previousRunType == u"start_stable" ? QStringLiteral("stop")
                                       : previousRunType == u"stop" ? QStringLiteral("stop_stable")
                                                                    : QStringLiteral("start");
            if (previousRunTime == 0 && type != u"start") {
                previousRunType = type; // the 7 days began in the middle of a run
                previousRunTime = t;
                continue;
            }
            QCOMPARE(type, expectedType);
            if (type == u"start_stable" || type == u"stop_stable")
                QCOMPARE(t - previousRunTime, 4 * kMinuteMs);
            const int second = int((t - localMidnight(t)) / 1000);
            if (type == u"start") {
                const auto window = vendor.windowAt(second);
                QVERIFY2(window, qPrintable(describe(record)));
                QVERIFY2(second - vendor.at(*window).startSecond < 5, qPrintable(describe(record)));
                runPower = vendor.at(*window).powerW;
                QCOMPARE(data.object().value(QStringLiteral("charge_power")).toDouble(), runPower);
                QVERIFY(record.value(QStringLiteral("message")).toString().contains(
                    runPower > 0 ? QStringLiteral("充電") : QStringLiteral("放電")));
            } else if (type == u"stop") {
                QVERIFY(data.object().value(QStringLiteral("charge_power")).isNull());
                QVERIFY2(!vendor.windowAt(second), qPrintable(describe(record)));
                QVERIFY2(vendor.windowAt(second - 5), qPrintable(describe(record)));
            } else {
                // Snapshots of the three scheduled units.
                const QJsonObject units = data.object();
                QCOMPARE(units.size(), 3);
                for (auto it = units.begin(); it != units.end(); ++it) {
                    const QJsonObject unit = it.value().toObject();
                    QVERIFY2(num(unit, QStringLiteral("BatSoC")) >= kSocMin && num(unit, QStringLiteral("BatSoC")) <= kSocMax,
                             qPrintable(describe(record)));
                    QVERIFY(unit.value(QStringLiteral("GridPower")).isDouble());
                    QVERIFY(num(unit, QStringLiteral("SolarPower")) >= 0);
                }
            }
            if (stable) {
                ++completed;
                purchase += num(record, QStringLiteral("purchase_energy"));
                sell += num(record, QStringLiteral("sell_energy"));
                // Charging at night comes from the grid.
                if (runPower > 0)
                    QVERIFY2(num(record, QStringLiteral("purchase_energy")) > 0, qPrintable(describe(record)));
            }
            previousRunType = type;
            previousRunTime = t;
        }
        QVERIFY(completed >= 13);
        QCOMPARE(history.value(QStringLiteral("complete_count")).toInt(), completed);
        QVERIFY(near(num(history, QStringLiteral("purchase_energy")), purchase, 1e-9, 1e-6));
        QVERIFY(near(num(history, QStringLiteral("sell_energy")), sell, 1e-9, 1e-6));
    }

    // 設定電力調度: the document's PATCH body → 200 with the object itself (not in an array);
    // GET then shows it, and update_time has moved to "now".
    void patchWithTheDocumentsExample()
    {
        // First something else, so that the document's example is a change GET can show.
        const QJsonObject window{{QStringLiteral("start_time"), 72000}, {QStringLiteral("stop_time"), 75600},
                                 {QStringLiteral("power"), 5000}};
        const QString otherCrons = QString::fromUtf8(QJsonDocument(QJsonArray{window}).toJson(QJsonDocument::Compact));
        const HttpResult other = m_http.sendJson("PATCH", m_sim->url(QStringLiteral("/power_schedulers/4")),
                                                 {{QStringLiteral("crons"), otherCrons}}, m_token);
        QVERIFY2(other.status == 200, other.body.constData());
        QVERIFY(hasWindows(schedulerObject().value(QStringLiteral("crons")).toString(), Schedule({{72000, 75600, 5000, {}}})));
        const qint64 previousUpdate = timeOf(schedulerObject(), QStringLiteral("update_time"));
        QTRY_VERIFY(simNow() > previousUpdate);

        const qint64 before = simNow();
        // The body exactly as the document prints it (spaces after the commas inside crons).
        const QByteArray body = "{\n    \"crons\": \"[{\\\"start_time\\\":61200, \\\"stop_time\\\":68400, \\\"power\\\":-20000}, "
                                "{\\\"start_time\\\":3600, \\\"stop_time\\\":10800, \\\"power\\\":10000}]\"\n}";
        const HttpResult r = m_http.send("PATCH", m_sim->url(QStringLiteral("/api/power_schedulers/4")), body, m_token);
        const qint64 after = simNow();
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(r.json().isObject());
        const QJsonObject patched = r.object();
        QCOMPARE(patched.size(), 11);
        QCOMPARE(patched.value(QStringLiteral("power_scheduler_id")).toInt(), 4);
        QVERIFY(hasWindows(patched.value(QStringLiteral("crons")).toString(), vendorSchedule()));
        const qint64 updated = timeOf(patched, QStringLiteral("update_time"));
        QVERIFY2(updated > previousUpdate && updated >= before && updated <= after, qPrintable(describe(patched)));

        const QJsonObject shown = schedulerObject();
        QCOMPARE(shown.value(QStringLiteral("crons")).toString(), patched.value(QStringLiteral("crons")).toString());
        QCOMPARE(shown.value(QStringLiteral("update_time")).toString(), patched.value(QStringLiteral("update_time")).toString());

        // The history holds the change as an `update` record at update_time.
        const QJsonArray records = m_http.get(m_sim->url(QStringLiteral("/api/power_schedulers/4/history")), m_token)
                                       .object().value(QStringLiteral("records")).toArray();
        QVERIFY(!records.isEmpty());
        const QJsonObject last = records.last().toObject();
        QCOMPARE(last.value(QStringLiteral("type")).toString(), QStringLiteral("update"));
        QCOMPARE(timeOf(last), updated);
        const QString crons = QJsonDocument::fromJson(last.value(QStringLiteral("data")).toString().toUtf8())
                                  .object().value(QStringLiteral("crons")).toString();
        QVERIFY(hasWindows(crons, vendorSchedule()));
    }

    // ---- A棟電表 ----

    // Building A's meter: the latest Active_Power and InputEnergy, pivoted into one row.
    void buildingAMeter()
    {
        const qint64 now = simNow();
        const Params params = {{"organization_id", "182"}, {"device_output_name", "hermes_smartmeter_data"},
                               {"device_names", "HERMES_SM000010"}, {"fields", "Active_Power,InputEnergy"},
                               {"start", isoLocal(localMidnight(now))}, {"group_by", "!DeviceName,_field"},
                               {"timezone", "Asia/Taipei"}, {"time_function", "last"}, {"pivot_columns", "_field"}};
        const Params recent = {{"organization_id", "182"}, {"device_output_name", "hermes_smartmeter_data"},
                               {"device_names", "HERMES_SM000010"}, {"fields", "Active_Power,InputEnergy"},
                               {"start", "-5m"}, {"pivot_columns", "_field"}};
        bool consistent = false;
        for (int attempt = 0; attempt < 5 && !consistent; ++attempt) {
            const qint64 before = simNow();
            QString why;
            const auto rows = fetch(QStringLiteral("/api/device_datas/query"), params, &why);
            QVERIFY2(rows, qPrintable(why));
            const auto raw = fetch(QStringLiteral("/api/device_datas/query"), recent, &why);
            QVERIFY2(raw, qPrintable(why));
            const qint64 after = simNow();
            QCOMPARE(rows->size(), 1);
            const QJsonObject row = rows->first().toObject();
            const QString keys = keysProblem(row, {QStringLiteral("table"), QStringLiteral("_time"), QStringLiteral("Active_Power"),
                                                   QStringLiteral("InputEnergy")});
            QVERIFY2(keys.isEmpty(), qPrintable(keys));
            QCOMPARE(row.value(QStringLiteral("table")).toInt(), 0);
            QVERIFY2(timeOf(row) <= after && timeOf(row) > before - 2 * kMinuteMs, qPrintable(describe(row)));
            QVERIFY2(num(row, QStringLiteral("Active_Power")) >= 0, qPrintable(describe(row))); // a building's load
            QVERIFY2(num(row, QStringLiteral("InputEnergy")) > 0, qPrintable(describe(row)));
            const QJsonObject latest = raw->last().toObject();
            consistent = timeOf(latest) == timeOf(row);
            if (consistent) {
                QCOMPARE(num(row, QStringLiteral("Active_Power")), num(latest, QStringLiteral("Active_Power")));
                QCOMPARE(num(row, QStringLiteral("InputEnergy")), num(latest, QStringLiteral("InputEnergy")));
            }
        }
        QVERIFY(consistent);
    }
};

QTEST_GUILESS_MAIN(tst_SimVendorExamples)
#include "tst_SimVendorExamples.moc"
