#include "gui/SchedulePage.h"

#include "client/SchedulerApi.h"
#include "core/Clock.h"
#include "gui/SchedulerStatusWidget.h"
#include "gui/SiteConnection.h"
#include "gui/Units.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidgetItem *item(const QString &text, const QVariant &raw = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (raw.isValid())
        i->setData(Qt::UserRole, raw);
    return i;
}

} // namespace

SchedulePage::SchedulePage(SiteConnection &connection, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_status(new SchedulerStatusWidget(clock, this))
    , m_windowsTitle(new QLabel(this))
    , m_windows(new QTableWidget(this))
    , m_historyTitle(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_history(new QTableWidget(this))
{
    setObjectName(QStringLiteral("schedulePage"));
    m_windows->setObjectName(QStringLiteral("scheduleWindows"));
    m_history->setObjectName(QStringLiteral("scheduleHistory"));
    for (QTableWidget *t : {m_windows, m_history}) {
        t->verticalHeader()->hide();
        t->setAlternatingRowColors(true);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_windows->setColumnCount(4);
    m_history->setColumnCount(5);
    QFont bold = m_windowsTitle->font();
    bold.setBold(true);
    m_windowsTitle->setFont(bold);
    m_historyTitle->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_windowsTitle);
    layout->addWidget(m_windows, 1);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_totals);
    layout->addWidget(m_history, 2);
    retranslate();
}

QString SchedulePage::eventName(const QString &type)
{
    if (type == u"create")
        return tr("Schedule created");
    if (type == u"update")
        return tr("Schedule changed");
    if (type == u"start")
        return tr("Run started");
    if (type == u"start_stable")
        return tr("Running (4 min after start)");
    if (type == u"stop")
        return tr("Run stopped");
    if (type == u"stop_stable")
        return tr("Stopped (4 min after stop)");
    return type;
}

void SchedulePage::refresh()
{
    m_connection.scheduler().fetch(this, [this](const ApiError &error, const SchedulerState &state) {
        if (error.isError()) {
            emit failed(error);
            return;
        }
        showState(state);
        emit dataArrived(QDateTime::currentDateTimeUtc(), false);
    });
    m_connection.scheduler().fetchHistory({}, {}, this, [this](const ApiError &error, const SchedulerHistory &history) {
        if (error.isError()) {
            emit failed(error);
            return;
        }
        showHistory(history);
    });
}

void SchedulePage::showState(const SchedulerState &state)
{
    const bool zoneChanged = !m_state || m_state->timezone != state.timezone;
    m_state = state;
    if (zoneChanged)
        retranslate();
    m_status->setState(state);
    const Schedule sorted = state.schedule.sorted();
    m_windows->setRowCount(int(sorted.size()));
    for (int row = 0; row < sorted.size(); ++row) {
        const ScheduleWindow &w = sorted.at(row);
        m_windows->setItem(row, 0, item(ScheduleWindow::formatSecondOfDay(w.startSecond), w.startSecond));
        m_windows->setItem(row, 1, item(ScheduleWindow::formatSecondOfDay(w.stopSecond), w.stopSecond));
        m_windows->setItem(row, 2, item(Units::power(w.powerW), w.powerW));
        m_windows->setItem(row, 3, item(w.charges() ? tr("Charge") : tr("Discharge")));
    }
    m_windows->resizeColumnsToContents();
}

void SchedulePage::showHistory(const SchedulerHistory &history)
{
    m_lastHistory = history;
    const QTimeZone zone = m_state ? m_state->zone() : QTimeZone("Asia/Taipei");
    m_totals->setText(tr("Last 7 days: %n complete run(s), bought %1, sold %2.", nullptr, history.completeCount)
                          .arg(Units::energy(history.purchaseKWh), Units::energy(history.sellKWh)));
    m_history->setRowCount(int(history.records.size()));
    // Newest first: what the operator looks for.
    for (int i = 0; i < history.records.size(); ++i) {
        const SchedulerRecord &r = history.records.at(history.records.size() - 1 - i);
        m_history->setItem(i, 0, item(r.time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.time));
        m_history->setItem(i, 1, item(eventName(r.type), r.type));
        m_history->setItem(i, 2, item(r.purchaseKWh ? Units::energy(*r.purchaseKWh) : QString(), r.purchaseKWh.value_or(qQNaN())));
        m_history->setItem(i, 3, item(r.sellKWh ? Units::energy(*r.sellKWh) : QString(), r.sellKWh.value_or(qQNaN())));
        m_history->setItem(i, 4, item(QString(r.message).replace(QStringLiteral("\r\n"), QStringLiteral(" · ")).simplified()));
    }
    m_history->resizeColumnsToContents();
}

void SchedulePage::retranslate()
{
    m_windowsTitle->setText(tr("Daily windows"));
    m_historyTitle->setText(tr("History"));
    const QString zone = m_state ? m_state->timezone : QStringLiteral("Asia/Taipei");
    m_windows->setHorizontalHeaderLabels({tr("Start (%1)").arg(zone), tr("Stop (%1)").arg(zone), tr("Power"), tr("Kind")});
    m_history->setHorizontalHeaderLabels({tr("Time (%1)").arg(zone), tr("Event"), tr("Bought"), tr("Sold"), tr("Message")});
    if (m_state)
        showState(*m_state);
    if (m_lastHistory)
        showHistory(*m_lastHistory);
}

void SchedulePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
