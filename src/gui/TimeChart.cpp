#include "gui/TimeChart.h"

#include "gui/ChartHoverItem.h"
#include "gui/ChartLegendItem.h"
#include "gui/ChartNoticeItem.h"
#include "gui/SeriesPlotItem.h"
#include "gui/SeriesReadout.h"
#include "gui/TimeSeriesTableModel.h"
#include "gui/ValueAxisScale.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace {

// Okabe–Ito colours: told apart also with the common colour-vision deficiencies.
const QColor kPalette[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xd5, 0x5e, 0x00),
                           QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0x6b, 0x6b, 0x6b), QColor(0x8c, 0x6d, 0x1f)};

// z order over Qt Charts' own items (grid, axes): series, legend, notices, hover, selection.
constexpr qreal kPlotZ = 5;
constexpr qreal kLegendZ = 10;
constexpr qreal kNoticeZ = 11;
constexpr qreal kHoverZ = 12;
constexpr qreal kSelectionZ = 13;

constexpr double kWheelZoomPerNotch = 0.85;
constexpr double kKeyZoom = 0.8;
constexpr qint64 kHourMs = 3'600'000;

QColor blend(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)), float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

// The span of the data: first point to the end of the last (a bar reaches its window's end).
TimeInterval dataSpan(const QList<ChartSeries> &series, const QTimeZone &zone)
{
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (const ChartSeries &s : series) {
        if (s.data.isEmpty())
            continue;
        from = std::min(from, s.data.firstTime());
        to = std::max(to, s.kind == ChartSeries::Kind::Bar ? SeriesShapes::windowEnd(s, s.data.size() - 1, zone) : s.data.lastTime());
    }
    if (from > to)
        return {};
    if (from == to) // one instant: an hour around it
        return {from - kHourMs / 2, to + kHourMs / 2};
    return {from, to};
}

// Category axes key categories by label: repeated texts ("12:00" on two days) get invisible
// zero-width spaces to stay distinct.
QString uniqueLabel(QString text, QSet<QString> &used)
{
    while (used.contains(text))
        text.append(QChar(0x200b));
    used.insert(text);
    return text;
}

} // namespace

TimeChart::TimeChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_timeAxis(new QCategoryAxis)
    , m_valueAxes{new QValueAxis, new QValueAxis}
    , m_plot(new SeriesPlotItem(m_chart))
    , m_legend(new ChartLegendItem(m_chart))
    , m_hover(new ChartHoverItem(m_chart))
    , m_notice(new ChartNoticeItem(m_chart))
    , m_selection(new QGraphicsRectItem(m_chart))
    , m_model(new TimeSeriesTableModel(this))
    , m_format(QTimeZone::systemTimeZone())
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide(); // ChartLegendItem instead: it can show a hidden series
    m_chart->setBackgroundRoundness(0);
    m_chart->setLocalizeNumbers(true);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxes[0], Qt::AlignLeft);
    m_chart->addAxis(m_valueAxes[1], Qt::AlignRight);
    m_valueAxes[1]->setGridLineVisible(false); // two unit grids at once only confuse
    m_valueAxes[1]->setVisible(false);
    for (QValueAxis *axis : m_valueAxes)
        axis->setMinorGridLineVisible(false);

    m_plot->setZValue(kPlotZ);
    m_legend->setZValue(kLegendZ);
    m_notice->setZValue(kNoticeZ);
    m_hover->setZValue(kHoverZ);
    m_selection->setZValue(kSelectionZ);
    m_selection->setVisible(false);

    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex); // items change shape on every redraw
    m_model->setTimeZone(m_format.zone());

    connect(m_chart, &QChart::plotAreaChanged, this, &TimeChart::redraw);
    applyPalette();
    setSeries({});
}

TimeChart::~TimeChart() = default;

void TimeChart::applyPalette()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    const QColor base = p.color(QPalette::Base);
    setBackgroundBrush(base);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(text);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_chart->setTitleFont(titleFont);
    const QList<QAbstractAxis *> axes{m_timeAxis, m_valueAxes[0], m_valueAxes[1]};
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setTitleFont(font());
        axis->setGridLineColor(blend(text, base, 0.13));
        axis->setLinePenColor(blend(text, base, 0.4));
    }
    m_legend->setFont(font());
    m_legend->setTextColor(text);
    m_hover->setFont(font());
    m_hover->setColors(text, base);
    m_notice->setFont(font());
    m_notice->setTextColor(text);
    QColor highlight = p.color(QPalette::Highlight);
    m_selection->setPen(QPen(highlight, 1));
    highlight.setAlphaF(0.18f);
    m_selection->setBrush(highlight);
}

void TimeChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QString TimeChart::title() const
{
    return m_chart->title();
}

void TimeChart::setTimeZone(const QTimeZone &zone)
{
    m_format = ZonedTimeFormat(zone);
    m_model->setTimeZone(m_format.zone());
    m_axisLabels.clear();
    redraw();
}

const QList<ChartSeries> &TimeChart::series() const
{
    return m_model->series();
}

void TimeChart::setSeries(const QList<ChartSeries> &series, std::optional<TimeInterval> fullRange)
{
    QList<ChartSeries> resolved = series;
    for (qsizetype i = 0; i < resolved.size(); ++i) {
        if (!resolved[i].color.isValid())
            resolved[i].color = kPalette[i % std::size(kPalette)];
    }

    // Explicit sides first, then each unit where its first series went: left, else right.
    for (ValueAxisState &axis : m_axes) {
        axis.unit.clear();
        axis.used = false;
    }
    m_sides.clear();
    for (const ChartSeries &s : std::as_const(resolved)) {
        const int side = s.axis == ChartSeries::Axis::Right ? 1 : 0;
        if (s.axis != ChartSeries::Axis::Auto && !m_axes[side].used) {
            m_axes[side].unit = s.unit;
            m_axes[side].used = true;
        }
    }
    for (const ChartSeries &s : std::as_const(resolved)) {
        int side = s.axis == ChartSeries::Axis::Right ? 1 : 0;
        if (s.axis == ChartSeries::Axis::Auto) {
            side = (!m_axes[0].used || m_axes[0].unit == s.unit) ? 0 : (!m_axes[1].used || m_axes[1].unit == s.unit) ? 1 : 0;
            if (!m_axes[side].used) {
                m_axes[side].unit = s.unit;
                m_axes[side].used = true;
            }
        }
        m_sides.append(side);
    }

    m_model->setSeries(resolved);
    TimeInterval full = fullRange.value_or(dataSpan(resolved, m_format.zone()));
    if (!full.isValid())
        full = m_zoom.full(); // no data: keep the axis where it was
    const bool moved = m_zoom.setFull(full);
    updateLegend();
    redraw();
    if (moved)
        emit visibleRangeChanged(m_zoom.visible().fromMs, m_zoom.visible().toMs);
}

int TimeChart::sideOf(int index) const
{
    return index >= 0 && index < m_sides.size() ? m_sides.at(index) : 0;
}

void TimeChart::setValueAxisTitle(AxisSide side, const QString &quantity)
{
    m_axes[int(side)].quantity = quantity;
    redraw();
}

QString TimeChart::valueAxisTitle(AxisSide side) const
{
    return m_valueAxes[int(side)]->titleText();
}

void TimeChart::setValueAxisRange(AxisSide side, double min, double max)
{
    m_axes[int(side)].fixedMin = min;
    m_axes[int(side)].fixedMax = max;
    redraw();
}

// --- zoom and pan ----------------------------------------------------------------------------

void TimeChart::zoomChanged(bool changed)
{
    if (!changed)
        return;
    redraw();
    emit visibleRangeChanged(m_zoom.visible().fromMs, m_zoom.visible().toMs);
}

void TimeChart::setVisibleRange(TimeInterval range)
{
    zoomChanged(m_zoom.setVisible(range));
}

void TimeChart::zoomBy(double factor, qint64 anchorMs)
{
    zoomChanged(m_zoom.zoom(factor, anchorMs));
}

void TimeChart::panBy(qint64 deltaMs)
{
    zoomChanged(m_zoom.pan(deltaMs));
}

void TimeChart::resetZoom()
{
    zoomChanged(m_zoom.reset());
}

void TimeChart::setMinimumVisibleSpan(qint64 ms)
{
    m_zoom.setMinimumSpan(ms);
}

// --- legend ----------------------------------------------------------------------------------

bool TimeChart::isSeriesVisible(int index) const
{
    return index >= 0 && index < series().size() && !m_hidden.contains(series().at(index).name);
}

void TimeChart::setSeriesVisible(int index, bool visible)
{
    if (index < 0 || index >= series().size() || isSeriesVisible(index) == visible)
        return;
    if (visible)
        m_hidden.remove(series().at(index).name);
    else
        m_hidden.insert(series().at(index).name);
    updateLegend();
    redraw();
    emit seriesVisibilityChanged(index, visible);
}

QRect TimeChart::legendEntryRect(int index) const
{
    const QRectF rect = m_legend->entryRect(index);
    if (rect.isEmpty())
        return {};
    return mapFromScene(m_legend->mapToScene(rect)).boundingRect();
}

void TimeChart::updateLegend()
{
    QList<ChartLegendItem::Entry> entries;
    for (int i = 0; i < series().size(); ++i) {
        const ChartSeries &s = series().at(i);
        entries.append({s.name, s.color, s.kind, !isSeriesVisible(i)});
    }
    m_legend->setEntries(entries);
    layoutLegend();
}

void TimeChart::layoutLegend()
{
    const QSizeF size = m_chart->size();
    const qreal height = m_legend->layoutFor(size.width() - 16);
    m_legend->setPos(8, size.height() - height - 6);
    // Keep the legend's rows free below the time axis.
    QMargins margins = m_chart->margins();
    const int bottom = int(std::ceil(height)) + 10;
    if (margins.bottom() != bottom) {
        margins.setBottom(bottom);
        m_chart->setMargins(margins);
    }
}

// --- drawing ---------------------------------------------------------------------------------

void TimeChart::redraw()
{
    // Axis changes can move the plot area, which calls back here: draw again, not recursively.
    if (m_redrawing) {
        m_redrawAgain = true;
        return;
    }
    m_redrawing = true;
    for (int pass = 0; pass < 3; ++pass) {
        m_redrawAgain = false;
        const QRectF area = m_chart->plotArea();
        const TimeInterval visible = m_zoom.visible();
        const int columns = std::max(1, int(std::ceil(area.width())));

        int barSlots = 0;
        for (int i = 0; i < series().size(); ++i)
            barSlots += isSeriesVisible(i) && series().at(i).kind == ChartSeries::Kind::Bar ? 1 : 0;
        QList<SeriesShapes::Prepared> prepared;
        bool anyPoint = false;
        int barSlot = 0;
        for (int i = 0; i < series().size(); ++i) {
            if (!isSeriesVisible(i) || !visible.isValid())
                continue;
            const ChartSeries &s = series().at(i);
            SeriesShapes::Prepared p = SeriesShapes::prepare(s, visible, columns, m_format.zone(), barSlot, barSlots);
            barSlot += s.kind == ChartSeries::Kind::Bar ? 1 : 0;
            p.series = i;
            p.side = sideOf(i);
            anyPoint = anyPoint || p.extent.has_value();
            prepared.append(std::move(p));
        }
        updateValueAxes(prepared, area.height());
        updateTimeAxis(area.width());

        m_mapping.area = area;
        m_mapping.time = visible;
        QList<SeriesPlotItem::Shape> shapes;
        for (const SeriesShapes::Prepared &p : std::as_const(prepared))
            shapes.append(SeriesShapes::shape(p, m_mapping));
        m_plot->setPlotArea(area);
        m_plot->setShapes(std::move(shapes));
        m_notice->setPlotArea(area);
        m_anyPoint = anyPoint;
        updateNotice(anyPoint);
        if (m_hoverPos)
            updateHover(*m_hoverPos);
        if (!m_redrawAgain)
            break;
    }
    m_redrawing = false;
}

void TimeChart::updateValueAxes(const QList<SeriesShapes::Prepared> &prepared, double plotHeight)
{
    const int maxTicks = std::clamp(int(plotHeight / 45), 2, 11);
    int leftTicks = 0; // an automatic right axis takes as many ticks, to meet the left grid
    for (int side = 0; side < 2; ++side) {
        const ValueAxisState &state = m_axes[side];
        QValueAxis *axis = m_valueAxes[side];
        axis->setVisible(state.used);
        if (!state.used)
            continue;
        std::optional<std::pair<double, double>> extent;
        bool filled = false;
        for (const SeriesShapes::Prepared &p : prepared) {
            if (p.side != side || !p.extent)
                continue;
            filled = filled || p.kind != ChartSeries::Kind::Line;
            extent = extent ? std::pair{std::min(extent->first, p.extent->first), std::max(extent->second, p.extent->second)} : *p.extent;
        }
        const bool fixed = std::isfinite(state.fixedMin) && std::isfinite(state.fixedMax);
        ValueAxisScale::Fit fit;
        if (fixed) {
            fit = ValueAxisScale::fit(state.fixedMin, state.fixedMax, state.unit, maxTicks, false);
        } else if (extent && state.unit == u"%" && extent->first >= 0 && extent->second <= 100) {
            fit = ValueAxisScale::fit(0, 100, state.unit, maxTicks, true); // a share reads best on its whole scale
        } else if (extent) {
            // A little headroom, so a peak does not run along the plot's top edge.
            const double pad = (extent->second - extent->first) * 0.04;
            const double low = extent->first < 0 ? extent->first - pad : extent->first;
            const double high = extent->second > 0 ? extent->second + pad : extent->second;
            const bool zero = filled || ValueAxisScale::includesZeroByDefault(state.unit);
            fit = side == 1 && leftTicks > 0 ? ValueAxisScale::fitToTicks(low, high, state.unit, leftTicks, zero)
                                             : ValueAxisScale::fit(low, high, state.unit, maxTicks, zero);
        } else {
            fit = ValueAxisScale::fit(0, 1, state.unit, maxTicks, true);
        }
        if (side == 0 && extent && !fixed && state.unit != u"%")
            leftTicks = fit.tickCount;
        // No numbers on an empty plot; the unit goes too, or Qt Charts squeezes it to "…".
        axis->setLabelsVisible(fixed || extent.has_value());
        axis->setTitleVisible(fixed || extent.has_value());
        axis->setRange(fit.min, fit.max);
        axis->setTickCount(fit.tickCount);
        axis->setLabelFormat(QStringLiteral("%.") + QString::number(fit.decimals) + QStringLiteral("f"));
        axis->setTitleText(state.quantity.isEmpty() ? fit.unit : tr("%1 (%2)", "axis quantity (unit)").arg(state.quantity, fit.unit));
        m_mapping.min[side] = fit.min;
        m_mapping.max[side] = fit.max;
        m_mapping.factor[side] = fit.factor;
    }
}

QString TimeChart::zoneTitle() const
{
    const TimeInterval visible = m_zoom.visible();
    return tr("Time (%1)").arg(m_format.zoneWithOffsets(visible.fromMs, visible.toMs));
}

int TimeChart::labelledBarSeries() const
{
    // Bars get their windows labelled only when nothing else is drawn across them.
    int bars = -1;
    for (int i = 0; i < series().size(); ++i) {
        if (!isSeriesVisible(i))
            continue;
        if (series().at(i).kind != ChartSeries::Kind::Bar)
            return -1;
        if (bars < 0)
            bars = i;
    }
    return bars;
}

void TimeChart::updateTimeAxis(double plotWidth)
{
    const TimeInterval visible = m_zoom.visible();
    if (visible.isValid())
        m_timeAxis->setRange(double(visible.fromMs), double(visible.toMs));
    m_timeAxis->setTitleText(zoneTitle());

    // Categories as (end, label), each label on its end: ticks at round times, or for bars the
    // centres of labelled windows, so a label stands under its bars. Qt Charts truncates every
    // label to the axis width over the number of categories: only labelled points are categories.
    QList<TimeTicks::Tick> ticks;
    QList<std::pair<qint64, QString>> categories;
    bool bars = false;
    if (visible.isValid() && plotWidth > 20) {
        const QFontMetricsF metrics(m_timeAxis->labelsFont());
        const int barSeries = labelledBarSeries();
        QList<TimeTicks::Window> windows;
        if (barSeries >= 0) {
            for (const auto &[from, to] : SeriesShapes::windowsWithin(series().at(barSeries), visible, m_format.zone()))
                windows.append({from, to});
        }
        if (!windows.isEmpty() && windows.size() <= plotWidth / 4) {
            bars = true;
            const QList<TimeTicks::Tick> labels = TimeTicks::windowTicks(m_format, windows, plotWidth, metrics);
            for (qsizetype i = 0; i < windows.size(); ++i) {
                if (labels.at(i).label.isEmpty())
                    continue;
                categories.append({windows.at(i).fromMs + (windows.at(i).toMs - windows.at(i).fromMs) / 2, labels.at(i).label});
                ticks.append(labels.at(i));
            }
        } else {
            ticks = TimeTicks::ticks(m_format, visible.fromMs, visible.toMs, TimeTicks::stepFor(visible.span(), plotWidth, metrics));
            for (const TimeTicks::Tick &tick : std::as_const(ticks)) {
                // The date under the time where the day changes, so a multi-day range can be read.
                categories.append({tick.ms, tick.context.isEmpty() ? tick.label : QString(tick.label + QStringLiteral("<br>") + tick.context)});
            }
        }
    }
    m_timeAxis->setGridLineVisible(!bars); // bars are their own guide; a line through each would not be
    const qint64 start = visible.fromMs;
    QSet<QString> used;
    QStringList labels;
    QList<qint64> ends;
    for (const auto &[end, label] : std::as_const(categories)) {
        labels.append(uniqueLabel(label, used));
        ends.append(end);
    }
    m_ticks = ticks;
    if (labels == m_axisLabels && ends == m_axisEnds && start == m_axisStart)
        return; // re-laying out the axis would cost more than the check
    const QStringList old = m_timeAxis->categoriesLabels();
    for (const QString &label : old)
        m_timeAxis->remove(label);
    m_timeAxis->setStartValue(double(start));
    for (qsizetype i = 0; i < labels.size(); ++i)
        m_timeAxis->append(labels.at(i), double(ends.at(i)));
    m_axisLabels = labels;
    m_axisEnds = ends;
    m_axisStart = start;
}

void TimeChart::updateNotice(bool anyPoint)
{
    QString message = m_message;
    const bool anyShown = std::any_of(series().cbegin(), series().cend(), [this](const ChartSeries &s) { return !m_hidden.contains(s.name); });
    if (message.isEmpty() && !anyPoint && (anyShown || series().isEmpty()))
        message = tr("No data for this time range");
    m_notice->setMessage(message);
    m_notice->setBanner(!m_stale ? QString() : m_staleDetail.isEmpty() ? tr("Stale data") : tr("Stale data: %1").arg(m_staleDetail));
}

void TimeChart::setStale(bool stale, const QString &detail)
{
    m_stale = stale;
    m_staleDetail = detail;
    updateNotice(m_anyPoint);
}

void TimeChart::setMessage(const QString &message)
{
    m_message = message;
    redraw();
}

QString TimeChart::noticeText() const
{
    QStringList parts;
    if (!m_notice->message().isEmpty())
        parts.append(m_notice->message());
    if (!m_notice->banner().isEmpty())
        parts.append(m_notice->banner());
    return parts.join(QLatin1Char('\n'));
}

QString TimeChart::timeAxisTitle() const
{
    return m_timeAxis->titleText();
}

QStringList TimeChart::timeAxisLabels() const
{
    QStringList labels;
    for (const TimeTicks::Tick &tick : m_ticks)
        labels.append(tick.context.isEmpty() ? tick.label : tick.label + QLatin1Char(' ') + tick.context);
    return labels;
}

QList<qint64> TimeChart::timeAxisTicks() const
{
    QList<qint64> times;
    for (const TimeTicks::Tick &tick : m_ticks)
        times.append(tick.ms);
    return times;
}

void TimeChart::updateNow()
{
    if (!isVisible() && m_chart->size() != QSizeF(viewport()->size())) {
        // A never-shown view gets its resize only when shown; the chart must fill it now. A
        // scroll area's resizeEvent() handles its viewport's resize.
        QResizeEvent event(viewport()->size(), QSize());
        QCoreApplication::sendEvent(viewport(), &event);
    }
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(m_chart, QEvent::LayoutRequest);
        m_chart->layout()->activate();
    }
    redraw();
}

// --- hover -----------------------------------------------------------------------------------

QPointF TimeChart::toChart(const QPointF &viewportPos) const
{
    return m_chart->mapFromScene(mapToScene(viewportPos.toPoint()));
}

QRectF TimeChart::plotAreaRect() const
{
    return mapFromScene(m_chart->mapToScene(m_chart->plotArea())).boundingRect();
}

double TimeChart::positionOfTime(qint64 ms) const
{
    const QPointF chartPoint(m_mapping.x(ms), m_chart->plotArea().center().y());
    return mapFromScene(m_chart->mapToScene(chartPoint)).x();
}

qint64 TimeChart::timeAtPosition(double viewportX) const
{
    return m_mapping.timeAt(toChart(QPointF(viewportX, 0)).x());
}

QString TimeChart::readoutText(qint64 ms) const
{
    QList<bool> visible;
    for (int i = 0; i < series().size(); ++i)
        visible.append(isSeriesVisible(i));
    const QList<SeriesReadout::Line> lines = SeriesReadout::at(series(), visible, ms, locale());
    // All series read the same instant: show it; otherwise the cursor's time.
    qint64 shown = ms;
    if (!lines.isEmpty() && lines.constFirst().pointMs
        && std::all_of(lines.cbegin(), lines.cend(), [&](const SeriesReadout::Line &l) { return l.pointMs == lines.constFirst().pointMs; }))
        shown = *lines.constFirst().pointMs;
    const bool seconds = shown % 60'000 != 0 && m_zoom.visible().span() <= 6 * kHourMs;
    return SeriesReadout::toText(seconds ? m_format.dateTimeSeconds(shown) : m_format.dateTimeMinutes(shown), lines);
}

void TimeChart::updateHover(const QPointF &viewportPos)
{
    const QPointF c = toChart(viewportPos);
    const QRectF area = m_chart->plotArea();
    if (!area.contains(c) || !m_zoom.visible().isValid() || series().isEmpty()) {
        m_hover->clear();
        m_hoverText.clear();
        return;
    }
    const qint64 t = m_mapping.timeAt(c.x());
    m_hoverText = readoutText(t);
    QList<bool> visible;
    for (int i = 0; i < series().size(); ++i)
        visible.append(isSeriesVisible(i));
    QList<ChartHoverItem::Row> rows;
    QList<ChartHoverItem::Marker> markers;
    for (const SeriesReadout::Line &line : SeriesReadout::at(series(), visible, t, locale())) {
        rows.append({line.color, line.name, line.text});
        if (line.pointMs && std::isfinite(line.value) && series().at(line.series).kind != ChartSeries::Kind::Bar)
            markers.append({QPointF(m_mapping.x(*line.pointMs), m_mapping.y(line.value, sideOf(line.series))), line.color});
    }
    m_hover->setReadout(area, c, m_hoverText.section(QLatin1Char('\n'), 0, 0), rows, markers);
}

void TimeChart::clearHover()
{
    m_hoverPos.reset();
    m_hover->clear();
    m_hoverText.clear();
}

// --- events ----------------------------------------------------------------------------------

void TimeChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    layoutLegend();
    redraw();
}

void TimeChart::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (!m_zoom.full().isValid() || delta.isNull()) {
        event->ignore();
        return;
    }
    const TimeInterval visible = m_zoom.visible();
    if (std::abs(delta.x()) > std::abs(delta.y())) { // sideways scrolling pans, a tenth per notch
        panBy(qint64(double(-delta.x()) / 120.0 * double(visible.span()) / 10.0));
    } else {
        const QPointF c = toChart(event->position());
        const qint64 anchor = m_chart->plotArea().contains(c) ? m_mapping.timeAt(c.x()) : visible.fromMs + visible.span() / 2;
        zoomBy(std::pow(kWheelZoomPerNotch, double(delta.y()) / 120.0), anchor);
    }
    event->accept();
}

void TimeChart::mousePressEvent(QMouseEvent *event)
{
    const QPointF c = toChart(event->position());
    if (event->button() == Qt::LeftButton) {
        const int entry = m_legend->entryAt(m_legend->mapFromParent(c));
        if (entry >= 0) {
            setSeriesVisible(entry, !isSeriesVisible(entry));
            event->accept();
            return;
        }
        if (m_chart->plotArea().contains(c)) {
            m_pressPos = event->position();
            m_pressRange = m_zoom.visible();
            m_drag = event->modifiers().testFlag(Qt::ShiftModifier) ? Drag::Select : Drag::Pan;
            if (m_drag == Drag::Pan)
                viewport()->setCursor(Qt::ClosedHandCursor);
            clearHover();
            event->accept();
            return;
        }
    }
    QChartView::mousePressEvent(event);
}

void TimeChart::mouseMoveEvent(QMouseEvent *event)
{
    const QRectF area = m_chart->plotArea();
    if (m_drag == Drag::Pan) {
        const double dx = event->position().x() - m_pressPos.x();
        const qint64 deltaMs = qint64(std::llround(-dx * double(m_pressRange.span()) / std::max(area.width(), 1.0)));
        zoomChanged(m_zoom.setVisible({m_pressRange.fromMs + deltaMs, m_pressRange.toMs + deltaMs}));
    } else if (m_drag == Drag::Select) {
        const double x0 = std::clamp(toChart(m_pressPos).x(), area.left(), area.right());
        const double x1 = std::clamp(toChart(event->position()).x(), area.left(), area.right());
        m_selection->setRect(QRectF(QPointF(std::min(x0, x1), area.top()), QPointF(std::max(x0, x1), area.bottom())));
        m_selection->setVisible(true);
    } else {
        const QPointF c = toChart(event->position());
        m_hoverPos = event->position();
        updateHover(event->position());
        const bool overLegend = m_legend->entryAt(m_legend->mapFromParent(c)) >= 0;
        viewport()->setCursor(overLegend ? Qt::PointingHandCursor : area.contains(c) ? Qt::CrossCursor : Qt::ArrowCursor);
    }
    event->accept();
}

void TimeChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::Select) {
        m_selection->setVisible(false);
        const double x0 = toChart(m_pressPos).x();
        const double x1 = toChart(event->position()).x();
        if (std::abs(x1 - x0) >= 4) {
            const qint64 t0 = m_mapping.timeAt(std::min(x0, x1));
            const qint64 t1 = m_mapping.timeAt(std::max(x0, x1));
            setVisibleRange({t0, t1});
        }
    }
    if (m_drag != Drag::None) {
        m_drag = Drag::None;
        viewport()->setCursor(Qt::CrossCursor);
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimeChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPointF c = toChart(event->position());
    // A quick second click on the legend is a second toggle, not a reset.
    const int entry = m_legend->entryAt(m_legend->mapFromParent(c));
    if (event->button() == Qt::LeftButton && entry >= 0)
        setSeriesVisible(entry, !isSeriesVisible(entry));
    else if (event->button() == Qt::LeftButton && m_chart->plotArea().contains(c))
        resetZoom();
    event->accept();
}

void TimeChart::leaveEvent(QEvent *event)
{
    clearHover();
    QChartView::leaveEvent(event);
}

void TimeChart::keyPressEvent(QKeyEvent *event)
{
    const TimeInterval visible = m_zoom.visible();
    const qint64 centre = visible.fromMs + visible.span() / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kKeyZoom, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / kKeyZoom, centre);
        break;
    case Qt::Key_Left:
        panBy(-visible.span() / 10);
        break;
    case Qt::Key_Right:
        panBy(visible.span() / 10);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimeChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
        applyPalette();
        updateLegend();
        m_axisLabels.clear();
        redraw();
        break;
    case QEvent::LocaleChange:
        m_model->setLocale(locale());
        redraw();
        break;
    default:
        break;
    }
}
