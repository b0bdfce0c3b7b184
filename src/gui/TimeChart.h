#pragma once

#include "gui/ChartSeries.h"
#include "gui/SeriesShapes.h"
#include "gui/TimeTicks.h"
#include "gui/TimeZoom.h"
#include "gui/ZonedTimeFormat.h"

#include <QChartView>
#include <QSet>
#include <QTimeZone>

#include <limits>
#include <optional>

class ChartHoverItem;
class ChartLegendItem;
class ChartNoticeItem;
class QCategoryAxis;
class QGraphicsRectItem;
class QValueAxis;
class SeriesPlotItem;
class TimeSeriesTableModel;

// A time chart of named series (issue 5): keeps the raw data and draws, for the visible range
// and the plot's pixel width, only what can be seen (SeriesDecimator), again on every zoom, pan
// and resize. The time axis reads in the given zone, not the machine's. Hover shows every visible
// series at the cursor; a legend click hides or shows a series; the wheel zooms around the
// cursor, a drag pans, Shift+drag zooms to a span, a double-click (or Home) resets. New data
// (auto-refresh) keeps a zoomed view where it is. The data is also a table: model().
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
    // Where a series' legend entry is, in viewport coordinates (tests, tooltips).
    QRect legendEntryRect(int index) const;

    // The read-out at an instant: the time, then "name: value" per visible series.
    QString readoutText(qint64 ms) const;
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

    QString timeAxisTitle() const;
    // The labels as shown ("14:00", "00:00 07-04") and their instants.
    QStringList timeAxisLabels() const;
    QList<qint64> timeAxisTicks() const;

    // Lays out and draws the current state now, also for a chart that has never been shown,
    // so it can be rendered or grabbed right away (exports, benchmarks).
    void updateNow();

signals:
    void visibleRangeChanged(qint64 fromMs, qint64 toMs);
    void seriesVisibilityChanged(int index, bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct ValueAxisState
    {
        QString quantity;
        double fixedMin = std::numeric_limits<double>::quiet_NaN();
        double fixedMax = std::numeric_limits<double>::quiet_NaN();
        QString unit;
        bool used = false;
    };

    void applyPalette();
    void redraw();
    void updateTimeAxis(double plotWidth);
    void updateValueAxes(const QList<SeriesShapes::Prepared> &prepared, double plotHeight);
    void updateLegend();
    void layoutLegend();
    void updateNotice(bool anyPoint);
    void updateHover(const QPointF &viewportPos);
    void zoomChanged(bool changed);
    int sideOf(int index) const;
    int labelledBarSeries() const;
    QString zoneTitle() const;
    QPointF toChart(const QPointF &viewportPos) const;

    QChart *m_chart;
    QCategoryAxis *m_timeAxis;
    QValueAxis *m_valueAxes[2];
    SeriesPlotItem *m_plot;
    ChartLegendItem *m_legend;
    ChartHoverItem *m_hover;
    ChartNoticeItem *m_notice;
    QGraphicsRectItem *m_selection;
    TimeSeriesTableModel *m_model;

    ZonedTimeFormat m_format;
    TimeZoom m_zoom;
    QList<int> m_sides;
    QSet<QString> m_hidden; // by name, so a refresh keeps what the operator hid
    ValueAxisState m_axes[2];
    SeriesShapes::Mapping m_mapping;
    QList<TimeTicks::Tick> m_ticks;
    // The time axis' categories as last set, to skip setting them again.
    QStringList m_axisLabels;
    QList<qint64> m_axisEnds;
    qint64 m_axisStart = 0;

    bool m_anyPoint = false; // whether the last redraw had anything to draw
    bool m_stale = false;
    QString m_staleDetail;
    QString m_message;
    QString m_hoverText;
    std::optional<QPointF> m_hoverPos; // viewport
    bool m_redrawing = false;
    bool m_redrawAgain = false;

    enum class Drag { None, Pan, Select };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    TimeInterval m_pressRange;
};
