#pragma once

#include <QTableView>

class ScheduleModel;

// The draft's windows as a table beside the timeline: one row selected at a time, cells edited
// in place with WindowCellDelegate's editors.
class ScheduleWindowsTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleWindowsTable)

public:
    explicit ScheduleWindowsTable(ScheduleModel &model, QWidget *parent = nullptr);
};
