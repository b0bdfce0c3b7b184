#pragma once

#include "gui/charts/TimeRange.h"

#include <QWidget>

class Clock;
class QButtonGroup;
class QDateEdit;
class QLabel;
class QPushButton;
class QToolButton;

// The shared range selector above the pages: ◀ ▶ to step, presets as a segmented row of
// buttons, the first and last day of the range (type or pick them: custom ranges are whole days
// in the site's zone), and the zone the charts show. Nothing in it hides or changes size, so the
// tabs under it never move.
class TimeRangeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeRangeBar)

public:
    TimeRangeBar(const Clock &clock, const QTimeZone &zone, QWidget *parent = nullptr);
    ~TimeRangeBar() override;

    const TimeRange &range() const { return m_range; }
    void setPreset(TimeRange::Preset preset);
    // Moves a preset range to the clock's "now" (auto-refresh); a custom range stays.
    void refresh();
    // The site's zone changed: presets are recomputed in it, a custom span keeps its instants.
    void setZone(const QTimeZone &zone);
    // A custom range of whole days in the site's zone, `last` included.
    void setCustomDays(const QDate &first, const QDate &last);
    // Moves the range by its own length (-1 back, +1 forward), as a custom range of whole days.
    void stepRange(int direction);

signals:
    void rangeChanged(const TimeRange &range);
    // ◀ or ▶: the main window steps a zoomed view by its span, else the range (stepRange).
    void stepRequested(int direction);

private:
    void applyCustom();
    void showDays();
    void setRange(const TimeRange &range);
    void retranslate();
    void changeEvent(QEvent *event) override;

    const Clock &m_clock;
    QTimeZone m_zone;
    TimeRange m_range;
    QButtonGroup *m_presets;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_apply;
    QToolButton *m_back;
    QToolButton *m_forward;
    QLabel *m_zoneLabel;
};
