#include "sim/WeatherModel.h"
#include "support/TestData.h"

#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>
#include <cmath>

namespace {

// An instant given in the site's local time.
qint64 local(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), WeatherModel::siteZone()).toMSecsSinceEpoch();
}

constexpr qint64 kMinute = 60'000;

// Sums of irradiance over one local day at 10-minute steps (the unit cancels in ratios).
struct DaySums
{
    double actual = 0;
    double clear = 0;
    double forecast = 0;
    double minIndex = 2; // clear-sky index between 10:00 and 14:00
    double maxIndex = 0;
};

DaySums sumDay(const WeatherModel &m, QDate date)
{
    DaySums s;
    const qint64 start = local(date, 0);
    for (qint64 t = start; t < start + 1440 * kMinute; t += 10 * kMinute) {
        const double clear = m.clearSky(t);
        const double actual = m.irradiance(t);
        s.actual += actual;
        s.clear += clear;
        s.forecast += m.forecastIrradiance(t);
        if (t >= start + 600 * kMinute && t <= start + 840 * kMinute && clear > 0) {
            s.minIndex = std::min(s.minIndex, actual / clear);
            s.maxIndex = std::max(s.maxIndex, actual / clear);
        }
    }
    return s;
}

QList<QDate> daysOf(int year)
{
    QList<QDate> days;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        days.append(d);
    return days;
}

// The minute of the day at which clear-sky irradiance peaks.
int solarNoonMinute(const WeatherModel &m, QDate date)
{
    int best = 0;
    double peak = -1;
    for (int minute = 600; minute <= 840; ++minute) {
        const double v = m.clearSky(local(date, 0) + minute * kMinute);
        if (v > peak) {
            peak = v;
            best = minute;
        }
    }
    return best;
}

FileProfile readSample()
{
    const Result<FileProfile> p =
        ProfileFiles::readApisSolar(TestData::path(QStringLiteral("apis-emulator/sample_solar_data.csv")));
    if (!p.ok())
        qFatal("%s", qPrintable(p.error()));
    return *p;
}

} // namespace

class tst_WeatherModel : public QObject
{
    Q_OBJECT

private slots:
    void siteZoneIsTaipei()
    {
        QVERIFY(WeatherModel::siteZone().isValid());
        QCOMPARE(WeatherModel::siteZone().id(), QByteArray("Asia/Taipei"));
    }

    void sameSeedSameValuesInAnyOrder()
    {
        const WeatherModel a(42);
        const WeatherModel b(42);
        const LoadModel la(42);
        const LoadModel lb(42);
        QList<qint64> times;
        const qint64 start = local(QDate(2024, 3, 1), 0);
        for (int i = 0; i < 2000; ++i)
            times.append(start + qint64(i) * 37 * kMinute + i * 1234);
        QList<double> forward;
        for (qint64 t : times) {
            forward << a.irradiance(t) << a.irradiance(t, 1) << a.forecastIrradiance(t) << a.airTemperature(t)
                    << la.buildingKLoadW(t) << la.buildingALoadW(t) << la.occupancy(t);
        }
        // The other instance, asked backwards, gives the very same numbers: no hidden state.
        QList<double> backward;
        for (auto it = times.crbegin(); it != times.crend(); ++it) {
            const qint64 t = *it;
            backward.prepend(lb.occupancy(t));
            backward.prepend(lb.buildingALoadW(t));
            backward.prepend(lb.buildingKLoadW(t));
            backward.prepend(b.airTemperature(t));
            backward.prepend(b.forecastIrradiance(t));
            backward.prepend(b.irradiance(t, 1));
            backward.prepend(b.irradiance(t));
        }
        QCOMPARE(backward, forward);
        QVERIFY(std::any_of(forward.cbegin(), forward.cend(), [](double v) { return v > 100; }));
    }

    void differentSeedsDifferentClouds()
    {
        const WeatherModel one(1);
        const WeatherModel two(2);
        int daylight = 0;
        int different = 0;
        const qint64 start = local(QDate(2024, 4, 1), 0);
        for (qint64 t = start; t < start + 20 * 1440 * kMinute; t += 10 * kMinute) {
            if (one.clearSky(t) < 100)
                continue;
            ++daylight;
            if (qAbs(one.irradiance(t) - two.irradiance(t)) > 0.02 * one.clearSky(t))
                ++different;
            QCOMPARE(one.clearSky(t), two.clearSky(t)); // the sun itself is not random
        }
        QVERIFY(daylight > 1000);
        QVERIFY2(different > daylight / 2, qPrintable(QStringLiteral("%1 of %2").arg(different).arg(daylight)));
        // And the loads differ too.
        QVERIFY(LoadModel(1).buildingKLoadW(local(QDate(2024, 4, 3), 10))
                != LoadModel(2).buildingKLoadW(local(QDate(2024, 4, 3), 10)));
    }

    void nightIsDark()
    {
        const WeatherModel m(7);
        const WeatherModel profiled(7, readSample());
        for (const QDate &d : daysOf(2024)) {
            for (const auto &[h, min] : {std::pair{0, 0}, {2, 30}, {4, 0}, {19, 30}, {21, 0}, {23, 45}}) {
                const qint64 t = local(d, h, min);
                QCOMPARE(m.clearSky(t), 0.0);
                QCOMPARE(m.irradiance(t), 0.0);
                QCOMPARE(m.irradiance(t, 1), 0.0);
                QCOMPARE(m.forecastIrradiance(t), 0.0);
                if (h != 19) { // the sample file has a little light at 19:30 in June
                    QCOMPARE(profiled.irradiance(t), 0.0);
                    QCOMPARE(profiled.forecastIrradiance(t), 0.0);
                }
            }
        }
    }

    void juneNoonIsBright()
    {
        const WeatherModel m(3);
        const double noon = m.clearSky(local(QDate(2024, 6, 21), 12));
        QVERIFY2(noon >= 950 && noon <= 1050, qPrintable(QString::number(noon)));
        const double morning = m.clearSky(local(QDate(2024, 6, 21), 8));
        QVERIFY2(morning > 300 && morning < noon * 0.7, qPrintable(QString::number(morning)));
        // Sunrise in Tainan in June is about 05:05 local, sunset about 18:50.
        QCOMPARE(m.clearSky(local(QDate(2024, 6, 21), 4, 50)), 0.0);
        QVERIFY(m.clearSky(local(QDate(2024, 6, 21), 5, 30)) > 0);
        QVERIFY(m.clearSky(local(QDate(2024, 6, 21), 18, 30)) > 0);
        QCOMPARE(m.clearSky(local(QDate(2024, 6, 21), 19, 10)), 0.0);
    }

    void solarNoonFollowsEquationOfTime()
    {
        const WeatherModel m(3);
        // 120.27° E sits almost on the zone's meridian, so the equation of time decides:
        // solar noon about 12:13 in mid-February, 11:43 in early November.
        const int february = solarNoonMinute(m, QDate(2024, 2, 11));
        const int november = solarNoonMinute(m, QDate(2024, 11, 3));
        QVERIFY2(february >= 12 * 60 + 9 && february <= 12 * 60 + 17, qPrintable(QString::number(february)));
        QVERIFY2(november >= 11 * 60 + 39 && november <= 11 * 60 + 47, qPrintable(QString::number(november)));
    }

    void winterIsLowerAndCoolerThanSummer()
    {
        const WeatherModel m(5);
        const double december = m.clearSky(local(QDate(2024, 12, 21), 12));
        const double june = m.clearSky(local(QDate(2024, 6, 21), 12));
        QVERIFY2(december > 600 && december < 780, qPrintable(QString::number(december)));
        QVERIFY(december < 0.8 * june);

        double janSum = 0, julSum = 0;
        double janMin = 100, janMax = -100, julMin = 100, julMax = -100;
        QList<double> julyByHour(24, 0.0);
        int n = 0;
        for (int day = 1; day <= 31; ++day) {
            for (int h = 0; h < 24; ++h) {
                const double jan = m.airTemperature(local(QDate(2024, 1, day), h));
                const double jul = m.airTemperature(local(QDate(2024, 7, day), h));
                janSum += jan;
                julSum += jul;
                janMin = std::min(janMin, jan);
                janMax = std::max(janMax, jan);
                julMin = std::min(julMin, jul);
                julMax = std::max(julMax, jul);
                julyByHour[h] += jul;
                ++n;
            }
        }
        QVERIFY2(janMin > 15.5 && janMax < 25.5, qPrintable(QStringLiteral("%1..%2").arg(janMin).arg(janMax)));
        QVERIFY2(julMin > 24.5 && julMax < 34.5, qPrintable(QStringLiteral("%1..%2").arg(julMin).arg(julMax)));
        QVERIFY(janSum / n > 19 && janSum / n < 22.5);
        QVERIFY(julSum / n > 28 && julSum / n < 31);
        const auto hottest = std::max_element(julyByHour.cbegin(), julyByHour.cend()) - julyByHour.cbegin();
        QVERIFY2(hottest >= 13 && hottest <= 15, qPrintable(QString::number(hottest)));
    }

    void mostDaysAreSunnySomeOvercast()
    {
        const WeatherModel m(11);
        int sunny = 0, overcast = 0, dips = 0;
        const QList<QDate> days = daysOf(2023);
        for (const QDate &d : days) {
            const DaySums s = sumDay(m, d);
            const double clearness = s.actual / s.clear;
            QVERIFY2(clearness > 0.1 && clearness < 1.1, qPrintable(d.toString()));
            if (clearness >= 0.75)
                ++sunny;
            if (clearness <= 0.5)
                ++overcast;
            if (s.minIndex < 0.7 * s.maxIndex)
                ++dips;
        }
        const double total = days.size();
        QVERIFY2(sunny / total > 0.45 && sunny / total < 0.75, qPrintable(QString::number(sunny)));
        QVERIFY2(overcast / total > 0.05 && overcast / total < 0.3, qPrintable(QString::number(overcast)));
        // Partly cloudy (and overcast) days have clouds that come and go within the day.
        QVERIFY2(dips / total > 0.2 && dips / total < 0.6, qPrintable(QString::number(dips)));
    }

    void photometersAgreeWithinSensorNoise()
    {
        const WeatherModel m(9);
        int differ = 0;
        const qint64 start = local(QDate(2024, 5, 10), 8);
        for (qint64 t = start; t < start + 9 * 60 * kMinute; t += kMinute) {
            const double a = m.irradiance(t, 0);
            const double b = m.irradiance(t, 1);
            QVERIFY(a > 0);
            QVERIFY2(qAbs(b / a - 1.0) <= 0.02 + 1e-12, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
            if (qAbs(b / a - 1.0) > 0.005)
                ++differ;
        }
        QVERIFY(differ > 100);
    }

    void forecastIsCloseButNotEqual()
    {
        const WeatherModel m(13);
        double actual = 0, forecast = 0, relativeError = 0;
        int n = 0;
        for (const QDate &d : daysOf(2024)) {
            const DaySums s = sumDay(m, d);
            actual += s.actual;
            forecast += s.forecast;
            relativeError += qAbs(s.forecast - s.actual) / s.actual;
            ++n;
            QVERIFY2(s.forecast != s.actual, qPrintable(d.toString()));
        }
        QVERIFY2(qAbs(forecast / actual - 1.0) < 0.1, qPrintable(QString::number(forecast / actual)));
        const double meanError = relativeError / n;
        QVERIFY2(meanError > 0.08 && meanError < 0.3, qPrintable(QString::number(meanError)));
    }

    void forecastHasNoShortTermNoise()
    {
        const WeatherModel m(13);
        // Within a day the forecast is the clear sky scaled by one factor.
        const QDate day(2024, 8, 14);
        const double factor = m.forecastIrradiance(local(day, 12)) / m.clearSky(local(day, 12));
        for (int minute = 7 * 60; minute <= 17 * 60; minute += 3) {
            const qint64 t = local(day, 0) + minute * kMinute;
            QVERIFY(qAbs(m.forecastIrradiance(t) / m.clearSky(t) - factor) < 1e-9);
        }
        // Different days have different errors.
        QVERIFY(m.forecastIrradiance(local(day.addDays(1), 12)) / m.clearSky(local(day.addDays(1), 12)) != factor);
    }

    void profileDrivesIrradiance()
    {
        const FileProfile sample = readSample();
        const WeatherModel m(21, sample);
        const WeatherModel other(22, sample);
        int differ = 0;
        for (const QDate &d : {QDate(2023, 1, 1), QDate(2023, 7, 19), QDate(2024, 12, 30)}) {
            for (int minute = 6 * 60; minute <= 19 * 60; minute += 7) {
                const qint64 t = local(d, 0) + minute * kMinute;
                const double expected = sample.valueAt(d, minute);
                const double v = m.irradiance(t);
                QVERIFY2(qAbs(v - expected) <= 0.05 * expected + 1e-9,
                         qPrintable(QStringLiteral("%1 %2: %3 vs %4").arg(d.toString()).arg(minute).arg(v).arg(expected)));
                const double f = m.forecastIrradiance(t);
                QVERIFY(qAbs(f - expected) <= 0.2 * expected + 1e-9);
                if (expected > 50 && qAbs(v - other.irradiance(t)) > 0.005 * expected)
                    ++differ;
            }
        }
        // 1 January 12:30 is the file's 12:00 value (line 1, column 13).
        QVERIFY(qAbs(m.irradiance(local(QDate(2023, 1, 1), 12, 30)) / 2493.1 - 1.0) <= 0.05);
        QVERIFY(differ > 20); // the short-term noise is seeded
    }

    void valuesStayFiniteAndNonNegative()
    {
        const WeatherModel m(99);
        const WeatherModel profiled(99, readSample());
        const LoadModel load(99);
        QRandomGenerator rng(12345);
        for (int i = 0; i < 20000; ++i) {
            const qint64 t = qint64(rng.bounded(4102444800.0) * 1000); // 1970..2100
            for (const double v :
                 {m.irradiance(t), m.irradiance(t, 1), m.forecastIrradiance(t), m.clearSky(t), profiled.irradiance(t),
                  profiled.forecastIrradiance(t), load.buildingKLoadW(t), load.buildingALoadW(t), load.occupancy(t)}) {
                QVERIFY(std::isfinite(v));
                QVERIFY(v >= 0);
            }
            QVERIFY(std::isfinite(m.airTemperature(t)));
            QVERIFY(load.buildingKLoadW(t) > 0);
            QVERIFY(load.occupancy(t) <= 1.0);
            QVERIFY(m.clearSky(t) <= 1100);
        }
    }

    // --- load ----------------------------------------------------------------------------

    void officeLoadFollowsTheWorkingWeek()
    {
        const LoadModel m(4);
        double weekdayPeakMax = 0;
        for (const QDate &d : daysOf(2024)) {
            for (int h : {0, 2, 4, 23}) {
                const double night = m.buildingKLoadW(local(d, h));
                QVERIFY2(night >= 6000 && night <= 9000,
                         qPrintable(QStringLiteral("%1 %2h: %3").arg(d.toString()).arg(h).arg(night)));
            }
            const double noon = m.buildingKLoadW(local(d, 10, 30));
            if (d.dayOfWeek() >= Qt::Saturday) {
                QVERIFY2(noon >= 8000 && noon <= 12500, qPrintable(QStringLiteral("%1: %2").arg(d.toString()).arg(noon)));
            } else {
                QVERIFY2(noon >= 22000 && noon <= 36000, qPrintable(QStringLiteral("%1: %2").arg(d.toString()).arg(noon)));
                // The lunch dip.
                QVERIFY(m.buildingKLoadW(local(d, 12, 30)) < 0.95 * noon);
                QVERIFY(m.buildingKLoadW(local(d, 12, 30)) < m.buildingKLoadW(local(d, 15)));
                weekdayPeakMax = std::max(weekdayPeakMax, noon);
            }
        }
        QVERIFY(weekdayPeakMax > 30000); // summer air conditioning
        // A summer weekday against a winter one.
        QVERIFY(m.buildingKLoadW(local(QDate(2024, 7, 17), 10, 30)) > m.buildingKLoadW(local(QDate(2024, 1, 17), 10, 30)));
        // Ramps, not steps: 08:00 lies between the night and the morning.
        const QDate wednesday(2024, 5, 15);
        const double early = m.buildingKLoadW(local(wednesday, 8));
        QVERIFY(early > m.buildingKLoadW(local(wednesday, 6)) + 3000);
        QVERIFY(early < m.buildingKLoadW(local(wednesday, 10)) - 3000);
    }

    void buildingAIsAboutThreeTimesK()
    {
        const LoadModel m(8);
        const qint64 start = local(QDate(2024, 9, 2), 0);
        for (qint64 t = start; t < start + 7 * 1440 * kMinute; t += 13 * kMinute) {
            const double ratio = m.buildingALoadW(t) / m.buildingKLoadW(t);
            QVERIFY2(ratio > 2.7 && ratio < 3.3, qPrintable(QString::number(ratio)));
        }
    }

    void occupancyFollowsTheWorkingDay()
    {
        const LoadModel m(6);
        const QDate tuesday(2024, 10, 8);
        const QDate sunday(2024, 10, 13);
        QCOMPARE(m.occupancy(local(tuesday, 3)), 0.0);
        QCOMPARE(m.occupancy(local(tuesday, 21)), 0.0);
        QVERIFY(m.occupancy(local(tuesday, 10)) >= 0.8);
        QVERIFY(m.occupancy(local(tuesday, 12, 30)) < m.occupancy(local(tuesday, 10)));
        QVERIFY(m.occupancy(local(sunday, 12)) <= 0.1);
        QVERIFY(m.occupancy(local(tuesday, 8)) > 0.2 && m.occupancy(local(tuesday, 8)) < 0.8);
    }

    void profileDrivesLoad()
    {
        FileProfile profile;
        profile.stepMinutes = 30;
        for (int d = 0; d < 365; ++d) {
            QList<double> day;
            for (int s = 0; s < 48; ++s)
                day.append(1000.0 * (1 + d % 7) + 100.0 * s);
            profile.days.append(day);
        }
        const LoadModel m(3, profile);
        for (const QDate &d : {QDate(2024, 2, 3), QDate(2024, 8, 20)}) {
            for (int minute = 0; minute < 1440; minute += 11) {
                const qint64 t = local(d, 0) + minute * kMinute;
                QCOMPARE(m.buildingKLoadW(t), profile.valueAt(d, minute));
                QCOMPARE(m.buildingALoadW(t), 3.0 * profile.valueAt(d, minute));
            }
        }
        // Not the office profile: at 03:00 on 3 February the file says 1000 × (1 + 33 % 7) + 550 W.
        QCOMPARE(m.buildingKLoadW(local(QDate(2024, 2, 3), 3)), 1000.0 * (1 + 33 % 7) + 550.0);
    }
};

QTEST_GUILESS_MAIN(tst_WeatherModel)
#include "tst_WeatherModel.moc"
