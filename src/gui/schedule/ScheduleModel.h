#pragma once

#include "core/DailyWindow.h"
#include "core/ScheduleRules.h"
#include "core/UnitShare.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QUndoStack>

// The draft of the daily windows (docs/product.md "The schedule editor"), behind the timeline and
// the table alike. Every edit is an undo step; the steps of one drag merge into one. The
// draft remembers the server schedule and the update_time it was based on, so that sending
// it can tell whether someone else changed the server's windows meanwhile.
class ScheduleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleModel)

public:
    enum Column { StartColumn, StopColumn, PowerColumn, KindColumn, PerUnitColumn, ColumnCount };
    // Seconds of the day for start and stop (stop 86400 = midnight), watts for power.
    static constexpr int RawRole = Qt::UserRole;

    explicit ScheduleModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QUndoStack *undoStack() { return &m_undo; }
    const QList<DailyWindow> &windows() const { return m_windows; }
    const DailyWindow &window(int row) const { return m_windows.at(row); }
    Schedule draft() const { return DailyWindows::toSchedule(m_windows); }

    const ScheduleLimits &limits() const { return m_limits; }
    void setLimits(const ScheduleLimits &limits);
    QString zoneName() const { return m_zoneName; }
    void setZoneName(const QString &zone);

    // The server's schedule as loaded: the draft starts equal to it, with no undo history.
    void loadFromServer(const Schedule &server, const QDateTime &updateTime);
    // A saved draft back, with the base it was made from.
    void restoreDraft(const Schedule &draft, const Schedule &base, const QDateTime &baseUpdateTime);
    // The server's windows become the base; the draft and its undo history stay.
    void rebase(const Schedule &server, const QDateTime &updateTime);
    const Schedule &base() const { return m_base; }
    QDateTime baseUpdateTime() const { return m_baseUpdateTime; }
    bool hasBase() const { return m_hasBase; }
    // The draft holds other windows than the server schedule it was based on.
    bool isModified() const;

    // Edits. Each is one undo step named `text`; the steps of one drag (same non-zero dragId)
    // become one. `focus` is the window to select afterwards (an index into `windows`).
    void edit(const QList<DailyWindow> &windows, const QString &text, int focus = -1, int dragId = 0);
    void removeWindow(int row);
    int beginDrag() { return ++m_lastDragId; }
    // Takes back the step of drag `dragId` if it is the last one, leaving nothing to redo.
    void cancelDrag(int dragId);

    // The Pomcube units that share the site power (docs/aegis-api.md §4, "split across the units").
    void setUnits(int online, double unitLimitW);
    const UnitShare &unitShare() const { return m_unitShare; }
    int unitsOnline() const { return m_unitShare.unitsOnline(); }
    double unitLimitW() const { return m_unitShare.unitLimitW(); }
    double perUnitW(int row) const;
    bool exceedsUnitLimit(int row) const;
    // The windows whose share exceeds a unit's limit; empty when none does.
    QList<UnitShareWarning> unitWarnings() const { return m_unitShare.check(m_windows); }
    // Those warnings in words, one per window.
    QStringList unitWarningTexts() const;
    static QString describe(const UnitShareWarning &warning);

    // Applied by undo commands only.
    void applyWindows(const QList<DailyWindow> &windows, int focus);

signals:
    void draftChanged();
    void windowFocused(int row);
    // An edit typed in the table that the rules refuse, with the reason.
    void editRefused(const QString &reason);

private:
    QString powerText(double watts) const;

    QList<DailyWindow> m_windows;
    Schedule m_base;
    QDateTime m_baseUpdateTime;
    bool m_hasBase = false;
    ScheduleLimits m_limits;
    QString m_zoneName;
    QUndoStack m_undo;
    int m_lastDragId = 0;
    UnitShare m_unitShare;
};
