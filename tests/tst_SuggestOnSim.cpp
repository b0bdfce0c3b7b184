// "Suggest" end to end (issue: bills as projected): aegis-cli suggests the windows of a day from
// the emulator's history, its forecast and the tariff, sends them with schedule set, the
// emulator runs the day fast, and the day is billed by the emulator's own meters (aegis-cli
// cost). The bill is within 5 % of what the suggestion projected for its windows.
//
// The emulator is told what a forecast cannot know in general: its solar forecast is exact
// (--exact-forecast) and its load repeats one day (a load file), so the usual day is the day.
// What remains to differ is everything this test is about: the cost model against the meters,
// the battery model against the units, the windows as sent against the windows as run.

#include "core/Clock.h"
#include "support/CliProcess.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <cmath>

namespace {

const QTimeZone kTaipei("Asia/Taipei");
const QDate kDay(2026, 4, 15); // a non-summer weekday
const QString kPlan = QStringLiteral("taipower-hv-three-period");

// Building K's load in kW at a half hour of the day: nights and evenings low, an office day
// with a lunch dip; the same every day.
double officeKw(int halfHour)
{
    const double hour = halfHour / 2.0;
    if (hour < 7.5 || hour >= 19.0)
        return 7.5;
    if (hour < 8.5)
        return 7.5 + (hour - 7.5) * 19.0;
    if (hour >= 12.0 && hour < 13.0)
        return 22.0;
    if (hour >= 18.0)
        return 14.0;
    return 26.5;
}

// apis-emulator's load format: 365 rows of 48 half-hour values, kW.
QByteArray loadFile()
{
    QByteArray row;
    for (int h = 0; h < 48; ++h)
        row += (h ? "," : "") + QByteArray::number(officeKw(h), 'f', 2);
    QByteArray file;
    for (int d = 0; d < 365; ++d)
        file += row + '\n';
    return file;
}

QString iso(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), kTaipei).toString(Qt::ISODate);
}

} // namespace

class tst_SuggestOnSim : public QObject
{
    Q_OBJECT

private slots:
    void aSuggestionSentAndRunBillsAsProjected()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString load = dir.filePath(QStringLiteral("load.csv"));
        {
            QFile f(load);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(loadFile());
        }
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 35; // the usual day takes four weeks
        options.startMs = QDateTime(kDay.addDays(-1), QTime(23, 45), kTaipei).toMSecsSinceEpoch();
        options.exactForecast = true;
        options.gridEvents = false;
        options.loadCsv = load;
        options.seed = 7;
        SimFixture sim(options);
        QVERIFY2(sim.isRunning(), qPrintable(sim.error()));
        const QProcessEnvironment env =
            CliProcess::environment(sim.baseUrl().toString(), sim.user(), sim.password(), dir.filePath(QStringLiteral("data")));

        const QString windows = dir.filePath(QStringLiteral("windows.json"));
        const CliProcess suggested =
            CliProcess::run({QStringLiteral("schedule"), QStringLiteral("suggest"), QStringLiteral("--date"),
                             kDay.toString(Qt::ISODate), QStringLiteral("--tariff"), kPlan, QStringLiteral("--out"), windows},
                            env);
        QVERIFY2(suggested.exitCode == 0, suggested.said());
        const QJsonObject suggestion = suggested.object();
        QVERIFY2(suggestion.value(QStringLiteral("violations")).toArray().isEmpty(), suggested.out.left(400));
        const double projected =
            suggestion.value(QStringLiteral("cost")).toObject().value(QStringLiteral("windows_ntd")).toDouble();
        QVERIFY2(projected > 0, suggested.out.left(400));
        QVERIFY(!suggestion.value(QStringLiteral("windows")).toArray().isEmpty());

        const CliProcess sent = CliProcess::run({QStringLiteral("schedule"), QStringLiteral("set"), windows}, env);
        QVERIFY2(sent.exitCode == 0, sent.said());

        // The day, at 4000 × real time (about 22 s), until its last quarter-hour is metered.
        QCOMPARE(sim.controlJson("PUT", QStringLiteral("/sim/acceleration"), {{QStringLiteral("acceleration"), 4000}}).status,
                 200);
        const qint64 after = QDateTime(kDay.addDays(1), QTime(0, 30), kTaipei).toMSecsSinceEpoch();
        QVERIFY(QTest::qWaitFor([&] { return sim.clock().nowMs() > after; }, 120'000));
        QCOMPARE(sim.controlJson("PUT", QStringLiteral("/sim/acceleration"), {{QStringLiteral("acceleration"), 1}}).status, 200);

        const CliProcess billed =
            CliProcess::run({QStringLiteral("cost"), QStringLiteral("--start"), iso(kDay), QStringLiteral("--stop"),
                             iso(kDay.addDays(1)), QStringLiteral("--tariff"), kPlan},
                            env);
        QVERIFY2(billed.exitCode == 0, billed.said());
        const QJsonObject day = billed.object().value(QStringLiteral("periods")).toArray().at(0).toObject();
        QCOMPARE(day.value(QStringLiteral("first")).toString(), kDay.toString(Qt::ISODate));
        QCOMPARE(day.value(QStringLiteral("missing_steps")).toInt(), 0);
        QVERIFY2(day.value(QStringLiteral("charge_kwh")).toDouble() > 1, billed.out.left(600));
        QVERIFY2(day.value(QStringLiteral("discharge_kwh")).toDouble() > 1, billed.out.left(600));
        const double bill = day.value(QStringLiteral("net_cost_ntd")).toDouble();
        qInfo("projected NT$ %.2f for the windows, billed NT$ %.2f (%+.2f %%)", projected, bill,
              100.0 * (bill - projected) / projected);
        QVERIFY2(std::abs(bill - projected) <= 0.05 * projected,
                 qPrintable(QStringLiteral("projected %1, billed %2").arg(projected).arg(bill)));
    }
};

QTEST_GUILESS_MAIN(tst_SuggestOnSim)
#include "tst_SuggestOnSim.moc"
