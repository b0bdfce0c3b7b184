#include "core/DayProfile.h"

#include <cmath>

DaySteps DayProfile::quarterHourMeansKw(const TimeSeries &series, const QDate &date, const QTimeZone &zone)
{
    DaySteps sums{};
    std::array<int, kStepsPerDay> counts{};
    const qint64 dayStart = QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 stepMs = qint64(kStepMinutes) * 60'000;
    const qint64 dayEnd = dayStart + kStepsPerDay * stepMs;
    for (qsizetype i = series.lowerBound(dayStart); i < series.size() && series.time(i) < dayEnd; ++i) {
        if (series.isNullAt(i))
            continue;
        const auto k = size_t((series.time(i) - dayStart) / stepMs);
        sums[k] += series.value(i) / 1000.0;
        ++counts[k];
    }
    DaySteps means{};
    for (size_t k = 0; k < means.size(); ++k)
        means[k] = counts[k] > 0 ? sums[k] / counts[k] : TimeSeries::null();
    return means;
}

DayProfile DayProfile::typical(TariffDayType type, const TimeSeries &loadW, const TimeSeries &solarW, const Tariff &tariff,
                               const QTimeZone &zone, const QDate &today, int weeks)
{
    DayProfile profile;
    DaySteps loadSum{};
    DaySteps solarSum{};
    std::array<int, kStepsPerDay> loadCount{};
    std::array<int, kStepsPerDay> solarCount{};
    QList<int> loadDays;
    for (int back = 1; back <= 7 * weeks; ++back) {
        const QDate day = today.addDays(-back);
        const DaySteps solar = quarterHourMeansKw(solarW, day, zone);
        for (size_t k = 0; k < solar.size(); ++k) {
            if (!std::isnan(solar[k])) {
                solarSum[k] += solar[k];
                ++solarCount[k];
            }
        }
        if (tariff.dayType(day) != type)
            continue;
        const DaySteps load = quarterHourMeansKw(loadW, day, zone);
        bool any = false;
        for (size_t k = 0; k < load.size(); ++k) {
            if (!std::isnan(load[k])) {
                loadSum[k] += load[k];
                ++loadCount[k];
                any = true;
            }
        }
        profile.daysAveraged += any ? 1 : 0;
    }
    double loadTotal = 0;
    int loadSteps = 0;
    for (size_t k = 0; k < loadSum.size(); ++k) {
        profile.solarKw[k] = solarCount[k] > 0 ? solarSum[k] / solarCount[k] : 0.0;
        if (loadCount[k] > 0) {
            profile.loadKw[k] = loadSum[k] / loadCount[k];
            loadTotal += profile.loadKw[k];
            ++loadSteps;
        } else {
            profile.loadKw[k] = TimeSeries::null();
        }
    }
    const double meanLoad = loadSteps > 0 ? loadTotal / loadSteps : 0.0;
    for (double &v : profile.loadKw) {
        if (std::isnan(v))
            v = meanLoad;
    }
    return profile;
}

int DayProfile::applySolarForecast(const TimeSeries &forecastW, const QDate &date, const QTimeZone &zone)
{
    if (forecastW.isEmpty())
        return 0;
    const DaySteps forecast = quarterHourMeansKw(forecastW, date, zone);
    int applied = 0;
    for (size_t k = 0; k < forecast.size(); ++k) {
        if (std::isfinite(forecast[k])) {
            solarKw[k] = forecast[k];
            ++applied;
        }
    }
    return applied;
}
