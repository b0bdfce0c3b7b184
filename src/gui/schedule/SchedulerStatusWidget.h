#pragma once

#include "client/SchedulerState.h"
#include "core/ScheduleTimeline.h"

#include <QWidget>
#include <optional>

class Clock;
class QFormLayout;
class QLabel;
class QTimer;

// The scheduler at a glance: dispatching or idle (docs/aegis-api.md §7), the window running now or
// the next one with a live countdown, and the last run with its grid energy. Times are in the
// scheduler's zone.
class SchedulerStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulerStatusWidget)

public:
    explicit SchedulerStatusWidget(const Clock &clock, QWidget *parent = nullptr);
    ~SchedulerStatusWidget() override;

    void setState(const SchedulerState &state);
    // Back to "no data yet".
    void clearState();
    void setStale(bool stale, qint64 ageSeconds);

    // The rows as shown, for tests and for describe().
    QString statusText() const;
    QString windowCaption() const; // "Now" or "Next"
    QString windowText() const; // "17:00–19:00, discharge 20.0 kW"
    QString countdownText() const; // "in 2 h 14 min", "ends in 45 min 10 s"; empty without a window
    QString lastRunText() const;
    QString energyText() const;
    QString describe() const;

    // Re-reads the clock; the widget's timer does this every second while it is shown.
    void tick();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showState();
    void scheduleNextTick();
    QString formatInstant(const QDateTime &utc) const;
    QString formatRun(const WindowRun &run) const;

    const Clock &m_clock;
    std::optional<SchedulerState> m_state;
    std::optional<ScheduleTimeline> m_timeline;
    bool m_stale = false;
    qint64 m_ageSeconds = 0;

    QTimer *m_tick = nullptr;
    QFormLayout *m_rows = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_windowKey = nullptr;
    QLabel *m_window = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_lastRunKey = nullptr;
    QLabel *m_lastRun = nullptr;
    QLabel *m_energyKey = nullptr;
    QLabel *m_energy = nullptr;
    QLabel *m_note = nullptr;
};
