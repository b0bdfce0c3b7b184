#include "gui/schedule/WindowDialogEdits.h"

#include "core/WindowEdits.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/WindowDialog.h"

WindowDialogEdits::WindowDialogEdits(ScheduleModel &model, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_dialogParent(dialogParent)
{
}

void WindowDialogEdits::editWindow(int row)
{
    const DailyWindow before = m_model.window(row);
    const DailyWindow proposal = before;
    run(row, proposal, tr("Edit %1").arg(before.describe()));
}

void WindowDialogEdits::createWindow(int secondOfDay, double powerW)
{
    const DailyWindow proposal{secondOfDay % DailyWindow::kDay, 3600, powerW == 0 ? 5000.0 : powerW, {}};
    run(-1, proposal, QString());
}

void WindowDialogEdits::run(int row, const DailyWindow &proposal, const QString &undoText)
{
    const WindowEdits edits(m_model.windows(), m_model.limits());
    WindowDialog dialog(edits, row, proposal, m_dialogParent);
    // The draft must not change under the dialog (auto-refresh follows the server otherwise).
    m_open = true;
    const int result = dialog.exec();
    m_open = false;
    if (result != QDialog::Accepted)
        return;
    if (m_model.windows() != edits.windows()) {
        emit refused(tr("The windows changed while the dialog was open; nothing was taken. Please edit again."));
        return;
    }
    const QList<DailyWindow> after = edits.with(row, dialog.window());
    m_model.edit(after, undoText.isEmpty() ? tr("Add %1").arg(dialog.window().describe()) : undoText,
                 int(after.indexOf(dialog.window())));
}
