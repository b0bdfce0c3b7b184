#include "cli/QueryCsv.h"
#include "client/QueryReplyDecoder.h"

#include <QtTest>

namespace {

// Two devices, two fields of one unit, a null (docs/aegis-api.md §5 table shape).
const QByteArray kTableReply = R"([
    {"table":0,"_time":"2024-07-03T00:00:00.000Z","_value":1,"DeviceName":"A","_field":"LoadPower"},
    {"table":0,"_time":"2024-07-03T00:01:00.000Z","_value":2,"DeviceName":"A","_field":"LoadPower"},
    {"table":1,"_time":"2024-07-03T00:00:00.000Z","_value":null,"DeviceName":"A","_field":"SolarPower"},
    {"table":1,"_time":"2024-07-03T00:01:00.000Z","_value":4.5,"DeviceName":"A","_field":"SolarPower"},
    {"table":2,"_time":"2024-07-03T00:00:00.000Z","_value":5,"DeviceName":"B","_field":"LoadPower"},
    {"table":3,"_time":"2024-07-03T00:00:00.000Z","_value":6,"DeviceName":"B","_field":"SolarPower"}])";

// The same data with pivot_columns=_field.
const QByteArray kPivotedReply = R"([
    {"table":0,"_time":"2024-07-03T00:00:00.000Z","DeviceName":"A","LoadPower":1,"SolarPower":null},
    {"table":0,"_time":"2024-07-03T00:01:00.000Z","DeviceName":"A","LoadPower":2,"SolarPower":4.5},
    {"table":1,"_time":"2024-07-03T00:00:00.000Z","DeviceName":"B","LoadPower":5,"SolarPower":6}])";

QueryResult decoded(const QByteArray &reply)
{
    const Result<QueryResult> r = QueryReplyDecoder::decode(reply);
    if (!r)
        qFatal("reply does not decode: %s", qPrintable(r.error()));
    return *r;
}

QueryTable table(int number, const QString &device, const QString &field, TimeSeries series, QStringList texts = {})
{
    QueryTable t;
    t.table = number;
    t.tags = {{QStringLiteral("DeviceName"), device}, {QStringLiteral("_field"), field}};
    t.field = field;
    t.series = std::move(series);
    t.texts = std::move(texts);
    return t;
}

constexpr qint64 kMidnightUtc = 1'719'964'800'000; // 2024-07-03T00:00:00Z

} // namespace

class tst_QueryCsv : public QObject
{
    Q_OBJECT

private slots:
    void tableShapeNamesTheUnitAndTheZoneInTheHeader()
    {
        const QByteArray csv = QueryCsv::write(decoded(kTableReply), {});
        QCOMPARE(csv,
                 QByteArray("time (UTC),DeviceName,field,value (W)\n"
                            "2024-07-03T00:00:00.000Z,A,LoadPower,1\n"
                            "2024-07-03T00:01:00.000Z,A,LoadPower,2\n"
                            "2024-07-03T00:00:00.000Z,A,SolarPower,\n" // a null is an empty cell
                            "2024-07-03T00:01:00.000Z,A,SolarPower,4.5\n"
                            "2024-07-03T00:00:00.000Z,B,LoadPower,5\n"
                            "2024-07-03T00:00:00.000Z,B,SolarPower,6\n"));
    }

    void pivotedShapeHasAColumnPerFieldInTheZoneAsked()
    {
        QueryCsv::Shape shape;
        shape.pivoted = true;
        shape.zone = QTimeZone("Asia/Taipei");
        const QByteArray csv = QueryCsv::write(decoded(kPivotedReply), shape);
        QCOMPARE(csv,
                 QByteArray("time (Asia/Taipei),DeviceName,LoadPower (W),SolarPower (W)\n"
                            "2024-07-03T08:00:00.000+08:00,A,1,\n"
                            "2024-07-03T08:01:00.000+08:00,A,2,4.5\n"
                            "2024-07-03T08:00:00.000+08:00,B,5,6\n"));
    }

    void pivotedShapeLeavesAFieldWithoutAPointAtThatTimeEmpty()
    {
        QueryResult result;
        result.tables = {table(0, QStringLiteral("A"), QStringLiteral("LoadPower"), TimeSeries({kMidnightUtc}, {1})),
                         table(0, QStringLiteral("A"), QStringLiteral("BatSoC"), TimeSeries({kMidnightUtc + 60'000}, {55.5}))};
        QueryCsv::Shape shape;
        shape.pivoted = true;
        QCOMPARE(QueryCsv::write(result, shape),
                 QByteArray("time (UTC),DeviceName,LoadPower (W),BatSoC (%)\n"
                            "2024-07-03T00:00:00.000Z,A,1,\n"
                            "2024-07-03T00:01:00.000Z,A,,55.5\n"));
    }

    void differentUnitsGetAUnitColumn()
    {
        QueryResult result;
        result.tables = {table(0, QStringLiteral("A"), QStringLiteral("LoadPower"), TimeSeries({kMidnightUtc}, {700})),
                         table(1, QStringLiteral("A"), QStringLiteral("BatSoC"), TimeSeries({kMidnightUtc}, {80}))};
        QCOMPARE(QueryCsv::write(result, {}),
                 QByteArray("time (UTC),DeviceName,field,value,unit\n"
                            "2024-07-03T00:00:00.000Z,A,LoadPower,700,W\n"
                            "2024-07-03T00:00:00.000Z,A,BatSoC,80,%\n"));
    }

    void unitsFollowTheAggregationAndTheScope()
    {
        QueryResult result;
        result.tables = {table(0, QStringLiteral("A"), QStringLiteral("LoadPower"), TimeSeries({kMidnightUtc}, {3600}))};
        QueryCsv::Shape shape;
        shape.timeFunction = QueryTimeFunction::Integral;
        QVERIFY(QueryCsv::write(result, shape).startsWith("time (UTC),DeviceName,field,value (W·s)\n"));
        shape.timeFunction = QueryTimeFunction::Count;
        QVERIFY(QueryCsv::write(result, shape).startsWith("time (UTC),DeviceName,field,value\n"));

        // PR: no unit on a device, a percentage of the site (docs/aegis-api.md §6).
        result.tables = {table(0, QStringLiteral("A"), QStringLiteral("PR"), TimeSeries({kMidnightUtc}, {81.25}))};
        QVERIFY(QueryCsv::write(result, {}).startsWith("time (UTC),DeviceName,field,value\n"));
        QueryCsv::Shape domain;
        domain.scope = FieldUnits::Scope::Domain;
        QVERIFY(QueryCsv::write(result, domain).startsWith("time (UTC),DeviceName,field,value (%)\n"));
    }

    void anEmptyReplyIsAHeader()
    {
        QCOMPARE(QueryCsv::write(QueryResult{}, {}), QByteArray("time (UTC),field,value\n"));
        QueryCsv::Shape pivoted;
        pivoted.pivoted = true;
        QCOMPARE(QueryCsv::write(QueryResult{}, pivoted), QByteArray("time (UTC)\n"));
    }

    void numbersAreShortAndPlain()
    {
        QueryResult result;
        result.tables = {table(0, QStringLiteral("A"), QStringLiteral("LoadPower"),
                               TimeSeries({kMidnightUtc, kMidnightUtc + 1, kMidnightUtc + 2, kMidnightUtc + 3},
                                          {100000, -20000, 0.1 + 0.2, 0.00001}))};
        QCOMPARE(QueryCsv::write(result, {}),
                 QByteArray("time (UTC),DeviceName,field,value (W)\n"
                            "2024-07-03T00:00:00.000Z,A,LoadPower,100000\n"
                            "2024-07-03T00:00:00.001Z,A,LoadPower,-20000\n"
                            "2024-07-03T00:00:00.002Z,A,LoadPower,0.30000000000000004\n"
                            "2024-07-03T00:00:00.003Z,A,LoadPower,0.00001\n"));
    }

    void textFromTheServerIsQuotedAndNeverAFormula()
    {
        // Status is a text field: its values are text cells, numbers of the same table numbers.
        QueryResult result;
        result.tables = {table(0, QStringLiteral("Lab, 3F \"east\""), QStringLiteral("Status"),
                               TimeSeries({kMidnightUtc, kMidnightUtc + 1, kMidnightUtc + 2, kMidnightUtc + 3},
                                          {TimeSeries::null(), TimeSeries::null(), -2, TimeSeries::null()}),
                               {QStringLiteral("=1+1"), QStringLiteral("-2"), QString(), QStringLiteral("line 1\nline 2")}),
                         table(1, QStringLiteral("@SUM(A1)"), QStringLiteral("Status"), TimeSeries({kMidnightUtc}, {7}))};
        QCOMPARE(QueryCsv::write(result, {}),
                 QByteArray("time (UTC),DeviceName,field,value\n"
                            "2024-07-03T00:00:00.000Z,\"Lab, 3F \"\"east\"\"\",Status,'=1+1\n"
                            "2024-07-03T00:00:00.001Z,\"Lab, 3F \"\"east\"\"\",Status,'-2\n"
                            "2024-07-03T00:00:00.002Z,\"Lab, 3F \"\"east\"\"\",Status,-2\n"
                            "2024-07-03T00:00:00.003Z,\"Lab, 3F \"\"east\"\"\",Status,\"line 1\nline 2\"\n"
                            "2024-07-03T00:00:00.000Z,'@SUM(A1),Status,7\n"));
    }

    void groupColumnsKeepTheirFirstOrderAndStayEmptyWhereATableHasNone()
    {
        QueryResult result;
        QueryTable a = table(0, QStringLiteral("A"), QStringLiteral("LoadPower"), TimeSeries({kMidnightUtc}, {1}));
        QueryTable b = table(1, QStringLiteral("B"), QStringLiteral("LoadPower"), TimeSeries({kMidnightUtc}, {2}));
        b.tags.insert(QStringLiteral("PlaceName"), QStringLiteral("roof"));
        result.tables = {a, b};
        QCOMPARE(QueryCsv::write(result, {}),
                 QByteArray("time (UTC),DeviceName,PlaceName,field,value (W)\n"
                            "2024-07-03T00:00:00.000Z,A,,LoadPower,1\n"
                            "2024-07-03T00:00:00.000Z,B,roof,LoadPower,2\n"));
    }
};

QTEST_GUILESS_MAIN(tst_QueryCsv)
#include "tst_QueryCsv.moc"
