// The aegis-cli executable against an in-process emulator: its commands, output formats, exit
// codes, and that nothing is sent when the command line or the schedule FILE is wrong.

#include "client/FieldUnits.h"
#include "sim/SimServer.h"
#include "support/FloodServer.h"
#include "support/SimFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <optional>

namespace {

QString cliExecutable()
{
    const QString path = qEnvironmentVariable("AEGIS_CLI");
    if (path.isEmpty())
        qFatal("AEGIS_CLI is not set: run the tests through ctest");
    return path;
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QList<QByteArray> lines() const
    {
        QList<QByteArray> l = out.split('\n');
        if (!l.isEmpty() && l.constLast().isEmpty())
            l.removeLast();
        return l;
    }
    // For QVERIFY2: what the process said.
    QByteArray said() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(2000) + "\nstderr: " + err;
    }
};

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The most memory the process `pid` has held so far (VmHWM), in bytes; 0 once it is gone.
qint64 peakMemory(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}

// A port nothing listens on: bound once, then released.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class tst_AegisCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir; // files, and the XDG data home where approved certificates go

    // Runs aegis-cli with the emulator's URL, account and password in the environment unless
    // `environment` overrides them (an empty value removes the variable).
    CliRun run(const QStringList &arguments, const QHash<QString, QString> &environment = {}, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {QStringLiteral("AEGIS_URL"), QStringLiteral("AEGIS_USER"), QStringLiteral("AEGIS_PASSWORD")})
            env.remove(name);
        env.insert(QStringLiteral("AEGIS_URL"), m_sim->baseUrl().toString());
        env.insert(QStringLiteral("AEGIS_USER"), m_sim->user());
        env.insert(QStringLiteral("AEGIS_PASSWORD"), m_sim->password());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
            if (it.value().isEmpty())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(cliExecutable(), arguments);
        CliRun r;
        if (!p.waitForStarted(10'000))
            return r;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    int requests(const QString &route) const
    {
        int n = 0;
        m_sim->runOnSim([&](SimSite &, SimServer &server) { n = server.requestCount(route); });
        return n;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    // A fixed, past range of device data, so that two runs see the same points.
    QStringList deviceRange() const
    {
        const QDateTime stop = QDateTime::currentDateTimeUtc().addSecs(-3600);
        return {QStringLiteral("--start"), iso(stop.addSecs(-10 * 60)), QStringLiteral("--stop"), iso(stop)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 3;
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
    }

    void cleanup()
    {
        m_sim->runOnSim([](SimSite &, SimServer &server) { server.resetFaults(); });
    }

    void fieldUnitsFollowTheContract()
    {
        QCOMPARE(FieldUnits::unitOf(u"LoadPower"), QStringLiteral("W"));
        QCOMPARE(FieldUnits::unitOf(u"SolarEnergy"), QStringLiteral("kWh"));
        QCOMPARE(FieldUnits::unitOf(u"Irradiance"), QStringLiteral("W/m²"));
        QCOMPARE(FieldUnits::unitOf(u"Reactive_Power"), QStringLiteral("VAr"));
        QCOMPARE(FieldUnits::unitOf(u"Status"), QString());
        QCOMPARE(FieldUnits::unitOf(u"PR"), QString());
        QCOMPARE(FieldUnits::unitOf(u"PR", FieldUnits::Scope::Domain), QStringLiteral("%"));
        QCOMPARE(FieldUnits::afterAggregation(QStringLiteral("W"), QueryTimeFunction::Integral), QStringLiteral("W·s"));
        QCOMPARE(FieldUnits::afterAggregation(QStringLiteral("W"), QueryTimeFunction::Count), QString());
        QCOMPARE(FieldUnits::afterAggregation(QStringLiteral("W"), QueryTimeFunction::Mean, QueryGroupFunction::Sum),
                 QStringLiteral("W"));
    }

    void helpNamesCommandsOptionsAndExitCodes()
    {
        const CliRun general = run({QStringLiteral("--help")});
        QCOMPARE(general.exitCode, 0);
        for (const char *text : {"login", "query device", "query domain", "schedule get", "schedule set FILE", "schedule history",
                                 "trust", "--url", "--format", "AEGIS_PASSWORD", "Exit codes"})
            QVERIFY2(general.out.contains(text), text);
        QVERIFY(!general.out.contains("--password"));

        const CliRun device = run({QStringLiteral("query"), QStringLiteral("device"), QStringLiteral("--help")});
        QCOMPARE(device.exitCode, 0);
        for (const char *option : {"--organization",
                                   "--domain",
                                   "--output",
                                   "--category",
                                   "--type",
                                   "--devices",
                                   "--places",
                                   "--start",
                                   "--stop",
                                   "--fields",
                                   "--where",
                                   "--difference-non-negative",
                                   "--every",
                                   "--time-function",
                                   "--create-empty",
                                   "--time-src",
                                   "--timezone",
                                   "--difference",
                                   "--group-by",
                                   "--group-function",
                                   "--pivot",
                                   "--limit",
                                   "time (UTC),DeviceName,field,value (W)"})
            QVERIFY2(device.out.contains(option), option);
        QVERIFY(!device.out.contains("--expect-update-time <")); // the option of schedule set only
    }

    void loginPrintsWhoIsLoggedIn()
    {
        const CliRun r = run({QStringLiteral("login")});
        QVERIFY2(r.exitCode == 0, r.said());
        const QJsonObject session = r.json().object();
        QCOMPARE(session.value(QStringLiteral("organization_id")).toInt(), 182);
        QVERIFY(!session.value(QStringLiteral("user_name")).toString().isEmpty());
        QVERIFY(!session.contains(QStringLiteral("access_token")));
        QVERIFY(!QByteArray(r.out + r.err).contains(m_sim->password().toUtf8()));

        const CliRun csv = run({QStringLiteral("login"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.lines().size(), 2);
        QVERIFY(csv.lines().at(0).contains("organization_id"));
    }

    void badPasswordExitsThree()
    {
        const CliRun r = run({QStringLiteral("login")}, {{QStringLiteral("AEGIS_PASSWORD"), QStringLiteral("not-it")}});
        QVERIFY2(r.exitCode == 3, r.said());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.contains("not-it"));
    }

    void noPasswordAndNoTerminalExitsThree()
    {
        const int logins = requests(QStringLiteral("auth/login"));
        const CliRun r = run({QStringLiteral("schedule"), QStringLiteral("get"), QStringLiteral("--no-keychain")},
                             {{QStringLiteral("AEGIS_PASSWORD"), QString()}});
        QVERIFY2(r.exitCode == 3, r.said());
        QVERIFY2(r.err.contains("no password") && r.err.contains("AEGIS_PASSWORD"), r.err);
        QCOMPARE(requests(QStringLiteral("auth/login")), logins);
    }

    void usageErrorsExitTwoAndSendNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("named");
        const auto args = [](const char *line) { return QString::fromUtf8(line).split(QLatin1Char(' ')); };
        QTest::newRow("unknown option") << args("login --bogus") << QByteArray("bogus");
        QTest::newRow("no password option") << args("login --password secret") << QByteArray("password");
        QTest::newRow("unknown command") << args("status") << QByteArray("status");
        QTest::newRow("query what") << args("query devices") << QByteArray("device or domain");
        QTest::newRow("option of another command") << args("schedule get --fields SolarPower") << QByteArray("--fields");
        QTest::newRow("device option for domain")
            << args("query domain --output pomcube_data --start -1d --fields BatSoC") << QByteArray("--output");
        QTest::newRow("format") << args("login --format xml") << QByteArray("--format");
        QTest::newRow("start") << args("query domain --start yesterday --fields BatSoC") << QByteArray("--start");
        QTest::newRow("fields") << args("query domain --start -1d") << QByteArray("--fields");
        QTest::newRow("every") << args("query domain --start -1d --fields BatSoC --every 3x") << QByteArray("every");
        QTest::newRow("time function") << args(
            "query device --output pomcube_data --start -1d --fields BatSoC --time-function avg")
                                       << QByteArray("--time-function");
        QTest::newRow("set without file") << args("schedule set") << QByteArray("FILE");
        QTest::newRow("missing file") << args("schedule set /nonexistent/windows.json") << QByteArray("windows.json");
    }

    void usageErrorsExitTwoAndSendNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, named);
        const int logins = requests(QStringLiteral("auth/login"));
        const CliRun r = run(arguments);
        QVERIFY2(r.exitCode == 2, r.said());
        QVERIFY2(r.err.contains(named), r.err);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(requests(QStringLiteral("auth/login")), logins);
    }

    void queryDeviceJsonAndCsvAgree()
    {
        const QStringList query = QStringList{QStringLiteral("query"),     QStringLiteral("device"),
                                              QStringLiteral("--output"),  QStringLiteral("pomcube_data"),
                                              QStringLiteral("--devices"), QStringLiteral("AA-70-2211-01-0078-938"),
                                              QStringLiteral("--fields"),  QStringLiteral("LoadPower,SolarPower")}
            + deviceRange();
        const CliRun json = run(query);
        QVERIFY2(json.exitCode == 0, json.said());
        const QJsonArray rows = json.json().array();
        QVERIFY(rows.size() >= 10);

        const CliRun csv = run(query + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.exitCode == 0, csv.said());
        const QList<QByteArray> lines = csv.lines();
        QCOMPARE(lines.value(0), QByteArray("time (UTC),DeviceName,field,value (W)"));
        QCOMPARE(lines.size(), rows.size() + 1);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const QList<QByteArray> cells = lines.at(i + 1).split(',');
            QCOMPARE(cells.size(), 4);
            QCOMPARE(QString::fromUtf8(cells.at(0)), row.value(QStringLiteral("_time")).toString());
            QCOMPARE(QString::fromUtf8(cells.at(1)), row.value(QStringLiteral("DeviceName")).toString());
            QCOMPARE(QString::fromUtf8(cells.at(2)), row.value(QStringLiteral("_field")).toString());
            QCOMPARE(cells.at(3).toDouble(), row.value(QStringLiteral("_value")).toDouble());
        }
    }

    void queryDevicePivotedCsvHasAColumnPerFieldInTheZoneAsked()
    {
        const CliRun r =
            run(QStringList{QStringLiteral("query"), QStringLiteral("device"), QStringLiteral("--output"),
                            QStringLiteral("pomcube_data"), QStringLiteral("--fields"), QStringLiteral("LoadPower,BatSoC"),
                            QStringLiteral("--pivot"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--tz"),
                            QStringLiteral("Asia/Taipei")}
                + deviceRange());
        QVERIFY2(r.exitCode == 0, r.said());
        const QList<QByteArray> lines = r.lines();
        QCOMPARE(lines.value(0), QByteArray("time (Asia/Taipei),DeviceName,LoadPower (W),BatSoC (%)"));
        QVERIFY(lines.size() > 3 * 10); // three Pomcube units, one row a minute
        QVERIFY2(lines.at(1).split(',').at(0).endsWith("+08:00"), lines.at(1));
        QCOMPARE(lines.at(1).split(',').size(), 4);
    }

    void queryDomainDailyWindowsInTaipei()
    {
        const QTimeZone taipei("Asia/Taipei");
        const QDateTime today = QDateTime(QDateTime::currentDateTime().toTimeZone(taipei).date(), QTime(0, 0), taipei);
        const CliRun r = run({QStringLiteral("query"),      QStringLiteral("domain"),
                              QStringLiteral("--domain"),   QStringLiteral("187"),
                              QStringLiteral("--fields"),   QStringLiteral("SolarEnergy"),
                              QStringLiteral("--start"),    today.addDays(-2).toString(Qt::ISODate),
                              QStringLiteral("--stop"),     today.toString(Qt::ISODate),
                              QStringLiteral("--every"),    QStringLiteral("1d"),
                              QStringLiteral("--timezone"), QStringLiteral("Asia/Taipei"),
                              QStringLiteral("--time-src"), QStringLiteral("_start"),
                              QStringLiteral("--format"),   QStringLiteral("csv"),
                              QStringLiteral("--tz"),       QStringLiteral("Asia/Taipei")});
        QVERIFY2(r.exitCode == 0, r.said());
        const QList<QByteArray> lines = r.lines();
        QCOMPARE(lines.value(0), QByteArray("time (Asia/Taipei),field,value (kWh)"));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).split(',').at(0), today.addDays(-2).toString(Qt::ISODateWithMs).toUtf8());
        QCOMPARE(lines.at(2).split(',').at(0), today.addDays(-1).toString(Qt::ISODateWithMs).toUtf8());
        QVERIFY(lines.at(1).contains("T00:00:00.000+08:00,SolarEnergy,"));
        QVERIFY(lines.at(1).split(',').at(2).toDouble() > 0);
    }

    void queryTheServerRefusesExitsFourWithItsMessage()
    {
        const CliRun r =
            run({QStringLiteral("query"), QStringLiteral("device"), QStringLiteral("--output"), QStringLiteral("pomcube_data"),
                 QStringLiteral("--devices"), QStringLiteral("NoSuchDevice"), QStringLiteral("--fields"),
                 QStringLiteral("LoadPower"), QStringLiteral("--start"), QStringLiteral("-1h")});
        QVERIFY2(r.exitCode == 4, r.said());
        QVERIFY2(r.err.contains("no device is named \"NoSuchDevice\""), r.err);
        QVERIFY(r.out.isEmpty());
    }

    void scheduleGetPrintsTheWindows()
    {
        const CliRun r = run({QStringLiteral("schedule"), QStringLiteral("get")});
        QVERIFY2(r.exitCode == 0, r.said());
        const QJsonObject schedule = r.json().object();
        QCOMPARE(schedule.value(QStringLiteral("timezone")).toString(), QStringLiteral("Asia/Taipei"));
        QVERIFY(schedule.value(QStringLiteral("windows")).isArray());
        QVERIFY(!schedule.value(QStringLiteral("update_time")).toString().isEmpty());

        const CliRun csv =
            run({QStringLiteral("schedule"), QStringLiteral("get"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.lines().value(0), QByteArray("start (Asia/Taipei),stop (Asia/Taipei),power (W)"));
        QCOMPARE(csv.lines().size(), schedule.value(QStringLiteral("windows")).toArray().size() + 1);
    }

    void scheduleSetAppliesWhatTheServerThenHolds()
    {
        const QString file = writeFile(QStringLiteral("evening.json"),
                                       "{\"windows\":[{\"start\":\"16:00\",\"stop\":\"18:30\",\"power_w\":-15000},{\"start\":"
                                       "\"02:00\",\"stop\":\"04:00\",\"power_w\":8000}]}");
        const CliRun set = run({QStringLiteral("schedule"), QStringLiteral("set"), file});
        QVERIFY2(set.exitCode == 0, set.said());
        QVERIFY2(set.err.contains("Applied"), set.err);

        const CliRun get =
            run({QStringLiteral("schedule"), QStringLiteral("get"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.lines().mid(1), (QList<QByteArray>{"16:00,18:30,-15000", "02:00,04:00,8000"}));

        // The crons array on stdin, and schedule get's own output fed back.
        const CliRun fromStdin = run({QStringLiteral("schedule"), QStringLiteral("set"), QStringLiteral("-")}, {},
                                     "[{\"start_time\":3600,\"stop_time\":7200,\"power\":5000}]");
        QVERIFY2(fromStdin.exitCode == 0, fromStdin.said());
        const CliRun exported = run({QStringLiteral("schedule"), QStringLiteral("get")});
        QCOMPARE(exported.json().object().value(QStringLiteral("windows")).toArray().size(), 1);
        const QString updateTime = exported.json().object().value(QStringLiteral("update_time")).toString();
        const CliRun again =
            run({QStringLiteral("schedule"), QStringLiteral("set"), writeFile(QStringLiteral("exported.json"), exported.out),
                 QStringLiteral("--expect-update-time"), updateTime});
        QVERIFY2(again.exitCode == 0, again.said());
    }

    void scheduleSetRefusesBrokenWindowsLocally()
    {
        const QString file = writeFile(
            QStringLiteral("overlap.json"),
            "[{\"start_time\":3600,\"stop_time\":10800,\"power\":5000},{\"start_time\":7200,\"stop_time\":9000,\"power\":5000}]");
        const int schedulerRequests = requests(QStringLiteral("power_schedulers/4"));
        const int logins = requests(QStringLiteral("auth/login"));
        const CliRun r = run({QStringLiteral("schedule"), QStringLiteral("set"), file});
        QVERIFY2(r.exitCode == 2, r.said());
        QVERIFY2(r.err.contains("overlaps") && r.err.contains("nothing was sent"), r.err);
        QCOMPARE(requests(QStringLiteral("power_schedulers/4")), schedulerRequests);
        QCOMPARE(requests(QStringLiteral("auth/login")), logins);
    }

    void scheduleSetNotAppliedExitsFiveWithTheDifference()
    {
        bool faulted = false;
        m_sim->runOnSim([&](SimSite &, SimServer &server) {
            faulted = server.setFaults({{QStringLiteral("patch_not_applied"), true}}).ok();
        });
        QVERIFY(faulted);
        const QString file = writeFile(QStringLiteral("night.json"),
                                       "{\"crons\":\"[{\\\"start_time\\\":0,\\\"stop_time\\\":3600,\\\"power\\\":1000}]\"}");
        const CliRun r = run({QStringLiteral("schedule"), QStringLiteral("set"), file});
        QVERIFY2(r.exitCode == 5, r.said());
        QVERIFY2(r.err.contains("sent but not on the server: 00:00–01:00"), r.err);
        QVERIFY(r.out.isEmpty());
    }

    void scheduleSetConflictExitsFive()
    {
        const QString file =
            writeFile(QStringLiteral("late.json"), "{\"windows\":[{\"start\":\"20:00\",\"stop\":\"21:00\",\"power_w\":-5000}]}");
        const CliRun r = run({QStringLiteral("schedule"), QStringLiteral("set"), file, QStringLiteral("--expect-update-time"),
                              QStringLiteral("2020-01-01T00:00:00.000Z")});
        QVERIFY2(r.exitCode == 5, r.said());
        QVERIFY2(r.err.contains("nothing was sent"), r.err);
        const CliRun get =
            run({QStringLiteral("schedule"), QStringLiteral("get"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(!get.out.contains("20:00,21:00"));
    }

    void scheduleSetRefusesWindowsAboveAUnitsLimit()
    {
        const QString file = writeFile(QStringLiteral("peak.json"),
                                       "{\"windows\":[{\"start\":\"09:00\",\"stop\":\"10:00\",\"power_w\":6000},"
                                       "{\"start\":\"17:00\",\"stop\":\"19:00\",\"power_w\":-27000}]}");
        const QByteArray before =
            run({QStringLiteral("schedule"), QStringLiteral("get"), QStringLiteral("--format"), QStringLiteral("csv")}).out;
        // The emulator's three units online carry 9 kW each, above a stated limit of 8 kW.
        const CliRun counted =
            run({QStringLiteral("schedule"), QStringLiteral("set"), file, QStringLiteral("--unit-limit"), QStringLiteral("8")});
        QVERIFY2(counted.exitCode == 2, counted.said());
        QVERIFY2(counted.err.contains("17:00–19:00") && counted.err.contains("would carry 9 kW, above its limit of 8 kW")
                     && counted.err.contains("nothing was sent") && !counted.err.contains("09:00–10:00"),
                 counted.err);
        QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("get"), QStringLiteral("--format"), QStringLiteral("csv")}).out,
                 before);
        // A stated count needs no server: two units at 13.5 kW each are refused before the login.
        const int logins = requests(QStringLiteral("auth/login"));
        const CliRun stated =
            run({QStringLiteral("schedule"), QStringLiteral("set"), file, QStringLiteral("--units"), QStringLiteral("2")});
        QVERIFY2(stated.exitCode == 2, stated.said());
        QVERIFY2(stated.err.contains("17:00–19:00") && stated.err.contains("13.5 kW"), stated.err);
        const CliRun none = run({QStringLiteral("schedule"), QStringLiteral("set"), file, QStringLiteral("--units"),
                                 QStringLiteral("0"), QStringLiteral("--dry-run")});
        QVERIFY2(none.exitCode == 2 && none.err.contains("09:00–10:00") && none.err.contains("no Pomcube unit"), none.said());
        const CliRun badLimit =
            run({QStringLiteral("schedule"), QStringLiteral("set"), file, QStringLiteral("--unit-limit"), QStringLiteral("ten")});
        QVERIFY2(badLimit.exitCode == 2 && badLimit.err.contains("--unit-limit"), badLimit.said());
        QCOMPARE(requests(QStringLiteral("auth/login")), logins);
        // Within the default 10 kW of each of the three units, the same windows are sent.
        const CliRun within = run({QStringLiteral("schedule"), QStringLiteral("set"), file});
        QVERIFY2(within.exitCode == 0, within.said());
    }

    void scheduleHistoryJsonAndCsv()
    {
        const CliRun json =
            run({QStringLiteral("schedule"), QStringLiteral("history"), QStringLiteral("--start"), QStringLiteral("-2d")});
        QVERIFY2(json.exitCode == 0, json.said());
        const QJsonObject history = json.json().object();
        QVERIFY(history.value(QStringLiteral("records")).isArray());
        QVERIFY(history.contains(QStringLiteral("purchase_energy")));

        const CliRun csv =
            run({QStringLiteral("schedule"), QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.exitCode == 0, csv.said());
        QVERIFY2(csv.out.startsWith("time (UTC),type,purchase_energy (kWh),sell_energy (kWh),message,data\n"), csv.out.left(200));
    }

    void aReplyLargerThanTheLimitExitsFourNamingIt()
    {
        const CliRun r =
            run(QStringList{QStringLiteral("query"), QStringLiteral("device"), QStringLiteral("--output"),
                            QStringLiteral("pomcube_data"), QStringLiteral("--fields"), QStringLiteral("LoadPower,SolarPower"),
                            QStringLiteral("--max-reply-mb"), QStringLiteral("0.001")}
                + deviceRange());
        QVERIFY2(r.exitCode == 4, r.said());
        QVERIFY2(r.err.contains("limit of 0.001 MB") && r.err.contains("narrower"), r.err);
        QVERIFY(r.out.isEmpty());
    }

    void anEndlessReplyFasterThanTheClientLeavesItsMemoryBounded()
    {
        // A server in a thread of its own writes an endless reply as fast as loopback carries
        // it. The limit used to be checked only as the main thread read the reply, while Qt's
        // network thread buffered without bound: gigabytes within seconds, then std::bad_alloc.
        FloodServer flood;
        QVERIFY(flood.isListening());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AEGIS_URL"), QStringLiteral("http://127.0.0.1:%1/api").arg(flood.port()));
        env.insert(QStringLiteral("AEGIS_USER"), QStringLiteral("operator@example"));
        env.insert(QStringLiteral("AEGIS_PASSWORD"), QStringLiteral("flood"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(cliExecutable(),
                {QStringLiteral("query"), QStringLiteral("domain"), QStringLiteral("--no-keychain"),
                 QStringLiteral("--organization"), QStringLiteral("182"), QStringLiteral("--domain"), QStringLiteral("187"),
                 QStringLiteral("--fields"), QStringLiteral("SolarPower"), QStringLiteral("--start"), QStringLiteral("-1h"),
                 QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("--max-reply-mb"), QStringLiteral("5")});
        QVERIFY(p.waitForStarted(10'000));
        // The process's own size plus a few buffers of the network; AddressSanitizer's
        // quarantine holds up to 256 MB of freed blocks besides.
#if defined(__SANITIZE_ADDRESS__)
        const qint64 bound = 640LL << 20;
#else
        const qint64 bound = 160LL << 20;
#endif
        qint64 peak = 0;
        QElapsedTimer timer;
        timer.start();
        while (!p.waitForFinished(10)) {
            peak = std::max(peak, peakMemory(p.processId()));
            if (peak > 2 * bound || timer.elapsed() > 90'000) {
                p.kill();
                p.waitForFinished(5000);
                break;
            }
        }
        const CliRun r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                       p.readAllStandardError()};
        QVERIFY2(peak < bound, qPrintable(QStringLiteral("peak %1 MB; %2").arg(peak >> 20).arg(QString::fromUtf8(r.said()))));
        QVERIFY2(r.exitCode == 4, r.said());
        QVERIFY2(r.err.contains("limit of 5 MB"), r.err);
        QVERIFY2(flood.bytesSent() > 5 << 20, QByteArray::number(flood.bytesSent()));
    }

    void theTimeoutCoversEveryAttempt()
    {
        // A server trickling 1 byte/s used to keep the command alive for four timeouts.
        m_sim->runOnSim([](SimSite &, SimServer &server) {
            QVERIFY(server
                        .setFaults({{QStringLiteral("trickle_bytes_per_s"), 1},
                                    {QStringLiteral("routes"), QJsonArray{QStringLiteral("power_schedulers")}}})
                        .ok());
        });
        QElapsedTimer timer;
        timer.start();
        const CliRun r =
            run({QStringLiteral("schedule"), QStringLiteral("get"), QStringLiteral("--timeout"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 6, r.said());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(!r.err.contains("device not open"), r.err);
    }

    void unreachableServerExitsSix()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1/api").arg(closedPort());
        const CliRun r =
            run({QStringLiteral("login"), QStringLiteral("--url"), url, QStringLiteral("--timeout"), QStringLiteral("10")});
        QVERIFY2(r.exitCode == 6, r.said());
        QVERIFY2(r.err.contains("cannot be reached"), r.err);
    }

    void untrustedCertificateIsShownAndApprovedOnlyByItsFingerprint()
    {
        QProcess openssl;
        const QString cert = m_dir.filePath(QStringLiteral("tls-cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("tls-key.pem"));
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0)
            QSKIP("openssl could not make a test certificate");
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QString fingerprint = QString::fromLatin1(
            QSslCertificate(pem.readAll(), QSsl::Pem).digest(QCryptographicHash::Sha256).toHex(':').toUpper());

        SimOptions options = SimFixture::testOptions();
        options.historyDays = 1;
        options.tlsCertificatePath = cert;
        options.tlsKeyPath = key;
        SimFixture tls(options);
        QVERIFY2(tls.isRunning(), qPrintable(tls.error()));
        const QHash<QString, QString> env{{QStringLiteral("AEGIS_URL"), tls.baseUrl().toString()},
                                          {QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("tls-data"))}};

        const CliRun refused = run({QStringLiteral("login")}, env);
        QVERIFY2(refused.exitCode == 7, refused.said());
        QVERIFY2(refused.err.contains(fingerprint.toLatin1()) && refused.err.contains("CN=127.0.0.1"), refused.err);
        QVERIFY(refused.err.contains("aegis-cli trust --url"));

        QString wrong = fingerprint;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const CliRun mismatch = run({QStringLiteral("trust"), QStringLiteral("--fingerprint"), wrong}, env);
        QVERIFY2(mismatch.exitCode == 7, mismatch.said());
        QCOMPARE(run({QStringLiteral("login")}, env).exitCode, 7);

        const CliRun approved = run({QStringLiteral("trust"), QStringLiteral("--fingerprint"), fingerprint.toLower()}, env);
        QVERIFY2(approved.exitCode == 0, approved.said());
        const CliRun login = run({QStringLiteral("login")}, env);
        QVERIFY2(login.exitCode == 0, login.said());
    }

    void rememberedPasswordComesFromTheKeyring()
    {
        // Only in the throwaway keyring of tests/run-in-session.sh, never the developer's own.
        if (qEnvironmentVariable("AEGIS_IN_TEST_SESSION") != u"1")
            QSKIP("needs the private keyring of tests/run-in-session.sh");
        const CliRun remember = run({QStringLiteral("login"), QStringLiteral("--remember")});
        if (remember.exitCode == 1)
            QSKIP(qPrintable(QStringLiteral("no usable keyring: ") + QString::fromUtf8(remember.err)));
        QVERIFY2(remember.exitCode == 0, remember.said());

        const QHash<QString, QString> noPassword{{QStringLiteral("AEGIS_PASSWORD"), QString()}};
        const CliRun fromKeyring = run({QStringLiteral("schedule"), QStringLiteral("get")}, noPassword);
        QVERIFY2(fromKeyring.exitCode == 0, fromKeyring.said());

        QCOMPARE(run({QStringLiteral("forget")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("schedule"), QStringLiteral("get")}, noPassword).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(tst_AegisCli)
#include "tst_AegisCli.moc"
