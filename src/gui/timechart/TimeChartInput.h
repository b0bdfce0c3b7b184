#pragma once

#include "gui/timechart/TimeZoom.h"

#include <QObject>
#include <QPointF>

class QKeyEvent;
class QMouseEvent;
class QRubberBand;
class QWheelEvent;
class TimeChart;

// What the mouse and the keyboard do on a TimeChart: the wheel zooms the time axis around the
// cursor (sideways scrolling pans), a drag pans, a drag along the time axis or Shift+drag
// selects a span to zoom to, a double-click resets, a click on a legend entry hides or shows
// its series, and moving shows the read-out. Keys: + and − zoom, the arrows pan, Home resets. An event filter on the chart
// and its viewport, working through the chart's public API.
class TimeChartInput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeChartInput)

public:
    explicit TimeChartInput(TimeChart *chart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool wheel(QWheelEvent *event);
    bool press(QMouseEvent *event);
    bool move(QMouseEvent *event);
    bool release(QMouseEvent *event);
    bool doubleClick(QMouseEvent *event);
    bool key(QKeyEvent *event);

    TimeChart *m_chart;
    QRubberBand *m_band;
    enum class Drag { None, Pan, Select };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    TimeInterval m_pressRange;
};
