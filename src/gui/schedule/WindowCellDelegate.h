#pragma once

#include <QStyledItemDelegate>

class ScheduleModel;

// The windows table's editors: times in 24-hour form and a kW spin box held to the site's limits.
class WindowCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowCellDelegate)

public:
    WindowCellDelegate(const ScheduleModel &model, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const ScheduleModel &m_model;
};
