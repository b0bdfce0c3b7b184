#include "gui/schedule/ScheduleEditCommand.h"

#include "gui/schedule/ScheduleModel.h"

namespace {
constexpr int kDragCommandId = 0x5ced;
}

ScheduleEditCommand::ScheduleEditCommand(ScheduleModel &model, QList<DailyWindow> before, QList<DailyWindow> after, int focus,
                                         int dragId, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_focusBefore(focus)
    , m_focusAfter(focus)
    , m_dragId(dragId)
{
    // A drag that ends where it began is no step at all.
    setObsolete(m_before == m_after);
}

void ScheduleEditCommand::undo()
{
    // The window edited is at the same row before the edit unless the edit added or removed one.
    m_model.applyWindows(m_before, m_before.size() == m_after.size() ? m_focusBefore : -1);
}

void ScheduleEditCommand::redo()
{
    m_model.applyWindows(m_after, m_focusAfter);
}

int ScheduleEditCommand::id() const
{
    return m_dragId != 0 ? kDragCommandId : -1;
}

bool ScheduleEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ScheduleEditCommand *>(other);
    if (next->m_dragId != m_dragId)
        return false;
    m_after = next->m_after;
    m_focusAfter = next->m_focusAfter;
    setText(next->text());
    setObsolete(m_before == m_after);
    return true;
}
