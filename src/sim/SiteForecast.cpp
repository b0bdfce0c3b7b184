// SiteModel's solar forecast (docs/emulator.md "The forecast"), apart from the simulation of
// the site itself.
#include "sim/SiteModel.h"

void SiteModel::extendForecast(qint64 untilMs)
{
    double effArea = 0;
    for (const PvArray &pv : m_pv)
        effArea += pv.effArea * pv.performance;
    constexpr qint64 kStepsPerForecast = kForecastStepMs / kStepMs;
    while (m_originMs + m_forecastSteps * kForecastStepMs <= untilMs) {
        const qint64 t = m_originMs + m_forecastSteps * kForecastStepMs;
        double dr = 0;
        double power = 0;
        if (m_exactForecast) {
            // The mean of the steps to come, computed as simulateStep() will compute them.
            for (qint64 i = 0; i < kStepsPerForecast; ++i) {
                const qint64 s = (t - m_originMs) / kStepMs + i;
                const double irr0 = m_weather.irradiance(m_originMs + s * kStepMs, 0);
                dr += irr0 / double(kStepsPerForecast);
                for (const PvArray &pv : m_pv)
                    power += arrayPowerW(pv, irr0, s) / double(kStepsPerForecast);
            }
        } else {
            dr = m_weather.forecastIrradiance(t);
            power = dr * effArea;
        }
        m_forecast[PredictionIrradiance].append(dr);
        m_forecast[PredictionSolarPower].append(power);
        for (DeviceData &d : m_devices) {
            if (d.prediction.isEmpty())
                continue;
            const double area = 30.0, eff = 0.2;
            d.prediction[0].append(dr);
            d.prediction[1].append(area);
            d.prediction[2].append(eff);
            d.prediction[3].append(dr * area * eff);
        }
        ++m_forecastSteps;
    }
}
