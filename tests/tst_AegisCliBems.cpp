// aegis-cli export bems against an in-process emulator (docs/tariffs.md "BEMS export"): a day
// exported is the emulator's own 15-minute figures, and an emulator started with that file as
// its --load-csv gives the same load back; bad ranges and files are refused with their exit codes.

#include "client/QueryReplyDecoder.h"
#include "core/BemsCsv.h"
#include "sim/SimSite.h"
#include "support/CliProcess.h"
#include "support/SimFixture.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

namespace {

const QTimeZone kTaipei("Asia/Taipei");
// The emulators start here; the day exported is the one before, whole in their history.
const QDateTime kSimNow(QDate(2026, 3, 11), QTime(10, 0), kTaipei);
const QDate kDay(2026, 3, 10);

using CliRun = CliProcess;

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

SimOptions simOptions(const QString &loadCsv = {})
{
    SimOptions options = SimFixture::testOptions();
    options.historyDays = 3;
    options.startMs = kSimNow.toMSecsSinceEpoch();
    options.loadCsv = loadCsv;
    return options;
}

// The emulator's own 15-minute means of `field` over kDay, in kW, by the quarter-hour's start.
QHash<qint64, double> meansKw(const SimFixture &sim, const QString &field)
{
    QUrlQuery q;
    const QDateTime from(kDay, QTime(0, 0), kTaipei);
    for (const auto &[k, v] : {std::pair{QStringLiteral("organization_id"), QStringLiteral("182")},
                               {QStringLiteral("domain_id"), QStringLiteral("187")},
                               {QStringLiteral("fields"), field},
                               {QStringLiteral("start"), iso(from)},
                               {QStringLiteral("stop"), iso(from.addDays(1))},
                               {QStringLiteral("every"), QStringLiteral("15m")},
                               {QStringLiteral("time_function"), QStringLiteral("mean")},
                               {QStringLiteral("time_src"), QStringLiteral("_start")},
                               {QStringLiteral("timezone"), QStringLiteral("Asia/Taipei")}})
        q.addQueryItem(k, v);
    QByteArray body;
    sim.runOnSim([&](SimSite &site, SimServer &) { body = site.domainQuery(q).body; });
    const Result<QueryResult> decoded = QueryReplyDecoder::decode(body);
    QHash<qint64, double> out;
    if (!decoded)
        return out;
    if (const QueryTable *table = decoded->find(field)) {
        for (qsizetype i = 0; i < table->series.size(); ++i)
            out.insert(table->series.time(i), table->series.value(i) / 1000.0);
    }
    return out;
}

qint64 startOf(const BemsCsv::Row &row)
{
    return QDateTime(row.date, QTime(0, 0).addSecs(row.minuteOfDay * 60), kTaipei).toMSecsSinceEpoch();
}

} // namespace

class tst_AegisCliBems : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;

    CliRun run(const SimFixture &sim, const QStringList &arguments)
    {
        return CliProcess::run(QStringList{QStringLiteral("--no-keychain")} + arguments,
                               CliProcess::environment(sim.baseUrl().toString(), sim.user(), sim.password(),
                                                       m_dir.filePath(QStringLiteral("data"))));
    }

    QStringList dayRange() const
    {
        return {QStringLiteral("--start"), QDateTime(kDay, QTime(0, 0), kTaipei).toString(Qt::ISODate), QStringLiteral("--stop"),
                QDateTime(kDay.addDays(1), QTime(0, 0), kTaipei).toString(Qt::ISODate)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("AEGIS_CLI"));
        m_sim = std::make_unique<SimFixture>(simOptions());
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
    }

    void aDayRoundTripsThroughLoadCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("day.csv"));
        const CliRun exported = run(
            *m_sim, QStringList{QStringLiteral("export"), QStringLiteral("bems"), QStringLiteral("--out"), path} + dayRange());
        QVERIFY2(exported.exitCode == 0, exported.said());
        QVERIFY2(exported.out.isEmpty(), exported.said()); // the file went to --out
        QVERIFY2(exported.err.contains("96"), exported.said());
        const Result<BemsCsv::Table> table = BemsCsv::read(path);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table->rows.size(), 96);
        QCOMPARE(table->rows.constFirst().date, kDay);
        QCOMPARE(table->rows.constFirst().minuteOfDay, 0);
        QCOMPARE(table->rows.constLast().minuteOfDay, 23 * 60 + 45);

        // The figures are the emulator's own, to the watt: load, PV, and the grid's net.
        const QHash<qint64, double> load = meansKw(*m_sim, QStringLiteral("LoadPower"));
        const QHash<qint64, double> solar = meansKw(*m_sim, QStringLiteral("SolarPower"));
        const QHash<qint64, double> grid = meansKw(*m_sim, QStringLiteral("GridPower"));
        QCOMPARE(load.size(), 96);
        bool exports = false;
        bool charges = false;
        double netKWh = 0;
        double gridKWh = 0;
        for (const BemsCsv::Row &row : table->rows) {
            const qint64 t = startOf(row);
            const QByteArray at = BemsCsv::timeText(row.date, row.minuteOfDay).toUtf8();
            QVERIFY2(std::abs(row.totalLoadKw - load.value(t, -1)) <= 0.0005 + 1e-9, at.constData());
            QVERIFY2(std::abs(row.pvKw - solar.value(t, -1)) <= 0.0005 + 1e-9, at.constData());
            // The net load is metered energy (import − export over the quarter-hour); the mean grid
            // power is of per-minute readings, which miss what happens between them: where the
            // battery starts or stops inside a quarter-hour, or the sun moves, the two differ a
            // little; with neither, they agree.
            const double gridKw = grid.value(t, 1e9);
            const QByteArray net = at + " net " + QByteArray::number(row.netLoadKw) + " grid " + QByteArray::number(gridKw);
            QVERIFY2(std::abs(row.netLoadKw - gridKw) <= 1.5, net.constData());
            const bool batteryEdge = (row.minuteOfDay >= 45 && row.minuteOfDay <= 195)
                || (row.minuteOfDay >= 16 * 60 + 45 && row.minuteOfDay <= 19 * 60 + 15);
            if (row.pvKw == 0 && !batteryEdge)
                QVERIFY2(std::abs(row.netLoadKw - gridKw) <= 0.05, net.constData());
            netKWh += row.netLoadKw / 4;
            gridKWh += gridKw / 4;
            exports = exports || row.netLoadKw < -1;
            // The schedule's 01:00–03:00 charge: the grid carries more than the load.
            charges = charges || row.netLoadKw > row.totalLoadKw - row.pvKw + 5;
        }
        QVERIFY2(std::abs(netKWh - gridKWh) <= 0.01 * std::abs(gridKWh),
                 qPrintable(QStringLiteral("%1 %2").arg(netKWh).arg(gridKWh)));
        QVERIFY(exports);
        QVERIFY(charges);

        // The emulator reads the file back as its load on that day.
        SimFixture replay(simOptions(path));
        QVERIFY2(replay.isRunning(), qPrintable(replay.error()));
        const QHash<qint64, double> replayed = meansKw(replay, QStringLiteral("LoadPower"));
        QCOMPARE(replayed.size(), 96);
        for (const BemsCsv::Row &row : table->rows)
            QVERIFY2(std::abs(replayed.value(startOf(row), -1) - row.totalLoadKw) <= 0.0005 + 1e-9,
                     qPrintable(BemsCsv::timeText(row.date, row.minuteOfDay)));

        // - writes to stdout, byte for byte the file.
        const CliRun stdoutRun =
            run(*m_sim,
                QStringList{QStringLiteral("export"), QStringLiteral("bems"), QStringLiteral("--out"), QStringLiteral("-")}
                    + dayRange());
        QVERIFY2(stdoutRun.exitCode == 0, stdoutRun.said());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(stdoutRun.out, file.readAll());
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString day = QDateTime(kDay, QTime(0, 0), kTaipei).toString(Qt::ISODate);
        const QStringList bems{QStringLiteral("export"), QStringLiteral("bems")};
        QTest::newRow("no start") << bems << 2 << QStringLiteral("needs --start");
        QTest::newRow("not a time") << bems + QStringList{QStringLiteral("--start"), QStringLiteral("yesterday")} << 2
                                    << QStringLiteral("--start:");
        QTest::newRow("backwards") << bems
                + QStringList{QStringLiteral("--start"), day, QStringLiteral("--stop"),
                              QDateTime(kDay.addDays(-1), QTime(0, 0), kTaipei).toString(Qt::ISODate)}
                                   << 2 << QStringLiteral("--stop must come after --start");
        QTest::newRow("too long") << bems
                + QStringList{QStringLiteral("--start"), day, QStringLiteral("--stop"),
                              QDateTime(kDay.addDays(367), QTime(0, 0), kTaipei).toString(Qt::ISODate)}
                                  << 2 << QStringLiteral("at most 366 days");
        QTest::newRow("no whole quarter-hour") << bems
                + QStringList{QStringLiteral("--start"), QStringLiteral("2026-03-10T00:01:00+08:00"), QStringLiteral("--stop"),
                              QStringLiteral("2026-03-10T00:14:00+08:00")}
                                               << 2 << QStringLiteral("no quarter-hour");
        QTest::newRow("json") << bems
                + QStringList{QStringLiteral("--start"), day, QStringLiteral("--format"), QStringLiteral("json")}
                              << 2 << QStringLiteral("--format needs csv");
        QTest::newRow("option of another command")
            << bems + QStringList{QStringLiteral("--start"), day, QStringLiteral("--every"), QStringLiteral("1d")} << 2
            << QStringLiteral("--every does not apply to export bems");
        QTest::newRow("export what") << QStringList{QStringLiteral("export"), QStringLiteral("pdf")} << 2
                                     << QStringLiteral("export needs bems");
        QTest::newRow("before the data") << bems
                + QStringList{QStringLiteral("--start"), QStringLiteral("2020-01-01T00:00:00Z"), QStringLiteral("--stop"),
                              QStringLiteral("2020-01-02T00:00:00Z")}
                                         << 4 << QStringLiteral("no data for this range");
        QTest::newRow("unwritable file") << bems
                + QStringList{QStringLiteral("--start"), day,
                              QStringLiteral("--stop"),  QDateTime(kDay, QTime(1, 0), kTaipei).toString(Qt::ISODate),
                              QStringLiteral("--out"),   QStringLiteral("/nonexistent-dir/x.csv")}
                                         << 1 << QStringLiteral("cannot write /nonexistent-dir/x.csv");
    }
    void badInputIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const CliRun r = run(*m_sim, arguments);
        QVERIFY2(r.exitCode == exitCode, r.said());
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.said());
        QVERIFY2(r.out.isEmpty(), r.said());
    }
};

QTEST_GUILESS_MAIN(tst_AegisCliBems)
#include "tst_AegisCliBems.moc"
