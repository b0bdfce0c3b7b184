#include "gui/schedule/ScheduleSender.h"

#include "core/ScheduleRules.h"
#include "gui/common/GuiLogging.h"
#include "gui/common/MessageSink.h"
#include "gui/schedule/ApplyDialog.h"
#include "gui/schedule/ConflictDialog.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/ScheduleProjection.h"

ScheduleSender::ScheduleSender(ScheduleModel &model, const ScheduleProjection &projection, SchedulerApi &api,
                               QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_projection(projection)
    , m_api(api)
    , m_dialogParent(dialogParent)
    , m_zone(QTimeZone::utc())
{
}

void ScheduleSender::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void ScheduleSender::send()
{
    if (m_busy || !m_model.hasBase())
        return;
    const Schedule draft = m_model.draft();
    const QList<ScheduleViolation> violations = ScheduleRules(m_model.limits()).check(draft);
    if (!violations.isEmpty()) {
        MessageSink::show(
            m_dialogParent, MessageSink::Level::Warning, tr("Send the schedule"),
            tr("The draft breaks the scheduler's rules and cannot be sent:\n%1").arg(ScheduleRules::describe(violations)));
        return;
    }
    confirmAndSend();
}

void ScheduleSender::confirmAndSend()
{
    // What is confirmed is what is sent: the draft and the base it was made from, as the
    // dialog shows them.
    const Schedule draft = m_model.draft();
    const QDateTime base = m_model.baseUpdateTime();
    ApplyDialog dialog(m_model.base(), draft, QString::fromUtf8(m_zone.id()), m_dialogParent);
    dialog.setObjectName(QStringLiteral("applyDialog"));
    dialog.setProjection(m_projection.of(draft), m_projection.battery(), m_zone);
    dialog.setWarnings(m_model.unitWarningTexts());
    if (m_costLines)
        dialog.setCost(m_costLines());
    m_confirming = true;
    const int result = dialog.exec();
    m_confirming = false;
    if (result != QDialog::Accepted)
        return;
    setBusy(true);
    m_api.apply(draft, base, this, [this, draft](const SchedulerApi::ApplyOutcome &outcome) {
        setBusy(false);
        onOutcome(draft, outcome);
    });
}

void ScheduleSender::report(std::function<QString()> summary, bool ok)
{
    m_summary = std::move(summary);
    emit finished(m_summary(), ok);
}

QString ScheduleSender::summary() const
{
    return m_summary ? m_summary() : QString();
}

void ScheduleSender::onOutcome(const Schedule &sent, const SchedulerApi::ApplyOutcome &outcome)
{
    using Status = SchedulerApi::ApplyOutcome::Status;
    qCInfo(lcSchedule) << "sending" << sent.windows().size() << "windows ended in outcome" << int(outcome.status)
                       << "(0 applied, 1 conflict, 2 rejected, 3 not applied, 4 unknown)" << outcome.error.message();
    const QString title = tr("Send the schedule");
    switch (outcome.status) {
    case Status::Applied:
        // The server holds the draft: it is the new base, with nothing left to send.
        m_model.loadFromServer(outcome.server ? outcome.server->schedule : sent,
                               outcome.server ? outcome.server->updateTime : QDateTime());
        report([] { return tr("Sent and confirmed: the scheduler holds exactly these windows."); }, true);
        return;
    case Status::Conflict: {
        const SchedulerState &server = *outcome.server;
        ConflictDialog dialog(server.schedule, server.updateTime, sent, m_model.base(), m_model.baseUpdateTime(), m_zone,
                              m_dialogParent);
        dialog.setObjectName(QStringLiteral("conflictDialog"));
        m_confirming = true;
        dialog.exec();
        m_confirming = false;
        switch (dialog.choice()) {
        case ConflictDialog::Choice::Overwrite:
            // The operator has seen the server's windows: they become the base, and the apply
            // dialog shows again what sending would change on them.
            m_model.rebase(server.schedule, server.updateTime);
            report([] { return tr("Nothing was sent: the server's windows had changed."); }, false);
            confirmAndSend();
            return;
        case ConflictDialog::Choice::TakeServer:
            m_model.loadFromServer(server.schedule, server.updateTime);
            report([] { return tr("Nothing was sent; the editor now holds the server's windows."); }, false);
            return;
        case ConflictDialog::Choice::KeepEditing:
            report([] { return tr("Nothing was sent: the server's windows had changed since you loaded them."); }, false);
            return;
        }
        return;
    }
    case Status::NotApplied:
        if (outcome.server)
            m_model.rebase(outcome.server->schedule, outcome.server->updateTime);
        MessageSink::show(m_dialogParent, MessageSink::Level::Critical, title,
                          tr("The server answered, but reading the schedule back shows other windows than were sent:\n%1\n\n"
                             "Your draft is kept; check the server's windows before sending again.")
                              .arg(outcome.difference));
        report([] { return tr("Not applied: the server holds other windows than were sent."); }, false);
        return;
    case Status::Rejected:
        MessageSink::show(m_dialogParent, MessageSink::Level::Critical, title,
                          tr("The server refused the windows; nothing changed:\n%1").arg(outcome.error.message()));
        report([error = outcome.error] { return tr("Refused by the server: %1").arg(error.message()); }, false);
        return;
    case Status::Unknown:
        MessageSink::show(m_dialogParent, MessageSink::Level::Warning, title,
                          tr("Sending failed and the schedule could not be read back, so it is not known whether the "
                             "server took the windows:\n%1\n\nYour draft is kept. Reload to see the server's windows.")
                              .arg(outcome.error.message()));
        report([error = outcome.error] { return tr("Unknown whether the windows were taken: %1").arg(error.message()); }, false);
        return;
    }
}
