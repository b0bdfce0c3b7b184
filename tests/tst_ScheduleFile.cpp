#include "core/ScheduleFile.h"
#include "support/TestData.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

ScheduleWindow window(int startHour, int stopHour, double powerW, QJsonObject extra = {})
{
    return ScheduleWindow{startHour * 3600, stopHour * 3600, powerW, std::move(extra)};
}

QTimeZone taipei()
{
    return QTimeZone(QByteArrayLiteral("Asia/Taipei"));
}

// 17:00–19:00 discharge and 01:00–03:00 charge: the vendor document's example (docs/aegis-api.md §7).
Schedule vendorExample()
{
    return Schedule({window(17, 19, -20000), window(1, 3, 10000)});
}

// 23:00–02:00 stored as the midnight pair, plus a noon charge.
Schedule midnightPair()
{
    return Schedule({window(12, 13, 5000), window(23, 24, -8000), window(0, 2, -8000)});
}

// JSON written with single quotes, so test data needs no escaped double quotes.
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

QJsonObject parse(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// "2024-12-09T09:00:00.000Z 0 20000": timestamp, import watts, export watts of each entry.
QStringList series(const QJsonObject &file)
{
    const QJsonArray imports = file.value(u"schedule_import").toArray();
    const QJsonArray exports = file.value(u"schedule_export").toArray();
    QStringList lines;
    for (qsizetype i = 0; i < std::max(imports.size(), exports.size()); ++i) {
        const QJsonObject in = imports.at(i).toObject();
        const QJsonObject out = exports.at(i).toObject();
        lines.append(in.value(u"timestamp").toString() + u' '
                     + QString::number(in.value(u"limits_to_root").toObject().value(u"total_power_W").toDouble()) + u' '
                     + QString::number(out.value(u"limits_to_root").toObject().value(u"total_power_W").toDouble()));
        if (in.value(u"timestamp") != out.value(u"timestamp"))
            lines.last() += QStringLiteral(" (export at ") + out.value(u"timestamp").toString() + u')';
    }
    return lines;
}

struct Validation
{
    int exitCode = -1;
    QString output;
};

// tests/tools/validate_everest.py against the EVerest schema copied to tests/data/everest.
Validation validate(const QByteArray &bytes)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("export.json"));
    if (!ScheduleFile::writeFile(file, bytes))
        return {-1, QStringLiteral("cannot write ") + file};
    QProcess python;
    // Debian's interpreter, where install-deps.sh puts python3-jsonschema and python3-yaml;
    // another python3 earlier on PATH may lack them.
    const QString interpreter =
        QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
    python.start(interpreter,
                 {QDir(TestData::sourceDir()).filePath(QStringLiteral("tests/tools/validate_everest.py")),
                  TestData::path(QStringLiteral("everest")), file});
    if (!python.waitForStarted(30000))
        return {-1, QStringLiteral("python3 is not on PATH: ") + python.errorString()};
    if (!python.waitForFinished(60000))
        return {-1, QStringLiteral("validate_everest.py did not finish")};
    const QString output = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
    if (python.exitStatus() != QProcess::NormalExit)
        return {-1, QStringLiteral("validate_everest.py crashed: ") + output};
    return {python.exitCode(), output};
}

struct ErrorCase
{
    const char *name;
    QByteArray file;
    QString expected; // a fragment of the error
};

QList<ErrorCase> errorCases()
{
    const char *entry = "{'timestamp': '2024-12-09T06:00:00Z', 'limits_to_root': {'total_power_W': 10}, 'limits_to_leaves': {}}";
    const auto series = [entry](const char *key, const char *secondEntry) -> QByteArray {
        return json("{'") + key + json("': [") + json(entry) + ", " + json(secondEntry) + "]}";
    };
    return {
        {"empty file", QByteArray("  \n"), QStringLiteral("The file is empty.")},
        {"not JSON", json("{'aegis_schedule': {'format': 1,"), QStringLiteral("is not valid JSON")},
        {"an array", json("[{'start_time': 0}]"), QStringLiteral("must hold a JSON object, but it holds an array")},
        {"no schedule", json("{'crons': '[]'}"), QStringLiteral("holds no schedule")},
        {"aegis_schedule not an object", json("{'aegis_schedule': []}"),
         QStringLiteral("\"aegis_schedule\" must be an object, but it is an array")},
        {"no format", json("{'aegis_schedule': {'windows': []}}"), QStringLiteral("\"aegis_schedule\" has no \"format\"")},
        {"format not a number", json("{'aegis_schedule': {'format': '1', 'windows': []}}"),
         QStringLiteral("\"format\" must be a whole number, but it is text")},
        {"newer format", json("{'aegis_schedule': {'format': 2, 'windows': []}}"),
         QStringLiteral("written in format 2 by a newer AEGIS Console")},
        {"name not text", json("{'aegis_schedule': {'format': 1, 'name': 5, 'windows': []}}"),
         QStringLiteral("\"name\" must be text, but it is a number")},
        {"timezone not text", json("{'aegis_schedule': {'format': 1, 'timezone': null, 'windows': []}}"),
         QStringLiteral("\"timezone\" must be text, but it is null")},
        {"no windows", json("{'aegis_schedule': {'format': 1}}"), QStringLiteral("\"aegis_schedule\" has no \"windows\"")},
        {"windows not an array", json("{'aegis_schedule': {'format': 1, 'windows': {}}}"),
         QStringLiteral("\"windows\" must be an array, but it is an object")},
        {"window not an object", json("{'aegis_schedule': {'format': 1, 'windows': [7]}}"),
         QStringLiteral("Window 1 must be an object, but it is a number")},
        {"window without stop_time",
         json("{'aegis_schedule': {'format': 1, 'windows': [{'start_time': 0, 'stop_time': 60, 'power': 1},"
              " {'start_time': 3600, 'power': 10000}]}}"),
         QStringLiteral("Window 2 has no \"stop_time\"")},
        {"power not a number",
         json("{'aegis_schedule': {'format': 1, 'windows': [{'start_time': 0, 'stop_time': 60, 'power': '10 kW'}]}}"),
         QStringLiteral("Window 1: \"power\" must be a number of watts, but it is text")},
        {"start_time not whole",
         json("{'aegis_schedule': {'format': 1, 'windows': [{'start_time': 0.5, 'stop_time': 60, 'power': 1}]}}"),
         QStringLiteral("\"start_time\" must be a whole number of seconds")},
        {"series not an array", json("{'schedule_import': {}}"),
         QStringLiteral("\"schedule_import\" must be an array, but it is an object")},
        {"entry not an object", series("schedule_export", "'12:00'"),
         QStringLiteral("\"schedule_export\" entry 2 must be an object, but it is text")},
        {"entry without timestamp", series("schedule_import", "{'limits_to_root': {'total_power_W': 0}}"),
         QStringLiteral("\"schedule_import\" entry 2 has no \"timestamp\"")},
        {"timestamp not a time", series("schedule_import", "{'timestamp': 'tomorrow', 'limits_to_root': {'total_power_W': 0}}"),
         QStringLiteral(
             "entry 2: \"timestamp\" must be an RFC 3339 time such as \"2024-12-09T16:00:00Z\", but it is \"tomorrow\"")},
        {"timestamp a number", series("schedule_import", "{'timestamp': 1733724000, 'limits_to_root': {'total_power_W': 0}}"),
         QStringLiteral("but it is a number")},
        {"out of order",
         series("schedule_import", "{'timestamp': '2024-12-09T05:00:00Z', 'limits_to_root': {'total_power_W': 0}}"),
         QStringLiteral("entry 2 is earlier than the entry before it")},
        {"no limits_to_root", series("schedule_import", "{'timestamp': '2024-12-09T07:00:00Z', 'limits_to_leaves': {}}"),
         QStringLiteral("entry 2 has no \"limits_to_root\".")},
        {"limits_to_root not an object", series("schedule_import", "{'timestamp': '2024-12-09T07:00:00Z', 'limits_to_root': 5}"),
         QStringLiteral("\"limits_to_root\" must be an object, but it is a number")},
        {"no total_power_W",
         series("schedule_import", "{'timestamp': '2024-12-09T07:00:00Z', 'limits_to_root': {'ac_max_current_A': 16}}"),
         QStringLiteral("has no \"limits_to_root\".\"total_power_W\"; only power limits can be read as windows")},
        {"total_power_W not a number",
         series("schedule_import", "{'timestamp': '2024-12-09T07:00:00Z', 'limits_to_root': {'total_power_W': '5'}}"),
         QStringLiteral("\"total_power_W\" must be a number of watts, but it is text")},
        {"negative total_power_W",
         series("schedule_export", "{'timestamp': '2024-12-09T07:00:00Z', 'limits_to_root': {'total_power_W': -5}}"),
         QStringLiteral("\"schedule_export\" entry 2: \"total_power_W\" must not be negative, but it is -5")},
        {"import and export at once",
         json("{'schedule_import': [") + json(entry) + json("], 'schedule_export': [") + json(entry) + "]}",
         QStringLiteral("At 2024-12-09T06:00:00.000Z both \"schedule_import\" and \"schedule_export\" allow power")},
        {"empty series", json("{'schedule_import': [], 'schedule_export': []}"), QStringLiteral("hold no entries")},
    };
}

} // namespace

class tst_ScheduleFile : public QObject
{
    Q_OBJECT

private slots:
    void exportTimeSeries_data()
    {
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QStringList>("expected");

        // Taipei is UTC+8: 17:00 local = 09:00Z, 01:00 local = 17:00Z the day before.
        QTest::newRow("vendor example from 14:46 local")
            << vendorExample() << utc(2024, 12, 9, 6, 46)
            << QStringList{QStringLiteral("2024-12-09T06:46:00.000Z 0 0"), QStringLiteral("2024-12-09T09:00:00.000Z 0 20000"),
                           QStringLiteral("2024-12-09T11:00:00.000Z 0 0"), QStringLiteral("2024-12-09T17:00:00.000Z 10000 0"),
                           QStringLiteral("2024-12-09T19:00:00.000Z 0 0"), QStringLiteral("2024-12-10T06:46:00.000Z 0 0")};
        QTest::newRow("start inside a window: the first entry already discharges")
            << vendorExample() << utc(2024, 12, 9, 10)
            << QStringList{
                   QStringLiteral("2024-12-09T10:00:00.000Z 0 20000"), QStringLiteral("2024-12-09T11:00:00.000Z 0 0"),
                   QStringLiteral("2024-12-09T17:00:00.000Z 10000 0"), QStringLiteral("2024-12-09T19:00:00.000Z 0 0"),
                   QStringLiteral("2024-12-10T09:00:00.000Z 0 20000"), QStringLiteral("2024-12-10T10:00:00.000Z 0 20000")};
        QTest::newRow("midnight pair is one run: no entry at local midnight")
            << midnightPair() << utc(2024, 12, 8, 16)
            << QStringList{QStringLiteral("2024-12-08T16:00:00.000Z 0 8000"), QStringLiteral("2024-12-08T18:00:00.000Z 0 0"),
                           QStringLiteral("2024-12-09T04:00:00.000Z 5000 0"), QStringLiteral("2024-12-09T05:00:00.000Z 0 0"),
                           QStringLiteral("2024-12-09T15:00:00.000Z 0 8000"), QStringLiteral("2024-12-09T16:00:00.000Z 0 8000")};
        QTest::newRow("touching windows: an entry at every edge")
            << Schedule({window(1, 2, 3000), window(2, 3, 3000), window(3, 4, -3000)}) << utc(2024, 12, 8, 16)
            << QStringList{QStringLiteral("2024-12-08T16:00:00.000Z 0 0"),    QStringLiteral("2024-12-08T17:00:00.000Z 3000 0"),
                           QStringLiteral("2024-12-08T18:00:00.000Z 3000 0"), QStringLiteral("2024-12-08T19:00:00.000Z 0 3000"),
                           QStringLiteral("2024-12-08T20:00:00.000Z 0 0"),    QStringLiteral("2024-12-09T16:00:00.000Z 0 0")};
        QTest::newRow("empty schedule: 0 W from start to end")
            << Schedule() << utc(2024, 12, 9, 6, 46)
            << QStringList{QStringLiteral("2024-12-09T06:46:00.000Z 0 0"), QStringLiteral("2024-12-10T06:46:00.000Z 0 0")};
    }

    void exportTimeSeries()
    {
        QFETCH(Schedule, schedule);
        QFETCH(QDateTime, start);
        QFETCH(QStringList, expected);

        const QJsonObject file = parse(ScheduleFile::exportJson(schedule, QStringLiteral("test"), taipei(), start));
        QCOMPARE(series(file), expected);
        // Both sides carry the same limit (efficiency 1).
        for (const QString &key : {QStringLiteral("schedule_import"), QStringLiteral("schedule_export")}) {
            for (const QJsonValue &entry : file.value(key).toArray())
                QCOMPARE(entry.toObject().value(u"limits_to_leaves"), entry.toObject().value(u"limits_to_root"));
        }
    }

    void exportCoversOneLocalDay()
    {
        // Europe/Berlin springs forward on 2024-03-31: that local day has 23 hours.
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        const Schedule lateCharge({window(22, 23, 4000)});
        const QJsonObject spring = parse(ScheduleFile::exportJson(lateCharge, {}, berlin, utc(2024, 3, 30, 23)));
        QCOMPARE(series(spring),
                 (QStringList{QStringLiteral("2024-03-30T23:00:00.000Z 0 0"), QStringLiteral("2024-03-31T20:00:00.000Z 4000 0"),
                              QStringLiteral("2024-03-31T21:00:00.000Z 0 0"), QStringLiteral("2024-03-31T22:00:00.000Z 0 0")}));
        // And falls back on 2024-10-27: 25 hours.
        const QJsonObject autumn = parse(ScheduleFile::exportJson(lateCharge, {}, berlin, utc(2024, 10, 26, 22)));
        QCOMPARE(series(autumn).constLast(), QStringLiteral("2024-10-27T23:00:00.000Z 0 0"));
        QCOMPARE(autumn.value(u"aegis_schedule").toObject().value(u"timezone").toString(), QStringLiteral("Europe/Berlin"));
    }

    void exportValidatesAgainstEverest_data()
    {
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("start");

        QTest::newRow("vendor example") << vendorExample() << QByteArray("Asia/Taipei") << utc(2024, 12, 9, 6, 46);
        QTest::newRow("midnight pair") << midnightPair() << QByteArray("Asia/Taipei") << utc(2024, 12, 8, 16);
        QTest::newRow("extra keys, fractional power, a start with milliseconds")
            << Schedule({window(8, 9, 1234.5, QJsonObject{{QStringLiteral("note"), QStringLiteral("peak")}})})
            << QByteArray("Asia/Taipei") << utc(2024, 12, 9, 6, 46).addMSecs(123);
        QTest::newRow("empty schedule") << Schedule() << QByteArray("Asia/Taipei") << utc(2024, 12, 9, 0);
        QTest::newRow("daylight saving day") << vendorExample() << QByteArray("Europe/Berlin") << utc(2024, 10, 26, 22);
    }

    void exportValidatesAgainstEverest()
    {
        QFETCH(Schedule, schedule);
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, start);

        const Validation v = validate(ScheduleFile::exportJson(schedule, QStringLiteral("Weekday"), QTimeZone(zone), start));
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
    }

    // The validator must be able to say no, or the check above proves nothing.
    void brokenExportFailsValidation_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("expected");

        QTest::newRow("negative total_power_W") << QStringLiteral("negative") << QStringLiteral("less than the minimum of 0");
        QTest::newRow("no limits_to_leaves")
            << QStringLiteral("noLeaves") << QStringLiteral("'limits_to_leaves' is a required property");
        QTest::newRow("not a time") << QStringLiteral("badTime") << QStringLiteral("is not a 'date-time'");
        QTest::newRow("unknown key in an entry")
            << QStringLiteral("extraKey") << QStringLiteral("Additional properties are not allowed");
        QTest::newRow("series not an array") << QStringLiteral("notArray") << QStringLiteral("is not of type 'array'");
    }

    void brokenExportFailsValidation()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, expected);

        QJsonObject file = parse(ScheduleFile::exportJson(vendorExample(), {}, taipei(), utc(2024, 12, 9, 6, 46)));
        QJsonArray imports = file.value(u"schedule_import").toArray();
        QJsonObject entry = imports.at(1).toObject();
        if (breakage == u"negative")
            entry.insert(QStringLiteral("limits_to_root"), QJsonObject{{QStringLiteral("total_power_W"), -10000}});
        else if (breakage == u"noLeaves")
            entry.remove(QStringLiteral("limits_to_leaves"));
        else if (breakage == u"badTime")
            entry.insert(QStringLiteral("timestamp"), QStringLiteral("2024-12-09 17:00"));
        else if (breakage == u"extraKey")
            entry.insert(QStringLiteral("power_W"), 10000);
        imports.replace(1, entry);
        file.insert(QStringLiteral("schedule_import"), breakage == u"notArray" ? QJsonValue(entry) : QJsonValue(imports));

        const Validation v = validate(toBytes(file));
        QVERIFY2(v.exitCode == 1, qPrintable(QStringLiteral("exit code %1: %2").arg(v.exitCode).arg(v.output)));
        QVERIFY2(v.output.contains(expected), qPrintable(v.output));
    }

    void roundTripIsExact_data()
    {
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<QString>("name");

        QTest::newRow("vendor example, in its own order") << vendorExample() << QStringLiteral("Weekday");
        QTest::newRow("midnight pair") << midnightPair() << QStringLiteral("夜間放電");
        QTest::newRow("extra keys of windows") << Schedule(
            {window(1, 3, 10000,
                    QJsonObject{{QStringLiteral("note"), QStringLiteral("cheap night")},
                                {QStringLiteral("id"), 7},
                                {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), true}}}),
             window(17, 19, -20000, QJsonObject{{QStringLiteral("nested"), QJsonObject{{QStringLiteral("x"), 1.25}}}})})
                                               << QStringLiteral("with extras");
        QTest::newRow("seconds and fractional watts")
            << Schedule({ScheduleWindow{61, 3599, 0.1 + 0.2, {}}, ScheduleWindow{86399, 86400, -1e-9, {}}})
            << QStringLiteral("odd numbers");
        QTest::newRow("rule breakers survive: import does not judge")
            << Schedule({window(5, 3, 0), window(1, 4, 50000), window(2, 6, -1)}) << QString();
        QTest::newRow("empty") << Schedule() << QStringLiteral("nothing");
    }

    void roundTripIsExact()
    {
        QFETCH(Schedule, schedule);
        QFETCH(QString, name);

        const QByteArray bytes = ScheduleFile::exportJson(schedule, name, taipei(), utc(2024, 12, 9, 6, 46));
        const Result<ImportedSchedule> imported = ScheduleFile::importJson(bytes, QTimeZone::utc());
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->schedule, schedule);
        QCOMPARE(imported->name, name);
        QCOMPARE(imported->timezone, QStringLiteral("Asia/Taipei"));
    }

    void aegisScheduleHoldsTheDailyForm()
    {
        const QJsonObject file =
            parse(ScheduleFile::exportJson(vendorExample(), QStringLiteral("Weekday"), taipei(), utc(2024, 12, 9, 6, 46)));
        const QJsonObject expected = parse(json("{'format': 1, 'timezone': 'Asia/Taipei', 'name': 'Weekday', 'windows': ["
                                                "{'start_time': 61200, 'stop_time': 68400, 'power': -20000},"
                                                " {'start_time': 3600, 'stop_time': 10800, 'power': 10000}]}"));
        QCOMPARE(file.value(u"aegis_schedule").toObject(), expected);
    }

    void importPureEverest_data()
    {
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("start");

        QTest::newRow("vendor example from 14:46") << vendorExample() << QByteArray("Asia/Taipei") << utc(2024, 12, 9, 6, 46);
        QTest::newRow("start inside a window: its two ends join")
            << vendorExample() << QByteArray("Asia/Taipei") << utc(2024, 12, 9, 10);
        QTest::newRow("start with milliseconds inside a window")
            << vendorExample() << QByteArray("Asia/Taipei") << utc(2024, 12, 9, 10).addMSecs(500);
        QTest::newRow("midnight pair from local midnight") << midnightPair() << QByteArray("Asia/Taipei") << utc(2024, 12, 8, 16);
        QTest::newRow("midnight pair from its middle") << midnightPair() << QByteArray("Asia/Taipei") << utc(2024, 12, 8, 17);
        QTest::newRow("all day") << Schedule({window(0, 24, 2000)}) << QByteArray("Asia/Taipei") << utc(2024, 12, 8, 16);
        QTest::newRow("Berlin, autumn day of 25 hours")
            << vendorExample() << QByteArray("Europe/Berlin") << utc(2024, 10, 26, 22);
        QTest::newRow("Berlin, spring day of 23 hours") << midnightPair() << QByteArray("Europe/Berlin") << utc(2024, 3, 30, 23);
    }

    void importPureEverest()
    {
        QFETCH(Schedule, schedule);
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, start);

        QJsonObject file = parse(ScheduleFile::exportJson(schedule, QStringLiteral("gone"), QTimeZone(zone), start));
        file.remove(QStringLiteral("aegis_schedule"));
        const Result<ImportedSchedule> imported = ScheduleFile::importJson(toBytes(file), QTimeZone(zone));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->schedule, schedule.sorted());
        QCOMPARE(imported->name, QString());
        QCOMPARE(imported->timezone, QString::fromUtf8(zone));
    }

    void importForeignEverestFile()
    {
        // Quarter-hour entries of one power are one window; a series holds its first entry's
        // value from the start of the file (energy.yaml); an entry a day later is not read.
        const QByteArray file =
            json("{'schedule_import': ["
                 " {'timestamp': '2024-12-09T22:00:00+08:00', 'limits_to_root': {'total_power_W': 0}, 'limits_to_leaves': {}},"
                 " {'timestamp': '2024-12-10T02:00:00Z', 'limits_to_root': {'total_power_W': 11000}, 'limits_to_leaves': {}},"
                 " {'timestamp': '2024-12-10T02:15:00Z', 'limits_to_root': {'total_power_W': 11000}, 'limits_to_leaves': {}},"
                 " {'timestamp': '2024-12-10T02:30:00Z', 'limits_to_root': {'total_power_W': 0}, 'limits_to_leaves': {}},"
                 " {'timestamp': '2024-12-10T15:00:00Z', 'limits_to_root': {'total_power_W': 7000}, 'limits_to_leaves': {}}],"
                 " 'schedule_export': ["
                 " {'timestamp': '2024-12-09T16:00:00Z', 'limits_to_root': {'total_power_W': 3000}, 'limits_to_leaves': {}},"
                 " {'timestamp': '2024-12-09T17:00:00Z', 'limits_to_root': {'total_power_W': 0}, 'limits_to_leaves': {}}]}");
        const Result<ImportedSchedule> imported = ScheduleFile::importJson(file, taipei());
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        // Discharge 22:00–01:00 local (the midnight pair), charge 10:00–10:30 local.
        QCOMPARE(imported->schedule,
                 Schedule({ScheduleWindow{0, 3600, -3000, {}}, ScheduleWindow{10 * 3600, 10 * 3600 + 1800, 11000, {}},
                           ScheduleWindow{22 * 3600, 24 * 3600, -3000, {}}}));
        QCOMPARE(imported->timezone, QStringLiteral("Asia/Taipei"));
        QCOMPARE(imported->name, QString());
    }

    void aegisScheduleWinsOverTheSeries()
    {
        QJsonObject file = parse(ScheduleFile::exportJson(vendorExample(), {}, taipei(), utc(2024, 12, 9, 6, 46)));
        file.insert(QStringLiteral("schedule_import"), QJsonArray());
        const Result<ImportedSchedule> imported = ScheduleFile::importJson(toBytes(file), taipei());
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->schedule, vendorExample());
    }

    void importErrors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        for (const ErrorCase &c : errorCases())
            QTest::newRow(c.name) << c.file << c.expected;
    }

    void importErrors()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);

        const Result<ImportedSchedule> imported = ScheduleFile::importJson(file, taipei());
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().contains(expected), qPrintable(imported.error()));
    }

    void importErrorsAreDistinct()
    {
        QSet<QString> seen;
        for (const ErrorCase &c : errorCases()) {
            const QString error = ScheduleFile::importJson(c.file, taipei()).error();
            QVERIFY2(!error.isEmpty(), c.name);
            QVERIFY2(!seen.contains(error), qPrintable(error));
            seen.insert(error);
        }
    }

    void notJsonGivesTheOffset()
    {
        const Result<ImportedSchedule> imported = ScheduleFile::importJson(json("{'aegis_schedule': x}"), taipei());
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().contains(u"at character 19"), qPrintable(imported.error()));
    }

    void readAndWriteFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schedule.json"));
        const QByteArray bytes = ScheduleFile::exportJson(midnightPair(), QStringLiteral("Night"), taipei(), utc(2024, 12, 9, 0));
        const Result<bool> written = ScheduleFile::writeFile(path, bytes);
        QVERIFY2(written.ok(), qPrintable(written.error()));

        const Result<ImportedSchedule> read = ScheduleFile::readFile(path, QTimeZone::utc());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->schedule, midnightPair());
        QCOMPARE(read->name, QStringLiteral("Night"));

        // Errors name the file.
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        const Result<ImportedSchedule> none = ScheduleFile::readFile(missing, taipei());
        QVERIFY(!none.ok());
        QVERIFY2(none.error().startsWith(QStringLiteral("Cannot open ") + missing), qPrintable(none.error()));

        QVERIFY(ScheduleFile::writeFile(path, json("{'aegis_schedule': {'format': 1}}")).ok());
        const Result<ImportedSchedule> broken = ScheduleFile::readFile(path, taipei());
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error(), path + QStringLiteral(": \"aegis_schedule\" has no \"windows\"."));

        const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/schedule.json"));
        const Result<bool> failed = ScheduleFile::writeFile(nowhere, bytes);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().startsWith(QStringLiteral("Cannot write ") + nowhere), qPrintable(failed.error()));
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleFile)
#include "tst_ScheduleFile.moc"
