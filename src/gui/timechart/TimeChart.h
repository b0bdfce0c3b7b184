#pragma once

#include "gui/timechart/ChartMarkerItem.h"
#include "gui/timechart/ChartSeries.h"
#include "gui/timechart/ChartTimeAxis.h"
#include "gui/timechart/ChartValueAxes.h"
#include "gui/timechart/SeriesShapes.h"
#include "gui/timechart/TimeZoom.h"
#include "gui/timechart/ZonedTimeFormat.h"

#include <QChartView>
#include <QSet>
#include <QTimeZone>
#include <optional>

class ChartHoverItem;
class ChartLegendItem;
class ChartNoticeItem;
class SeriesPlotItem;
class TimeSeriesTableModel;

// A time chart of named series (issue 5): keeps the raw data and draws, for the visible range
// and the plot's pixel width, only what can be seen (SeriesDecimator), again on every zoom, pan
// and resize. The time axis reads in the given zone, not the machine's. Hover shows every visible
// series at the cursor; a legend click hides or shows a series; the wheel zooms around the
// cursor, a drag pans, Shift+drag zooms to a span, a double-click (or Home) resets
// (TimeChartInput). New data (auto-refresh) keeps a zoomed view where it is. The data is also
// a table: model().
class TimeChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeChart)

public:
    enum class AxisSide { Left = 0, Right = 1 };

    explicit TimeChart(QWidget *parent = nullptr);
    ~TimeChart() override;

    void setTitle(const QString &title);
    QString title() const;
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_format.zone(); }

    // Replaces the data. fullRange: what resetZoom() shows (e.g. the queried day); by default
    // the span of the data. A zoomed view stays; a view at the full range follows the new one.
    void setSeries(const QList<ChartSeries> &series, std::optional<TimeInterval> fullRange = std::nullopt);
    // As drawn: with the palette's colours filled in.
    const QList<ChartSeries> &series() const;
    TimeSeriesTableModel *model() const { return m_model; }

    // "Power" → axis title "Power (kW)"; without a quantity the axis shows the unit alone.
    void setValueAxisTitle(AxisSide side, const QString &quantity);
    QString valueAxisTitle(AxisSide side) const;
    // A fixed value range in raw units (e.g. 0–100 % for SOC); NaN, NaN for automatic.
    void setValueAxisRange(AxisSide side, double min, double max);

    TimeInterval visibleRange() const { return m_zoom.visible(); }
    TimeInterval fullRange() const { return m_zoom.full(); }
    bool isZoomed() const { return !m_zoom.isAtFull(); }
    void setVisibleRange(TimeInterval range);
    void zoomBy(double factor, qint64 anchorMs); // factor < 1 zooms in
    void panBy(qint64 deltaMs);
    void resetZoom();
    void setMinimumVisibleSpan(qint64 ms);

    bool isSeriesVisible(int index) const;
    void setSeriesVisible(int index, bool visible);
    // Where a series' legend entry is, in viewport coordinates (tests, tooltips), and which
    // entry is at a point (-1: none).
    QRect legendEntryRect(int index) const;
    int legendEntryAt(const QPointF &viewportPos) const;
    // The series that are zero (or absent) throughout and have no legend entry, as the legend
    // names them ("Zero throughout: Generator"); empty when none.
    QString legendNote() const;

    // The read-out at an instant: the time, then "name: value" per visible series.
    QString readoutText(qint64 ms) const;
    // Shows the crosshair and the read-out box at a point of the viewport (the mouse moved).
    void showReadoutAt(const QPointF &viewportPos);
    // What the hover box shows now; empty when the cursor is not over the plot.
    QString hoverText() const { return m_hoverText; }
    void clearHover();

    // Viewport coordinates of the plot area, and time ↔ x within it.
    QRectF plotAreaRect() const;
    double positionOfTime(qint64 ms) const;
    qint64 timeAtPosition(double viewportX) const;

    // A banner over the plot while the data is old ("Stale: last update 10:42").
    void setStale(bool stale, const QString &detail = {});
    bool isStale() const { return m_stale; }
    // A message instead of "No data" (loading, an error); empty to clear.
    void setMessage(const QString &message);
    QString noticeText() const;

    // Vertical lines at events (a scheduler run's start and stop), labelled on top.
    void setMarkers(const QList<ChartMarker> &markers);
    const QList<ChartMarker> &markers() const;

    QString timeAxisTitle() const;
    // The labels as shown ("14:00", "00:00 07-04") and their instants.
    QStringList timeAxisLabels() const;
    QList<qint64> timeAxisTicks() const;

    // Draws the chart for a file, without the hover read-out, scaled to fit `target` (centred
    // across, at its top; vectors stay vectors); also a chart that has never been shown.
    void renderTo(QPainter *painter, const QRectF &target);

    // Lays out and draws the current state now, also for a chart that has never been shown,
    // so it can be rendered or grabbed right away (exports, benchmarks).
    void updateNow();

signals:
    void visibleRangeChanged(qint64 fromMs, qint64 toMs);
    void seriesVisibilityChanged(int index, bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void redraw();
    QList<TimeTicks::Window> labelledBarWindows() const;
    void updateLegend();
    void layoutLegend();
    void updateNotice(bool anyPoint);
    void updateAccessibleText();
    void zoomChanged(bool changed);
    int sideOf(int index) const;
    bool isSeriesShown(int index) const; // visible, and not zero throughout
    QList<bool> shownSeries() const;
    QPointF toChart(const QPointF &viewportPos) const;

    QChart *m_chart;
    ChartTimeAxis m_timeAxis;
    ChartValueAxes m_valueAxes;
    SeriesPlotItem *m_plot;
    ChartLegendItem *m_legend;
    ChartHoverItem *m_hover;
    ChartNoticeItem *m_notice;
    ChartMarkerItem *m_markers;
    TimeSeriesTableModel *m_model;

    ZonedTimeFormat m_format;
    TimeZoom m_zoom;
    QList<int> m_sides;
    QSet<QString> m_hidden; // by name, so a refresh keeps what the operator hid
    QList<bool> m_zero; // per series: zero throughout, so not drawn and not in the legend
    SeriesShapes::Mapping m_mapping;
    bool m_anyPoint = false; // whether the last redraw had anything to draw
    bool m_stale = false;
    QString m_staleDetail;
    QString m_message;
    QString m_hoverText;
    std::optional<QPointF> m_hoverPos; // viewport
    bool m_redrawing = false;
    bool m_redrawAgain = false;
};
