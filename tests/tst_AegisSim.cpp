// The aegis-sim executable: its command line, first output line and exit codes.

#include "core/BemsCsv.h"
#include "core/UtcTime.h"
#include "support/SyncHttp.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>
#include <cmath>

namespace {

QString simExecutable()
{
    const QString path = qEnvironmentVariable("AEGIS_SIM");
    if (path.isEmpty())
        qFatal("AEGIS_SIM is not set: run the tests through ctest");
    return path;
}

// The next line of a running emulator's output, trimmed; empty after a minute without one.
QString nextLine(QProcess &p)
{
    QElapsedTimer clock;
    clock.start();
    while (!p.canReadLine() && clock.elapsed() < 60'000 && p.state() == QProcess::Running)
        p.waitForReadyRead(1000);
    return QString::fromUtf8(p.readLine()).trimmed();
}

// Stops a running emulator at the end of a test, whatever happened.
struct ProcessGuard
{
    QProcess &process;
    ~ProcessGuard()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
};

} // namespace

class tst_AegisSim : public QObject
{
    Q_OBJECT

private slots:
    void helpExitsZero()
    {
        QProcess p;
        p.start(simExecutable(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        for (const char *option :
             {"--port", "--host", "--accel", "--seed", "--history-days", "--start", "--solar-csv", "--load-csv", "--state",
              "--state-dir", "--control-token", "--user", "--password", "--token-lifetime", "--fault", "--header-timeout",
              "--body-timeout", "--idle-timeout", "--max-connections"}) {
            QVERIFY2(out.contains(option), option);
        }
    }

    void printsTheUrlFirstAndAnswersALogin()
    {
        QProcess p;
        ProcessGuard guard{p};
        p.start(simExecutable(),
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--history-days"), QStringLiteral("1"),
                 QStringLiteral("--user"), QStringLiteral("op"), QStringLiteral("--password"), QStringLiteral("secret"),
                 QStringLiteral("--fault"), QStringLiteral("retry_after_s=4")});
        QVERIFY(p.waitForStarted(10'000));
        QElapsedTimer clock;
        clock.start();
        while (!p.canReadLine() && clock.elapsed() < 60'000 && p.state() == QProcess::Running)
            p.waitForReadyRead(1000);
        const QString first = QString::fromUtf8(p.readLine()).trimmed();
        static const QRegularExpression urlPattern(QStringLiteral("^http://127\\.0\\.0\\.1:(\\d+)$"));
        const QRegularExpressionMatch match = urlPattern.match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first + QStringLiteral(" / ") + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY(match.captured(1).toInt() > 0);
        const QString second = nextLine(p);
        static const QRegularExpression tokenPattern(QStringLiteral("^control-token: ([0-9a-f]{32})$"));
        const QRegularExpressionMatch tokenMatch = tokenPattern.match(second);
        QVERIFY2(tokenMatch.hasMatch(), qPrintable(second));
        const QByteArray controlToken = tokenMatch.captured(1).toLatin1();

        SyncHttp http;
        const HttpResult login = http.sendJson("POST", QUrl(first + QStringLiteral("/api/auth/login")),
                                               {{QStringLiteral("user_account"), QStringLiteral("op")},
                                                {QStringLiteral("user_password"), QStringLiteral("secret")}});
        QCOMPARE(login.status, 200);
        QVERIFY(!login.object().value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(http.get(QUrl(first + QStringLiteral("/sim/faults"))).status, 401);
        const HttpResult faults = http.get(QUrl(first + QStringLiteral("/sim/faults")), controlToken);
        QCOMPARE(faults.object().value(QStringLiteral("retry_after_s")).toInt(), 4);
        // Neither the password nor a token ever reaches the output.
        p.kill();
        p.waitForFinished(5000);
        const QByteArray output = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY(!output.contains("secret"));
        QVERIFY(!output.contains(login.object().value(QStringLiteral("access_token")).toString().toLatin1()));
    }

    // Scripts may fix the token; each run draws its own otherwise.
    void takesAFixedControlTokenAndStateDir()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess p;
        ProcessGuard guard{p};
        p.start(simExecutable(),
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--history-days"), QStringLiteral("1"),
                 QStringLiteral("--control-token"), QStringLiteral("script-token-0123456789"), QStringLiteral("--state-dir"),
                 dir.path()});
        QVERIFY(p.waitForStarted(10'000));
        const QString first = nextLine(p);
        QVERIFY2(first.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(first));
        QCOMPARE(nextLine(p), QStringLiteral("control-token: script-token-0123456789"));
        SyncHttp http;
        const HttpResult saved = http.send("POST", QUrl(first + QStringLiteral("/sim/state/save")), R"({"name":"morning"})", {},
                                           -1, {{"X-Sim-Control-Token", "script-token-0123456789"}});
        QVERIFY2(saved.status == 200, saved.body.constData());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("morning.json"))));
    }

    // A BEMS file written by core's BemsCsv comes back from `aegis-sim --load-csv` as the site's
    // load: on the file's dates a domain query's 15-minute means are the file's figures.
    void aBemsFileRoundTripsThroughLoadCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        BemsCsv::Table table;
        table.amiCount = 2;
        const QDate first(2025, 12, 31); // two days across a new year
        for (int i = 0; i < 2 * 96; ++i) {
            const double load = 4.0 + (i % 96) * 0.25 + (i / 96) * 0.125; // kW, to the watt
            table.rows.append({first.addDays(i / 96), (i % 96) * 15, {load * 0.75, load * 0.25}, load, 0.0, load});
        }
        const QString path = dir.filePath(QStringLiteral("site-bems.csv"));
        QVERIFY(BemsCsv::save(path, table).ok());

        QProcess p;
        ProcessGuard guard{p};
        p.start(simExecutable(),
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--history-days"), QStringLiteral("3"),
                 QStringLiteral("--start"), QStringLiteral("2026-01-02T00:30:00+08:00"), QStringLiteral("--load-csv"), path});
        QVERIFY(p.waitForStarted(10'000));
        const QString root = nextLine(p);
        QVERIFY2(root.startsWith(QStringLiteral("http://127.0.0.1:")),
                 qPrintable(root + QString::fromUtf8(p.readAllStandardError())));
        SyncHttp http;
        const HttpResult login = http.sendJson("POST", QUrl(root + QStringLiteral("/api/auth/login")),
                                               {{QStringLiteral("user_account"), QStringLiteral("admin@gel")},
                                                {QStringLiteral("user_password"), QStringLiteral("admingel")}});
        QCOMPARE(login.status, 200);
        QUrl url(root + QStringLiteral("/api/domain_datas/query"));
        QUrlQuery q;
        for (const auto &[k, v] : {std::pair{"organization_id", "182"},
                                   {"domain_id", "187"},
                                   {"fields", "LoadPower"},
                                   {"start", "2025-12-30T16:00:00Z"}, // local midnight; a "+" would be a space
                                   {"stop", "2026-01-01T16:00:00Z"},
                                   {"every", "15m"},
                                   {"time_function", "mean"},
                                   {"time_src", "_start"},
                                   {"timezone", "Asia/Taipei"}})
            q.addQueryItem(QString::fromLatin1(k), QString::fromLatin1(v));
        url.setQuery(q);
        const HttpResult reply = http.get(url, login.object().value(QStringLiteral("access_token")).toString().toLatin1());
        QCOMPARE(reply.status, 200);
        const QJsonArray rows = reply.json().array();
        QCOMPARE(rows.size(), table.rows.size());
        const QTimeZone taipei("Asia/Taipei");
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const BemsCsv::Row &expected = table.rows.at(i);
            const qint64 at =
                QDateTime(expected.date, QTime(0, 0).addSecs(expected.minuteOfDay * 60), taipei).toMSecsSinceEpoch();
            QCOMPARE(*UtcTime::parse(row.value(QStringLiteral("_time")).toString()), at);
            const double watts = row.value(QStringLiteral("_value")).toDouble();
            QVERIFY2(std::abs(watts - expected.totalLoadKw * 1000) < 0.5,
                     qPrintable(QStringLiteral("%1: %2 W, the file says %3 kW")
                                    .arg(BemsCsv::timeText(expected.date, expected.minuteOfDay))
                                    .arg(watts)
                                    .arg(expected.totalLoadKw)));
        }
    }

    void aBadBemsFileExitsTwoNamingTheLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("bad-bems.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("AMI_1,total_load(kW),PV_generate(kW),net_load(kW),TIME\n1,1,0,1,2020/5/2 00:00\n1,1,0,1,2020/5/2 00:30\n");
        file.close();
        QProcess p;
        ProcessGuard guard{p};
        p.start(simExecutable(), {QStringLiteral("--history-days"), QStringLiteral("1"), QStringLiteral("--load-csv"), path});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("bad-bems.csv:3: gap in the data"), err.constData());
    }

    void aBadControlTokenExitsTwo()
    {
        QProcess p;
        ProcessGuard guard{p};
        p.start(simExecutable(), {QStringLiteral("--control-token"), QStringLiteral("short")});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--control-token"));
    }

    void aBadSolarFileExitsTwoNamingIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("broken-solar.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this,is\nnot,a solar file\n");
        file.close();

        QProcess p;
        ProcessGuard guard{p};
        p.start(simExecutable(),
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--history-days"), QStringLiteral("1"),
                 QStringLiteral("--solar-csv"), path});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("broken-solar.csv"), err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void badOptionsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("named");
        QTest::newRow("accel") << QStringList{QStringLiteral("--accel"), QStringLiteral("-1")} << QByteArray("--accel");
        QTest::newRow("start") << QStringList{QStringLiteral("--start"), QStringLiteral("yesterday")} << QByteArray("--start");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << QByteArray("--port");
        QTest::newRow("host") << QStringList{QStringLiteral("--host"), QStringLiteral("nowhere")} << QByteArray("--host");
        QTest::newRow("fault") << QStringList{QStringLiteral("--history-days"), QStringLiteral("1"), QStringLiteral("--fault"),
                                              QStringLiteral("lag=3")}
                               << QByteArray("lag");
    }

    void badOptionsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, named);
        QProcess p;
        ProcessGuard guard{p};
        p.start(simExecutable(), arguments);
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(named), err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_AegisSim)
#include "tst_AegisSim.moc"
