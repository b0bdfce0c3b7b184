#include "gui/schedule/ScheduleWindowsTable.h"

#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/WindowCellDelegate.h"

#include <QHeaderView>

ScheduleWindowsTable::ScheduleWindowsTable(ScheduleModel &model, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("scheduleWindows"));
    setModel(&model);
    setItemDelegate(new WindowCellDelegate(model, this));
    verticalHeader()->hide();
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Room for a usual day's windows without scrolling.
    setMinimumHeight(horizontalHeader()->sizeHint().height() + 4 * verticalHeader()->defaultSectionSize() + 4);
}
