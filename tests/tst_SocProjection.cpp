// The projected SOC of the schedule editor: what the battery will do over the next 24 h, and
// the warnings an operator reads before sending a draft. Numbers are worked out by hand in the
// comments, for the default battery: 69 kWh, SOC 10–95 %, 95 % each way, 30 kW each way.
#include "core/SocProjection.h"

#include <QLocale>
#include <QtTest>
#include <cmath>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

ScheduleWindow window(int startSecond, int stopSecond, double powerW)
{
    return ScheduleWindow{startSecond, stopSecond, powerW, {}};
}

constexpr int kHour = 3600;

// Monday 2024-12-09 16:00 in Taipei (UTC+8 all year).
const QDateTime kNow = utc(2024, 12, 9, 8);

ProjectionInput taipei(const Schedule &schedule, double soc, const QDateTime &now = kNow)
{
    ProjectionInput input;
    input.now = now;
    input.zone = QTimeZone("Asia/Taipei");
    input.schedule = schedule;
    input.socPercent = soc;
    return input;
}

// The value of a step-wise series at one of its points; NaN when there is no point then.
double pointAt(const TimeSeries &series, const QDateTime &t)
{
    const qint64 ms = t.toMSecsSinceEpoch();
    const qsizetype i = series.lowerBound(ms);
    return i < series.size() && series.time(i) == ms ? series.value(i) : TimeSeries::null();
}

bool hasPoint(const TimeSeries &series, const QDateTime &t)
{
    const qsizetype i = series.lowerBound(t.toMSecsSinceEpoch());
    return i < series.size() && series.time(i) == t.toMSecsSinceEpoch();
}

bool near(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance;
}

#define VERIFY_NEAR(actual, expected, tolerance)                                                                                 \
    do {                                                                                                                         \
        const double a_ = (actual);                                                                                              \
        const double e_ = (expected);                                                                                            \
        QVERIFY2(                                                                                                                \
            near(a_, e_, (tolerance)),                                                                                           \
            qPrintable(                                                                                                          \
                QStringLiteral("%1 is %2, expected %3").arg(QStringLiteral(#actual)).arg(a_, 0, 'g', 10).arg(e_, 0, 'g', 10)));  \
    } while (false)

} // namespace

class tst_SocProjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // describe() formats kWh with the default locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void invalidWhenSocOrCapacityIsUnknown_data()
    {
        QTest::addColumn<double>("soc");
        QTest::addColumn<double>("capacityKWh");
        QTest::addColumn<QDateTime>("now");
        QTest::newRow("soc unknown") << TimeSeries::null() << 69.0 << kNow;
        QTest::newRow("capacity unknown") << 50.0 << TimeSeries::null() << kNow;
        QTest::newRow("no capacity") << 50.0 << 0.0 << kNow;
        QTest::newRow("no time") << 50.0 << 69.0 << QDateTime();
    }

    void invalidWhenSocOrCapacityIsUnknown()
    {
        QFETCH(double, soc);
        QFETCH(double, capacityKWh);
        QFETCH(QDateTime, now);
        ProjectionInput input = taipei(Schedule({window(17 * kHour, 19 * kHour, -20000)}), soc, now);
        input.battery.capacityKWh = capacityKWh;
        const SocProjectionResult result = SocProjection::project(input);
        QVERIFY(!result.isValid());
        QVERIFY(result.socPercent.isEmpty());
        QVERIFY(result.batteryW.isEmpty());
        QVERIFY(result.gridW.isEmpty());
        QVERIFY(result.warnings.isEmpty());
    }

    void noWindowsKeepSocFlat()
    {
        const SocProjectionResult result = SocProjection::project(taipei(Schedule(), 50.0));
        QVERIFY(result.isValid());
        // 24 h of 5-minute steps from a round 16:00: 288 steps and the end point.
        QCOMPARE(result.socPercent.size(), 289);
        QCOMPARE(result.socPercent.firstTime(), kNow.toMSecsSinceEpoch());
        QCOMPARE(result.socPercent.lastTime(), kNow.addDays(1).toMSecsSinceEpoch());
        QCOMPARE(result.batteryW.times(), result.socPercent.times());
        QCOMPARE(result.gridW.times(), result.socPercent.times());
        for (qsizetype i = 0; i < result.socPercent.size(); ++i) {
            QCOMPARE(result.socPercent.value(i), 50.0);
            QCOMPARE(result.batteryW.value(i), 0.0);
            QVERIFY(result.gridW.isNullAt(i)); // neither load nor solar given
        }
        QVERIFY(result.warnings.isEmpty());
    }

    void dischargeEmptiesTheBatteryInsideTheWindow()
    {
        // 17:00–19:00 −20 kW from 50 %: 40 % of 69 kWh = 27.6 kWh in the cells above 10 %,
        // × 0.95 = 26.22 kWh delivered, at 20 kW 1.311 h = 1 h 18 min 39.6 s: empty at
        // 18:18:39.6 local = 10:18:39.600Z.
        const SocProjectionResult result =
            SocProjection::project(taipei(Schedule({window(17 * kHour, 19 * kHour, -20000)}), 50.0));
        QVERIFY(result.isValid());
        // Idle until the window starts.
        QCOMPARE(pointAt(result.socPercent, utc(2024, 12, 9, 9)), 50.0);
        QCOMPARE(pointAt(result.batteryW, utc(2024, 12, 9, 8, 55)), 0.0);
        QCOMPARE(pointAt(result.batteryW, utc(2024, 12, 9, 9)), -20000.0);
        // 18:00: 20 kWh delivered = 21.0526 kWh from the cells = 30.511 % → 19.489 %.
        VERIFY_NEAR(pointAt(result.socPercent, utc(2024, 12, 9, 10)), 19.4889, 1e-3);
        // The step 18:15–18:20 is cut where the battery is empty, which lands exactly on 10 %.
        const QDateTime empty = utc(2024, 12, 9, 10, 18, 39, 600);
        QVERIFY(hasPoint(result.socPercent, empty));
        QCOMPARE(pointAt(result.socPercent, empty), 10.0);
        QCOMPARE(pointAt(result.batteryW, utc(2024, 12, 9, 10, 15)), -20000.0);
        QCOMPARE(pointAt(result.batteryW, empty), 0.0);
        QCOMPARE(pointAt(result.batteryW, utc(2024, 12, 9, 10, 30)), 0.0);
        QCOMPARE(pointAt(result.socPercent, utc(2024, 12, 9, 11)), 10.0);
        QCOMPARE(result.socPercent.valueRange()->min, 10.0);
        QCOMPARE(result.socPercent.values().constLast(), 10.0);

        QCOMPARE(result.warnings.size(), 1);
        const ProjectionWarning &w = result.warnings.constFirst();
        QCOMPARE(w.kind, ProjectionWarning::Kind::Empty);
        QCOMPARE(w.window, 0);
        QCOMPARE(w.windowStart, utc(2024, 12, 9, 9));
        QCOMPARE(w.windowStop, utc(2024, 12, 9, 11));
        QCOMPARE(w.from, empty);
        // Asked 20 kW × 2 h = 40 kWh, got 26.22 kWh: 13.78 kWh missing.
        VERIFY_NEAR(w.missingKWh, 13.78, 1e-3);
    }

    void shortfalls_data()
    {
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<double>("soc");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<bool>("full");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<double>("missingKWh");
        QTest::addColumn<QString>("described");

        const Schedule discharge({window(17 * kHour, 19 * kHour, -20000)});
        const Schedule charge({window(1 * kHour, 3 * kHour, 10000)});
        // See dischargeEmptiesTheBatteryInsideTheWindow.
        QTest::newRow("discharge from 50 %: empty at 18:18")
            << discharge << 50.0 << 1 << false << utc(2024, 12, 9, 10, 18, 39, 600) << 13.78
            << QStringLiteral("The battery is empty from 18:18 (Asia/Taipei); 17:00–19:00, −20 kW will deliver 13.8 kWh less.");
        // 94 → 95 %: 0.69 kWh stored = 0.72632 kWh taken, at 10 kW 261.474 s: full at 01:04:21.474
        // local (17:04:21.474Z); asked 20 kWh, took 0.72632: 19.2737 kWh missing.
        QTest::newRow("charge from 94 %: full at 01:04")
            << charge << 94.0 << 1 << true << utc(2024, 12, 9, 17, 4, 21, 474) << 19.2737
            << QStringLiteral("The battery is full from 01:04 (Asia/Taipei); 01:00–03:00, +10 kW will charge 19.3 kWh less.");
        QTest::newRow("already empty: the whole window is missing")
            << discharge << 10.0 << 1 << false << utc(2024, 12, 9, 9) << 40.0
            << QStringLiteral("The battery is empty from 17:00 (Asia/Taipei); 17:00–19:00, −20 kW will deliver 40.0 kWh less.");
        QTest::newRow("above the limit: nothing is charged")
            << charge << 97.0 << 1 << true << utc(2024, 12, 9, 17) << 20.0
            << QStringLiteral("The battery is full from 01:00 (Asia/Taipei); 01:00–03:00, +10 kW will charge 20.0 kWh less.");
        // 10 kW × 2 h / 0.95 = 21.05 kWh from 27.6 kWh above 10 %: enough.
        QTest::newRow("enough energy: no warning")
            << Schedule({window(17 * kHour, 19 * kHour, -10000)}) << 50.0 << 0 << false << QDateTime() << 0.0 << QString();
        // 10 kW × 2 h × 0.95 = 19 kWh = 27.5 % from 50 %: room enough.
        QTest::newRow("enough room: no warning") << charge << 50.0 << 0 << false << QDateTime() << 0.0 << QString();
    }

    void shortfalls()
    {
        QFETCH(Schedule, schedule);
        QFETCH(double, soc);
        QFETCH(int, warnings);
        QFETCH(bool, full);
        QFETCH(QDateTime, from);
        QFETCH(double, missingKWh);
        QFETCH(QString, described);
        const SocProjectionResult result = SocProjection::project(taipei(schedule, soc));
        QCOMPARE(result.warnings.size(), warnings);
        if (warnings == 0)
            return;
        const ProjectionWarning &w = result.warnings.constFirst();
        QCOMPARE(w.kind, full ? ProjectionWarning::Kind::Full : ProjectionWarning::Kind::Empty);
        QCOMPARE(w.from, from);
        VERIFY_NEAR(w.missingKWh, missingKWh, 1e-3);
        QCOMPARE(w.describe(QTimeZone("Asia/Taipei")), described);
        // SOC never passes the limit it stops at.
        const TimeSeries::Range range = *result.socPercent.valueRange();
        QVERIFY(range.min >= 10.0);
        QVERIFY(range.max <= std::max(95.0, soc));
    }

    void powerIsClampedToTheBatteryLimits()
    {
        // +40 kW asked, 30 kW possible: 1 h × 30 kW × 0.95 = 28.5 kWh = 41.304 % → 61.304 %.
        const SocProjectionResult result =
            SocProjection::project(taipei(Schedule({window(17 * kHour, 18 * kHour, 40000)}), 20.0));
        QCOMPARE(pointAt(result.batteryW, utc(2024, 12, 9, 9)), 30000.0);
        VERIFY_NEAR(pointAt(result.socPercent, utc(2024, 12, 9, 10)), 61.3043, 1e-3);
        QVERIFY(result.warnings.isEmpty()); // a power limit is not an empty or full battery
    }

    void midnightPairIsOneRun()
    {
        // 23:00–02:00 −10 kW stored as two windows, the morning part first in the list. From
        // 50 %: 26.22 kWh deliverable at 10 kW lasts 2.622 h = 2 h 37 min 19.2 s, so the battery
        // is empty at 01:37:19.2 local (17:37:19.200Z), after midnight, in one run.
        const Schedule pair({window(0, 2 * kHour, -10000), window(23 * kHour, 24 * kHour, -10000)});
        const SocProjectionResult result = SocProjection::project(taipei(pair, 50.0));
        // Midnight does not interrupt the discharge: at 00:00 (16:00Z) 1 h × 10 kW / 0.95 =
        // 10.526 kWh = 15.256 % gone → 34.744 %.
        QCOMPARE(pointAt(result.batteryW, utc(2024, 12, 9, 15, 55)), -10000.0);
        QCOMPARE(pointAt(result.batteryW, utc(2024, 12, 9, 16)), -10000.0);
        VERIFY_NEAR(pointAt(result.socPercent, utc(2024, 12, 9, 16)), 34.7445, 1e-3);
        QCOMPARE(result.warnings.size(), 1);
        const ProjectionWarning &w = result.warnings.constFirst();
        QCOMPARE(w.kind, ProjectionWarning::Kind::Empty);
        QCOMPARE(w.window, 1); // the evening part
        QCOMPARE(w.windowStart, utc(2024, 12, 9, 15));
        QCOMPARE(w.windowStop, utc(2024, 12, 9, 18));
        QCOMPARE(w.from, utc(2024, 12, 9, 17, 37, 19, 200));
        // Asked 10 kW × 3 h = 30 kWh, got 26.22: 3.78 kWh missing.
        VERIFY_NEAR(w.missingKWh, 3.78, 1e-3);
        QCOMPARE(w.describe(QTimeZone("Asia/Taipei")),
                 QStringLiteral("The battery is empty from 01:37 (Asia/Taipei); 23:00–02:00, −10 kW will deliver 3.8 kWh less."));
    }

    void runGoingOnNowCountsFromNow()
    {
        // Now 18:00 local, inside 17:00–19:00 −20 kW, SOC 20 %: 10 % of 69 kWh = 6.9 kWh above
        // the limit, × 0.95 = 6.555 kWh at 20 kW = 0.32775 h = 19 min 39.9 s: empty at 18:19:39.9.
        const SocProjectionResult result =
            SocProjection::project(taipei(Schedule({window(17 * kHour, 19 * kHour, -20000)}), 20.0, utc(2024, 12, 9, 10)));
        QCOMPARE(result.batteryW.value(0), -20000.0);
        QCOMPARE(result.warnings.size(), 2);
        const ProjectionWarning &today = result.warnings.at(0);
        QCOMPARE(today.windowStart, utc(2024, 12, 9, 9)); // the run began before now
        QCOMPARE(today.from, utc(2024, 12, 9, 10, 19, 39, 900));
        // Only the hour from now counts: 20 kWh asked, 6.555 kWh delivered.
        VERIFY_NEAR(today.missingKWh, 13.445, 1e-3);
        // Tomorrow's run starts empty; the projection ends at 18:00, an hour into it: 20 kWh.
        const ProjectionWarning &tomorrow = result.warnings.at(1);
        QCOMPARE(tomorrow.windowStart, utc(2024, 12, 10, 9));
        QCOMPARE(tomorrow.windowStop, utc(2024, 12, 10, 11));
        QCOMPARE(tomorrow.from, utc(2024, 12, 10, 9));
        VERIFY_NEAR(tomorrow.missingKWh, 20.0, 1e-3);
    }

    void stepsLandOnWindowEdges()
    {
        // Now 16:58:13 local: the window must still start at 17:00:00, and one with edges off
        // the 5-minute grid (17:32:30–17:37:30) must start and stop on its own edges.
        const Schedule schedule(
            {window(17 * kHour, 17 * kHour + 1800, -20000), window(17 * kHour + 1950, 17 * kHour + 2250, 10000)});
        const QDateTime now = utc(2024, 12, 9, 8, 58, 13);
        const SocProjectionResult result = SocProjection::project(taipei(schedule, 50.0, now));
        QCOMPARE(result.socPercent.firstTime(), now.toMSecsSinceEpoch());
        QCOMPARE(result.socPercent.time(1), utc(2024, 12, 9, 9).toMSecsSinceEpoch());
        QCOMPARE(result.socPercent.lastTime(), now.addDays(1).toMSecsSinceEpoch());
        // now, 288 grid points from 17:00 to 16:55 next day, the end, and the two odd edges.
        QCOMPARE(result.socPercent.size(), 292);
        QCOMPARE(result.batteryW.value(0), 0.0);
        QCOMPARE(pointAt(result.batteryW, utc(2024, 12, 9, 9)), -20000.0);
        QCOMPARE(pointAt(result.socPercent, utc(2024, 12, 9, 9)), 50.0);
        // 30 min × 20 kW / 0.95 = 10.526 kWh = 15.256 % → 34.744 %.
        VERIFY_NEAR(pointAt(result.socPercent, utc(2024, 12, 9, 9, 30)), 34.7445, 1e-3);
        QCOMPARE(pointAt(result.batteryW, utc(2024, 12, 9, 9, 30)), 0.0);
        QCOMPARE(pointAt(result.batteryW, utc(2024, 12, 9, 9, 32, 30)), 10000.0);
        QCOMPARE(pointAt(result.batteryW, utc(2024, 12, 9, 9, 35)), 10000.0);
        QCOMPARE(pointAt(result.batteryW, utc(2024, 12, 9, 9, 37, 30)), 0.0);
        // 5 min × 10 kW × 0.95 = 0.79167 kWh = 1.1473 % → 35.892 %.
        VERIFY_NEAR(pointAt(result.socPercent, utc(2024, 12, 9, 9, 37, 30)), 35.8918, 1e-3);
    }

    void daylightSavingDays_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<ScheduleWindow>("window");
        QTest::addColumn<QDateTime>("runStart");
        QTest::addColumn<QDateTime>("runStop");
        QTest::addColumn<double>("finalSoc");

        // Europe/Berlin: 2025-03-30 02:00 CET → 03:00 CEST at 01:00Z; 2025-10-26 03:00 CEST →
        // 02:00 CET at 01:00Z. +10 kW for 1 h stores 9.5 kWh = 13.768 % of 69 kWh.
        QTest::newRow("ordinary day: 02:00–03:00 CET runs one hour")
            << utc(2025, 3, 25, 12) << window(2 * kHour, 3 * kHour, 10000) << utc(2025, 3, 26, 1) << utc(2025, 3, 26, 2)
            << 63.7681;
        QTest::newRow("spring forward: 02:15–02:45 is skipped")
            << utc(2025, 3, 29, 12) << window(2 * kHour + 900, 2 * kHour + 2700, 10000) << QDateTime() << QDateTime() << 50.0;
        // 01:00 CET = 00:00Z to 04:00 CEST = 02:00Z: two hours, 27.536 %.
        QTest::newRow("spring forward: 01:00–04:00 lasts two hours")
            << utc(2025, 3, 29, 12) << window(1 * kHour, 4 * kHour, 10000) << utc(2025, 3, 30, 0) << utc(2025, 3, 30, 2)
            << 77.5362;
        // 02:00 CEST = 00:00Z to 03:00 CET = 02:00Z: the repeated hour runs twice.
        QTest::newRow("fall back: 02:00–03:00 runs twice") << utc(2025, 10, 25, 12) << window(2 * kHour, 3 * kHour, 10000)
                                                           << utc(2025, 10, 26, 0) << utc(2025, 10, 26, 2) << 77.5362;
    }

    void daylightSavingDays()
    {
        QFETCH(QDateTime, now);
        QFETCH(ScheduleWindow, window);
        QFETCH(QDateTime, runStart);
        QFETCH(QDateTime, runStop);
        QFETCH(double, finalSoc);
        ProjectionInput input = taipei(Schedule({window}), 50.0, now);
        input.zone = QTimeZone("Europe/Berlin");
        const SocProjectionResult result = SocProjection::project(input);
        QVERIFY(result.isValid());
        // The first and last point at which the battery charges.
        QDateTime first, last;
        for (qsizetype i = 0; i < result.batteryW.size(); ++i) {
            if (result.batteryW.value(i) == 0)
                continue;
            if (!first.isValid())
                first = QDateTime::fromMSecsSinceEpoch(result.batteryW.time(i), Qt::UTC);
            last = QDateTime::fromMSecsSinceEpoch(result.batteryW.time(i + 1), Qt::UTC);
        }
        QCOMPARE(first, runStart);
        QCOMPARE(last, runStop);
        VERIFY_NEAR(result.socPercent.values().constLast(), finalSoc, 1e-3);
    }

    void gridIsLoadMinusSolarPlusBattery()
    {
        // Load: 2024-12-07 a flat 20 kW; 2024-12-08 6 kW + 1 kW per hour of the UTC day, except
        // a missing reading at 12:00Z. Solar forecast hourly from now to 04:00Z tomorrow.
        TimeSeries load;
        for (int h = 0; h < 24; ++h)
            load.append(utc(2024, 12, 7, h).toMSecsSinceEpoch(), 20000);
        for (int h = 0; h < 24; ++h)
            load.append(utc(2024, 12, 8, h).toMSecsSinceEpoch(), h == 12 ? TimeSeries::null() : 6000 + 1000 * h);
        TimeSeries solar;
        for (QDateTime t = kNow; t <= utc(2024, 12, 10, 4); t = t.addSecs(kHour)) {
            const int h = t.time().hour();
            solar.append(t.toMSecsSinceEpoch(), h == 8 ? 9000 : h == 9 ? 6000 : h == 10 ? 2000 : h == 3 ? 12000 : 0);
        }
        ProjectionInput input = taipei(Schedule({window(17 * kHour, 19 * kHour, -20000)}), 50.0);
        input.recentLoadW = load;
        input.solarForecastW = solar;
        const SocProjectionResult result = SocProjection::project(input);

        // Now (08:00Z): load yesterday 14 kW, solar 9 kW, battery idle → 5 kW import.
        QCOMPARE(pointAt(result.gridW, kNow), 5000.0);
        // 17:30 local (09:30Z): load yesterday between 15 and 16 kW → 15.5 kW, solar between 6
        // and 2 kW → 4 kW, battery −20 kW → 15.5 − 4 − 20 = −8.5 kW (export).
        QCOMPARE(pointAt(result.gridW, utc(2024, 12, 9, 9, 30)), -8500.0);
        // 12:00Z: yesterday's reading is missing, so the day before: 20 kW, no sun, idle.
        QCOMPARE(pointAt(result.gridW, utc(2024, 12, 9, 12)), 20000.0);
        // 2024-12-10 03:00Z: no load 24 h before (the series ends), 48 h before 9 kW; solar 12 kW.
        QCOMPARE(pointAt(result.gridW, utc(2024, 12, 10, 3)), -3000.0);
        // After the forecast ends, solar is unknown, so the grid is too.
        QVERIFY(TimeSeries::isNull(pointAt(result.gridW, utc(2024, 12, 10, 6))));
    }
};

QTEST_GUILESS_MAIN(tst_SocProjection)
#include "tst_SocProjection.moc"
