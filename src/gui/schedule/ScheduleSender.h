#pragma once

#include "client/SchedulerApi.h"

#include <QObject>
#include <QTimeZone>
#include <functional>

class ScheduleModel;
class ScheduleProjection;
class QWidget;

// Sending the draft (docs/product.md "Before sending"): the apply dialog first, then SchedulerApi's
// safe apply (GET, compare update_time, PATCH once, read back), then what came of it in words.
// A moved update_time stops everything and shows server, draft and base side by side.
class ScheduleSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleSender)

public:
    // The apply dialog shows `projection`'s answer for the draft and the model's per-unit warnings.
    ScheduleSender(ScheduleModel &model, const ScheduleProjection &projection, SchedulerApi &api, QWidget *dialogParent,
                   QObject *parent = nullptr);

    void setZone(const QTimeZone &zone) { m_zone = zone; }
    // What the draft costs and runs into, as the page shows it (DraftCostLine::dialogLines).
    void setCostLines(std::function<QStringList()> lines) { m_costLines = std::move(lines); }
    // Sending, or asking the operator about it: the draft must stay as shown.
    bool isBusy() const { return m_busy || m_confirming; }

    // Shows the apply dialog; sends only on the operator's confirmation.
    void send();
    // The last outcome's line, said in the current language.
    QString summary() const;

signals:
    void busyChanged(bool busy);
    // The outcome in one line for the page's status, and whether it was a success.
    void finished(const QString &summary, bool ok);

private:
    void report(std::function<QString()> summary, bool ok);
    void confirmAndSend();
    void onOutcome(const Schedule &sent, const SchedulerApi::ApplyOutcome &outcome);
    void setBusy(bool busy);

    ScheduleModel &m_model;
    const ScheduleProjection &m_projection;
    SchedulerApi &m_api;
    QWidget *m_dialogParent;
    QTimeZone m_zone;
    bool m_busy = false;
    bool m_confirming = false;
    std::function<QString()> m_summary;
    std::function<QStringList()> m_costLines;
};
