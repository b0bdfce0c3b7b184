// QueryReplyDecoder (docs/aegis-api.md §5–6 replies): both shapes, any key order, extra keys, text
// and null values, rows out of time order, the vendor's sample rows; malformed bodies give
// distinct, clear reasons; and a round trip against the in-process emulator
// over HTTP (DeviceQuery / DomainQuery -> SyncHttp -> decode) compared with its raw numbers.

#include "client/DeviceQuery.h"
#include "client/DomainQuery.h"
#include "client/QueryReplyDecoder.h"
#include "core/UtcTime.h"
#include "sim/SimSite.h"
#include "support/QueryReplies.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>
#include <cstring>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

using namespace QueryReplies;

namespace {

QueryResult decodeOk(const QByteArray &body)
{
    const Result<QueryResult> r = QueryReplyDecoder::decode(body);
    if (!r)
        qWarning("unexpected failure: %s", qPrintable(r.error()));
    return r ? *r : QueryResult();
}

} // namespace

class tst_QueryReplyDecoder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QByteArray m_token;
    SyncHttp m_http;

    // The emulator's own answer to `query`, read with QJsonDocument: the reference numbers.
    QJsonArray rawRows(const std::function<SimReply(SimSite &)> &ask)
    {
        SimReply reply;
        m_sim->runOnSim([&](SimSite &site, SimServer &) { reply = ask(site); });
        if (reply.status != 200)
            qWarning("emulator refused: %s", reply.body.constData());
        return QJsonDocument::fromJson(reply.body).array();
    }

    HttpResult fetch(const QString &path, const QUrlQuery &query)
    {
        QUrl url = m_sim->url(u"/api/"_s + path);
        url.setQuery(query);
        return m_http.get(url, m_token);
    }

    // Every raw row is in the decoded result, at its time, with its value (or text).
    static QString compareWithRaw(const QueryResult &decoded, const QJsonArray &raw, bool pivoted)
    {
        qsizetype points = 0;
        QHash<const QueryTable *, qsizetype> next;
        for (const QJsonValue &rowValue : raw) {
            const QJsonObject row = rowValue.toObject();
            const qint64 t = *UtcTime::parse(row.value(u"_time"_s).toString());
            QList<QPair<QString, QJsonValue>> values;
            if (pivoted) {
                for (auto it = row.begin(); it != row.end(); ++it) {
                    if (it.key() != u"table" && it.key() != u"_time" && it.key() != u"DeviceName")
                        values.append({it.key(), it.value()});
                }
            } else {
                values.append({row.value(u"_field"_s).toString(), row.value(u"_value"_s)});
            }
            for (const auto &[field, v] : values) {
                const QueryTable *table = decoded.find(field, row.value(u"DeviceName"_s).toString());
                if (!table)
                    return u"no table for %1 of %2"_s.arg(field, row.value(u"DeviceName"_s).toString());
                const qsizetype i = next[table]++;
                if (i >= table->series.size() || table->series.time(i) != t)
                    return u"%1: point %2 is not at %3"_s.arg(field).arg(i).arg(UtcTime::format(t));
                if (v.isString()) {
                    if (table->text(i) != v.toString() || !std::isnan(table->series.value(i)))
                        return u"%1: text %2 differs"_s.arg(field).arg(i);
                } else if (v.isNull()) {
                    if (!std::isnan(table->series.value(i)))
                        return u"%1: point %2 should be null"_s.arg(field).arg(i);
                } else if (table->series.value(i) != v.toDouble()) {
                    return u"%1: point %2 is %3, the emulator sent %4"_s.arg(field)
                        .arg(i)
                        .arg(table->series.value(i))
                        .arg(v.toDouble());
                }
                ++points;
            }
        }
        for (auto it = next.cbegin(); it != next.cend(); ++it) {
            if (it.value() != it.key()->series.size())
                return u"%1 holds more points than the emulator sent"_s.arg(it.key()->field);
        }
        return points > 0 ? QString() : u"no points at all"_s;
    }

private slots:
    void initTestCase()
    {
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 2;
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_token = m_sim->login();
        QVERIFY(!m_token.isEmpty());
    }

    void cleanupTestCase() { m_sim.reset(); }

    // ---- the two shapes ----

    void vendorTableRows()
    {
        const QueryResult r = decodeOk(kVendorTable);
        QCOMPARE(r.rowCount, 2);
        QCOMPARE(r.tables.size(), 2);
        const QueryTable &load = r.tables.at(0);
        QCOMPARE(load.table, 0);
        QCOMPARE(load.field, u"LoadPower"_s);
        QCOMPARE(load.deviceName(), u"AA-70-2211-01-0217-874"_s);
        QCOMPARE(load.tags,
                 (QMap<QString, QString>{{u"DeviceName"_s, u"AA-70-2211-01-0217-874"_s}, {u"_field"_s, u"LoadPower"_s}}));
        QCOMPARE(load.series.size(), 1);
        QCOMPARE(load.series.time(0), ms("2024-07-03T08:57:01.303Z"));
        QCOMPARE(load.series.value(0), 673.0);
        QVERIFY(!load.hasTexts());
        QCOMPARE(r.tables.at(1).table, 1);
        QCOMPARE(r.find(u"SolarPower")->series.value(0), 863.0);
        QCOMPARE(r.find(u"SolarPower", u"AA-70-2211-01-0217-874"), &r.tables.at(1));
        QVERIFY(!r.find(u"SolarPower", u"HERMES_PV000001"));
        QVERIFY(!r.find(u"GridPower"));
        QCOMPARE(r.fields(), QStringList({u"LoadPower"_s, u"SolarPower"_s}));
        QCOMPARE(r.deviceNames(), QStringList{u"AA-70-2211-01-0217-874"_s});
    }

    void vendorPivotedRow()
    {
        const QueryResult r = decodeOk(kVendorPivot);
        QCOMPARE(r.tables.size(), 2);
        for (const QueryTable &t : r.tables) {
            QCOMPARE(t.table, 0);
            QCOMPARE(t.deviceName(), u"AA-70-2211-01-0217-874"_s);
            QCOMPARE(t.tags.value(u"_field"_s), t.field); // as in the table shape
            QCOMPARE(t.series.time(0), ms("2024-07-03T08:51:01.007Z"));
        }
        QCOMPARE(r.find(u"LoadPower")->series.value(0), 655.0);
        QCOMPARE(r.find(u"SolarPower")->series.value(0), 539.0);
    }

    void bothShapesDecodeAlike()
    {
        const QByteArray table = R"([
            {"table":0,"_time":"2024-07-03T00:00:00.000Z","_value":1,"DeviceName":"A","_field":"LoadPower"},
            {"table":0,"_time":"2024-07-03T00:01:00.000Z","_value":2,"DeviceName":"A","_field":"LoadPower"},
            {"table":1,"_time":"2024-07-03T00:00:00.000Z","_value":null,"DeviceName":"A","_field":"SolarPower"},
            {"table":1,"_time":"2024-07-03T00:01:00.000Z","_value":4.5,"DeviceName":"A","_field":"SolarPower"},
            {"table":2,"_time":"2024-07-03T00:00:00.000Z","_value":5,"DeviceName":"B","_field":"LoadPower"},
            {"table":3,"_time":"2024-07-03T00:00:00.000Z","_value":6,"DeviceName":"B","_field":"SolarPower"}])";
        const QByteArray pivoted = R"([
            {"table":0,"_time":"2024-07-03T00:00:00.000Z","DeviceName":"A","LoadPower":1,"SolarPower":null},
            {"table":0,"_time":"2024-07-03T00:01:00.000Z","DeviceName":"A","LoadPower":2,"SolarPower":4.5},
            {"table":1,"_time":"2024-07-03T00:00:00.000Z","DeviceName":"B","LoadPower":5,"SolarPower":6}])";
        const QueryResult a = decodeOk(table);
        const QueryResult b = decodeOk(pivoted);
        QCOMPARE(a.tables.size(), 4);
        QCOMPARE(b.tables.size(), 4);
        for (qsizetype i = 0; i < 4; ++i) {
            const QString why = sameContent(a.tables.at(i), b.tables.at(i));
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        QVERIFY(std::isnan(a.find(u"SolarPower", u"A")->series.value(0)));
        QCOMPARE(b.find(u"SolarPower", u"B")->table, 1);
    }

    void anyKeyOrder()
    {
        const QByteArray shuffled = R"([
            {"_field": "LoadPower", "DeviceName": "AA-70-2211-01-0217-874", "_value": 673, "_time": "2024-07-03T08:57:01.303Z", "table": 0},
            {"DeviceName": "AA-70-2211-01-0217-874", "table": 1, "_value": 863, "_field": "SolarPower", "_time": "2024-07-03T08:57:01.303Z"}
        ])";
        const QueryResult a = decodeOk(kVendorTable);
        const QueryResult b = decodeOk(shuffled);
        QCOMPARE(b.tables.size(), 2);
        for (qsizetype i = 0; i < 2; ++i)
            QVERIFY(sameContent(a.tables.at(i), b.tables.at(i)).isEmpty());

        // Key order changing from row to row within one table still makes one series.
        const QueryResult c = decodeOk(R"([
            {"table":0,"_time":"2024-07-03T00:00:00Z","DeviceName":"A","LoadPower":1,"SolarPower":2},
            {"SolarPower":4,"LoadPower":3,"DeviceName":"A","_time":"2024-07-03T00:01:00Z","table":0}])");
        QCOMPARE(c.tables.size(), 2);
        QCOMPARE(c.find(u"LoadPower")->series.values(), QList<double>({1, 3}));
        QCOMPARE(c.find(u"SolarPower")->series.values(), QList<double>({2, 4}));
    }

    void extraKeys()
    {
        const QueryResult r = decodeOk(R"([
            {"result":"_result","table":0,"_start":"2024-07-03T00:00:00Z","_stop":"2024-07-04T00:00:00Z",
             "_time":"2024-07-03T00:00:00Z","_value":1,"_field":"GridPower","_measurement":"pomcube_data",
             "DeviceName":"A","domain_id":187,"device_type_name":"pomcube","comment":"from the archive","rank":3,
             "flag":true,"nested_extra":{"a":[1,2]}}
        ])");
        QCOMPARE(r.tables.size(), 1);
        const QueryTable &t = r.tables.at(0);
        QCOMPARE(t.field, u"GridPower"_s);
        QCOMPARE(t.tags.value(u"result"_s), u"_result"_s);
        QCOMPARE(t.tags.value(u"_measurement"_s), u"pomcube_data"_s);
        QCOMPARE(t.tags.value(u"domain_id"_s), u"187"_s); // a numeric tag reads as its text
        QCOMPARE(t.tags.value(u"comment"_s), u"from the archive"_s); // unknown text column: a group column
        QVERIFY(!t.tags.contains(u"rank"_s)); // unknown numbers, booleans and objects are ignored
        QVERIFY(!t.tags.contains(u"nested_extra"_s));
        QCOMPARE(t.series.values(), QList<double>{1});
    }

    void pivotedTagsAndFields()
    {
        // Pivoted: known tag columns are tags, every other key is a field.
        const QueryResult r = decodeOk(R"([{"table":0,"_time":"2024-07-03T00:00:00Z","device_name":"HERMES_SM000001",
            "domain_id":"187","result":"_result","Voltage":229.5,"Status":"Operating","Phase":"3P"}])");
        QCOMPARE(r.fields(), QStringList({u"Voltage"_s, u"Status"_s, u"Phase"_s}));
        const QueryTable *status = r.find(u"Status", u"HERMES_SM000001");
        QVERIFY(status);
        QCOMPARE(status->tags.value(u"domain_id"_s), u"187"_s);
        QCOMPARE(status->texts, QStringList{u"Operating"_s});
        QVERIFY(std::isnan(status->series.value(0)));
    }

    void textValues()
    {
        const QueryResult r = decodeOk(R"([
            {"table":0,"_time":"2024-07-03T00:00:00Z","_value":"Operating","DeviceName":"HERMES_PV000001","_field":"Status"},
            {"table":0,"_time":"2024-07-03T00:01:00Z","_value":"Fault","DeviceName":"HERMES_PV000001","_field":"Status"},
            {"table":0,"_time":"2024-07-03T00:02:00Z","_value":null,"DeviceName":"HERMES_PV000001","_field":"Status"},
            {"table":1,"_time":"2024-07-03T00:00:00Z","_value":12,"DeviceName":"HERMES_PV000001","_field":"Mixed"},
            {"table":1,"_time":"2024-07-03T00:01:00Z","_value":"n/a","DeviceName":"HERMES_PV000001","_field":"Mixed"},
            {"table":1,"_time":"2024-07-03T00:02:00Z","_value":14,"DeviceName":"HERMES_PV000001","_field":"Mixed"},
            {"table":2,"_time":"2024-07-03T00:00:00Z","_value":"名稱","DeviceName":"HERMES_PV000001","_field":"Note"}])");
        const QueryTable *status = r.find(u"Status");
        QCOMPARE(status->texts, QStringList({u"Operating"_s, u"Fault"_s, QString()}));
        QCOMPARE(status->series.nullCount(), 3);
        const QueryTable *mixed = r.find(u"Mixed");
        QCOMPARE(mixed->texts, QStringList({QString(), u"n/a"_s, QString()}));
        QCOMPARE(mixed->series.value(0), 12.0);
        QVERIFY(std::isnan(mixed->series.value(1)));
        QCOMPARE(mixed->series.value(2), 14.0);
        QCOMPARE(r.find(u"Note")->text(0), u"名稱"_s);
        // JSON escapes in a text value (moc cannot read them inside a raw string literal).
        const QueryResult escaped = decodeOk(
            "[{\"table\":0,\"_time\":\"2024-07-03T00:00:00Z\",\"_value\":\"a \\\"q\\\" \\u00e9\\n\",\"_field\":\"Note\"}]");
        QCOMPARE(escaped.find(u"Note")->text(0), u"a \"q\" \u00e9\n"_s);
    }

    void nullValues()
    {
        const QueryResult r = decodeOk(R"([
            {"table":0,"_time":"2024-07-03T00:00:00Z","_value":null,"_field":"PR"},
            {"table":0,"_time":"2024-07-03T01:00:00Z","_value":80.5,"_field":"PR"},
            {"table":1,"_time":"2024-07-03T00:00:00Z","DeviceName":null,"X":null}])");
        const QueryTable *pr = r.find(u"PR");
        QVERIFY(pr->series.isNullAt(0));
        QCOMPARE(pr->series.value(1), 80.5);
        QCOMPARE(pr->tags, (QMap<QString, QString>{{u"_field"_s, u"PR"_s}})); // a domain query row
        QVERIFY(r.find(u"X")->series.isNullAt(0));
        QCOMPARE(r.find(u"X")->tags.value(u"DeviceName"_s), QString());
    }

    void numbers()
    {
        const QueryResult r = decodeOk(R"([{"table":0,"_time":"2024-07-03T00:00:00Z","i":-42,"big":9007199254740993,
            "u":18446744073709551615,"d":0.1,"e":-1.5e-7,"huge":1.7976931348623157e308,"tiny":5e-324,"z":-0.0,"t":true,"f":false}])");
        QCOMPARE(r.find(u"i")->series.value(0), -42.0);
        QCOMPARE(r.find(u"big")->series.value(0), 9007199254740992.0);
        QCOMPARE(r.find(u"u")->series.value(0), 18446744073709551615.0);
        QCOMPARE(r.find(u"d")->series.value(0), 0.1);
        QCOMPARE(r.find(u"e")->series.value(0), -1.5e-7);
        QCOMPARE(r.find(u"huge")->series.value(0), 1.7976931348623157e308);
        QCOMPARE(r.find(u"tiny")->series.value(0), 5e-324);
        QVERIFY(std::signbit(r.find(u"z")->series.value(0)));
        QCOMPARE(r.find(u"t")->series.value(0), 1.0);
        QCOMPARE(r.find(u"f")->series.value(0), 0.0);
    }

    void timeForms()
    {
        // Any ISO-8601 instant with a zone; fractions beyond milliseconds are dropped.
        const QueryResult r = decodeOk(R"([
            {"table":0,"_time":"2024-07-03T08:00:00+08:00","_value":1,"_field":"a"},
            {"table":0,"_time":"2024-07-03T00:00:01Z","_value":2,"_field":"a"},
            {"table":0,"_time":"2024-07-03T00:00:01.123456789Z","_value":3,"_field":"a"}])");
        QCOMPARE(r.find(u"a")->series.times(),
                 QList<qint64>({ms("2024-07-03T00:00:00Z"), ms("2024-07-03T00:00:01Z"), ms("2024-07-03T00:00:01.123Z")}));
    }

    void outOfOrderRowsAreSortedStably()
    {
        const QueryResult r = decodeOk(R"([
            {"table":0,"_time":"2024-07-03T00:03:00Z","_value":3,"_field":"a"},
            {"table":0,"_time":"2024-07-03T00:01:00Z","_value":1,"_field":"a"},
            {"table":1,"_time":"2024-07-03T00:00:00Z","_value":"x","_field":"s"},
            {"table":0,"_time":"2024-07-03T00:02:00Z","_value":21,"_field":"a"},
            {"table":0,"_time":"2024-07-03T00:02:00Z","_value":22,"_field":"a"},
            {"table":1,"_time":"2024-07-02T00:00:00Z","_value":"y","_field":"s"},
            {"table":0,"_time":"2024-07-03T00:02:00Z","_value":23,"_field":"a"}])");
        const QueryTable *a = r.find(u"a");
        QCOMPARE(a->series.values(), QList<double>({1, 21, 22, 23, 3}));
        QVERIFY(std::is_sorted(a->series.times().cbegin(), a->series.times().cend()));
        QCOMPARE(r.find(u"s")->texts, QStringList({u"y"_s, u"x"_s})); // texts move with their points
    }

    void tablesWithoutField()
    {
        // group_by=DeviceName: one table holds several fields and rows carry no `_field`.
        const QueryResult r = decodeOk(R"([
            {"table":0,"_time":"2024-07-03T00:00:00Z","_value":1,"DeviceName":"A"},
            {"table":0,"_time":"2024-07-03T00:00:00Z","_value":2,"DeviceName":"A"}])");
        QCOMPARE(r.tables.size(), 1);
        QCOMPARE(r.tables.at(0).field, QString());
        QCOMPARE(r.tables.at(0).series.size(), 2);
        QVERIFY(!r.tables.at(0).tags.contains(u"_field"_s));
    }

    void manyFieldsInRowsOfAnyOrder()
    {
        // A pivoted row with tens of thousands of fields, then the same fields reversed: found
        // by name, not by scanning (which would take minutes).
        const int fields = 30'000;
        QByteArray forward = R"({"table":0,"_time":"2024-07-03T00:00:00Z")";
        QByteArray backward = R"({"table":0,"_time":"2024-07-03T00:01:00Z")";
        for (int i = 0; i < fields; ++i) {
            forward += ",\"f" + QByteArray::number(i) + "\":" + QByteArray::number(i);
            backward += ",\"f" + QByteArray::number(fields - 1 - i) + "\":" + QByteArray::number(-(fields - 1 - i));
        }
        QElapsedTimer timer;
        timer.start();
        const QueryResult r = decodeOk("[" + forward + "}," + backward + "}]");
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.tables.size(), fields);
        QCOMPARE(r.find(u"f123")->series.values(), QList<double>({123, -123}));
    }

    void emptyReply()
    {
        const Result<QueryResult> r = QueryReplyDecoder::decode("[]");
        QVERIFY(r.ok());
        QVERIFY(r->isEmpty());
        QCOMPARE(r->rowCount, 0);
        QVERIFY(QueryReplyDecoder::decode(" \r\n[ ]\n").ok());
    }

    // ---- malformed replies ----

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        const QByteArray row = R"({"table":0,"_time":"2024-07-03T08:57:01.303Z","_value":1,"_field":"a"})";
        QTest::newRow("empty") << QByteArray() << u"The reply is empty."_s;
        QTest::newRow("whitespace") << QByteArray(" \r\n\t ") << u"The reply is empty."_s;
        QTest::newRow("HTML page") << QByteArray("<!DOCTYPE html>\n<html><body><h1>502 Bad Gateway</h1></body></html>")
                                   << u"web page"_s;
        QTest::newRow("{}") << QByteArray("{}") << u"The reply is a JSON object, not the list of rows a query returns."_s;
        QTest::newRow("error object") << QByteArray(R"({"statusCode":500,"message":"Internal server error","error":"x"})")
                                      << u"Internal server error"_s;
        QTest::newRow("text") << QByteArray(R"("ok")") << u"The reply is a text"_s;
        QTest::newRow("number") << QByteArray("42") << u"single value"_s;
        QTest::newRow("null") << QByteArray("null") << u"The reply is null"_s;
        QTest::newRow("truncated after a key")
            << QByteArray("[{\"table\":0,\"_time\":\"2024-07-03T08:57:01.303Z\",\"_va") << u"cut off after 51 bytes"_s;
        QTest::newRow("truncated between rows") << QByteArray("[" + row + ",") << u"cut off"_s;
        QTest::newRow("truncated in a number") << QByteArray("[" + row.left(row.size() - 12)) << u"cut off"_s;
        QTest::newRow("not JSON") << QByteArray("[{\"table\":0,]") << u"not valid JSON"_s;
        QTest::newRow("plain text") << QByteArray("Service Unavailable") << u"not valid JSON"_s;
        QTest::newRow("two documents") << QByteArray("[] []") << u"not valid JSON"_s;
        QTest::newRow("invalid UTF-8") << QByteArray(
            "[{\"table\":0,\"_time\":\"2024-07-03T08:57:01Z\",\"_value\":\"\xff\xfe\",\"_field\":\"a\"}]")
                                       << u"UTF-8"_s;
        QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']') << u"nested too deeply"_s;
        QTest::newRow("number too large") << QByteArray(
            R"([{"table":0,"_time":"2024-07-03T08:57:01Z","_value":1e999,"_field":"a"}])")
                                          << u"number"_s;
        QTest::newRow("row is a number") << QByteArray("[1]") << u"row 1 is a single value"_s;
        QTest::newRow("row is a list") << QByteArray("[" + row + ",[]]") << u"row 2 is a list"_s;
        QTest::newRow("row is null") << QByteArray("[null]") << u"row 1 is null"_s;
        QTest::newRow("row is a text") << QByteArray(R"(["row"])") << u"row 1 is a text"_s;
        QTest::newRow("_time missing") << QByteArray("[" + row + "," + row + R"(,{"table":0,"_value":1,"_field":"a"}])")
                                       << u"row 3: _time is missing."_s;
        QTest::newRow("_time a number") << QByteArray(R"([{"table":0,"_time":1720000000,"_value":1}])")
                                        << u"row 1: _time is not a text."_s;
        QTest::newRow("_time not a time") << QByteArray(R"([{"table":0,"_time":"yesterday","_value":1}])")
                                          << u"row 1: _time \"yesterday\" is not an ISO-8601 time"_s;
        QTest::newRow("_time without zone") << QByteArray(R"([{"table":0,"_time":"2024-07-03T08:57:01","_value":1}])")
                                            << u"row 1: _time"_s;
        QTest::newRow("table missing") << QByteArray("[" + row + R"(,{"_time":"2024-07-03T08:57:01Z","_value":1}])")
                                       << u"row 2: table is missing."_s;
        QTest::newRow("table a text") << QByteArray(R"([{"table":"0","_time":"2024-07-03T08:57:01Z","_value":1}])")
                                      << u"row 1: table is not a whole number."_s;
        QTest::newRow("table a fraction") << QByteArray(R"([{"table":0.5,"_time":"2024-07-03T08:57:01Z","_value":1}])")
                                          << u"row 1: table is not a whole number."_s;
        QTest::newRow("table too large") << QByteArray(R"([{"table":99999999999,"_time":"2024-07-03T08:57:01Z","_value":1}])")
                                         << u"row 1: table is not a whole number."_s;
        QTest::newRow("_value an object") << QByteArray("[" + row + "," + row
                                                        + R"(,{"table":0,"_time":"2024-07-03T08:57:01Z","_value":{"v":1}}])")
                                          << u"row 3: _value is an object, not a value."_s;
        QTest::newRow("_value a list") << QByteArray(R"([{"table":0,"_time":"2024-07-03T08:57:01Z","_value":[1]}])")
                                       << u"row 1: _value is a list, not a value."_s;
        QTest::newRow("field an object") << QByteArray(R"([{"table":0,"_time":"2024-07-03T08:57:01Z","SolarPower":{}}])")
                                         << u"row 1: SolarPower is an object, not a value."_s;
        QTest::newRow("tag an object") << QByteArray(R"([{"table":0,"_time":"2024-07-03T08:57:01Z","DeviceName":{},"_value":1}])")
                                       << u"row 1: DeviceName is an object, not a name."_s;
        QTest::newRow("tag a list") << QByteArray(R"([{"table":0,"_time":"2024-07-03T08:57:01Z","_field":["a"],"_value":1}])")
                                    << u"row 1: _field is a list, not a name."_s;
        QTest::newRow("no value at all") << QByteArray(R"([{"table":0,"_time":"2024-07-03T08:57:01Z","DeviceName":"A"}])")
                                         << u"row 1 has neither _value nor any field."_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const Result<QueryResult> r = QueryReplyDecoder::decode(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(reason), qPrintable(r.error()));
    }

    void malformedRepliesGetDistinctReasons()
    {
        QSet<QString> reasons;
        const QList<QByteArray> bodies = {"",
                                          "<html></html>",
                                          "{}",
                                          "[{\"table\":0",
                                          "[1]",
                                          "[{\"table\":0,\"_value\":1}]",
                                          "[{\"_time\":\"2024-07-03T08:57:01Z\",\"_value\":1}]",
                                          "[{\"table\":0,\"_time\":\"2024-07-03T08:57:01Z\",\"_value\":{}}]",
                                          "\"x\"",
                                          "[\"\xff\"]",
                                          "[}"};
        for (const QByteArray &body : bodies)
            reasons.insert(QueryReplyDecoder::decode(body).error());
        QCOMPARE(reasons.size(), bodies.size());
    }

    void roundTripDeviceQueryOverHttp_data()
    {
        QTest::addColumn<bool>("pivoted");
        QTest::newRow("table shape") << false;
        QTest::newRow("pivoted") << true;
    }

    void roundTripDeviceQueryOverHttp()
    {
        QFETCH(bool, pivoted);
        // A fixed, past range, so the HTTP reply and the reference answer hold the same points.
        qint64 now = 0;
        m_sim->runOnSim([&](SimSite &site, SimServer &) { now = site.nowMs(); });
        const QDateTime stop = QDateTime::fromMSecsSinceEpoch(now - 10 * 60'000, QTimeZone::utc());
        DeviceQuery query = DeviceQuery()
                                .organizationId(182)
                                .output(u"pomcube_data")
                                .domainId(187)
                                .fields({u"SolarPower", u"BatSoC", u"GridEnergy"})
                                .range(stop.addSecs(-3 * 3600), stop);
        if (pivoted)
            query.pivotByField();
        QVERIFY2(query.problem().isEmpty(), qPrintable(query.problem()));

        const HttpResult http = fetch(DeviceQuery::path(), query.toQuery());
        QVERIFY2(http.status == 200, http.body.left(300).constData());
        const Result<QueryResult> decoded = QueryReplyDecoder::decode(http.body);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->deviceNames().size(), 3);
        QCOMPARE(decoded->tables.size(), 9);
        for (const QueryTable &t : decoded->tables)
            QCOMPARE(t.series.size(), 180);

        const QJsonArray raw = rawRows([&](SimSite &site) { return site.deviceQuery(query.toQuery()); });
        const QString why = compareWithRaw(*decoded, raw, pivoted);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void roundTripTextsAndAggregates()
    {
        qint64 now = 0;
        m_sim->runOnSim([&](SimSite &site, SimServer &) { now = site.nowMs(); });
        const QDateTime stop = QDateTime::fromMSecsSinceEpoch(now - 10 * 60'000, QTimeZone::utc());
        // Status is text; the hermes inverters, pivoted.
        const DeviceQuery texts = DeviceQuery()
                                      .organizationId(182)
                                      .output(u"hermes_pv_inverter_data")
                                      .fields({u"Status", u"SolarPower"})
                                      .range(stop.addSecs(-3600), stop)
                                      .pivotByField();
        const HttpResult http = fetch(DeviceQuery::path(), texts.toQuery());
        QVERIFY2(http.status == 200, http.body.left(300).constData());
        const Result<QueryResult> decoded = QueryReplyDecoder::decode(http.body);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QVERIFY(decoded->find(u"Status")->hasTexts());
        QString why = compareWithRaw(*decoded, rawRows([&](SimSite &site) { return site.deviceQuery(texts.toQuery()); }), true);
        QVERIFY2(why.isEmpty(), qPrintable(why));

        // Site statistics in 15-minute windows, the domain query of the vendor's examples.
        const DomainQuery domain = DomainQuery()
                                       .organizationId(182)
                                       .domainId(187)
                                       .fields({u"SolarPower", u"BatSoC", u"PR"})
                                       .range(stop.addSecs(-6 * 3600), stop)
                                       .every(Duration(15, Duration::Unit::Minute))
                                       .timezone(QTimeZone("Asia/Taipei"))
                                       .timeSource(QueryTimeSource::WindowStart);
        QVERIFY2(domain.problem().isEmpty(), qPrintable(domain.problem()));
        const HttpResult site = fetch(DomainQuery::path(), domain.toQuery());
        QVERIFY2(site.status == 200, site.body.left(300).constData());
        const Result<QueryResult> stats = QueryReplyDecoder::decode(site.body);
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QCOMPARE(stats->fields(), QStringList({u"SolarPower"_s, u"BatSoC"_s, u"PR"_s}));
        QVERIFY(stats->find(u"BatSoC")->series.size() >= 24);
        why = compareWithRaw(*stats, rawRows([&](SimSite &s) { return s.domainQuery(domain.toQuery()); }), false);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void largeReplyMatchesQJsonDocument()
    {
        // Every smart meter and every field (numbers and texts) for a day: a broad cross-check.
        const DeviceQuery query = DeviceQuery()
                                      .organizationId(182)
                                      .output(u"hermes_smartmeter_data")
                                      .fields({u"Status", u"Type", u"Phase", u"Voltage", u"Frequency", u"Current",
                                               u"Active_Power", u"Power_Factor", u"InputEnergy", u"OutputEnergy"})
                                      .start(QueryTimeArg::ago(Duration(1, Duration::Unit::Day)));
        QByteArray body;
        m_sim->runOnSim([&](SimSite &site, SimServer &) { body = site.deviceQuery(query.toQuery()).body; });
        const Result<QueryResult> decoded = QueryReplyDecoder::decode(body);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->tables.size(), 100);
        const QString why = compareWithRaw(*decoded, QJsonDocument::fromJson(body).array(), false);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(tst_QueryReplyDecoder)
#include "tst_QueryReplyDecoder.moc"
