// The query engine of aegis-sim (docs/aegis-api.md §5–6), checked against values the test computes
// itself from the raw points the same emulator returns.
#include "core/UtcTime.h"
#include "sim/SimSite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>

namespace {

const QString kPomcube = QStringLiteral("AA-70-2212-01-0028-070");
// Sim "now": a Monday afternoon in Taipei; the clock stands still (acceleration 0).
const qint64 kNow = QDateTime(QDate(2024, 12, 9), QTime(7, 30), Qt::UTC).toMSecsSinceEpoch();

struct Point
{
    qint64 t;
    double v;
};

qint64 timeOf(const QJsonObject &row)
{
    return *UtcTime::parse(row.value(QStringLiteral("_time")).toString());
}

double valueOf(const QJsonObject &row, const QString &key = QStringLiteral("_value"))
{
    const QJsonValue v = row.value(key);
    return v.isNull() ? std::nan("") : v.toDouble();
}

} // namespace

class tst_QueryEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimSite> m_site;

    QUrlQuery params(std::initializer_list<std::pair<const char *, QString>> items) const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("organization_id"), QStringLiteral("182"));
        for (const auto &[k, v] : items)
            q.addQueryItem(QString::fromLatin1(k), v);
        return q;
    }

    QJsonArray rows(const SimReply &r)
    {
        if (r.status != 200)
            qWarning("reply %d: %s", r.status, r.body.constData());
        return QJsonDocument::fromJson(r.body).array();
    }

    QJsonArray device(std::initializer_list<std::pair<const char *, QString>> items)
    {
        const SimReply r = m_site->deviceQuery(params(items));
        return r.status == 200 ? rows(r) : QJsonArray{};
    }

    QList<Point> raw(const QString &name, const QString &field, const QString &start,
                     const QString &output = QStringLiteral("pomcube_data"))
    {
        QList<Point> points;
        for (const QJsonValue &v :
             device({{"device_names", name}, {"device_output_name", output}, {"fields", field}, {"start", start}}))
            points.append({timeOf(v.toObject()), valueOf(v.toObject())});
        return points;
    }

    static QList<Point> inWindow(const QList<Point> &points, qint64 from, qint64 to)
    {
        QList<Point> out;
        for (const Point &p : points) {
            if (p.t >= from && p.t < to)
                out.append(p);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        SimOptions options;
        options.startMs = kNow;
        options.acceleration = 0;
        options.historyDays = 10;
        options.seed = 7;
        m_site = std::make_unique<SimSite>(options);
        const Result<bool> started = m_site->start();
        QVERIFY2(started.ok(), qPrintable(started.error()));
    }

    void rawPointsAreMinutelyAndOldestFirst()
    {
        const QList<Point> points = raw(kPomcube, QStringLiteral("LoadPower"), QStringLiteral("-1h"));
        QCOMPARE(points.size(), 60);
        for (qsizetype i = 1; i < points.size(); ++i)
            QCOMPARE(points.at(i).t - points.at(i - 1).t, 60'000);
        QVERIFY(points.constLast().t <= kNow);
        QVERIFY(points.constFirst().t >= kNow - 3'600'000);
    }

    void windowFunctionsMatchTheRawPoints_data()
    {
        QTest::addColumn<QString>("function");
        for (const char *f : {"mean", "sum", "count", "min", "max", "first", "last", "median", "spread", "integral"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void windowFunctionsMatchTheRawPoints()
    {
        QFETCH(QString, function);
        const QList<Point> points = raw(kPomcube, QStringLiteral("SolarPower"), QStringLiteral("-6h"));
        const QJsonArray result = device({{"device_names", kPomcube},
                                          {"device_output_name", QStringLiteral("pomcube_data")},
                                          {"fields", QStringLiteral("SolarPower")},
                                          {"start", QStringLiteral("-6h")},
                                          {"every", QStringLiteral("1h")},
                                          {"time_function", function}});
        QVERIFY(result.size() >= 6);
        for (const QJsonValue &v : result) {
            const QJsonObject row = v.toObject();
            QCOMPARE(row.value(QStringLiteral("DeviceName")).toString(), kPomcube);
            QCOMPARE(row.value(QStringLiteral("_field")).toString(), QStringLiteral("SolarPower"));
            const qint64 stop = timeOf(row); // time_src defaults to _stop
            const qint64 start = std::max((stop - 1) / 3'600'000 * 3'600'000, kNow - 6 * 3'600'000);
            const QList<Point> w = inWindow(points, start, stop);
            QVERIFY(!w.isEmpty());
            std::vector<double> values;
            for (const Point &p : w)
                values.push_back(p.v);
            double expected = 0;
            if (function == u"mean" || function == u"sum") {
                for (double x : values)
                    expected += x;
                if (function == u"mean")
                    expected /= double(values.size());
            } else if (function == u"count") {
                expected = double(values.size());
            } else if (function == u"min") {
                expected = *std::min_element(values.begin(), values.end());
            } else if (function == u"max") {
                expected = *std::max_element(values.begin(), values.end());
            } else if (function == u"first") {
                expected = values.front();
            } else if (function == u"last") {
                expected = values.back();
            } else if (function == u"median") {
                std::sort(values.begin(), values.end());
                const size_t n = values.size();
                expected = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
            } else if (function == u"spread") {
                expected = *std::max_element(values.begin(), values.end()) - *std::min_element(values.begin(), values.end());
            } else if (function == u"integral") {
                for (qsizetype i = 1; i < w.size(); ++i)
                    expected += (w.at(i - 1).v + w.at(i).v) / 2 * double(w.at(i).t - w.at(i - 1).t) / 1000.0;
            }
            QVERIFY2(std::abs(valueOf(row) - expected) <= 1e-6 * std::max(1.0, std::abs(expected)),
                     qPrintable(QStringLiteral("%1 at %2: %3 vs %4")
                                    .arg(function, row.value(QStringLiteral("_time")).toString())
                                    .arg(valueOf(row))
                                    .arg(expected)));
        }
    }

    void timeSrcPicksTheWindowEdge()
    {
        const auto times = [&](const QString &src) {
            QList<qint64> out;
            for (const QJsonValue &v : device({{"device_names", kPomcube},
                                               {"device_output_name", QStringLiteral("pomcube_data")},
                                               {"fields", QStringLiteral("LoadPower")},
                                               {"start", QStringLiteral("2024-12-08T00:00:00Z")},
                                               {"stop", QStringLiteral("2024-12-08T06:00:00Z")},
                                               {"every", QStringLiteral("1h")},
                                               {"time_function", QStringLiteral("mean")},
                                               {"time_src", src}}))
                out.append(timeOf(v.toObject()));
            return out;
        };
        const qint64 midnight = QDateTime(QDate(2024, 12, 8), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const QList<qint64> starts = times(QStringLiteral("_start"));
        const QList<qint64> stops = times(QStringLiteral("_stop"));
        QCOMPARE(starts.size(), 6);
        QCOMPARE(stops.size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(starts.at(i), midnight + i * 3'600'000);
            QCOMPARE(stops.at(i), midnight + (i + 1) * 3'600'000);
        }
    }

    void taipeiDailyWindowsStartAt16Z()
    {
        const QJsonArray result = device({{"device_names", kPomcube},
                                          {"device_output_name", QStringLiteral("pomcube_data")},
                                          {"fields", QStringLiteral("SolarPower,LoadPower")},
                                          {"start", QStringLiteral("2024-12-01T16:00:00Z")},
                                          {"stop", QStringLiteral("2024-12-08T16:00:00Z")},
                                          {"every", QStringLiteral("1d")},
                                          {"timezone", QStringLiteral("Asia/Taipei")},
                                          {"time_function", QStringLiteral("mean")},
                                          {"time_src", QStringLiteral("_start")}});
        QCOMPARE(result.size(), 14);
        for (const QJsonValue &v : result)
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(timeOf(v.toObject()), Qt::UTC).time(), QTime(16, 0));
    }

    void bangGroupSumEqualsTheSumOfDevices()
    {
        const QJsonArray total = device({{"domain_id", QStringLiteral("187")},
                                         {"device_output_name", QStringLiteral("pomcube_data")},
                                         {"fields", QStringLiteral("SolarPower")},
                                         {"start", QStringLiteral("-12h")},
                                         {"every", QStringLiteral("15m")},
                                         {"time_function", QStringLiteral("mean")},
                                         {"group_by", QStringLiteral("!DeviceName,_field")},
                                         {"group_function", QStringLiteral("sum")}});
        const QJsonArray each = device({{"domain_id", QStringLiteral("187")},
                                        {"device_output_name", QStringLiteral("pomcube_data")},
                                        {"fields", QStringLiteral("SolarPower")},
                                        {"start", QStringLiteral("-12h")},
                                        {"every", QStringLiteral("15m")},
                                        {"time_function", QStringLiteral("mean")}});
        QMap<qint64, double> sums;
        QSet<QString> devices;
        for (const QJsonValue &v : each) {
            sums[timeOf(v.toObject())] += valueOf(v.toObject());
            devices.insert(v.toObject().value(QStringLiteral("DeviceName")).toString());
        }
        QCOMPARE(devices.size(), 3);
        QCOMPARE(total.size(), sums.size());
        double daylight = 0;
        for (const QJsonValue &v : total) {
            const QJsonObject row = v.toObject();
            QVERIFY(!row.contains(QStringLiteral("DeviceName"))); // dropped after the time function
            QCOMPARE(row.value(QStringLiteral("_field")).toString(), QStringLiteral("SolarPower"));
            QCOMPARE(row.value(QStringLiteral("table")).toInt(), 0);
            QVERIFY2(std::abs(valueOf(row) - sums.value(timeOf(row))) <= 1e-9 * std::abs(valueOf(row)),
                     qPrintable(QStringLiteral("%1: %2 vs %3")
                                    .arg(row.value(QStringLiteral("_time")).toString())
                                    .arg(valueOf(row))
                                    .arg(sums.value(timeOf(row)))));
            daylight = std::max(daylight, valueOf(row));
        }
        QVERIFY(daylight > 1000); // the window holds a day's sunshine
    }

    void differenceNonNegativeDailySumIsTheCountersIncrease()
    {
        const QList<Point> counter = raw(kPomcube, QStringLiteral("SolarEnergy"), QStringLiteral("2024-12-02T16:00:00Z"));
        const QJsonArray days = device({{"device_names", kPomcube},
                                        {"device_output_name", QStringLiteral("pomcube_data")},
                                        {"fields", QStringLiteral("SolarEnergy")},
                                        {"start", QStringLiteral("2024-12-02T16:00:00Z")},
                                        {"stop", QStringLiteral("2024-12-08T16:00:00Z")},
                                        {"differenceNonNegativeSource", QStringLiteral("true")},
                                        {"every", QStringLiteral("1d")},
                                        {"timezone", QStringLiteral("Asia/Taipei")},
                                        {"time_function", QStringLiteral("sum")},
                                        {"time_src", QStringLiteral("_start")}});
        QCOMPARE(days.size(), 6);
        for (const QJsonValue &v : days) {
            const qint64 from = timeOf(v.toObject());
            const QList<Point> day = inWindow(counter, from, from + 86'400'000);
            const QList<Point> before = inWindow(counter, from - 86'400'000, from);
            // A difference belongs to its later point: the first day starts at its own first point.
            const double increase = day.constLast().v - (before.isEmpty() ? day.constFirst().v : before.constLast().v);
            QVERIFY2(std::abs(valueOf(v.toObject()) - increase) < 1e-6,
                     qPrintable(QString::number(valueOf(v.toObject()) - increase)));
            QVERIFY(increase > 0.5); // a day of a 6 kWp array in December
        }
    }

    void createEmptyFillsWindowsWithoutPoints()
    {
        // Before the history begins there are no points.
        const QList<std::pair<const char *, QString>> base = {{"device_names", kPomcube},
                                                              {"device_output_name", QStringLiteral("pomcube_data")},
                                                              {"fields", QStringLiteral("LoadPower")},
                                                              {"start", QStringLiteral("2024-11-29T04:00:00Z")},
                                                              {"stop", QStringLiteral("2024-11-29T12:00:00Z")},
                                                              {"every", QStringLiteral("1h")},
                                                              {"time_function", QStringLiteral("mean")}};
        QUrlQuery q = params({});
        for (const auto &[k, v] : base)
            q.addQueryItem(QString::fromLatin1(k), v);
        const QJsonArray sparse = rows(m_site->deviceQuery(q));
        q.addQueryItem(QStringLiteral("create_empty"), QStringLiteral("true"));
        const QJsonArray full = rows(m_site->deviceQuery(q));
        QVERIFY(!sparse.isEmpty());
        QVERIFY(full.size() > sparse.size());
        int nulls = 0;
        for (const QJsonValue &v : full)
            nulls += v.toObject().value(QStringLiteral("_value")).isNull();
        QCOMPARE(nulls, full.size() - sparse.size());
    }

    void pivotPutsFieldsInOneRow()
    {
        const QJsonArray result = device({{"device_names", kPomcube},
                                          {"device_output_name", QStringLiteral("pomcube_data")},
                                          {"fields", QStringLiteral("SolarPower, LoadPower")},
                                          {"start", QStringLiteral("-1h")},
                                          {"every", QStringLiteral("15m")},
                                          {"time_function", QStringLiteral("mean")},
                                          {"pivot_columns", QStringLiteral("_field")}});
        QVERIFY(result.size() >= 4);
        for (const QJsonValue &v : result) {
            const QJsonObject row = v.toObject();
            QVERIFY(row.contains(QStringLiteral("SolarPower")));
            QVERIFY(row.contains(QStringLiteral("LoadPower")));
            QVERIFY(!row.contains(QStringLiteral("_value")));
            QVERIFY(!row.contains(QStringLiteral("_field")));
            QCOMPARE(row.value(QStringLiteral("DeviceName")).toString(), kPomcube);
            QCOMPARE(row.value(QStringLiteral("table")).toInt(), 0);
        }
    }

    void limitKeepsTheFirstRowsOfEachTable()
    {
        const QJsonArray all = device({{"domain_id", QStringLiteral("187")},
                                       {"device_output_name", QStringLiteral("pomcube_data")},
                                       {"fields", QStringLiteral("BatSoC")},
                                       {"start", QStringLiteral("-2h")}});
        const QJsonArray limited = device({{"domain_id", QStringLiteral("187")},
                                           {"device_output_name", QStringLiteral("pomcube_data")},
                                           {"fields", QStringLiteral("BatSoC")},
                                           {"start", QStringLiteral("-2h")},
                                           {"limit", QStringLiteral("3")}});
        QCOMPARE(limited.size(), 9); // three tables (devices) of three rows
        QMap<int, int> perTable;
        for (const QJsonValue &v : limited)
            ++perTable[v.toObject().value(QStringLiteral("table")).toInt()];
        QCOMPARE(perTable.size(), 3);
        for (int n : perTable)
            QCOMPARE(n, 3);
        QCOMPARE(limited.at(0), all.at(0));
        QCOMPARE(limited.at(2), all.at(2));
    }

    void whereFiltersByTags()
    {
        const QJsonArray result = device(
            {{"device_output_name", QStringLiteral("hermes_smartmeter_data")},
             {"fields", QStringLiteral("Power")},
             {"start", QStringLiteral("-5m")},
             {"where", QStringLiteral("{\"domain_id\":\"187\",\"device_name\":[\"HERMES_SM000001\",\"HERMES_SM000010\"]}")}});
        QSet<QString> names;
        for (const QJsonValue &v : result)
            names.insert(v.toObject().value(QStringLiteral("DeviceName")).toString());
        QCOMPARE(names, (QSet<QString>{QStringLiteral("HERMES_SM000001"), QStringLiteral("HERMES_SM000010")}));
    }

    void categoriesSelectDevicesWithoutAnOutput()
    {
        const QJsonArray result = device({{"domain_id", QStringLiteral("187")},
                                          {"device_type_category_name", QStringLiteral("pv,ess")},
                                          {"fields", QStringLiteral("SolarPower")},
                                          {"start", QStringLiteral("0")},
                                          {"time_function", QStringLiteral("last")},
                                          {"group_by", QStringLiteral("!DeviceName,_field")},
                                          {"group_function", QStringLiteral("sum")}});
        QCOMPARE(result.size(), 1); // one sum of the latest readings of 8 devices
        QVERIFY(valueOf(result.at(0).toObject()) >= 0);
    }

    void textFieldsAndNulls()
    {
        const QJsonArray status = device({{"device_names", QStringLiteral("HERMES_PV000001")},
                                          {"device_output_name", QStringLiteral("hermes_pv_inverter_data")},
                                          {"fields", QStringLiteral("Status")},
                                          {"start", QStringLiteral("-1d")}});
        QVERIFY(status.size() > 1000);
        QSet<QString> values;
        for (const QJsonValue &v : status)
            values.insert(v.toObject().value(QStringLiteral("_value")).toString());
        QVERIFY(values.contains(QStringLiteral("Operating")));
        QVERIFY(values.contains(QStringLiteral("Standby"))); // at night
        const SimReply mean = m_site->deviceQuery(params({{"device_names", QStringLiteral("HERMES_PV000001")},
                                                          {"device_output_name", QStringLiteral("hermes_pv_inverter_data")},
                                                          {"fields", QStringLiteral("Status")},
                                                          {"start", QStringLiteral("-1d")},
                                                          {"time_function", QStringLiteral("mean")}}));
        QCOMPARE(mean.status, 400);
    }

    void differenceSubtractsThePreviousWindow()
    {
        const auto daily = [&](bool difference) {
            QUrlQuery q = params({{"device_names", kPomcube},
                                  {"device_output_name", QStringLiteral("pomcube_data")},
                                  {"fields", QStringLiteral("LoadEnergy")},
                                  {"start", QStringLiteral("2024-12-02T16:00:00Z")},
                                  {"stop", QStringLiteral("2024-12-07T16:00:00Z")},
                                  {"every", QStringLiteral("1d")},
                                  {"timezone", QStringLiteral("Asia/Taipei")},
                                  {"time_function", QStringLiteral("last")}});
            if (difference)
                q.addQueryItem(QStringLiteral("difference"), QStringLiteral("true"));
            return rows(m_site->deviceQuery(q));
        };
        const QJsonArray last = daily(false);
        const QJsonArray diff = daily(true);
        QCOMPARE(last.size(), 5);
        QCOMPARE(diff.size(), 4);
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                std::abs(valueOf(diff.at(i).toObject()) - (valueOf(last.at(i + 1).toObject()) - valueOf(last.at(i).toObject())))
                < 1e-6);
    }

    void badParametersAreNamed_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("mentions");
        const QString ok = QStringLiteral("organization_id=182&device_output_name=pomcube_data&fields=LoadPower&start=-1h");
        QTest::newRow("no fields") << QStringLiteral("organization_id=182&device_output_name=pomcube_data&start=-1h")
                                   << QStringLiteral("fields");
        QTest::newRow("no start") << QStringLiteral("organization_id=182&device_output_name=pomcube_data&fields=LoadPower")
                                  << QStringLiteral("start");
        QTest::newRow("bad start") << QStringLiteral(
            "organization_id=182&device_output_name=pomcube_data&fields=LoadPower&start=yesterday")
                                   << QStringLiteral("start");
        QTest::newRow("no organization") << QStringLiteral("device_output_name=pomcube_data&fields=LoadPower&start=-1h")
                                         << QStringLiteral("organization_id");
        QTest::newRow("unknown output") << QStringLiteral(
            "organization_id=182&device_output_name=pomcube&fields=LoadPower&start=-1h")
                                        << QStringLiteral("device_output_name");
        QTest::newRow("unknown field") << QStringLiteral(
            "organization_id=182&device_output_name=pomcube_data&fields=Loadpower&start=-1h")
                                       << QStringLiteral("Loadpower");
        QTest::newRow("unknown device") << ok + QStringLiteral("&device_names=AA-70-0000") << QStringLiteral("device_names");
        QTest::newRow("every without function") << ok + QStringLiteral("&every=1h") << QStringLiteral("time_function");
        QTest::newRow("bad every") << ok + QStringLiteral("&every=1x&time_function=mean") << QStringLiteral("every");
        QTest::newRow("bad function") << ok + QStringLiteral("&time_function=avg") << QStringLiteral("time_function");
        QTest::newRow("bad group function") << ok + QStringLiteral("&group_function=avg") << QStringLiteral("group_function");
        QTest::newRow("bad timezone") << ok + QStringLiteral("&timezone=Mars/Olympus") << QStringLiteral("timezone");
        QTest::newRow("bad time_src") << ok + QStringLiteral("&time_src=_middle") << QStringLiteral("time_src");
        QTest::newRow("bad where") << ok + QStringLiteral("&where=%7Bdevice%7D") << QStringLiteral("where");
        QTest::newRow("unknown where tag") << ok + QStringLiteral("&where=%7B%22colour%22%3A%22red%22%7D")
                                           << QStringLiteral("colour");
        QTest::newRow("bad group column") << ok + QStringLiteral("&group_by=Colour") << QStringLiteral("group_by");
        QTest::newRow("bad limit") << ok + QStringLiteral("&limit=-2") << QStringLiteral("limit");
        QTest::newRow("bad flag") << ok + QStringLiteral("&create_empty=yes") << QStringLiteral("create_empty");
        QTest::newRow("start after stop") << ok + QStringLiteral("&stop=-2h") << QStringLiteral("start must be before stop");
        QTest::newRow("unknown domain") << ok + QStringLiteral("&domain_id=999") << QStringLiteral("domain_id");
    }

    void badParametersAreNamed()
    {
        QFETCH(QString, query);
        QFETCH(QString, mentions);
        const SimReply r = m_site->deviceQuery(QUrlQuery(query));
        QCOMPARE(r.status, 400);
        const QJsonObject error = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(error.value(QStringLiteral("statusCode")).toInt(), 400);
        QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("Bad Request"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(mentions), r.body.constData());
    }

    void domainEnergyIsTheSitesCounterIncrease()
    {
        QUrlQuery q = params({{"domain_id", QStringLiteral("187")},
                              {"start", QStringLiteral("2024-12-04T16:00:00Z")},
                              {"stop", QStringLiteral("2024-12-07T16:00:00Z")},
                              {"fields", QStringLiteral("SolarEnergy,LoadEnergy,GridEnergy,PR,CurtailmentRatio,BatSoC")},
                              {"every", QStringLiteral("1d")},
                              {"timezone", QStringLiteral("Asia/Taipei")},
                              {"time_src", QStringLiteral("_start")},
                              {"pivot_columns", QStringLiteral("_field")}});
        const QJsonArray days = rows(m_site->domainQuery(q));
        QCOMPARE(days.size(), 3);
        for (const QJsonValue &v : days) {
            const QJsonObject day = v.toObject();
            QVERIFY(valueOf(day, QStringLiteral("LoadEnergy")) > 100); // an office building's day
            QVERIFY(valueOf(day, QStringLiteral("SolarEnergy")) > 0);
            const double soc = valueOf(day, QStringLiteral("BatSoC"));
            QVERIFY(soc >= 10 && soc <= 95);
            const double pr = valueOf(day, QStringLiteral("PR"));
            QVERIFY2(pr > 30 && pr < 100, qPrintable(QString::number(pr)));
            const double curtailment = valueOf(day, QStringLiteral("CurtailmentRatio"));
            QVERIFY(curtailment >= 0 && curtailment < 100);
        }
    }

    void domainLastIsTheLatestValue()
    {
        const QJsonArray latest =
            rows(m_site->domainQuery(params({{"domain_id", QStringLiteral("187")},
                                             {"start", QStringLiteral("0")},
                                             {"fields", QStringLiteral("SolarPower, LoadPower, GridPower, GenPower")},
                                             {"timezone", QStringLiteral("Asia/Taipei")},
                                             {"time_function", QStringLiteral("last")}})));
        QCOMPARE(latest.size(), 4);
        double solar = 0, load = 0, grid = 0;
        for (const QJsonValue &v : latest) {
            const QJsonObject row = v.toObject();
            QVERIFY(kNow - timeOf(row) <= 60'000); // the range ends before now
            const QString field = row.value(QStringLiteral("_field")).toString();
            (field == u"SolarPower"      ? solar
                 : field == u"LoadPower" ? load
                 : field == u"GridPower" ? grid
                                         : solar) += field == u"GenPower" ? 0 : valueOf(row);
        }
        QVERIFY(load > 0);
        // Outside the battery windows at 15:30 Taipei: grid = load − solar.
        QVERIFY2(std::abs(grid - (load - solar)) < 1.0, qPrintable(QStringLiteral("%1 %2 %3").arg(grid).arg(load).arg(solar)));
    }

    void forecastReachesTwoDaysAhead()
    {
        const QJsonArray forecast = device({{"device_names", kPomcube},
                                            {"device_output_name", QStringLiteral("solar_prediction")},
                                            {"fields", QStringLiteral("DirectRadiation, SolarArea, SolarEff, SolarPower")},
                                            {"start", QStringLiteral("-1h")},
                                            {"stop", QStringLiteral("+2d")},
                                            {"timezone", QStringLiteral("Asia/Taipei")},
                                            {"pivot_columns", QStringLiteral("_field")}});
        QVERIFY(forecast.size() >= 2 * 96);
        QVERIFY(timeOf(forecast.last().toObject()) > kNow + 47 * 3'600'000LL);
        for (const QJsonValue &v : forecast) {
            const QJsonObject row = v.toObject();
            const double expected = valueOf(row, QStringLiteral("DirectRadiation")) * valueOf(row, QStringLiteral("SolarArea"))
                * valueOf(row, QStringLiteral("SolarEff"));
            QVERIFY(std::abs(valueOf(row, QStringLiteral("SolarPower")) - expected) < 0.01 * std::max(1.0, expected));
        }
    }
};

QTEST_GUILESS_MAIN(tst_QueryEngine)
#include "tst_QueryEngine.moc"
