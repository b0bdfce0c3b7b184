#pragma once

#include "client/ApiError.h"
#include "client/SchedulerState.h"

#include <QDateTime>
#include <QWidget>

class Clock;
class QLabel;
class QTableWidget;
class SchedulerStatusWidget;
class SiteConnection;

// The battery schedule as the server holds it: state, daily windows, last run, and the
// history of runs with their purchased and sold energy. The drag-on-timeline editor builds on
// this page.
class SchedulePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePage)

public:
    SchedulePage(SiteConnection &connection, const Clock &clock, QWidget *parent = nullptr);

    void refresh();
    static QString eventName(const QString &type);

signals:
    void dataArrived(const QDateTime &fetchedAt, bool fromCache);
    void failed(const ApiError &error);

private:
    void showState(const SchedulerState &state);
    void showHistory(const SchedulerHistory &history);
    void retranslate();
    void changeEvent(QEvent *event) override;

    SiteConnection &m_connection;
    const Clock &m_clock;
    SchedulerStatusWidget *m_status;
    QLabel *m_windowsTitle;
    QTableWidget *m_windows;
    QLabel *m_historyTitle;
    QLabel *m_totals;
    QTableWidget *m_history;
    std::optional<SchedulerState> m_state;
    std::optional<SchedulerHistory> m_lastHistory;
};
