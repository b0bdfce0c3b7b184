#pragma once

#include "client/ApiError.h"
#include "core/TimeSeries.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

class SiteConnection;

// What "Suggest" learns the usual day from: the site's load and solar power of the last four
// weeks as quarter-hour means (docs/suggest.md "The day"), through the site's query runner.
class SuggestHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestHistory)

public:
    static constexpr int kWeeks = 4;

    SuggestHistory(SiteConnection &connection, const QTimeZone &zone, QObject *parent = nullptr);

    // The `kWeeks` weeks before `now`.
    void fetch(const QDateTime &now);
    bool isReady() const { return m_ready; }
    const TimeSeries &loadW() const { return m_loadW; }
    const TimeSeries &solarW() const { return m_solarW; }

signals:
    void ready();
    void failed(const ApiError &error);

private:
    SiteConnection &m_connection;
    QTimeZone m_zone;
    TimeSeries m_loadW;
    TimeSeries m_solarW;
    bool m_ready = false;
};
