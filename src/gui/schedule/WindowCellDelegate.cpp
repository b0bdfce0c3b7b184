#include "gui/schedule/WindowCellDelegate.h"

#include "gui/schedule/ScheduleModel.h"

#include <QDoubleSpinBox>
#include <QTimeEdit>

WindowCellDelegate::WindowCellDelegate(const ScheduleModel &model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

QWidget *WindowCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == ScheduleModel::StartColumn || index.column() == ScheduleModel::StopColumn) {
        auto *edit = new QTimeEdit(parent);
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        return edit;
    }
    if (index.column() == ScheduleModel::PowerColumn) {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setSuffix(QStringLiteral(" kW"));
        spin->setRange(-m_model.limits().maxDischargeW / 1000.0, m_model.limits().maxChargeW / 1000.0);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}
