#include "gui/schedule/ScheduleModel.h"

#include "core/WindowEdits.h"
#include "gui/common/AppPalette.h"
#include "gui/common/Units.h"
#include "gui/schedule/ScheduleEditCommand.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QTime>
#include <cmath>

namespace {

QTime clockTime(int secondOfDay)
{
    return QTime::fromMSecsSinceStartOfDay((secondOfDay % DailyWindow::kDay) * 1000);
}

} // namespace

ScheduleModel::ScheduleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_undo.setUndoLimit(500);
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_windows.size());
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScheduleModel::powerText(double watts) const
{
    return ScheduleWindow::formatPower(watts);
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_windows.size())
        return {};
    const DailyWindow &w = m_windows.at(index.row());
    switch (index.column()) {
    case StartColumn:
        if (role == Qt::DisplayRole)
            return ScheduleWindow::formatSecondOfDay(w.start);
        if (role == Qt::EditRole)
            return clockTime(w.start);
        if (role == RawRole)
            return w.start;
        break;
    case StopColumn:
        if (role == Qt::DisplayRole) {
            const QString stop = ScheduleWindow::formatSecondOfDay(w.stop());
            return w.crossesMidnight() ? tr("%1 (next day)").arg(stop) : stop;
        }
        if (role == Qt::EditRole)
            return clockTime(w.stop());
        if (role == RawRole)
            return w.stop();
        break;
    case PowerColumn:
        if (role == Qt::DisplayRole)
            return powerText(w.powerW);
        if (role == Qt::EditRole)
            return w.powerW / 1000.0;
        if (role == RawRole)
            return w.powerW;
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return w.charges() ? tr("Charge") : tr("Discharge");
        if (role == RawRole)
            return w.charges() ? 1 : -1;
        break;
    case PerUnitColumn:
        if (role == Qt::DisplayRole)
            return unitsOnline() > 0 ? tr("%1 × %2").arg(Units::power(std::abs(perUnitW(index.row())))).arg(unitsOnline())
                                     : tr("no unit online");
        if (role == RawRole)
            return perUnitW(index.row());
        if (role == Qt::ForegroundRole && exceedsUnitLimit(index.row()))
            return QBrush(
                AppPalette::color(AppPalette::Role::Critical, QGuiApplication::palette())); // readable in a dark theme too
        if (role == Qt::ToolTipRole && exceedsUnitLimit(index.row()))
            return tr("Each unit would carry %1, above its limit of %2.")
                .arg(Units::power(std::abs(perUnitW(index.row()))), Units::power(unitLimitW()));
        break;
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == KindColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString zone = m_zoneName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_zoneName);
    switch (section) {
    case StartColumn:
        return QString(tr("Start") + zone);
    case StopColumn:
        return QString(tr("Stop") + zone);
    case PowerColumn:
        return tr("Power (kW)");
    case KindColumn:
        return tr("Kind");
    case PerUnitColumn:
        return tr("Per unit");
    default:
        return {};
    }
}

Qt::ItemFlags ScheduleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() <= PowerColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScheduleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_windows.size())
        return false;
    const int row = index.row();
    DailyWindow w = m_windows.at(row);
    QString text;
    auto secondOf = [](const QVariant &v, bool *ok) {
        if (v.metaType().id() == QMetaType::QTime) {
            const QTime t = v.toTime();
            *ok = t.isValid();
            return t.msecsSinceStartOfDay() / 1000;
        }
        return v.toInt(ok);
    };
    bool ok = false;
    switch (index.column()) {
    case StartColumn: {
        const int start = secondOf(value, &ok);
        // The stop stays where it was, unless the new start passes it: then the window keeps
        // its length (an operator typing a later start means to move it, not to wrap it).
        const int stop = w.stop() % DailyWindow::kDay;
        const bool passesStop = !w.crossesMidnight() && start >= w.end();
        w.start = start % DailyWindow::kDay;
        if (!passesStop)
            w.duration = (stop - w.start + DailyWindow::kDay) % DailyWindow::kDay;
        text = tr("Set start of %1").arg(m_windows.at(row).describe());
        break;
    }
    case StopColumn: {
        const int stop = secondOf(value, &ok);
        w.duration = ((stop - w.start) % DailyWindow::kDay + DailyWindow::kDay) % DailyWindow::kDay;
        if (w.duration == 0 && stop == 0)
            w.duration = DailyWindow::kDay - w.start; // 00:00 as the stop: midnight
        text = tr("Set stop of %1").arg(m_windows.at(row).describe());
        break;
    }
    case PowerColumn:
        w.powerW = std::round(value.toDouble(&ok) * 1000.0);
        text = tr("Set power of %1").arg(m_windows.at(row).describe());
        break;
    default:
        return false;
    }
    if (!ok) {
        emit editRefused(tr("Not a valid value."));
        return false;
    }
    const WindowEdits edits(m_windows, m_limits);
    const QString refusal = edits.refusal(row, w);
    if (!refusal.isEmpty()) {
        emit editRefused(refusal);
        return false;
    }
    QList<DailyWindow> after = edits.with(row, w);
    edit(after, text, int(after.indexOf(w)));
    return true;
}

void ScheduleModel::setLimits(const ScheduleLimits &limits)
{
    m_limits = limits;
}

void ScheduleModel::setZoneName(const QString &zone)
{
    if (zone == m_zoneName)
        return;
    m_zoneName = zone;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ScheduleModel::loadFromServer(const Schedule &server, const QDateTime &updateTime)
{
    restoreDraft(server, server, updateTime);
}

void ScheduleModel::restoreDraft(const Schedule &draft, const Schedule &base, const QDateTime &baseUpdateTime)
{
    m_undo.clear();
    m_base = base;
    m_baseUpdateTime = baseUpdateTime;
    m_hasBase = true;
    applyWindows(DailyWindows::fromSchedule(draft), -1);
}

void ScheduleModel::rebase(const Schedule &server, const QDateTime &updateTime)
{
    m_base = server;
    m_baseUpdateTime = updateTime;
    m_hasBase = true;
    emit draftChanged();
}

bool ScheduleModel::isModified() const
{
    return m_hasBase && !draft().sameWindowsAs(m_base);
}

void ScheduleModel::edit(const QList<DailyWindow> &windows, const QString &text, int focus, int dragId)
{
    QList<DailyWindow> sorted = windows;
    DailyWindows::sort(sorted);
    if (focus >= 0 && focus < windows.size())
        focus = int(sorted.indexOf(windows.at(focus)));
    if (sorted == m_windows && dragId == 0)
        return;
    m_undo.push(new ScheduleEditCommand(*this, m_windows, sorted, focus, dragId, text));
}

void ScheduleModel::cancelDrag(int dragId)
{
    const auto *last =
        m_undo.index() > 0 ? dynamic_cast<const ScheduleEditCommand *>(m_undo.command(m_undo.index() - 1)) : nullptr;
    if (!last || last->dragId() != dragId || dragId == 0)
        return;
    m_undo.undo();
    // Pushing drops what could be redone; an obsolete command leaves nothing itself.
    auto *nothing = new QUndoCommand;
    nothing->setObsolete(true);
    m_undo.push(nothing);
}

void ScheduleModel::removeWindow(int row)
{
    if (row < 0 || row >= m_windows.size())
        return;
    QList<DailyWindow> after = m_windows;
    after.removeAt(row);
    edit(after, tr("Remove %1").arg(m_windows.at(row).describe()), -1);
}

void ScheduleModel::applyWindows(const QList<DailyWindow> &windows, int focus)
{
    if (windows.size() == m_windows.size()) {
        m_windows = windows;
        if (!m_windows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_windows = windows;
        endResetModel();
    }
    emit draftChanged();
    emit windowFocused(focus);
}

void ScheduleModel::setUnits(int online, double unitLimitW)
{
    // The feed reports the units with every part of a refresh: only a change is an edit.
    if (online == m_unitShare.unitsOnline() && unitLimitW == m_unitShare.unitLimitW())
        return;
    m_unitShare = UnitShare(online, unitLimitW);
    if (!m_windows.isEmpty())
        emit dataChanged(index(0, PerUnitColumn), index(rowCount() - 1, PerUnitColumn));
    emit draftChanged();
}

double ScheduleModel::perUnitW(int row) const
{
    return m_unitShare.perUnitW(m_windows.at(row).powerW);
}

bool ScheduleModel::exceedsUnitLimit(int row) const
{
    return m_unitShare.exceeds(m_windows.at(row).powerW);
}

QStringList ScheduleModel::unitWarningTexts() const
{
    QStringList lines;
    for (const UnitShareWarning &w : unitWarnings())
        lines << describe(w);
    return lines;
}

QString ScheduleModel::describe(const UnitShareWarning &warning)
{
    if (warning.noUnitOnline())
        return tr("%1: no Pomcube unit is online to carry it.").arg(warning.window.describe());
    return tr("%1: each of the %n unit(s) would carry %2, above its limit of %3.", nullptr, warning.unitsOnline)
        .arg(warning.window.describe(), Units::power(std::abs(warning.perUnitW)), Units::power(warning.limitW));
}
