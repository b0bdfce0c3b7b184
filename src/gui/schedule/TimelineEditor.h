#pragma once

#include "core/Tariff.h"
#include "core/WindowEdits.h"
#include "gui/schedule/TimelineGeometry.h"

#include <QHash>
#include <QPointF>
#include <QTimeZone>
#include <QWidget>
#include <optional>

class Clock;
class ScheduleModel;

// The 24-hour timeline of the schedule editor (docs/product.md "The schedule editor"), in the
// scheduler's zone: charge windows above the zero line, discharge below, height by power.
// Drags create, move, resize and set the power of windows through the ScheduleModel, held at
// the rules' limits by WindowEdits; one drag is one undo step.
class TimelineEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineEditor)

public:
    using Handle = TimelineGeometry::Handle;

    TimelineEditor(ScheduleModel &model, const Clock &clock, QWidget *parent = nullptr);
    ~TimelineEditor() override;

    void setZone(const QTimeZone &zone);
    // Minutes to snap to: 1, 5, 15, 30 or 60.
    void setSnapMinutes(int minutes);
    int snapMinutes() const { return m_snapMinutes; }
    int selectedRow() const { return m_selected; }
    void setSelectedRow(int row);
    // The windows the projection says will do less than asked, by row, with the reason.
    void setWindowWarnings(const QHash<int, QString> &warnings);
    const QHash<int, QString> &windowWarnings() const { return m_warnings; }
    // The tariff's periods of the kind of day the page prices, shaded behind the windows.
    void setTariffPeriods(const QList<TariffPeriod> &periods);
    const QList<TariffPeriod> &tariffPeriods() const { return m_periods; }

    // Geometry, for tests and the projection strip: where a time and a power are drawn.
    QPointF pointAt(int secondOfDay, double powerW) const;
    Handle handleAt(const QPointF &pos, int *row = nullptr) const;
    // The text shown while a drag goes on (empty when none), e.g. "17:00–19:00, −20 kW".
    QString dragReadout() const;
    bool isDragging() const { return m_drag.started; }
    // The label drawn for a window at the widget's size, power first ("−20 kW", "17:00–19:00"):
    // inside the window as far as it fits, else its power beside it. Never empty for a window.
    QStringList windowLabel(int row) const;
    QRectF windowLabelBox(int row) const; // where it is drawn

    // What the shaded part of the day left of "now" says.
    QString pastLabel() const;
    // Why the last drag stopped short, empty when it did not.
    QString lastStop() const { return m_lastStop; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectedRowChanged(int row);
    void editRequested(int row);
    void createRequested(int secondOfDay, double powerW);
    // An edit was held at a rule's limit, with the reason; empty when the next edit was not.
    void ruleStopped(const QString &reason);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();
    struct Drag
    {
        Handle handle = Handle::None;
        int row = -1;
        int dragId = 0;
        QPointF pressPos;
        bool started = false;
        std::optional<WindowEdits> edits; // the windows as they were at the press
        DailyWindow original;
        int pressSecond = 0;
        double pressPowerW = 0;
        QString readout;
    };

    // The geometry of the widget as it is now: its size, the model's power scale, the snap step.
    TimelineGeometry plotGeometry() const;
    int nowSecond() const;
    void dragTo(const QPointF &pos);
    void applyEdit(const WindowEdit &edit, int row, const QString &text);
    void nudge(int seconds, bool resizeEnd);
    void nudgePower(double watts);
    // One key press's edit of the selected window: its own undo step.
    void applyKeyEdit(const WindowEdit &edit, const QString &text);
    void updateCursor(const QPointF &pos);
    QString toolTipAt(const QPointF &pos) const;

    struct WindowLabel
    {
        QStringList lines;
        QRectF box;
        bool inside = true;
    };
    WindowLabel labelOf(const TimelineGeometry &g, int row, const QFontMetrics &metrics) const;

    void paintScale(QPainter &p, const TimelineGeometry &g) const;
    void paintPast(QPainter &p, const TimelineGeometry &g, int now) const;
    void paintWindow(QPainter &p, const TimelineGeometry &g, int row, int now) const;
    void paintNow(QPainter &p, const TimelineGeometry &g, int now) const;
    void paintReadout(QPainter &p) const;
    void paintEmptyHint(QPainter &p, const DayAxis &axis) const;

    ScheduleModel &m_model;
    const Clock &m_clock;
    QTimeZone m_zone;
    int m_snapMinutes = 15;
    int m_selected = -1;
    QHash<int, QString> m_warnings;
    QList<TariffPeriod> m_periods;
    Drag m_drag;
    QPointF m_cursor;
    QString m_lastStop;
};
