// QueryReplyDecoder (docs/aegis-api.md §5–6 replies): both shapes, any key order, extra keys, text
// and null values, rows out of time order, the vendor's sample rows; malformed bodies give
// distinct, clear reasons and never crash; and a round trip against the in-process emulator
// over HTTP (DeviceQuery / DomainQuery -> SyncHttp -> decode) compared with its raw numbers.

#include "client/DeviceQuery.h"
#include "client/DomainQuery.h"
#include "client/QueryReplyDecoder.h"
#include "core/UtcTime.h"
#include "sim/SimSite.h"
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

namespace {

qint64 ms(const char *iso)
{
    return *UtcTime::parse(std::string_view(iso));
}

QueryResult decodeOk(const QByteArray &body)
{
    const Result<QueryResult> r = QueryReplyDecoder::decode(body);
    if (!r)
        qWarning("unexpected failure: %s", qPrintable(r.error()));
    return r ? *r : QueryResult();
}

// What two tables hold, without their table numbers (which differ between the two shapes).
QString sameContent(const QueryTable &a, const QueryTable &b)
{
    if (a.tags != b.tags)
        return u"tags differ"_s;
    if (a.field != b.field)
        return u"fields differ: %1, %2"_s.arg(a.field, b.field);
    if (a.series.times() != b.series.times())
        return u"times differ in %1"_s.arg(a.field);
    for (qsizetype i = 0; i < a.series.size(); ++i) {
        const double x = a.series.value(i), y = b.series.value(i);
        if (!(x == y || (std::isnan(x) && std::isnan(y))))
            return u"value %1 of %2 differs: %3, %4"_s.arg(i).arg(a.field).arg(x).arg(y);
    }
    if (a.texts != b.texts)
        return u"texts differ in %1"_s.arg(a.field);
    return {};
}

// The same as sameContent, and the table numbers, null texts and the bits of every value (-0.0
// is not 0.0): for the fast path against simdjson's DOM, which must agree exactly.
QString sameBits(const Result<QueryResult> &a, const Result<QueryResult> &b)
{
    if (a.ok() != b.ok() || a.error() != b.error())
        return u"outcomes differ: %1 | %2"_s.arg(a.error(), b.error());
    if (!a)
        return {};
    if (a->rowCount != b->rowCount || a->tables.size() != b->tables.size())
        return u"%1 rows in %2 tables, %3 rows in %4 tables"_s.arg(a->rowCount).arg(a->tables.size()).arg(b->rowCount).arg(b->tables.size());
    for (qsizetype i = 0; i < a->tables.size(); ++i) {
        const QueryTable &x = a->tables.at(i);
        const QueryTable &y = b->tables.at(i);
        if (x.table != y.table)
            return u"table numbers differ at %1"_s.arg(i);
        const QString why = sameContent(x, y);
        if (!why.isEmpty())
            return why;
        for (qsizetype k = 0; k < x.series.size(); ++k) {
            const double u = x.series.value(k), v = y.series.value(k);
            if (std::memcmp(&u, &v, sizeof u) != 0 && !(std::isnan(u) && std::isnan(v)))
                return u"value %1 of %2: %3 and %4 differ in their bits"_s.arg(k).arg(x.field).arg(u).arg(v);
        }
        for (qsizetype k = 0; k < x.texts.size(); ++k) {
            if (x.texts.at(k).isNull() != y.texts.at(k).isNull())
                return u"text %1 of %2 is null in one only"_s.arg(k).arg(x.field);
        }
    }
    return {};
}

// A reply like the emulator's, made to try the decoder's scanner: tables of both shapes whose
// rows repeat the keys and many values of the row before (as real replies do) and change the
// rest, with spaces in some tables, escapes, texts beyond ASCII, numbers of every form (and
// values near halfway between two doubles), literals, numeric tags, missing and extra keys.
QByteArray variedReply(quint32 seed, int tables)
{
    QRandomGenerator random(seed);
    const QList<QByteArray> numbers = {"0", "-0", "-0.0", "0.0", "12", "-42", "3.0", "0.1", "4.35", "100", "7602.337890625",
                                       "221.85476684570312", "0.9264751672744751", "60.01731491088867", "78840.07210645474",
                                       "12345678.9", "9007199254740993", "9007199254740992.5", "9223372036854775807",
                                       "-9223372036854775808", "18446744073709551615", "123456789012345678", "1e5", "1E+2",
                                       "-1.5e-7", "2.2250738585072011e-308", "5e-324", "1.7976931348623157e308",
                                       "0.30000000000000004", "0.000001234567890123456789", "0.5000000000000000277",
                                       "1.00000000000000011102230246251565404236316680908203125", "2.675", "1.0000000000000002"};
    const QList<QByteArray> texts = {"\"Operating\"", "\"Fault\"", "\"\"", "\"a \\\"q\\\" \\u00e9\\n\\/\"", "\"名稱\"",
                                     "\"x},{y\"", "\"SM000001\"", "\"tab\\there\""};
    const auto value = [&]() -> QByteArray {
        const int kind = int(random.bounded(20));
        if (kind < 12)
            return numbers.at(qsizetype(random.bounded(quint32(numbers.size()))));
        if (kind < 13) { // 17 significant digits, as float32 readings are printed
            QByteArray digits = QByteArray::number(1 + random.bounded(9));
            for (int i = 0; i < 16; ++i)
                digits += char('0' + random.bounded(10));
            digits.insert(1 + int(random.bounded(7)), '.');
            return digits;
        }
        if (kind < 18)
            return texts.at(qsizetype(random.bounded(quint32(texts.size()))));
        return kind == 18 ? QByteArray("null") : random.bounded(2) ? QByteArray("true") : QByteArray("false");
    };
    QByteArray body = "[";
    qint64 t = ms("2024-07-03T00:00:00Z");
    for (int table = 0; table < tables; ++table) {
        const bool pivoted = table % 2 == 1;
        const QByteArray space = table % 4 == 2 ? " " : "";
        const QByteArray device = "\"D" + QByteArray::number(table % 3) + "\"";
        QList<QByteArray> previous(8, QByteArray("1"));
        const int rows = 30 + int(random.bounded(60));
        for (int row = 0; row < rows; ++row) {
            t += 60'000;
            QList<QPair<QByteArray, QByteArray>> cells = {{"table", QByteArray::number(table)},
                                                          {"_time", '"' + UtcTime::format(t).toLatin1() + '"'},
                                                          {"DeviceName", row % 41 == 40 ? QByteArray("\"D9\"") : device},
                                                          {"domain_id", "187"}};
            const int fields = pivoted ? 6 : 1;
            for (int f = 0; f < fields; ++f) {
                if (random.bounded(2)) // half the values change from row to row
                    previous[f] = value();
                cells.append({pivoted ? "F" + QByteArray::number(f) : QByteArray("_value"), previous.at(f)});
            }
            if (!pivoted)
                cells.append({"_field", "\"F" + QByteArray::number(table % 5) + "\""});
            if (row % 17 == 5)
                cells.removeAt(pivoted ? 6 : 3); // a row without a field, or without domain_id
            if (row % 19 == 7)
                cells.swapItemsAt(1, cells.size() - 1); // another key order
            if (row % 23 == 11)
                cells.append({QByteArray("comment"), QByteArray("\"note\"")}); // a group column in the table shape
            if (row % 31 == 13)
                cells.append({cells.at(cells.size() - 1).first, value()}); // a key twice: the last counts
            body += row == 0 && table == 0 ? "\n" : ",\n";
            body += '{';
            for (qsizetype c = 0; c < cells.size(); ++c)
                body += (c ? "," + space : QByteArray()) + '"' + cells.at(c).first + "\":" + space + cells.at(c).second;
            body += '}';
        }
    }
    return body + "\n]";
}

// The vendor document's sample rows (pivot_columns 範例).
const QByteArray kVendorTable = R"([
    {"table": 0, "_time": "2024-07-03T08:57:01.303Z", "_value": 673, "DeviceName": "AA-70-2211-01-0217-874", "_field": "LoadPower"},
    {"table": 1, "_time": "2024-07-03T08:57:01.303Z", "_value": 863, "DeviceName": "AA-70-2211-01-0217-874", "_field": "SolarPower"}
])";
const QByteArray kVendorPivot = R"([
    {"table": 0, "_time": "2024-07-03T08:51:01.007Z", "DeviceName": "AA-70-2211-01-0217-874", "LoadPower": 655, "SolarPower": 539}
])";

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
                    return u"%1: point %2 is %3, the emulator sent %4"_s.arg(field).arg(i).arg(table->series.value(i)).arg(v.toDouble());
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
        QCOMPARE(load.tags, (QMap<QString, QString>{{u"DeviceName"_s, u"AA-70-2211-01-0217-874"_s}, {u"_field"_s, u"LoadPower"_s}}));
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
        const QueryResult escaped = decodeOk("[{\"table\":0,\"_time\":\"2024-07-03T00:00:00Z\",\"_value\":\"a \\\"q\\\" \\u00e9\\n\",\"_field\":\"Note\"}]");
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
        QTest::newRow("truncated after a key") << QByteArray("[{\"table\":0,\"_time\":\"2024-07-03T08:57:01.303Z\",\"_va")
                                               << u"cut off after 51 bytes"_s;
        QTest::newRow("truncated between rows") << QByteArray("[" + row + ",") << u"cut off"_s;
        QTest::newRow("truncated in a number") << QByteArray("[" + row.left(row.size() - 12)) << u"cut off"_s;
        QTest::newRow("not JSON") << QByteArray("[{\"table\":0,]") << u"not valid JSON"_s;
        QTest::newRow("plain text") << QByteArray("Service Unavailable") << u"not valid JSON"_s;
        QTest::newRow("two documents") << QByteArray("[] []") << u"not valid JSON"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("[{\"table\":0,\"_time\":\"2024-07-03T08:57:01Z\",\"_value\":\"\xff\xfe\",\"_field\":\"a\"}]")
                                       << u"UTF-8"_s;
        QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']') << u"nested too deeply"_s;
        QTest::newRow("number too large") << QByteArray(R"([{"table":0,"_time":"2024-07-03T08:57:01Z","_value":1e999,"_field":"a"}])")
                                          << u"number"_s;
        QTest::newRow("row is a number") << QByteArray("[1]") << u"row 1 is a single value"_s;
        QTest::newRow("row is a list") << QByteArray("[" + row + ",[]]") << u"row 2 is a list"_s;
        QTest::newRow("row is null") << QByteArray("[null]") << u"row 1 is null"_s;
        QTest::newRow("row is a text") << QByteArray(R"(["row"])") << u"row 1 is a text"_s;
        QTest::newRow("_time missing") << QByteArray("[" + row + "," + row + R"(,{"table":0,"_value":1,"_field":"a"}])")
                                       << u"row 3: _time is missing."_s;
        QTest::newRow("_time a number") << QByteArray(R"([{"table":0,"_time":1720000000,"_value":1}])") << u"row 1: _time is not a text."_s;
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
        QTest::newRow("_value an object") << QByteArray("[" + row + "," + row + R"(,{"table":0,"_time":"2024-07-03T08:57:01Z","_value":{"v":1}}])")
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
        const QList<QByteArray> bodies = {"", "<html></html>", "{}", "[{\"table\":0", "[1]", "[{\"table\":0,\"_value\":1}]",
                                          "[{\"_time\":\"2024-07-03T08:57:01Z\",\"_value\":1}]",
                                          "[{\"table\":0,\"_time\":\"2024-07-03T08:57:01Z\",\"_value\":{}}]", "\"x\"", "[\"\xff\"]",
                                          "[}"};
        for (const QByteArray &body : bodies)
            reasons.insert(QueryReplyDecoder::decode(body).error());
        QCOMPARE(reasons.size(), bodies.size());
    }

    void neverCrashesOnCutOrFlippedBytes()
    {
        // Every prefix of a reply, and each byte replaced, decodes or fails cleanly.
        const QByteArray body = R"([{"table":0,"_time":"2024-07-03T08:57:01.303Z","_value":673,"DeviceName":"A","_field":"LoadPower"},)"
                                R"({"table":1,"_time":"2024-07-03T08:51:01.007Z","DeviceName":"A","LoadPower":"x","SolarPower":null}])";
        for (qsizetype n = 0; n <= body.size(); ++n) {
            const Result<QueryResult> r = QueryReplyDecoder::decode(body.left(n));
            QVERIFY(r.ok() == r.error().isEmpty());
        }
        for (qsizetype i = 0; i < body.size(); ++i) {
            for (const char c : {'\0', '"', '{', '}', '[', ']', ',', ':', '1', 'x', '\x80'}) {
                QByteArray changed = body;
                changed[i] = c;
                const Result<QueryResult> r = QueryReplyDecoder::decode(changed);
                QVERIFY(r.ok() == r.error().isEmpty());
            }
        }
    }

    void largeRepliesReadInChunksAsWhole()
    {
        // Over 4 MB, so the reply is read in chunks; text values that look like row edges
        // ("},{") make some chunk edges fall inside strings, which must not change anything.
        QByteArray body = "[\n";
        const int rows = 60'000;
        for (int i = 0; i < rows; ++i) {
            const char *device = i % 3 == 0 ? "HERMES_SM000001" : i % 3 == 1 ? "HERMES_SM000002" : "AA-70-2211-01-0078-938";
            const qint64 t = ms("2024-07-03T00:00:00Z") + qint64(i / 3) * 60'000 - (i % 997 == 5 ? 3'600'000 : 0);
            const QByteArray status = i % 2 == 0 ? R"(x},{\"table\":9,\"_time\":\"y\"},{z)" : i % 77 == 0 ? "a}, {b" : "Operating";
            body += "  {\"table\": " + QByteArray::number(i % 3) + ", \"_time\": \"" + UtcTime::format(t).toLatin1()
                  + "\", \"DeviceName\": \"" + device + "\", \"Status\": \"" + status + "\", \"Power\": "
                  + (i % 11 == 0 ? QByteArray("null") : QByteArray::number(i * 0.5)) + "}" + (i + 1 < rows ? ",\n" : "\n");
        }
        body += "]\n";
        QVERIFY(body.size() > 5'000'000);
        const Result<QueryResult> chunked = QueryReplyDecoder::decode(body);
        const Result<QueryResult> whole = QueryReplyDecoder::decodeInOnePiece(body);
        QVERIFY2(chunked.ok(), qPrintable(chunked.error()));
        QVERIFY2(whole.ok(), qPrintable(whole.error()));
        QCOMPARE(chunked->rowCount, rows);
        QCOMPARE(chunked->tables.size(), 6);
        QCOMPARE(whole->tables.size(), 6);
        for (qsizetype i = 0; i < 6; ++i) {
            QCOMPARE(chunked->tables.at(i).table, whole->tables.at(i).table);
            const QString why = sameContent(chunked->tables.at(i), whole->tables.at(i));
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        QCOMPARE(chunked->find(u"Status", u"HERMES_SM000001")->text(0), u"x},{\"table\":9,\"_time\":\"y\"},{z"_s);

        // A bad row far into the reply, and a reply cut short: the same reasons either way.
        QByteArray bad = body;
        bad.replace("\"Power\": 25000}", "\"Power\": {}}");
        QCOMPARE(QueryReplyDecoder::decode(bad).error(), u"row 50001: Power is an object, not a value."_s);
        QCOMPARE(QueryReplyDecoder::decodeInOnePiece(bad).error(), QueryReplyDecoder::decode(bad).error());
        const QByteArray cut = body.left(body.size() * 2 / 3);
        QVERIFY(QueryReplyDecoder::decode(cut).error().contains(u"cut off"_s));
        QCOMPARE(QueryReplyDecoder::decodeInOnePiece(cut).error(), QueryReplyDecoder::decode(cut).error());
    }

    void fastPathReadsAsSimdjsonDoes()
    {
        // decode() reads most replies with a scanner of its own and leaves anything else to
        // simdjson's DOM (decodeInOnePiece): both must give the same tables, bit for bit.
        for (const quint32 seed : {1U, 2U, 3U}) {
            const QByteArray body = variedReply(seed, 16);
            QVERIFY(body.size() > 50'000);
            const Result<QueryResult> fast = QueryReplyDecoder::decode(body);
            QVERIFY2(fast.ok(), qPrintable(fast.error()));
            QVERIFY(fast->tables.size() > 40);
            const QString why = sameBits(fast, QueryReplyDecoder::decodeInOnePiece(body));
            QVERIFY2(why.isEmpty(), qPrintable(u"seed %1: "_s.arg(seed) + why));
        }
        // Changed bytes anywhere: the same tables or the same reason.
        QRandomGenerator random(7);
        const QByteArray body = variedReply(4, 4);
        for (int i = 0; i < 300; ++i) {
            QByteArray changed = body;
            const qsizetype at = qsizetype(random.bounded(quint32(body.size())));
            changed[at] = "\"{}[],:0-.eE\\ xn\x80\x01"[random.bounded(18)];
            if (i % 10 == 0)
                changed.truncate(at);
            const QString why = sameBits(QueryReplyDecoder::decode(changed), QueryReplyDecoder::decodeInOnePiece(changed));
            QVERIFY2(why.isEmpty(), qPrintable(u"byte %1: "_s.arg(at) + why));
        }
    }

    void largeRepliesTheScannerLeavesToSimdjson()
    {
        // A nested extra value (ignored in the table shape) is not for the scanner: a reply of
        // over 4 MB with one is read by simdjson in chunks, as whole, and fails alike.
        QByteArray body = "[";
        const int rows = 50'000;
        for (int i = 0; i < rows; ++i) {
            body += "{\"table\":" + QByteArray::number(i % 4) + ",\"_time\":\"" + UtcTime::format(ms("2024-07-03T00:00:00Z") + i * 1000).toLatin1()
                + "\",\"_value\":" + (i % 7 == 0 ? QByteArray("\"x},{y\"") : QByteArray::number(i * 0.25)) + ",\"_field\":\"Power\",\"DeviceName\":\"HERMES_SM00000"
                + QByteArray::number(i % 4) + "\",\"extra\":{\"n\":[" + QByteArray::number(i) + "]}}" + (i + 1 < rows ? ",\n" : "\n");
        }
        body += "]";
        QVERIFY(body.size() > 5'000'000);
        const Result<QueryResult> chunked = QueryReplyDecoder::decode(body);
        QVERIFY2(chunked.ok(), qPrintable(chunked.error()));
        QCOMPARE(chunked->rowCount, rows);
        QCOMPARE(chunked->tables.size(), 4);
        QString why = sameBits(chunked, QueryReplyDecoder::decodeInOnePiece(body));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        body.replace("\"_value\":250,", "\"_value\":[250],");
        QCOMPARE(QueryReplyDecoder::decode(body).error(), u"row 1001: _value is a list, not a value."_s);
        why = sameBits(QueryReplyDecoder::decode(body), QueryReplyDecoder::decodeInOnePiece(body));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void decodesInPlaceAndFromRawData()
    {
        // Spare capacity lets the parser read in place; raw data (no capacity) is copied.
        QByteArray roomy = kVendorTable;
        roomy.reserve(kVendorTable.size() + 4096);
        QCOMPARE(decodeOk(roomy).tables.size(), 2);
        const QByteArray raw = QByteArray::fromRawData(kVendorTable.constData(), kVendorTable.size());
        QCOMPARE(decodeOk(raw).tables.size(), 2);
    }

    void decodesOffTheGuiThread()
    {
        QFuture<Result<QueryResult>> future = QueryReplyDecoder::decodeAsync(kVendorPivot);
        future.waitForFinished();
        QVERIFY(future.result().ok());
        QCOMPARE(future.result()->tables.size(), 2);
        QFuture<Result<QueryResult>> failed = QueryReplyDecoder::decodeAsync("{}");
        failed.waitForFinished();
        QVERIFY(!failed.result().ok());
    }

    // ---- against the emulator ----

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
                                      .fields({u"Status", u"Type", u"Phase", u"Voltage", u"Frequency", u"Current", u"Active_Power",
                                               u"Power_Factor", u"InputEnergy", u"OutputEnergy"})
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
