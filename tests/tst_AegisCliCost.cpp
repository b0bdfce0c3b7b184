// aegis-cli's tariff and cost commands against an in-process emulator: tariff list and show
// (built-in plans and the operator's folder), schedule cost against core's ScheduleCost for the
// same inputs, schedule suggest's JSON contract (issue 15) and its --out through schedule set,
// and the metered cost of a day against the emulator's own energies.

#include "client/CostInputsQueries.h"
#include "client/QueryReplyDecoder.h"
#include "core/ScheduleCost.h"
#include "core/TariffLibrary.h"
#include "sim/SimSite.h"
#include "support/CliProcess.h"
#include "support/SimFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

namespace {

const QTimeZone kTaipei("Asia/Taipei");
const SiteScope kSite{182, 187};
const QString kPlan = QStringLiteral("taipower-hv-three-period");

using CliRun = CliProcess;

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

} // namespace

class tst_AegisCliCost : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;

    CliRun run(const QStringList &arguments)
    {
        return CliProcess::run(arguments,
                               CliProcess::environment(m_sim->baseUrl().toString(), m_sim->user(), m_sim->password(),
                                                       m_dir.filePath(QStringLiteral("data"))));
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

    // A query answered by the emulator in process, decoded.
    QueryResult simQuery(const QUrlQuery &query, bool device = false)
    {
        QByteArray body;
        m_sim->runOnSim(
            [&](SimSite &site, SimServer &) { body = (device ? site.deviceQuery(query) : site.domainQuery(query)).body; });
        const Result<QueryResult> decoded = QueryReplyDecoder::decode(body);
        if (!decoded)
            qFatal("the emulator's reply does not decode: %s", qPrintable(decoded.error()));
        return *decoded;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("AEGIS_CLI"));
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 9;
        // The day's bill is checked against a battery that charges on schedule: a dated
        // grid-operator cap that falls on the day tested (they move with the calendar) would
        // cut that charge, so these tests run without them.
        options.gridEvents = false;
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
    }

    void tariffListShowsBuiltInPlansAndTheOperatorsFiles()
    {
        const QString folder = m_dir.filePath(QStringLiteral("plans"));
        QVERIFY(QDir().mkpath(folder));
        Tariff mine = TariffLibrary::builtIn(QStringLiteral("taipower-hv-two-period")).value();
        mine.name = QStringLiteral("Our plan");
        mine.feedInRate = 1.5;
        mine.contractKw = 80;
        QVERIFY(TariffLibrary(folder).save(QStringLiteral("ours"), mine).ok());
        writeFile(QStringLiteral("plans/broken.json"),
                  "{\n  \"format\": \"aegis-tariff\",\n  \"version\": 1,\n  \"nmae\": 1\n}\n");

        const CliRun list = run({QStringLiteral("tariff"), QStringLiteral("list"), QStringLiteral("--tariff-dir"), folder});
        QVERIFY2(list.exitCode == 0, list.said());
        const QJsonArray plans = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(plans.size(), 5);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(plans.at(i)[QStringLiteral("source")].toString(), QStringLiteral("built-in"));
            QVERIFY(plans.at(i)[QStringLiteral("error")].isNull());
        }
        QCOMPARE(plans.at(3)[QStringLiteral("id")].toString(), QStringLiteral("broken"));
        QCOMPARE(plans.at(3)[QStringLiteral("source")].toString(), QStringLiteral("file"));
        QVERIFY2(plans.at(3)[QStringLiteral("error")].toString().contains(QStringLiteral("broken.json:")), list.said());
        QCOMPARE(plans.at(4)[QStringLiteral("id")].toString(), QStringLiteral("ours"));
        QCOMPARE(plans.at(4)[QStringLiteral("name")].toString(), QStringLiteral("Our plan"));

        const CliRun text = run({QStringLiteral("tariff"), QStringLiteral("list"), QStringLiteral("--format"),
                                 QStringLiteral("text"), QStringLiteral("--tariff-dir"), folder});
        QVERIFY2(text.exitCode == 0 && text.out.contains("ours\tOur plan\tfile ") && text.out.contains("built-in"), text.said());

        // The folder shared with the app is the default.
        const CliRun shared = run({QStringLiteral("tariff"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(shared.out).array().size(), 3);
        QVERIFY(TariffLibrary(m_dir.filePath(QStringLiteral("data/AEGIS/aegis-console/tariffs")))
                    .save(QStringLiteral("shared"), mine)
                    .ok());
        QCOMPARE(QJsonDocument::fromJson(run({QStringLiteral("tariff"), QStringLiteral("list")}).out).array().size(), 4);

        const CliRun show = run(
            {QStringLiteral("tariff"), QStringLiteral("show"), QStringLiteral("ours"), QStringLiteral("--tariff-dir"), folder});
        QVERIFY2(show.exitCode == 0, show.said());
        const QJsonObject plan = show.object();
        QCOMPARE(plan[QStringLiteral("name")].toString(), QStringLiteral("Our plan"));
        QCOMPARE(plan[QStringLiteral("feed_in_ntd_per_kwh")].toDouble(), 1.5);
        QCOMPARE(plan[QStringLiteral("contract_kw")].toDouble(), 80.0);
        const QJsonArray seasons = plan[QStringLiteral("seasons")].toArray();
        QCOMPARE(seasons.size(), 2);
        const QJsonObject summer = seasons.at(0).toObject();
        QCOMPARE(summer[QStringLiteral("basic_charge_ntd_per_kw_month")].toDouble(), 223.6);
        const QJsonArray weekday = summer[QStringLiteral("weekday")].toArray();
        QCOMPARE(weekday.at(1)[QStringLiteral("from")].toString(), QStringLiteral("09:00"));
        QCOMPARE(weekday.at(1)[QStringLiteral("to")].toString(), QStringLiteral("24:00"));
        QCOMPARE(weekday.at(1)[QStringLiteral("price_ntd_per_kwh")].toDouble(), 6.75);

        const CliRun builtIn =
            run({QStringLiteral("tariff"), QStringLiteral("show"), kPlan, QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY2(builtIn.exitCode == 0 && builtIn.out.contains("NT$/kWh")
                     && builtIn.out.contains("Off-peak days known for: 2025"),
                 builtIn.said());
        const CliRun missing = run({QStringLiteral("tariff"), QStringLiteral("show"), QStringLiteral("nosuch")});
        QVERIFY2(missing.exitCode == 2 && missing.err.contains("nosuch"), missing.said());
        const CliRun broken = run(
            {QStringLiteral("tariff"), QStringLiteral("show"), QStringLiteral("broken"), QStringLiteral("--tariff-dir"), folder});
        QVERIFY2(broken.exitCode == 2 && broken.err.contains("broken.json:"), broken.said());
    }

    void scheduleCostRefusesWhatItCannotPrice()
    {
        const CliRun noPlan = run({QStringLiteral("schedule"), QStringLiteral("cost")});
        QVERIFY2(noPlan.exitCode == 2 && noPlan.err.contains("--tariff"), noPlan.said());
        const CliRun unknown =
            run({QStringLiteral("schedule"), QStringLiteral("cost"), QStringLiteral("--tariff"), QStringLiteral("nosuch")});
        QVERIFY2(unknown.exitCode == 2, unknown.said());
        const CliRun dayType = run({QStringLiteral("schedule"), QStringLiteral("cost"), QStringLiteral("--tariff"), kPlan,
                                    QStringLiteral("--day-type"), QStringLiteral("holiday")});
        QVERIFY2(dayType.exitCode == 2 && dayType.err.contains("weekday, saturday or sunday"), dayType.said());
        const CliRun avail = run({QStringLiteral("schedule"), QStringLiteral("cost"), QStringLiteral("--tariff"), kPlan,
                                  QStringLiteral("--avail"), QStringLiteral("50")});
        QVERIFY2(avail.exitCode == 2 && avail.err.contains("--connection-kw"), avail.said());
        const QString overlapping = writeFile(
            QStringLiteral("overlap.json"),
            R"({"windows": [{"start": "01:00", "stop": "03:00", "power_w": 1000}, {"start": "02:00", "stop": "04:00", "power_w": 1000}]})");
        const CliRun rules =
            run({QStringLiteral("schedule"), QStringLiteral("cost"), overlapping, QStringLiteral("--tariff"), kPlan});
        QVERIFY2(rules.exitCode == 2, rules.said());
        const CliRun bill = run({QStringLiteral("cost"), QStringLiteral("--tariff"), kPlan, QStringLiteral("--start"),
                                 QStringLiteral("-2d"), QStringLiteral("--every"), QStringLiteral("1w")});
        QVERIFY2(bill.exitCode == 2 && bill.err.contains("1d or 1mo"), bill.said());
        const CliRun windows =
            run({QStringLiteral("schedule"), QStringLiteral("suggest"), QStringLiteral("--max-windows"), QStringLiteral("0")});
        QVERIFY2(windows.exitCode == 2, windows.said());
    }

    void scheduleCostEqualsTheCostModelForTheSameInputs()
    {
        const QString file = writeFile(
            QStringLiteral("windows.json"),
            R"({"windows": [{"start": "00:00", "stop": "06:00", "power_w": 8000}, {"start": "16:00", "stop": "20:00", "power_w": -15000}]})");
        const QStringList arguments{QStringLiteral("schedule"),
                                    QStringLiteral("cost"),
                                    file,
                                    QStringLiteral("--tariff"),
                                    kPlan,
                                    QStringLiteral("--day-type"),
                                    QStringLiteral("weekday"),
                                    QStringLiteral("--soc-start"),
                                    QStringLiteral("50"),
                                    QStringLiteral("--connection-kw"),
                                    QStringLiteral("40"),
                                    QStringLiteral("--avail"),
                                    QStringLiteral("50"),
                                    QStringLiteral("--export-limit-kw"),
                                    QStringLiteral("5")};
        const CliRun r = run(arguments);
        QVERIFY2(r.exitCode == 0, r.said());
        const QJsonObject o = r.object();

        // The same inputs, read from the emulator in process, through the one cost model.
        const Tariff tariff = TariffLibrary::builtIn(kPlan).value();
        CostInputs inputs;
        CostInputsQueries::readHistory(simQuery(CostInputsQueries::history(kSite, kTaipei).toQuery()), inputs);
        CostInputsQueries::readBattery(simQuery(CostInputsQueries::battery(kSite, kTaipei).toQuery()), inputs);
        const QDate today = QDateTime::currentDateTime().toTimeZone(kTaipei).date();
        const QDate date = QDate::fromString(o[QStringLiteral("date")].toString(), Qt::ISODate);
        QVERIFY(date >= today && date < today.addDays(7));
        QCOMPARE(tariff.dayType(date), TariffDayType::Weekday);
        CostInput input;
        ScheduleWindow night;
        night.startSecond = 0;
        night.stopSecond = 6 * 3600;
        night.powerW = 8000;
        ScheduleWindow evening;
        evening.startSecond = 16 * 3600;
        evening.stopSecond = 20 * 3600;
        evening.powerW = -15000;
        input.schedule = Schedule({night, evening});
        input.battery.capacityKWh = inputs.capacityKWh;
        input.startSocPercent = 50;
        input.limits.connectionKw = 40;
        input.limits.setAvail(50);
        input.limits.exportLimitKw = 5;
        input.dayType = TariffDayType::Weekday;
        input.season = tariff.season(date)->id;
        std::array<DayProfile, kTariffDayTypes> profiles;
        for (int type = 0; type < kTariffDayTypes; ++type)
            profiles[size_t(type)] =
                DayProfile::typical(TariffDayType(type), inputs.loadW, inputs.solarW, tariff, kTaipei, today);
        const DayCost day = ScheduleCost::day(input, profiles[0], tariff);
        const MonthCost month = ScheduleCost::month(input, profiles, tariff, date);

        QVERIFY(day.importKWh > 0);
        QVERIFY(near(o[QStringLiteral("import_kwh")].toDouble(), day.importKWh));
        QVERIFY(near(o[QStringLiteral("export_kwh")].toDouble(), day.exportKWh));
        QVERIFY(near(o[QStringLiteral("curtailed_kwh")].toDouble(), day.curtailedKWh));
        QVERIFY(near(o[QStringLiteral("net_cost_ntd")].toDouble(), day.netCost()));
        QVERIFY(near(o[QStringLiteral("import_cost_ntd")].toDouble(), day.importCost));
        QVERIFY(near(o[QStringLiteral("peak_import_kw")].toDouble(), day.peakImportKw));
        QVERIFY(near(o[QStringLiteral("cap_cut_kwh")].toDouble(), day.capCutKWh));
        QVERIFY(near(o[QStringLiteral("overrun_kwh")].toDouble(), day.overrunKWh));
        QVERIFY(near(o[QStringLiteral("soc_end_pct")].toDouble(), day.endSocPercent));
        QCOMPARE(o[QStringLiteral("import_cap_kw")].toDouble(), 20.0);
        QCOMPARE(o[QStringLiteral("export_limit_kw")].toDouble(), 5.0);
        QCOMPARE(o[QStringLiteral("season")].toString(), input.season);
        QCOMPARE(o[QStringLiteral("schedule")].toString(), file);
        const QJsonObject m = o[QStringLiteral("month")].toObject();
        QVERIFY(near(m[QStringLiteral("energy_cost_ntd")].toDouble(), month.energyCost));
        QVERIFY(near(m[QStringLiteral("basic_charge_ntd")].toDouble(), month.basicCharge));
        QVERIFY(near(m[QStringLiteral("total_ntd")].toDouble(), month.total()));

        // CSV: the 96 quarter-hours from local midnight; text: a summary.
        const CliRun csv = run(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.exitCode == 0, csv.said());
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + kStepsPerDay);
        QVERIFY(lines.at(0).startsWith("start (Asia/Taipei),period,import price (NT$/kWh)"));
        QVERIFY(lines.at(1).startsWith(QByteArray(date.toString(Qt::ISODate).toLatin1() + "T00:00:00.000+08:00,")));
        const CliRun text = run(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY2(text.exitCode == 0 && text.out.contains("NT$"), text.said());

        // Without FILE: the server's schedule.
        const CliRun server = run({QStringLiteral("schedule"), QStringLiteral("cost"), QStringLiteral("--tariff"), kPlan});
        QVERIFY2(server.exitCode == 0, server.said());
        QCOMPARE(server.object()[QStringLiteral("schedule")].toString(), QStringLiteral("server"));
        QCOMPARE(server.object()[QStringLiteral("windows")].toArray().size(), 2);
    }

    void suggestFollowsItsJsonContract()
    {
        const QString out = m_dir.filePath(QStringLiteral("suggested.json"));
        const CliRun r =
            run({QStringLiteral("schedule"), QStringLiteral("suggest"), QStringLiteral("--day-type"), QStringLiteral("weekday"),
                 QStringLiteral("--soc-start"), QStringLiteral("50"), QStringLiteral("--connection-kw"), QStringLiteral("60"),
                 QStringLiteral("--export-limit-kw"), QStringLiteral("20"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.said());
        const QJsonObject o = r.object();
        for (const char *key : {"steps", "windows", "cost", "battery", "violations"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonArray steps = o[QStringLiteral("steps")].toArray();
        QCOMPARE(steps.size(), kStepsPerDay);
        const QDate date = QDate::fromString(o[QStringLiteral("date")].toString(), Qt::ISODate);
        double planCost = 0;
        for (int k = 0; k < steps.size(); ++k) {
            const QJsonObject s = steps.at(k).toObject();
            for (const char *key : {"start", "import_price", "feedin_price", "pv_w", "load_w", "import_cap_w", "export_cap_w",
                                    "plan_battery_w", "soc_pct"})
                QVERIFY2(s.contains(QLatin1String(key)), key);
            QCOMPARE(s[QStringLiteral("start")].toString(),
                     QDateTime(date, QTime(0, 0).addSecs(k * 900), kTaipei).toString(Qt::ISODate));
            QCOMPARE(s[QStringLiteral("import_cap_w")].toDouble(), 60'000.0);
            QCOMPARE(s[QStringLiteral("export_cap_w")].toDouble(), 20'000.0);
            // The cost model of docs/suggest.md, from the step's own figures.
            const double net = s[QStringLiteral("load_w")].toDouble() - s[QStringLiteral("pv_w")].toDouble()
                + s[QStringLiteral("plan_battery_w")].toDouble();
            const double imported = std::max(net, 0.0);
            const double exported = std::min(std::max(-net, 0.0), s[QStringLiteral("export_cap_w")].toDouble());
            planCost += 0.25
                * (imported * s[QStringLiteral("import_price")].toDouble()
                   - exported * s[QStringLiteral("feedin_price")].toDouble())
                / 1000.0;
        }
        QCOMPARE(steps.at(0)[QStringLiteral("start")].toString(), date.toString(Qt::ISODate) + QStringLiteral("T00:00:00+08:00"));
        QCOMPARE(steps.at(0)[QStringLiteral("soc_pct")].toDouble(), 50.0);
        const QJsonObject cost = o[QStringLiteral("cost")].toObject();
        for (const char *key : {"plan_ntd", "windows_ntd", "server_schedule_ntd"})
            QVERIFY2(cost[QLatin1String(key)].isDouble(), key);
        QVERIFY2(std::abs(planCost - cost[QStringLiteral("plan_ntd")].toDouble()) < 0.01,
                 qPrintable(QStringLiteral("%1 vs %2").arg(planCost).arg(cost[QStringLiteral("plan_ntd")].toDouble())));
        const QJsonObject battery = o[QStringLiteral("battery")].toObject();
        for (const char *key : {"capacity_kwh", "soc_min_pct", "soc_max_pct", "max_charge_w", "max_discharge_w",
                                "charge_efficiency", "discharge_efficiency"})
            QVERIFY2(battery[QLatin1String(key)].isDouble(), key);
        const QJsonArray windows = o[QStringLiteral("windows")].toArray();
        QVERIFY(!windows.isEmpty() && windows.size() <= 8);
        for (const QJsonValue &w : windows) {
            QVERIFY(
                QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d$")).match(w[QStringLiteral("start")].toString()).hasMatch());
            QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d$")).match(w[QStringLiteral("stop")].toString()).hasMatch());
            QVERIFY(w[QStringLiteral("power_w")].isDouble() && w[QStringLiteral("power_w")].toDouble() != 0);
        }
        QVERIFY(o[QStringLiteral("violations")].isArray());

        // --out is a FILE schedule set sends; the server then holds exactly the suggested windows.
        const CliRun set = run({QStringLiteral("schedule"), QStringLiteral("set"), out});
        QVERIFY2(set.exitCode == 0, set.said());
        const CliRun get = run({QStringLiteral("schedule"), QStringLiteral("get")});
        QVERIFY2(get.exitCode == 0, get.said());
        QJsonArray held = get.object()[QStringLiteral("windows")].toArray();
        QCOMPARE(held.size(), windows.size());
        for (qsizetype i = 0; i < held.size(); ++i) {
            // schedule get sorts by start; the suggestion too.
            QCOMPARE(held.at(i)[QStringLiteral("start")].toString(), windows.at(i)[QStringLiteral("start")].toString());
            QCOMPARE(held.at(i)[QStringLiteral("stop")].toString(), windows.at(i)[QStringLiteral("stop")].toString());
            QCOMPARE(held.at(i)[QStringLiteral("power_w")].toDouble(), windows.at(i)[QStringLiteral("power_w")].toDouble());
        }
    }

    void anImpossibleSuggestionNamesTheLimitItBreaks()
    {
        // An import cap of 2 kW below a load of several kW, and an end SOC the cap cannot reach.
        const CliRun r =
            run({QStringLiteral("schedule"), QStringLiteral("suggest"), QStringLiteral("--soc-start"), QStringLiteral("20"),
                 QStringLiteral("--soc-end"), QStringLiteral("95"), QStringLiteral("--connection-kw"), QStringLiteral("20"),
                 QStringLiteral("--avail"), QStringLiteral("10")});
        QVERIFY2(r.exitCode == 0, r.said());
        const QJsonArray violations = r.object()[QStringLiteral("violations")].toArray();
        QVERIFY2(!violations.isEmpty(), r.said());
        QStringList keys;
        for (const QJsonValue &v : violations) {
            keys << v[QStringLiteral("key")].toString();
            QVERIFY(v[QStringLiteral("amount")].toDouble() > 0);
        }
        QVERIFY2(keys.contains(QStringLiteral("import_cap")), qPrintable(keys.join(u',')));
        const CliRun text = run({QStringLiteral("schedule"), QStringLiteral("suggest"), QStringLiteral("--soc-start"),
                                 QStringLiteral("20"), QStringLiteral("--format"), QStringLiteral("text")});
        QVERIFY2(text.exitCode == 0 && text.out.contains("Suggested windows"), text.said());
    }

    void aServerAtAnotherDateIsModelledFromItsOwnWeeks()
    {
        // An emulator started in April: "the last four weeks" are the server's, not this
        // machine's, or the usual day would hold no load at all.
        SimOptions options = SimFixture::testOptions();
        options.startMs = QDateTime(QDate(2026, 4, 15), QTime(12, 0), kTaipei).toMSecsSinceEpoch();
        options.historyDays = 14;
        options.gridEvents = false;
        auto april = std::make_unique<SimFixture>(options);
        QVERIFY2(april->isRunning(), qPrintable(april->error()));
        std::swap(m_sim, april);
        const QString windows = m_dir.filePath(QStringLiteral("april.json"));
        const CliRun r = run({QStringLiteral("schedule"), QStringLiteral("suggest"), QStringLiteral("--date"),
                              QStringLiteral("2026-04-16"), QStringLiteral("--tariff"), kPlan, QStringLiteral("--out"), windows});
        // And the units online by the server's clock (its replies' Date), so the windows are sent.
        const CliRun sent = run({QStringLiteral("schedule"), QStringLiteral("set"), windows});
        std::swap(m_sim, april);
        QVERIFY2(sent.exitCode == 0, sent.said());
        QVERIFY2(r.exitCode == 0, r.said());
        const QJsonArray steps = r.object()[QStringLiteral("steps")].toArray();
        QCOMPARE(steps.size(), kStepsPerDay);
        double loadKWh = 0;
        for (const QJsonValue &step : steps)
            loadKWh += step[QStringLiteral("load_w")].toDouble() / 1000.0 * kStepHours;
        QVERIFY2(loadKWh > 100, qPrintable(QString::number(loadKWh))); // building K uses ~300 kWh a day
        QVERIFY(!r.object()[QStringLiteral("windows")].toArray().isEmpty());
    }

    void theFirstQuarterHourOfARangeCountsItsFirstMinute()
    {
        // Energies are differences of counters: the range's first minute needs the reading before
        // it. The first quarter-hour of a range must equal the same quarter-hour inside a longer one.
        const QDate yesterday = QDateTime::currentDateTime().toTimeZone(kTaipei).date().addDays(-1);
        const QDateTime from(yesterday, QTime(0, 0), kTaipei);
        const QDateTime to(yesterday, QTime(6, 0), kTaipei);
        const QueryResult first = simQuery(CostInputsQueries::energies(kSite, kTaipei, from, to).toQuery());
        const QueryResult inside = simQuery(CostInputsQueries::energies(kSite, kTaipei, from.addSecs(-3600), to).toQuery());
        const qint64 t = from.toMSecsSinceEpoch();
        for (QStringView field : {u"GridEnergy", u"BatteryChargeEnergy", u"BatteryDischargeEnergy"}) {
            const TimeSeries &a = first.find(field)->series;
            const TimeSeries &b = inside.find(field)->series;
            const qsizetype i = a.lowerBound(t);
            const qsizetype j = b.lowerBound(t);
            QVERIFY(i < a.size() && a.time(i) == t && j < b.size() && b.time(j) == t);
            QVERIFY2(std::abs(a.value(i) - b.value(j)) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(field).arg(a.value(i)).arg(b.value(j))));
        }
        QVERIFY(first.find(u"GridEnergy")->series.value(first.find(u"GridEnergy")->series.lowerBound(t)) > 0);
    }

    void costOfADayFromTheMetersAndWhatTheBatterySaved()
    {
        const QDate yesterday = QDateTime::currentDateTime().toTimeZone(kTaipei).date().addDays(-1);
        const QDateTime from(yesterday.addDays(-1), QTime(0, 0), kTaipei);
        const QDateTime to(yesterday.addDays(1), QTime(0, 0), kTaipei);
        const CliRun r = run({QStringLiteral("cost"), QStringLiteral("--start"), iso(from), QStringLiteral("--stop"), iso(to),
                              QStringLiteral("--every"), QStringLiteral("1d"), QStringLiteral("--tariff"), kPlan});
        QVERIFY2(r.exitCode == 0, r.said());
        const QJsonArray periods = r.object()[QStringLiteral("periods")].toArray();
        QCOMPARE(periods.size(), 2);
        const QJsonObject day = periods.at(1).toObject();
        QCOMPARE(day[QStringLiteral("first")].toString(), yesterday.toString(Qt::ISODate));
        QCOMPARE(day[QStringLiteral("steps")].toInt(), kStepsPerDay);
        QCOMPARE(day[QStringLiteral("missing_steps")].toInt(), 0);

        // The emulator's own daily energies (a range's total leaves out its first minute, which
        // the quarter-hours count: within 1 %), and the day priced quarter-hour by quarter-hour here.
        const QDateTime start(yesterday, QTime(0, 0), kTaipei);
        DomainQuery daily = kSite.domainQuery();
        daily.range(QueryTimeArg(start), QueryTimeArg(to))
            .fields({u"GridEnergy", u"BatteryChargeEnergy", u"BatteryDischargeEnergy"});
        const QueryResult totals = simQuery(daily.toQuery());
        const auto total = [&totals](QStringView field) { return totals.find(field)->series.value(0); };
        QVERIFY2(
            near(day[QStringLiteral("import_kwh")].toDouble(), total(u"GridEnergy"), 1e-2),
            qPrintable(QStringLiteral("%1 vs %2").arg(day[QStringLiteral("import_kwh")].toDouble()).arg(total(u"GridEnergy"))));
        QVERIFY(near(day[QStringLiteral("charge_kwh")].toDouble(), total(u"BatteryChargeEnergy"), 1e-2));
        QVERIFY(near(day[QStringLiteral("discharge_kwh")].toDouble(), total(u"BatteryDischargeEnergy"), 1e-2));
        QVERIFY(day[QStringLiteral("charge_kwh")].toDouble() > 1);
        const Tariff tariff = TariffLibrary::builtIn(kPlan).value();
        const QueryResult steps = simQuery(CostInputsQueries::energies(kSite, kTaipei, from, to).toQuery());
        const TimeSeries import = steps.find(u"GridEnergy")->series;
        double cost = 0;
        for (qsizetype i = import.lowerBound(start.toMSecsSinceEpoch()); i < import.size(); ++i)
            cost += import.value(i)
                * tariff.priceAt(QDateTime::fromMSecsSinceEpoch(import.time(i), QTimeZone::utc()), kTaipei).price();
        QVERIFY(near(day[QStringLiteral("import_cost_ntd")].toDouble(), cost, 1e-6));
        QVERIFY(day[QStringLiteral("export_kwh")].toDouble() >= 0);
        QVERIFY(near(day[QStringLiteral("battery_saved_ntd")].toDouble(),
                     day[QStringLiteral("without_battery_net_cost_ntd")].toDouble()
                         - day[QStringLiteral("net_cost_ntd")].toDouble()));
        // The battery moved energy, so the day without it differs.
        QVERIFY(day[QStringLiteral("without_battery_import_kwh")].toDouble() != day[QStringLiteral("import_kwh")].toDouble());

        const CliRun month = run({QStringLiteral("cost"), QStringLiteral("--start"), iso(from), QStringLiteral("--stop"), iso(to),
                                  QStringLiteral("--every"), QStringLiteral("1mo"), QStringLiteral("--tariff"), kPlan,
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(month.exitCode == 0, month.said());
        QVERIFY(month.out.startsWith("first (Asia/Taipei),last (Asia/Taipei),quarter-hours,missing quarter-hours,import (kWh)"));
        QVERIFY(month.out.trimmed().split('\n').size() >= 2);
    }
};

QTEST_GUILESS_MAIN(tst_AegisCliCost)
#include "tst_AegisCliCost.moc"
