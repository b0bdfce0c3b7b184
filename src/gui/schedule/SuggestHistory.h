#pragma once

#include "client/ApiError.h"
#include "core/TimeSeries.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

class SiteConnection;

// What "Suggest" learns the usual day from: the site's load and solar power of the last four
// weeks as quarter-hour means (docs/suggest.md "The day"), and the solar forecast of the next
// days, through the site's query runner.
class SuggestHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestHistory)

public:
    static constexpr int kWeeks = 4;
    static constexpr int kForecastDays = 3; // from tomorrow's midnight, as far as forecasts reach

    SuggestHistory(SiteConnection &connection, const QTimeZone &zone, QObject *parent = nullptr);

    // The `kWeeks` weeks before `now`, then the forecast of the `kForecastDays` days after it.
    // A forecast that cannot be read leaves the usual day's solar: ready() all the same.
    void fetch(const QDateTime &now);
    bool isReady() const { return m_ready; }
    const TimeSeries &loadW() const { return m_loadW; }
    const TimeSeries &solarW() const { return m_solarW; }
    const TimeSeries &solarForecastW() const { return m_solarForecastW; }

signals:
    void ready();
    void failed(const ApiError &error);

private:
    void fetchForecast(const QDateTime &now);

    SiteConnection &m_connection;
    QTimeZone m_zone;
    TimeSeries m_loadW;
    TimeSeries m_solarW;
    TimeSeries m_solarForecastW;
    bool m_ready = false;
};
