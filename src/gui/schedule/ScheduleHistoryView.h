#pragma once

#include "client/ApiError.h"
#include "client/SchedulerState.h"
#include "gui/schedule/ScheduleHistoryFeed.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QTimeZone>
#include <QWidget>
#include <optional>

class Clock;
class QGroupBox;
class QLabel;
class QTableWidget;
class SiteConnection;
class TimeChart;

// The scheduler's state and history for the schedule page (docs/aegis-api.md §7): whether it is
// dispatching, the last run from `info` (start/stop snapshots per device, grid energy), and the
// last 7 days of history records with their totals, beside the site SOC over the same span with
// a marker at each run's start and stop. Times read in the scheduler's zone; ScheduleHistoryFeed
// fetches what is shown.
class ScheduleHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleHistoryView)

public:
    static constexpr int kHistoryDays = ScheduleHistoryFeed::kHistoryDays;
    // The history table's columns: each record read into numbers (HistoryRecordReading), powers in kW.
    enum HistoryColumn {
        TimeColumn,
        EventColumn,
        BatteryColumn,
        SocColumn,
        SolarColumn,
        GridColumn,
        BoughtColumn,
        SoldColumn,
        DetailsColumn,
        HistoryColumnCount
    };

    ScheduleHistoryView(SiteConnection &connection, const Clock &clock, QWidget *parent = nullptr);

    // The last run from `info`, and the zone times are shown in.
    void setState(const SchedulerState &state);
    // Fetches the history of the last 7 days and the site SOC over the same span. A failure
    // emits failed() and keeps what is shown.
    void refresh();

    ScheduleHistoryFeed &feed() const { return *m_feed; }
    TimeChart *socChart() const { return m_chart; }
    QTableWidget *historyTable() const { return m_history; }
    QTableWidget *deviceTable() const { return m_devices; }
    QString totalsText() const;
    QString lastRunText() const; // the "Last run" box as text, for tests and logs
    // UTC time and record type of each marker on the SOC chart, oldest first.
    QList<QPair<QDateTime, QString>> markers() const { return m_markers; }

    static QString eventName(const QString &type);

signals:
    void failed(const ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Row { StateRow, StartedRow, StoppedRow, BoughtRow, SoldRow, RowCount };

    QTimeZone zone() const;
    QString zoneName() const;
    QString formatTime(const QDateTime &utc) const;
    void showLastRun();
    void showHistory();
    void showSoc();
    void showSocFailure(const ApiError &error);
    void showMarkers();
    void retranslate();

    const SiteConnection &m_connection; // before the feed: zone() reads the site's zone
    std::optional<SchedulerState> m_state; // and the state, when the feed is made
    ScheduleHistoryFeed *m_feed;
    QGroupBox *m_lastRunBox;
    QLabel *m_keys[RowCount] = {};
    QLabel *m_values[RowCount] = {};
    QTableWidget *m_devices;
    QLabel *m_error;
    QLabel *m_historyTitle;
    QLabel *m_totals;
    QTableWidget *m_history;
    TimeChart *m_chart;

    QList<QPair<QDateTime, QString>> m_markers;
};
