#pragma once

#include "core/DailyWindow.h"

#include <QUndoCommand>

class ScheduleModel;

// One edit of the draft as the windows before and after it, so undo and redo restore exact
// states. The steps of one drag carry the same drag id and merge (docs/architecture.md "Conventions" 9).
class ScheduleEditCommand final : public QUndoCommand
{
public:
    ScheduleEditCommand(ScheduleModel &model, QList<DailyWindow> before, QList<DailyWindow> after, int focus, int dragId,
                        const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    int dragId() const { return m_dragId; }

private:
    ScheduleModel &m_model;
    QList<DailyWindow> m_before;
    QList<DailyWindow> m_after;
    int m_focusBefore;
    int m_focusAfter;
    int m_dragId;
};
