// The projection against the emulator: run building K's SiteModel forward 24 h with a
// schedule and check that the projected SOC follows the emulated one, minute by minute, and
// that each warning's instant is where the emulated battery reaches its limit.
#include "core/SocProjection.h"
#include "sim/PowerScheduler.h"
#include "sim/SiteModel.h"

#include <QtTest>
#include <cmath>
#include <memory>

namespace {

constexpr int kHour = 3600;
constexpr qint64 kDayMs = 86'400'000;
constexpr int kHistoryDays = 3; // two days of load for "same time yesterday", and a settled SOC

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

ScheduleWindow window(int startSecond, int stopSecond, double powerW)
{
    return ScheduleWindow{startSecond, stopSecond, powerW, {}};
}

TimeSeries toTimeSeries(const StoredSeries &stored, qint64 fromMs, qint64 toMs)
{
    TimeSeries series;
    for (qsizetype i = stored.lowerBound(fromMs); i < stored.size() && stored.time(i) < toMs; ++i)
        series.append(stored.time(i), stored.value(i));
    return series;
}

// Linear between the projection's points, as the chart draws it.
double projectedAt(const TimeSeries &soc, qint64 t)
{
    const qsizetype i = soc.lowerBound(t);
    if (i < soc.size() && soc.time(i) == t)
        return soc.value(i);
    const double f = double(t - soc.time(i - 1)) / double(soc.time(i) - soc.time(i - 1));
    return soc.value(i - 1) + f * (soc.value(i) - soc.value(i - 1));
}

// The scheduled units together, as the projection sees them.
BatteryModel batteryOf(const SiteModel &site)
{
    BatteryModel model;
    model.capacityKWh = model.maxChargeW = model.maxDischargeW = 0;
    for (const SiteModel::Battery &b : site.batteries()) {
        if (!b.scheduled || !b.online)
            continue;
        model.capacityKWh += b.capacityKWh;
        model.maxChargeW += b.maxChargeW;
        model.maxDischargeW += b.maxDischargeW;
        model.socMinPercent = b.socMin;
        model.socMaxPercent = b.socMax;
        model.chargeEfficiency = b.chargeEfficiency;
        model.dischargeEfficiency = b.dischargeEfficiency;
    }
    return model;
}

} // namespace

class tst_SocProjectionVsSim : public QObject
{
    Q_OBJECT

private slots:
    void projectionFollowsTheEmulator_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<int>("warnings");

        const QByteArray taipei("Asia/Taipei");
        // Friday 2025-06-20 12:00 in Taipei.
        const QDateTime noon = utc(2025, 6, 20, 4);
        // The emulator's default crons (docs/aegis-api.md §7): the discharge empties the battery
        // (2 h × 20 kW / 0.95 = 42 kWh from the 26 kWh the settled units hold above 10 %).
        QTest::newRow("vendor example") << taipei << noon
                                        << Schedule({window(17 * kHour, 19 * kHour, -20000), window(1 * kHour, 3 * kHour, 10000)})
                                        << 1;
        // 3 h × 30 kW × 0.95 = 85.5 kWh cannot fit: full before noon; then a discharge across
        // midnight that empties it.
        QTest::newRow("full, then a midnight pair that empties")
            << taipei << utc(2025, 6, 19, 18) // 02:00 local, after yesterday's pair
            << Schedule(
                   {window(9 * kHour, 12 * kHour, 30000), window(22 * kHour, 24 * kHour, -25000), window(0, 1 * kHour, -25000)})
            << 2;
        QTest::newRow("no windows") << taipei << noon << Schedule() << 0;
        // Europe/Berlin on 2025-03-30: 01:00–02:30 runs only from 01:00 CET to the jump to
        // 03:00 CEST (00:00Z–01:00Z). The evening discharge (2 h × 15 kW / 0.95 = 45.8 % of
        // 69 kWh) takes more than the night charge (1.5 h × 20 kW × 0.95 = 41.3 %) put back.
        QTest::newRow("spring forward in Berlin")
            << QByteArray("Europe/Berlin") << utc(2025, 3, 29, 12)
            << Schedule({window(1 * kHour, 2 * kHour + 1800, 20000), window(18 * kHour, 20 * kHour, -15000)}) << 1;
    }

    void projectionFollowsTheEmulator()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, now);
        QFETCH(Schedule, schedule);
        QFETCH(int, warnings);

        const qint64 nowMs = now.toMSecsSinceEpoch();
        const qint64 origin = nowMs - kHistoryDays * kDayMs;
        PowerScheduler scheduler(4, 187, QTimeZone(zone), schedule, origin);
        SiteModel site(7, origin, WeatherModel(7), LoadModel(7), &scheduler);
        site.advanceTo(nowMs);

        // What the schedule editor would know at now: SOC, the load of the last two days, the forecast.
        const StoredSeries &soc = site.siteSeries(SiteModel::BatSoC);
        const qsizetype nowIndex = soc.lowerBound(nowMs);
        QCOMPARE(soc.time(nowIndex), nowMs);
        ProjectionInput input;
        input.now = now;
        input.zone = QTimeZone(zone);
        input.schedule = schedule;
        input.battery = batteryOf(site);
        input.socPercent = soc.value(nowIndex);
        input.recentLoadW = toTimeSeries(site.siteSeries(SiteModel::LoadPower), nowMs - 2 * kDayMs, nowMs);
        input.solarForecastW = toTimeSeries(site.forecastSeries(SiteModel::PredictionSolarPower), nowMs, nowMs + 2 * kDayMs);
        const SocProjectionResult projection = SocProjection::project(input);
        QVERIFY(projection.isValid());

        site.advanceTo(nowMs + kDayMs);
        // The windows really move the emulated battery, so the comparison compares something.
        const TimeSeries emulated = toTimeSeries(soc, nowMs, nowMs + kDayMs + 1);
        const TimeSeries::Range swing = *emulated.valueRange();
        QVERIFY(schedule.isEmpty() ? swing.max == swing.min : swing.max - swing.min > 20.0);
        double worst = 0;
        qint64 worstAt = nowMs;
        for (qsizetype i = nowIndex; i < soc.size() && soc.time(i) <= nowMs + kDayMs; ++i) {
            const double diff = std::abs(projectedAt(projection.socPercent, soc.time(i)) - soc.value(i));
            if (diff > worst) {
                worst = diff;
                worstAt = soc.time(i);
            }
        }
        qInfo("largest difference %.4f %% at %s", worst,
              qPrintable(QDateTime::fromMSecsSinceEpoch(worstAt, Qt::UTC).toString(Qt::ISODate)));
        // The same model on the same minutes: only the emulator's float storage differs.
        QVERIFY2(worst < 0.1, qPrintable(QStringLiteral("projected SOC is %1 points off").arg(worst)));

        QCOMPARE(projection.warnings.size(), warnings);
        for (const ProjectionWarning &w : projection.warnings) {
            // The emulator reaches the limit in the minute the projection says it does.
            const double limit =
                w.kind == ProjectionWarning::Kind::Full ? input.battery.socMaxPercent : input.battery.socMinPercent;
            const qint64 fromMs = w.from.toMSecsSinceEpoch();
            const qsizetype after = soc.lowerBound(fromMs);
            QVERIFY2(std::abs(soc.value(after) - limit) < 0.01, qPrintable(w.describe(input.zone)));
            QVERIFY2(soc.time(after) == fromMs || std::abs(soc.value(after - 1) - limit) > 0.01,
                     qPrintable(w.describe(input.zone)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SocProjectionVsSim)
#include "tst_SocProjectionVsSim.moc"
