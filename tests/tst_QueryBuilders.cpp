// DeviceQuery and DomainQuery (docs/aegis-api.md §5–6): every parameter written exactly as the
// contract spells it, only set parameters sent, values that survive URL encoding, local checks,
// and the vendor document's example requests (seeds/000_5f075bd923d47e09.txt, "使用範例")
// rebuilt with the builders and compared parameter by parameter.

#include "client/DeviceQuery.h"
#include "client/DomainQuery.h"
#include "core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Unit = Duration::Unit;
using Items = QList<QPair<QString, QString>>;

const QString kUnit = QStringLiteral("AA-70-2212-01-0028-070"); // the document's single unit

QTimeZone taipei()
{
    return QTimeZone("Asia/Taipei");
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromMSecsSinceEpoch(*UtcTime::parse(std::string_view(iso)), QTimeZone::utc());
}

// The parameters as the server reads them: through an encoded URL and back.
Items sent(const QUrlQuery &query)
{
    QUrl url(QStringLiteral("https://drtech.com.tw:20080/api/device_datas/query"));
    url.setQuery(query);
    const QUrl received(QString::fromLatin1(url.toEncoded()), QUrl::StrictMode);
    Items items;
    for (const auto &[key, value] : QUrlQuery(received).queryItems(QUrl::FullyDecoded))
        items.append({key, value});
    return items;
}

Items items(const char *key, const QString &value)
{
    return {{QString::fromLatin1(key), value}};
}

// A list parameter as the contract reads it: comma-separated, spaces around items ignored.
QStringList listItems(const QString &value)
{
    QStringList out;
    for (const QString &item : value.split(QLatin1Char(',')))
        out.append(item.trimmed());
    return out;
}

// Whether two values of `key` mean the same to the server (docs/aegis-api.md §5 forms).
bool sameMeaning(const QString &key, const QString &expected, const QString &actual, QString *why)
{
    static const QStringList lists = {QStringLiteral("fields"),           QStringLiteral("device_names"),
                                      QStringLiteral("group_by"),         QStringLiteral("device_type_category_name"),
                                      QStringLiteral("device_type_name"), QStringLiteral("place_names"),
                                      QStringLiteral("pivot_columns")};
    if (key == u"start" || key == u"stop") {
        const auto e = UtcTime::parse(expected);
        const auto a = UtcTime::parse(actual);
        if (e || a) {
            // An instant: the document writes Z or +08:00; the builder always writes UTC with ms.
            static const QRegularExpression utcMs(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
            *why = QStringLiteral("%1: expected the instant %2, sent %3").arg(key, expected, actual);
            return e && a && *e == *a && utcMs.match(actual).hasMatch();
        }
    }
    *why = QStringLiteral("%1: expected \"%2\", sent \"%3\"").arg(key, expected, actual);
    if (lists.contains(key))
        return listItems(expected) == listItems(actual) && !actual.contains(QLatin1Char(' '));
    return expected == actual;
}

// The same keys, once each, and the same meaning for each value.
QString compare(const Items &expected, const Items &actual)
{
    QStringList expectedKeys, actualKeys;
    for (const auto &item : expected)
        expectedKeys.append(item.first);
    for (const auto &item : actual)
        actualKeys.append(item.first);
    QStringList sortedExpected = expectedKeys, sortedActual = actualKeys;
    sortedExpected.sort();
    sortedActual.sort();
    if (sortedExpected != sortedActual)
        return QStringLiteral("parameters differ: expected %1, sent %2").arg(sortedExpected.join(u' '), sortedActual.join(u' '));
    for (const auto &[key, value] : expected) {
        QString why;
        const auto found = std::find_if(actual.cbegin(), actual.cend(), [&](const auto &item) { return item.first == key; });
        if (!sameMeaning(key, value, found->second, &why))
            return why;
    }
    return {};
}

} // namespace

class tst_QueryBuilders : public QObject
{
    Q_OBJECT

private slots:
    void paths()
    {
        QCOMPARE(DeviceQuery::path(), QStringLiteral("device_datas/query"));
        QCOMPARE(DomainQuery::path(), QStringLiteral("domain_datas/query"));
    }

    void nothingSetSendsNothing()
    {
        QVERIFY(DeviceQuery().toQuery().isEmpty());
        QVERIFY(DomainQuery().toQuery().isEmpty());
        QCOMPARE(sent(DeviceQuery().organizationId(182).toQuery()), items("organization_id", QStringLiteral("182")));
    }

    void eachDeviceParameter_data()
    {
        QTest::addColumn<DeviceQuery>("query");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        const auto row = [](const char *name, const DeviceQuery &q, const char *key, const QString &value) {
            QTest::newRow(name) << q << QString::fromLatin1(key) << value;
        };
        row("organization_id", DeviceQuery().organizationId(182), "organization_id", QStringLiteral("182"));
        row("device_output_name", DeviceQuery().output(u"pomcube_data"), "device_output_name", QStringLiteral("pomcube_data"));
        row("device_type_category_name", DeviceQuery().categories({u"pv", u"ess"}), "device_type_category_name",
            QStringLiteral("pv,ess"));
        row("device_type_name", DeviceQuery().types({u"pomcube", u"ess_hermes"}), "device_type_name",
            QStringLiteral("pomcube,ess_hermes"));
        row("domain_id", DeviceQuery().domainId(187), "domain_id", QStringLiteral("187"));
        row("device_names", DeviceQuery().devices({u"HERMES_SM000001", u"HERMES_SM000010"}), "device_names",
            QStringLiteral("HERMES_SM000001,HERMES_SM000010"));
        row("device_names from QStringList", DeviceQuery().devices(QStringList{kUnit}), "device_names", kUnit);
        row("place_names", DeviceQuery().places({u"roof", u"B1"}), "place_names", QStringLiteral("roof,B1"));
        row("start absolute", DeviceQuery().start(utc("2024-06-26T16:00:00Z")), "start",
            QStringLiteral("2024-06-26T16:00:00.000Z"));
        row("start from an offset time", DeviceQuery().start(QDateTime(QDate(2024, 11, 25), QTime(0, 0), QTimeZone(8 * 3600))),
            "start", QStringLiteral("2024-11-24T16:00:00.000Z"));
        row("start with ms", DeviceQuery().start(QueryTimeArg::atMs(1720000000123)), "start",
            QStringLiteral("2024-07-03T09:46:40.123Z"));
        row("start relative", DeviceQuery().start(QueryTimeArg::relative(u"-7d")), "start", QStringLiteral("-7d"));
        row("start ago", DeviceQuery().start(QueryTimeArg::ago(Duration(30, Unit::Minute))), "start", QStringLiteral("-30m"));
        row("start 0", DeviceQuery().start(QueryTimeArg::beginningOfData()), "start", QStringLiteral("0"));
        row("stop", DeviceQuery().stop(utc("2024-06-28T16:00:00.5Z")), "stop", QStringLiteral("2024-06-28T16:00:00.500Z"));
        row("stop relative", DeviceQuery().stop(QueryTimeArg::relative(u"+2d")), "stop", QStringLiteral("+2d"));
        row("fields", DeviceQuery().fields({u"SolarPower", u"LoadPower"}), "fields", QStringLiteral("SolarPower,LoadPower"));
        row("where value", DeviceQuery().where(u"domain_id", u"1"), "where", QStringLiteral("{\"domain_id\":\"1\"}"));
        row("where list",
            DeviceQuery()
                .where(u"domain_id", u"1")
                .where(u"device_name", QStringList{QStringLiteral("d1"), QStringLiteral("d2")}),
            "where", QStringLiteral("{\"domain_id\":\"1\",\"device_name\":[\"d1\",\"d2\"]}"));
        row("where replaces a tag", DeviceQuery().where(u"domain_id", u"1").where(u"domain_id", u"187"), "where",
            QStringLiteral("{\"domain_id\":\"187\"}"));
        row("where escapes", DeviceQuery().where(u"device_name", u"a\"b\\c"), "where",
            QStringLiteral("{\"device_name\":\"a\\\"b\\\\c\"}"));
        row("differenceNonNegativeSource", DeviceQuery().differenceNonNegativeSource(), "differenceNonNegativeSource",
            QStringLiteral("true"));
        row("differenceNonNegativeSource false", DeviceQuery().differenceNonNegativeSource(false), "differenceNonNegativeSource",
            QStringLiteral("false"));
        row("every 15m", DeviceQuery().every(Duration(15, Unit::Minute)), "every", QStringLiteral("15m"));
        row("every 1h", DeviceQuery().every(Duration(1, Unit::Hour)), "every", QStringLiteral("1h"));
        row("every 1d", DeviceQuery().every(Duration(1, Unit::Day)), "every", QStringLiteral("1d"));
        row("every 1w", DeviceQuery().every(Duration(1, Unit::Week)), "every", QStringLiteral("1w"));
        row("every 1mo", DeviceQuery().every(Duration(1, Unit::Month)), "every", QStringLiteral("1mo"));
        row("every 1y", DeviceQuery().every(Duration(1, Unit::Year)), "every", QStringLiteral("1y"));
        row("every 10s", DeviceQuery().every(Duration(10, Unit::Second)), "every", QStringLiteral("10s"));
        row("create_empty", DeviceQuery().createEmpty(), "create_empty", QStringLiteral("true"));
        row("create_empty false", DeviceQuery().createEmpty(false), "create_empty", QStringLiteral("false"));
        row("time_src _start", DeviceQuery().timeSource(QueryTimeSource::WindowStart), "time_src", QStringLiteral("_start"));
        row("time_src _stop", DeviceQuery().timeSource(QueryTimeSource::WindowStop), "time_src", QStringLiteral("_stop"));
        row("timezone", DeviceQuery().timezone(taipei()), "timezone", QStringLiteral("Asia/Taipei"));
        row("timezone with a plus", DeviceQuery().timezone(QTimeZone("Etc/GMT+8")), "timezone", QStringLiteral("Etc/GMT+8"));
        row("difference", DeviceQuery().difference(), "difference", QStringLiteral("true"));
        row("group_by", DeviceQuery().groupBy({u"_field"}), "group_by", QStringLiteral("_field"));
        row("group_by with !", DeviceQuery().groupBy({GroupColumn::beforeTimeFunction(u"DeviceName"), u"_field"}), "group_by",
            QStringLiteral("!DeviceName,_field"));
        row("pivot_columns", DeviceQuery().pivotByField(), "pivot_columns", QStringLiteral("_field"));
        row("limit", DeviceQuery().limit(100), "limit", QStringLiteral("100"));
        row("debug", DeviceQuery().debug(), "debug", QStringLiteral("true"));
        row("debug false", DeviceQuery().debug(false), "debug", QStringLiteral("false"));
        row("device name with reserved characters", DeviceQuery().devices({u"a+b&c=d#e%f g"}), "device_names",
            QStringLiteral("a+b&c=d#e%f g"));
        row("Chinese", DeviceQuery().places({u"K館"}), "place_names", QStringLiteral("K館"));

        const char *functions[] = {"first", "last", "min", "max", "mean", "median", "count", "sum", "spread", "integral"};
        for (int i = 0; i < 10; ++i) {
            QTest::newRow(qPrintable(QStringLiteral("time_function %1").arg(QLatin1String(functions[i]))))
                << DeviceQuery().timeFunction(QueryTimeFunction(i)) << QStringLiteral("time_function")
                << QString::fromLatin1(functions[i]);
        }
        const char *groupFunctions[] = {"min", "max", "mean", "median", "count", "sum"};
        for (int i = 0; i < 6; ++i) {
            QTest::newRow(qPrintable(QStringLiteral("group_function %1").arg(QLatin1String(groupFunctions[i]))))
                << DeviceQuery().groupFunction(QueryGroupFunction(i)) << QStringLiteral("group_function")
                << QString::fromLatin1(groupFunctions[i]);
        }
    }

    void eachDeviceParameter()
    {
        QFETCH(DeviceQuery, query);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QCOMPARE(sent(query.toQuery()), Items({{key, value}}));
    }

    void eachDomainParameter_data()
    {
        QTest::addColumn<DomainQuery>("query");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        const auto row = [](const char *name, const DomainQuery &q, const char *key, const QString &value) {
            QTest::newRow(name) << q << QString::fromLatin1(key) << value;
        };
        row("organization_id", DomainQuery().organizationId(182), "organization_id", QStringLiteral("182"));
        row("domain_id", DomainQuery().domainId(187), "domain_id", QStringLiteral("187"));
        row("start", DomainQuery().start(utc("2024-11-24T16:00:00Z")), "start", QStringLiteral("2024-11-24T16:00:00.000Z"));
        row("start 0", DomainQuery().start(QueryTimeArg::beginningOfData()), "start", QStringLiteral("0"));
        row("stop", DomainQuery().stop(QueryTimeArg::relative(u"-1h")), "stop", QStringLiteral("-1h"));
        row("fields", DomainQuery().fields({u"SolarEnergy", u"LoadEnergy", u"GridEnergy"}), "fields",
            QStringLiteral("SolarEnergy,LoadEnergy,GridEnergy"));
        row("every", DomainQuery().every(Duration(15, Unit::Minute)), "every", QStringLiteral("15m"));
        row("timezone", DomainQuery().timezone(taipei()), "timezone", QStringLiteral("Asia/Taipei"));
        row("time_src", DomainQuery().timeSource(QueryTimeSource::WindowStart), "time_src", QStringLiteral("_start"));
        row("time_function", DomainQuery().timeFunction(QueryTimeFunction::Last), "time_function", QStringLiteral("last"));
        row("create_empty", DomainQuery().createEmpty(), "create_empty", QStringLiteral("true"));
        row("pivot_columns", DomainQuery().pivotByField(), "pivot_columns", QStringLiteral("_field"));
    }

    void eachDomainParameter()
    {
        QFETCH(DomainQuery, query);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QCOMPARE(sent(query.toQuery()), Items({{key, value}}));
    }

    void reservedCharactersAreEncoded()
    {
        // A bare '+' would reach a form-style decoder as a space; '&', '=' and '#' would cut the value.
        QUrl url(QStringLiteral("https://h/api/device_datas/query"));
        url.setQuery(DeviceQuery().timezone(QTimeZone("Etc/GMT+8")).devices({u"a&b=c#d%e+f"}).toQuery());
        const QByteArray encoded = url.toEncoded();
        QVERIFY2(encoded.contains("timezone=Etc/GMT%2B8"), encoded.constData());
        QVERIFY2(encoded.contains("device_names=a%26b%3Dc%23d%25e%2Bf"), encoded.constData());
    }

    void whereIsAJsonObject()
    {
        const DeviceQuery q = DeviceQuery()
                                  .where(u"domain_id", u"1")
                                  .where(u"device_name", QStringList{QStringLiteral("d1"), QStringLiteral("d\"2")});
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(q.whereJson().toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("domain_id")).toString(), QStringLiteral("1"));
        QCOMPARE(doc.object().value(QStringLiteral("device_name")).toArray(),
                 QJsonArray({QStringLiteral("d1"), QStringLiteral("d\"2")}));
        QCOMPARE(q.whereFilters().size(), 2);
    }

    void allParametersInContractOrder()
    {
        const DeviceQuery q = DeviceQuery()
                                  .organizationId(182)
                                  .output(u"pomcube_data")
                                  .categories({u"ess"})
                                  .types({u"pomcube"})
                                  .domainId(187)
                                  .devices({kUnit})
                                  .places({u"p"})
                                  .range(utc("2024-05-31T16:00:00Z"), utc("2024-06-30T16:00:00Z"))
                                  .fields({u"SolarPower"})
                                  .where(u"domain_id", u"187")
                                  .differenceNonNegativeSource()
                                  .every(Duration(1, Unit::Day))
                                  .timeFunction(QueryTimeFunction::Mean)
                                  .createEmpty()
                                  .timeSource(QueryTimeSource::WindowStart)
                                  .timezone(taipei())
                                  .difference()
                                  .groupBy({GroupColumn::beforeTimeFunction(u"DeviceName"), u"_field"})
                                  .groupFunction(QueryGroupFunction::Sum)
                                  .pivotByField()
                                  .limit(10)
                                  .debug(false);
        QStringList keys;
        for (const auto &item : sent(q.toQuery()))
            keys.append(item.first);
        QCOMPARE(keys,
                 QStringList({QStringLiteral("organization_id"),
                              QStringLiteral("device_output_name"),
                              QStringLiteral("device_type_category_name"),
                              QStringLiteral("device_type_name"),
                              QStringLiteral("domain_id"),
                              QStringLiteral("device_names"),
                              QStringLiteral("place_names"),
                              QStringLiteral("start"),
                              QStringLiteral("stop"),
                              QStringLiteral("fields"),
                              QStringLiteral("where"),
                              QStringLiteral("differenceNonNegativeSource"),
                              QStringLiteral("every"),
                              QStringLiteral("time_function"),
                              QStringLiteral("create_empty"),
                              QStringLiteral("time_src"),
                              QStringLiteral("timezone"),
                              QStringLiteral("difference"),
                              QStringLiteral("group_by"),
                              QStringLiteral("group_function"),
                              QStringLiteral("pivot_columns"),
                              QStringLiteral("limit"),
                              QStringLiteral("debug")}));
        QVERIFY2(q.problem().isEmpty(), qPrintable(q.problem()));
        QCOMPARE(q.fieldNames(), QStringList{QStringLiteral("SolarPower")});
        QCOMPARE(q.deviceNames(), QStringList{kUnit});
    }

    void queryTimeArg()
    {
        QCOMPARE(QueryTimeArg(utc("2024-07-03T08:57:01.303Z")).toString(), QStringLiteral("2024-07-03T08:57:01.303Z"));
        QCOMPARE(QueryTimeArg::beginningOfData().toString(), QStringLiteral("0"));
        QCOMPARE(QueryTimeArg::ago(Duration(1, Unit::Month)).toString(), QStringLiteral("-1mo"));
        QCOMPARE(QueryTimeArg::relative(u" -1h30m ").toString(), QStringLiteral("-1h30m"));
        QCOMPARE(QueryTimeArg::beginningOfData().kind(), QueryTimeArg::Kind::BeginningOfData);
        QCOMPARE(QueryTimeArg::relative(u"-7d").kind(), QueryTimeArg::Kind::Relative);
        QVERIFY(QueryTimeArg::atMs(5).isAbsolute());
        QCOMPARE(QueryTimeArg::atMs(5).absoluteMs(), qint64(5));
        for (const char *good : {"-10s", "-30m", "-6h", "-7d", "-2w", "-1mo", "-1y", "-1h30m", "+2d", "-500ms"})
            QVERIFY2(QueryTimeArg::relative(QLatin1String(good)).problem().isEmpty(), good);
        for (const char *bad : {"", "7d", "-7", "-7x", "yesterday", "-1.5h", "- 7d", "0"})
            QVERIFY2(!QueryTimeArg::relative(QLatin1String(bad)).problem().isEmpty(), bad);
        QVERIFY(!QueryTimeArg(QDateTime()).problem().isEmpty());
        QVERIFY(QueryTimeArg(QDateTime()).toString().isEmpty());
        QVERIFY(!QueryTimeArg::atMs(UtcTime::daysFromCivil(10000, 1, 1) * 86'400'000).problem().isEmpty());
        QVERIFY(!QueryTimeArg::atMs(UtcTime::daysFromCivil(-1, 12, 31) * 86'400'000).problem().isEmpty());
    }

    void problems_data()
    {
        QTest::addColumn<DeviceQuery>("query");
        QTest::addColumn<QString>("mentions"); // empty: no problem
        const DeviceQuery ok = DeviceQuery()
                                   .organizationId(182)
                                   .output(u"pomcube_data")
                                   .start(QueryTimeArg::relative(u"-1d"))
                                   .fields({u"SolarPower"});
        QTest::newRow("fine") << ok << QString();
        QTest::newRow("category instead of output") << DeviceQuery()
                                                           .organizationId(182)
                                                           .categories({u"pv", u"ess"})
                                                           .start(QueryTimeArg::beginningOfData())
                                                           .fields({u"SolarPower"})
                                                    << QString();
        QTest::newRow("every with time_function")
            << DeviceQuery(ok).every(Duration(1, Unit::Day)).timeFunction(QueryTimeFunction::Mean) << QString();
        QTest::newRow("no organization")
            << DeviceQuery().output(u"pomcube_data").start(QueryTimeArg::relative(u"-1d")).fields({u"SolarPower"})
            << QStringLiteral("organization_id");
        QTest::newRow("no fields") << DeviceQuery(ok).fields(QStringList()) << QStringLiteral("fields");
        QTest::newRow("empty field name") << DeviceQuery(ok).fields({u"SolarPower", u" "}) << QStringLiteral("fields");
        QTest::newRow("comma in a field") << DeviceQuery(ok).fields({u"a,b"}) << QStringLiteral("fields");
        QTest::newRow("every without time_function")
            << DeviceQuery(ok).every(Duration(1, Unit::Day)) << QStringLiteral("time_function");
        QTest::newRow("no start") << DeviceQuery().organizationId(182).output(u"pomcube_data").fields({u"SolarPower"})
                                  << QStringLiteral("start");
        QTest::newRow("no output")
            << DeviceQuery().organizationId(182).start(QueryTimeArg::beginningOfData()).fields({u"SolarPower"})
            << QStringLiteral("device_output_name");
        QTest::newRow("bad relative start") << DeviceQuery(ok).start(QueryTimeArg::relative(u"7 days ago"))
                                            << QStringLiteral("start");
        QTest::newRow("bad stop") << DeviceQuery(ok).stop(QDateTime()) << QStringLiteral("stop");
        QTest::newRow("empty range") << DeviceQuery(ok).range(utc("2024-06-02T00:00:00Z"), utc("2024-06-01T00:00:00Z"))
                                     << QStringLiteral("start must be before stop");
        QTest::newRow("zero every") << DeviceQuery(ok).every(Duration(0, Unit::Hour)).timeFunction(QueryTimeFunction::Mean)
                                    << QStringLiteral("every");
        QTest::newRow("invalid timezone") << DeviceQuery(ok).timezone(QTimeZone("Nowhere/Atlantis"))
                                          << QStringLiteral("timezone");
        QTest::newRow("empty device name") << DeviceQuery(ok).devices({u""}) << QStringLiteral("device_names");
        QTest::newRow("empty where list") << DeviceQuery(ok).where(u"device_name", QStringList())
                                          << QStringLiteral("device_name");
        QTest::newRow("bad group column") << DeviceQuery(ok).groupBy({u"!DeviceName"}) << QStringLiteral("group_by");
        QTest::newRow("limit 0") << DeviceQuery(ok).limit(0) << QStringLiteral("limit");
    }

    void problems()
    {
        QFETCH(DeviceQuery, query);
        QFETCH(QString, mentions);
        if (mentions.isEmpty())
            QVERIFY2(query.problem().isEmpty(), qPrintable(query.problem()));
        else
            QVERIFY2(query.problem().contains(mentions), qPrintable(query.problem()));
    }

    void domainProblems()
    {
        const DomainQuery ok =
            DomainQuery().organizationId(182).domainId(187).start(QueryTimeArg::beginningOfData()).fields({u"BatSoC"});
        QVERIFY(ok.problem().isEmpty());
        // Domain fields have default aggregations (§6): every alone is fine.
        QVERIFY(DomainQuery(ok).every(Duration(15, Unit::Minute)).problem().isEmpty());
        QVERIFY(DomainQuery(ok).fields(QStringList()).problem().contains(QStringLiteral("fields")));
        QVERIFY(DomainQuery()
                    .domainId(187)
                    .start(QueryTimeArg::beginningOfData())
                    .fields({u"BatSoC"})
                    .problem()
                    .contains(QStringLiteral("organization_id")));
    }

    // ---- the vendor document's example requests ----

    void vendorDeviceExamples_data()
    {
        QTest::addColumn<Items>("document");
        QTest::addColumn<DeviceQuery>("built");
        const auto base = [] { return DeviceQuery().organizationId(182); };
        const QList<GroupColumn> bangDevice = {GroupColumn::beforeTimeFunction(u"DeviceName"), u"_field"};

        QTest::newRow("太陽能功率預測(單台)") << Items{{u"organization_id"_s, u"182"_s},
                                                       {u"device_names"_s, kUnit},
                                                       {u"device_output_name"_s, u"solar_prediction"_s},
                                                       {u"start"_s, u"2024-06-26T16:00:00Z"_s},
                                                       {u"stop"_s, u"2024-06-28T16:00:00Z"_s},
                                                       {u"fields"_s, u"DirectRadiation, SolarArea, SolarEff, SolarPower"_s},
                                                       {u"timezone"_s, u"Asia/Taipei"_s},
                                                       {u"pivot_columns"_s, u"_field"_s}}
                                              << base()
                                                     .devices({kUnit})
                                                     .output(u"solar_prediction")
                                                     .range(utc("2024-06-26T16:00:00Z"), utc("2024-06-28T16:00:00Z"))
                                                     .fields({u"DirectRadiation", u"SolarArea", u"SolarEff", u"SolarPower"})
                                                     .timezone(taipei())
                                                     .pivotByField();

        QTest::newRow("每日太陽能度數預測 (單台)") << Items{{u"organization_id"_s, u"182"_s},
                                                            {u"device_names"_s, kUnit},
                                                            {u"device_output_name"_s, u"solar_prediction"_s},
                                                            {u"start"_s, u"2024-06-26T16:00:00Z"_s},
                                                            {u"stop"_s, u"2024-06-28T16:00:00Z"_s},
                                                            {u"fields"_s, u"DirectRadiation"_s},
                                                            {u"every"_s, u"1d"_s},
                                                            {u"timezone"_s, u"Asia/Taipei"_s},
                                                            {u"time_function"_s, u"integral"_s},
                                                            {u"time_src"_s, u"_start"_s},
                                                            {u"pivot_columns"_s, u"_field"_s}}
                                                   << base()
                                                          .devices({kUnit})
                                                          .output(u"solar_prediction")
                                                          .range(utc("2024-06-26T16:00:00Z"), utc("2024-06-28T16:00:00Z"))
                                                          .fields({u"DirectRadiation"})
                                                          .every(Duration(1, Unit::Day))
                                                          .timezone(taipei())
                                                          .timeFunction(QueryTimeFunction::Integral)
                                                          .timeSource(QueryTimeSource::WindowStart)
                                                          .pivotByField();

        QTest::newRow("目前功率 (單台)") << Items{{u"organization_id"_s, u"182"_s},
                                                  {u"device_names"_s, kUnit},
                                                  {u"device_output_name"_s, u"pomcube_data"_s},
                                                  {u"start"_s, u"0"_s},
                                                  {u"fields"_s, u"SolarPower, LoadPower"_s},
                                                  {u"time_function"_s, u"last"_s},
                                                  {u"group_by"_s, u"_field"_s}}
                                         << base()
                                                .devices({kUnit})
                                                .output(u"pomcube_data")
                                                .start(QueryTimeArg::beginningOfData())
                                                .fields({u"SolarPower", u"LoadPower"})
                                                .timeFunction(QueryTimeFunction::Last)
                                                .groupBy({u"_field"});

        QTest::newRow("pomcube 目前太陽能發電功率 (多台)") << Items{{u"organization_id"_s, u"182"_s},
                                                                    {u"domain_id"_s, u"187"_s},
                                                                    {u"device_output_name"_s, u"pomcube_data"_s},
                                                                    {u"start"_s, u"0"_s},
                                                                    {u"fields"_s, u"SolarPower"_s},
                                                                    {u"time_function"_s, u"last"_s},
                                                                    {u"group_by"_s, u"!DeviceName,_field"_s},
                                                                    {u"group_function"_s, u"sum"_s}}
                                                           << base()
                                                                  .domainId(187)
                                                                  .output(u"pomcube_data")
                                                                  .start(QueryTimeArg::beginningOfData())
                                                                  .fields({u"SolarPower"})
                                                                  .timeFunction(QueryTimeFunction::Last)
                                                                  .groupBy(bangDevice)
                                                                  .groupFunction(QueryGroupFunction::Sum);

        QTest::newRow("pv及ess目前太陽能發電功率總和 (多台)") << Items{{u"organization_id"_s, u"182"_s},
                                                                       {u"domain_id"_s, u"187"_s},
                                                                       {u"device_type_category_name"_s, u"pv,ess"_s},
                                                                       {u"start"_s, u"0"_s},
                                                                       {u"fields"_s, u"SolarPower"_s},
                                                                       {u"time_function"_s, u"last"_s},
                                                                       {u"group_by"_s, u"!DeviceName,_field"_s},
                                                                       {u"group_function"_s, u"sum"_s}}
                                                              << base()
                                                                     .domainId(187)
                                                                     .categories({u"pv", u"ess"})
                                                                     .start(QueryTimeArg::beginningOfData())
                                                                     .fields({u"SolarPower"})
                                                                     .timeFunction(QueryTimeFunction::Last)
                                                                     .groupBy(bangDevice)
                                                                     .groupFunction(QueryGroupFunction::Sum);

        const auto dailyPower = [&](const DeviceQuery &q) {
            return DeviceQuery(q)
                .output(u"pomcube_data")
                .range(utc("2024-05-31T16:00:00Z"), utc("2024-06-30T16:00:00Z"))
                .fields({u"SolarPower", u"LoadPower", u"GenPower", u"GridPower"})
                .every(Duration(1, Unit::Day))
                .timezone(taipei())
                .timeFunction(QueryTimeFunction::Mean)
                .createEmpty()
                .timeSource(QueryTimeSource::WindowStart)
                .pivotByField();
        };
        QTest::newRow("每日歷史功率圖 (單台)") << Items{{u"organization_id"_s, u"182"_s},
                                                        {u"device_names"_s, kUnit},
                                                        {u"device_output_name"_s, u"pomcube_data"_s},
                                                        {u"start"_s, u"2024-05-31T16:00:00Z"_s},
                                                        {u"stop"_s, u"2024-06-30T16:00:00Z"_s},
                                                        {u"fields"_s, u"SolarPower,LoadPower,GenPower,GridPower"_s},
                                                        {u"every"_s, u"1d"_s},
                                                        {u"timezone"_s, u"Asia/Taipei"_s},
                                                        {u"time_function"_s, u"mean"_s},
                                                        {u"create_empty"_s, u"true"_s},
                                                        {u"time_src"_s, u"_start"_s},
                                                        {u"group_by"_s, u"_field"_s},
                                                        {u"pivot_columns"_s, u"_field"_s}}
                                               << dailyPower(base().devices({kUnit})).groupBy({u"_field"});
        QTest::newRow("每日歷史功率圖 (多台)")
            << Items{{u"organization_id"_s, u"182"_s},
                     {u"domain_id"_s, u"187"_s},
                     {u"device_output_name"_s, u"pomcube_data"_s},
                     {u"start"_s, u"2024-05-31T16:00:00Z"_s},
                     {u"stop"_s, u"2024-06-30T16:00:00Z"_s},
                     {u"fields"_s, u"SolarPower,LoadPower,GenPower,GridPower"_s},
                     {u"every"_s, u"1d"_s},
                     {u"timezone"_s, u"Asia/Taipei"_s},
                     {u"time_function"_s, u"mean"_s},
                     {u"create_empty"_s, u"true"_s},
                     {u"time_src"_s, u"_start"_s},
                     {u"group_by"_s, u"!DeviceName,_field"_s},
                     {u"group_function"_s, u"sum"_s},
                     {u"pivot_columns"_s, u"_field"_s}}
            << dailyPower(base().domainId(187)).groupBy(bangDevice).groupFunction(QueryGroupFunction::Sum);

        QTest::newRow("每日電表累計度數 (單台)") << Items{{u"organization_id"_s, u"182"_s},
                                                          {u"device_names"_s, kUnit},
                                                          {u"device_output_name"_s, u"pomcube_data"_s},
                                                          {u"start"_s, u"2024-05-30T16:00:00Z"_s},
                                                          {u"stop"_s, u"2024-06-30T16:00:00Z"_s},
                                                          {u"fields"_s, u"SolarEnergy,LoadEnergy"_s},
                                                          {u"every"_s, u"1d"_s},
                                                          {u"timezone"_s, u"Asia/Taipei"_s},
                                                          {u"time_function"_s, u"last"_s},
                                                          {u"create_empty"_s, u"true"_s},
                                                          {u"group_by"_s, u"_field"_s},
                                                          {u"pivot_columns"_s, u"_field"_s}}
                                                 << base()
                                                        .devices({kUnit})
                                                        .output(u"pomcube_data")
                                                        .range(utc("2024-05-30T16:00:00Z"), utc("2024-06-30T16:00:00Z"))
                                                        .fields({u"SolarEnergy", u"LoadEnergy"})
                                                        .every(Duration(1, Unit::Day))
                                                        .timezone(taipei())
                                                        .timeFunction(QueryTimeFunction::Last)
                                                        .createEmpty()
                                                        .groupBy({u"_field"})
                                                        .pivotByField();

        QTest::newRow("每日太陽能發電度數及用電度數 (單台)")
            << Items{{u"organization_id"_s, u"182"_s},
                     {u"device_names"_s, kUnit},
                     {u"device_output_name"_s, u"pomcube_data"_s},
                     {u"start"_s, u"2024-05-30T16:00:00Z"_s},
                     {u"stop"_s, u"2024-06-30T16:00:00Z"_s},
                     {u"fields"_s, u"SolarEnergy,LoadEnergy"_s},
                     {u"differenceNonNegativeSource"_s, u"true"_s},
                     {u"every"_s, u"1d"_s},
                     {u"timezone"_s, u"Asia/Taipei"_s},
                     {u"time_function"_s, u"sum"_s},
                     {u"create_empty"_s, u"true"_s},
                     {u"time_src"_s, u"_start"_s},
                     {u"group_by"_s, u"_field"_s},
                     {u"pivot_columns"_s, u"_field"_s}}
            << base()
                   .devices({kUnit})
                   .output(u"pomcube_data")
                   .range(utc("2024-05-30T16:00:00Z"), utc("2024-06-30T16:00:00Z"))
                   .fields({u"SolarEnergy", u"LoadEnergy"})
                   .differenceNonNegativeSource()
                   .every(Duration(1, Unit::Day))
                   .timezone(taipei())
                   .timeFunction(QueryTimeFunction::Sum)
                   .createEmpty()
                   .timeSource(QueryTimeSource::WindowStart)
                   .groupBy({u"_field"})
                   .pivotByField();

        // The document's "lmo" is the OCR of "1mo".
        QTest::newRow("每月太陽能發電度數及用電度數 (多台)")
            << Items{{u"organization_id"_s, u"182"_s},
                     {u"domain_id"_s, u"187"_s},
                     {u"device_output_name"_s, u"pomcube_data"_s},
                     {u"start"_s, u"2023-11-30T16:00:00Z"_s},
                     {u"stop"_s, u"2024-12-31T16:00:00Z"_s},
                     {u"fields"_s, u"SolarEnergy, LoadEnergy"_s},
                     {u"differenceNonNegativeSource"_s, u"true"_s},
                     {u"every"_s, u"1mo"_s},
                     {u"timezone"_s, u"Asia/Taipei"_s},
                     {u"time_function"_s, u"sum"_s},
                     {u"create_empty"_s, u"true"_s},
                     {u"time_src"_s, u"_start"_s},
                     {u"group_by"_s, u"!DeviceName,_field"_s},
                     {u"group_function"_s, u"sum"_s},
                     {u"pivot_columns"_s, u"_field"_s}}
            << base()
                   .domainId(187)
                   .output(u"pomcube_data")
                   .range(utc("2023-11-30T16:00:00Z"), utc("2024-12-31T16:00:00Z"))
                   .fields({u"SolarEnergy", u"LoadEnergy"})
                   .differenceNonNegativeSource()
                   .every(Duration(1, Unit::Month))
                   .timezone(taipei())
                   .timeFunction(QueryTimeFunction::Sum)
                   .createEmpty()
                   .timeSource(QueryTimeSource::WindowStart)
                   .groupBy(bangDevice)
                   .groupFunction(QueryGroupFunction::Sum)
                   .pivotByField();

        QTest::newRow("最近24小時太陽能發電度數及用電度數 (多台)") << Items{{u"organization_id"_s, u"182"_s},
                                                                            {u"domain_id"_s, u"187"_s},
                                                                            {u"device_output_name"_s, u"pomcube_data"_s},
                                                                            {u"start"_s, u"-24h"_s},
                                                                            {u"fields"_s, u"SolarEnergy,LoadEnergy"_s},
                                                                            {u"differenceNonNegativeSource"_s, u"true"_s},
                                                                            {u"timezone"_s, u"Asia/Taipei"_s},
                                                                            {u"time_function"_s, u"sum"_s},
                                                                            {u"group_by"_s, u"!DeviceName,_field"_s},
                                                                            {u"group_function"_s, u"sum"_s}}
                                                                   << base()
                                                                          .domainId(187)
                                                                          .output(u"pomcube_data")
                                                                          .start(QueryTimeArg::ago(Duration(24, Unit::Hour)))
                                                                          .fields({u"SolarEnergy", u"LoadEnergy"})
                                                                          .differenceNonNegativeSource()
                                                                          .timezone(taipei())
                                                                          .timeFunction(QueryTimeFunction::Sum)
                                                                          .groupBy(bangDevice)
                                                                          .groupFunction(QueryGroupFunction::Sum);

        QTest::newRow("A棟電表") << Items{{u"organization_id"_s, u"182"_s},
                                          {u"device_output_name"_s, u"hermes_smartmeter_data"_s},
                                          {u"device_names"_s, u"HERMES_SM000010"_s},
                                          {u"fields"_s, u"Active_Power,InputEnergy"_s},
                                          {u"start"_s, u"2024-12-18T00:00:00+08:00"_s},
                                          {u"group_by"_s, u"!DeviceName,_field"_s},
                                          {u"timezone"_s, u"Asia/Taipei"_s},
                                          {u"time_function"_s, u"last"_s},
                                          {u"pivot_columns"_s, u"_field"_s}}
                                 << base()
                                        .output(u"hermes_smartmeter_data")
                                        .devices({u"HERMES_SM000010"})
                                        .fields({u"Active_Power", u"InputEnergy"})
                                        .start(QDateTime(QDate(2024, 12, 18), QTime(0, 0), taipei()))
                                        .groupBy(bangDevice)
                                        .timezone(taipei())
                                        .timeFunction(QueryTimeFunction::Last)
                                        .pivotByField();
    }

    void vendorDeviceExamples()
    {
        QFETCH(Items, document);
        QFETCH(DeviceQuery, built);
        const QString difference = compare(document, sent(built.toQuery()));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY2(built.problem().isEmpty(), qPrintable(built.problem()));
    }

    void vendorDomainExamples_data()
    {
        QTest::addColumn<Items>("document");
        QTest::addColumn<DomainQuery>("built");
        const QDateTime nov25 = QDateTime(QDate(2024, 11, 25), QTime(0, 0), taipei());
        const QDateTime nov30 = QDateTime(QDate(2024, 11, 30), QTime(0, 0), taipei());
        const auto base = [] { return DomainQuery().organizationId(182).domainId(187); };
        const Items head = {{u"organization_id"_s, u"182"_s}, {u"domain_id"_s, u"187"_s}};
        const Items fiveDays = {{u"start"_s, u"2024-11-25T00:00:00+08:00"_s}, {u"stop"_s, u"2024-11-30T00:00:00+08:00"_s}};
        const Items localWindows = {{u"timezone"_s, u"Asia/Taipei"_s}, {u"time_src"_s, u"_start"_s}};

        QTest::newRow("今日能耗度數 (站點)") << head
                + Items{{u"start"_s, u"2024-11-25T00:00:00+08:00"_s},
                        {u"fields"_s, u"SolarEnergy, LoadEnergy, GridEnergy"_s},
                        {u"every"_s, u"1d"_s}}
                + localWindows
                                             << base()
                                                    .start(nov25)
                                                    .fields({u"SolarEnergy", u"LoadEnergy", u"GridEnergy"})
                                                    .every(Duration(1, Unit::Day))
                                                    .timezone(taipei())
                                                    .timeSource(QueryTimeSource::WindowStart);
        QTest::newRow("即時功率 (站點)") << head
                + Items{{u"start"_s, u"0"_s},
                        {u"fields"_s, u"SolarPower, LoadPower, GridPower, GenPower"_s},
                        {u"timezone"_s, u"Asia/Taipei"_s},
                        {u"time_function"_s, u"last"_s}}
                                         << base()
                                                .start(QueryTimeArg::beginningOfData())
                                                .fields({u"SolarPower", u"LoadPower", u"GridPower", u"GenPower"})
                                                .timezone(taipei())
                                                .timeFunction(QueryTimeFunction::Last);
        QTest::newRow("即時 SoC,剩餘電量 (站點)") << head
                + Items{{u"start"_s, u"0"_s},
                        {u"fields"_s, u"BatRemainEnergy,BatSoC"_s},
                        {u"timezone"_s, u"Asia/Taipei"_s},
                        {u"time_function"_s, u"last"_s}}
                                                  << base()
                                                         .start(QueryTimeArg::beginningOfData())
                                                         .fields({u"BatRemainEnergy", u"BatSoC"})
                                                         .timezone(taipei())
                                                         .timeFunction(QueryTimeFunction::Last);
        QTest::newRow("光照計照量 (站點)") << head
                + Items{{u"start"_s, u"2024-11-25T00:00:00+08:00"_s}, {u"fields"_s, u"Irradiance"_s}, {u"every"_s, u"1h"_s}}
                + localWindows
                                           << base()
                                                  .start(nov25)
                                                  .fields({u"Irradiance"})
                                                  .every(Duration(1, Unit::Hour))
                                                  .timezone(taipei())
                                                  .timeSource(QueryTimeSource::WindowStart);
        const struct
        {
            const char *name;
            const char16_t *field;
            Duration every;
        } windowed[] = {
            {"每15分鐘平均SoC (站點)", u"BatSoC", Duration(15, Unit::Minute)},
            {"預計發電功率 (站點)", u"PredictionSolarPower", Duration(15, Unit::Minute)},
            {"預計發電度數 (站點)", u"PredictionSolarEnergy", Duration(1, Unit::Day)},
            {"棄電比 (站點)", u"CurtailmentRatio", Duration(1, Unit::Day)},
            {"效能比 Performance Ratio (PR) 值 (站點)", u"PR", Duration(1, Unit::Day)},
        };
        for (const auto &w : windowed) {
            QTest::newRow(w.name) << head + fiveDays
                    + Items{{u"fields"_s, QString::fromUtf16(w.field)}, {u"every"_s, w.every.toString()}} + localWindows
                                  << base()
                                         .range(nov25, nov30)
                                         .fields({w.field})
                                         .every(w.every)
                                         .timezone(taipei())
                                         .timeSource(QueryTimeSource::WindowStart);
        }
        QTest::newRow("每15分鐘平均功率圖 (站點)") << head + fiveDays
                + Items{{u"fields"_s, u"SolarPower, LoadPower, GridPower, GenPower"_s}, {u"every"_s, u"15m"_s}} + localWindows
                                                   << base()
                                                          .range(nov25, nov30)
                                                          .fields({u"SolarPower", u"LoadPower", u"GridPower", u"GenPower"})
                                                          .every(Duration(15, Unit::Minute))
                                                          .timezone(taipei())
                                                          .timeSource(QueryTimeSource::WindowStart);
    }

    void vendorDomainExamples()
    {
        QFETCH(Items, document);
        QFETCH(DomainQuery, built);
        const QString difference = compare(document, sent(built.toQuery()));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY2(built.problem().isEmpty(), qPrintable(built.problem()));
    }

    void functionNamesRoundTrip()
    {
        for (int i = 0; i <= int(QueryTimeFunction::Integral); ++i)
            QCOMPARE(QueryParameters::timeFunctionFromName(QueryParameters::name(QueryTimeFunction(i))), QueryTimeFunction(i));
        for (int i = 0; i <= int(QueryGroupFunction::Sum); ++i)
            QCOMPARE(QueryParameters::groupFunctionFromName(QueryParameters::name(QueryGroupFunction(i))), QueryGroupFunction(i));
        QVERIFY(!QueryParameters::timeFunctionFromName(u"average"));
    }
};

QTEST_GUILESS_MAIN(tst_QueryBuilders)
#include "tst_QueryBuilders.moc"
