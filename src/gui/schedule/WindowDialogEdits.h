#pragma once

#include <QObject>

class QWidget;
class ScheduleModel;
struct DailyWindow;

// A window edited or added exactly in WindowDialog (a double-click on the timeline), taken into
// the draft as one undo step only if the draft did not change while the dialog was open.
class WindowDialogEdits final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowDialogEdits)

public:
    WindowDialogEdits(ScheduleModel &model, QWidget *dialogParent, QObject *parent = nullptr);

    void editWindow(int row);
    // A new window starting at `secondOfDay`, an hour long, of `powerW` (5 kW charge when 0).
    void createWindow(int secondOfDay, double powerW);
    // The dialog is open: the draft must stay as it shows it.
    bool isOpen() const { return m_open; }

signals:
    // Nothing was taken, and why.
    void refused(const QString &reason);

private:
    void run(int row, const DailyWindow &proposal, const QString &undoText);

    ScheduleModel &m_model;
    QWidget *m_dialogParent;
    bool m_open = false;
};
