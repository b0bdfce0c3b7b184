#include "cli/CliOutput.h"
#include "cli/CliScheduleFile.h"
#include "client/SchedulerState.h"
#include "support/TestData.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

ScheduleWindow window(int start, int stop, double watts)
{
    return ScheduleWindow{start, stop, watts, {}};
}

Schedule schedule(const QList<ScheduleWindow> &windows)
{
    Schedule s;
    for (const ScheduleWindow &w : windows)
        s.append(w);
    return s;
}

// Evening discharge and night charge, as building K runs them (docs/aegis-api.md §7 example).
Schedule buildingK()
{
    return schedule({window(61200, 68400, -20000), window(3600, 10800, 10000)});
}

QString failure(const QByteArray &json)
{
    const Result<Schedule> r = CliScheduleFile::parse(json);
    return r ? QStringLiteral("(read without complaint)") : r.error();
}

} // namespace

class tst_CliScheduleFile : public QObject
{
    Q_OBJECT

private slots:
    void whatScheduleGetPrintsReadsBack()
    {
        SchedulerState state;
        state.id = 4;
        state.timezone = QStringLiteral("Asia/Taipei");
        state.schedule = schedule({window(0, 27015, 250.5), window(61200, 68400, -20000), window(82800, 86400, 100000)});
        state.cronsText = QStringLiteral("[]"); // the windows win over a stale crons text
        const Result<Schedule> got = CliScheduleFile::parse(CliOutput::scheduleJson(state));
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(*got, state.schedule);
    }

    void whatDryRunPrintsReadsBack()
    {
        const Schedule original = schedule({window(0, 1, -0.5), window(43200, 86400, 20000)});
        const QByteArray json = CliOutput::windowsJson(original);
        QVERIFY(json.contains("\"24:00\"")); // the end of the day, as operators write it
        const Result<Schedule> got = CliScheduleFile::parse(json);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(*got, original);
        const Result<Schedule> empty = CliScheduleFile::parse(CliOutput::windowsJson(Schedule()));
        QVERIFY(empty);
        QVERIFY(empty->windows().isEmpty());
    }

    void readsEveryFormOperatorsHold_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("crons array") << QByteArray(R"([{"start_time": 61200, "stop_time": 68400, "power": -20000},
                                                       {"start_time": 3600, "stop_time": 10800, "power": 10000}])");
        QTest::newRow("crons text") << QByteArray(
            "{\"crons\": \"[{\\\"start_time\\\":61200,\\\"stop_time\\\":68400,\\\"power\\\":-20000},"
            "{\\\"start_time\\\":3600,\\\"stop_time\\\":10800,\\\"power\\\":10000}]\"}");
        QTest::newRow("crons as an array") << QByteArray(R"({"crons": [{"start_time": 61200, "stop_time": 68400, "power": -20000},
                                                                      {"start_time": 3600, "stop_time": 10800, "power": 10000}]})");
        QTest::newRow("windows by time of day")
            << QByteArray(R"({"windows": [{"start": "17:00", "stop": "19:00", "power_w": -20000},
                                                                              {"start": "1:00", "stop": "03:00:00", "power": 10000}]})");
        QTest::newRow("windows by seconds") << QByteArray(
            R"({"windows": [{"start_time": 61200, "stop_time": 68400, "power_w": -20000},
                                                                          {"start_time": 3600, "stop_time": 10800, "power_w": 10000}]})");
        QTest::newRow("windows with agreeing twins") << QByteArray(R"({"windows": [
            {"start": "17:00", "start_time": 61200, "stop": "19:00", "stop_time": 68400, "power_w": -20000, "power": -20000},
            {"start": "01:00", "stop": "03:00", "power_w": 10000}]})");
    }

    void readsEveryFormOperatorsHold()
    {
        QFETCH(QByteArray, json);
        const Result<Schedule> got = CliScheduleFile::parse(json);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->windows().size(), 2);
        // Held for the loop: a window of buildingK()'s temporary would die with the statement.
        const Schedule building = buildingK();
        for (qsizetype i = 0; i < 2; ++i) {
            const ScheduleWindow &w = got->windows().at(i);
            const ScheduleWindow &expected = building.windows().at(i);
            QCOMPARE(w.startSecond, expected.startSecond);
            QCOMPARE(w.stopSecond, expected.stopSecond);
            QCOMPARE(w.powerW, expected.powerW);
        }
    }

    void readsTheServersReplyFromAFile()
    {
        const Result<Schedule> got = CliScheduleFile::read(TestData::path(QStringLiteral("vendor/power_scheduler.json")));
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(*got, buildingK());
    }

    void checksFormNotRules()
    {
        // Overlapping windows and powers beyond the battery are ScheduleRules' to refuse.
        const Result<Schedule> got = CliScheduleFile::parse(
            R"({"windows": [{"start": "10:00", "stop": "12:00", "power_w": 9e9}, {"start": "11:00", "stop": "13:00", "power_w": 1}]})");
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->windows().size(), 2);
    }

    void refusesMoreWindowsThanASchedulerHolds()
    {
        // 97 windows in each form: refused before any rule is checked.
        QByteArray windows = "{\"windows\": [";
        QByteArray crons = "[";
        for (int i = 0; i < 97; ++i) {
            windows +=
                (i ? "," : "") + QStringLiteral("{\"start_time\": %1, \"stop_time\": 86400, \"power_w\": 1}").arg(i).toUtf8();
            crons += (i ? "," : "") + QStringLiteral("{\"start_time\": %1, \"stop_time\": 86400, \"power\": 1}").arg(i).toUtf8();
        }
        windows += "]}";
        crons += "]";
        const QString reason = QStringLiteral("The schedule has 97 windows, more than the 96 a schedule may hold.");
        QCOMPARE(failure(windows), reason);
        QCOMPARE(failure(crons), reason);
    }

    void refusesBadFilesWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{\"windows\": [") << QStringLiteral("not JSON: ");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON: ");
        QTest::newRow("windows not an array")
            << QByteArray(R"({"windows": {}})") << QStringLiteral("\"windows\" must be an array");
        QTest::newRow("neither") << QByteArray(R"({"slots": []})")
                                 << QStringLiteral("the object holds neither \"windows\" nor \"crons\"");
        QTest::newRow("window not an object")
            << QByteArray(R"({"windows": [{"start": "01:00", "stop": "02:00", "power_w": 1}, 5]})")
            << QStringLiteral("window 2 is not an object");
        QTest::newRow("hour 25") << QByteArray(R"({"windows": [{"start": "25:00", "stop": "26:00", "power_w": 1}]})")
                                 << QStringLiteral("window 1: \"start\" needs a time of day such as \"17:00\" or \"24:00\"");
        QTest::newRow("minute 60") << QByteArray(R"({"windows": [{"start": "01:00", "stop": "01:60", "power_w": 1}]})")
                                   << QStringLiteral("window 1: \"stop\" needs a time of day such as \"17:00\" or \"24:00\"");
        QTest::newRow("past the end of the day")
            << QByteArray(R"({"windows": [{"start": "23:00", "stop": "24:30", "power_w": 1}]})")
            << QStringLiteral("window 1: \"stop\" needs a time of day such as \"17:00\" or \"24:00\"");
        QTest::newRow("time as a number") << QByteArray(R"({"windows": [{"start": 1700, "stop": "19:00", "power_w": 1}]})")
                                          << QStringLiteral(
                                                 "window 1: \"start\" needs a time of day such as \"17:00\" or \"24:00\"");
        QTest::newRow("fractional seconds") << QByteArray(R"({"windows": [{"start_time": 1.5, "stop": "19:00", "power_w": 1}]})")
                                            << QStringLiteral(
                                                   "window 1: \"start_time\" needs a whole number of seconds after midnight");
        QTest::newRow("seconds as text") << QByteArray(R"({"windows": [{"start": "01:00", "stop_time": "7200", "power_w": 1}]})")
                                         << QStringLiteral(
                                                "window 1: \"stop_time\" needs a whole number of seconds after midnight");
        QTest::newRow("stale twin") << QByteArray(
            R"({"windows": [{"start": "17:00", "start_time": 61201, "stop": "19:00", "power_w": 1}]})")
                                    << QStringLiteral("window 1: \"start\" and \"start_time\" disagree; give one of them");
        QTest::newRow("no stop") << QByteArray(R"({"windows": [{"start": "17:00", "power_w": 1}]})")
                                 << QStringLiteral("window 1 has no \"stop\"");
        QTest::newRow("power as text") << QByteArray(R"({"windows": [{"start": "17:00", "stop": "19:00", "power_w": "-20 kW"}]})")
                                       << QStringLiteral("window 1: \"power_w\" needs a number of watts");
        QTest::newRow("powers disagree") << QByteArray(
            R"({"windows": [{"start": "17:00", "stop": "19:00", "power_w": 1, "power": 2}]})")
                                         << QStringLiteral("window 1: \"power_w\" and \"power\" disagree; give one of them");
        QTest::newRow("no power") << QByteArray(
            R"({"windows": [{"start": "01:00", "stop": "02:00", "power_w": 1}, {"start": "17:00", "stop": "19:00"}]})")
                                  << QStringLiteral("window 2 has no \"power_w\"");
    }

    void refusesBadFilesWithTheReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const QString error = failure(json);
        if (reason.endsWith(u' '))
            QVERIFY2(error.startsWith(reason), qPrintable(error));
        else
            QCOMPARE(error, reason);
    }

    void refusesBadCronsWithTheCodecsReason()
    {
        // A crons array that does not decode is refused with CronsCodec's reason, whichever form holds it.
        const QString direct = failure(R"([{"start_time": "a", "stop_time": 10, "power": 1}])");
        QVERIFY(!direct.isEmpty() && direct != u"(read without complaint)");
        QCOMPARE(failure(R"({"crons": [{"start_time": "a", "stop_time": 10, "power": 1}]})"), direct);
        QVERIFY(failure(R"({"crons": "not json"})").startsWith(QStringLiteral("The schedule is not valid JSON")));
    }

    void fileFailuresNameTheFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        const Result<Schedule> none = CliScheduleFile::read(missing);
        QVERIFY(!none);
        QVERIFY2(none.error().startsWith(QStringLiteral("cannot read %1: ").arg(missing)), qPrintable(none.error()));

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"windows": [{"start": "17:00"}]})");
        file.close();
        const Result<Schedule> refused = CliScheduleFile::read(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("%1: window 1 has no \"stop\"").arg(bad));
    }
};

QTEST_GUILESS_MAIN(tst_CliScheduleFile)
#include "tst_CliScheduleFile.moc"
