#include "gui/timechart/TimeChart.h"

#include "gui/timechart/ChartHoverItem.h"
#include "gui/timechart/ChartLegendItem.h"
#include "gui/timechart/ChartNoticeItem.h"
#include "gui/timechart/SeriesPlotItem.h"
#include "gui/timechart/SeriesReadout.h"
#include "gui/timechart/TimeChartInput.h"
#include "gui/timechart/TimeSeriesTableModel.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QTimeZone>
#include <QValueAxis>
#include <cmath>
#include <limits>

namespace {

// Okabe–Ito colours: told apart also with the common colour-vision deficiencies.
const QColor kPalette[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                           QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
                           QColor(0x6b, 0x6b, 0x6b), QColor(0x8c, 0x6d, 0x1f)};

// z order over Qt Charts' own items (grid, axes): series, markers, legend, notices, hover, selection.
constexpr qreal kPlotZ = 5;
constexpr qreal kMarkerZ = 6;
constexpr qreal kLegendZ = 10;
constexpr qreal kNoticeZ = 11;
constexpr qreal kHoverZ = 12;

constexpr qint64 kHourMs = 3'600'000;

QColor blend(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
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
        to = std::max(to,
                      s.kind == ChartSeries::Kind::Bar ? SeriesShapes::windowEnd(s, s.data.size() - 1, zone) : s.data.lastTime());
    }
    if (from > to)
        return {};
    if (from == to) // one instant: an hour around it
        return {from - kHourMs / 2, to + kHourMs / 2};
    return {from, to};
}

} // namespace

TimeChart::TimeChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_timeAxis(new QCategoryAxis)
    , m_valueAxes(new QValueAxis, new QValueAxis)
    , m_plot(new SeriesPlotItem(m_chart))
    , m_legend(new ChartLegendItem(m_chart))
    , m_hover(new ChartHoverItem(m_chart))
    , m_notice(new ChartNoticeItem(m_chart))
    , m_markers(new ChartMarkerItem(m_chart))
    , m_model(new TimeSeriesTableModel(this))
    , m_format(QTimeZone::systemTimeZone())
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide(); // ChartLegendItem instead: it can show a hidden series
    m_chart->setBackgroundRoundness(0);
    m_chart->setLocalizeNumbers(true);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->addAxis(m_timeAxis.axis(), Qt::AlignBottom);
    m_chart->addAxis(m_valueAxes.axis(0), Qt::AlignLeft);
    m_chart->addAxis(m_valueAxes.axis(1), Qt::AlignRight);

    m_plot->setZValue(kPlotZ);
    m_markers->setZValue(kMarkerZ);
    m_legend->setZValue(kLegendZ);
    m_notice->setZValue(kNoticeZ);
    m_hover->setZValue(kHoverZ);

    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex); // items change shape on every redraw
    m_model->setTimeZone(m_format.zone());

    new TimeChartInput(this);
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
    const QList<QAbstractAxis *> axes{m_timeAxis.axis(), m_valueAxes.axis(0), m_valueAxes.axis(1)};
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
    m_markers->setFont(font());
}

void TimeChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
    updateAccessibleText();
}

void TimeChart::updateAccessibleText()
{
    // What a screen reader says of the chart: its title, then what is drawn over which span.
    setAccessibleName(title().isEmpty() ? tr("Chart") : title());
    QStringList names;
    for (int i = 0; i < series().size(); ++i) {
        if (isSeriesShown(i))
            names << series().at(i).name;
    }
    const TimeInterval visible = m_zoom.visible();
    QString description = names.isEmpty() || !visible.isValid()
        ? tr("No series shown.")
        : tr("%1, from %2 to %3.")
              .arg(names.join(QStringLiteral(", ")), m_format.dateTimeMinutes(visible.fromMs),
                   m_format.dateTimeMinutes(visible.toMs));
    if (!noticeText().isEmpty())
        description += QLatin1Char(' ') + noticeText();
    setAccessibleDescription(description);
}

QString TimeChart::title() const
{
    return m_chart->title();
}

void TimeChart::setTimeZone(const QTimeZone &zone)
{
    m_format = ZonedTimeFormat(zone);
    m_model->setTimeZone(m_format.zone());
    m_timeAxis.invalidate();
    redraw();
}

const QList<ChartSeries> &TimeChart::series() const
{
    return m_model->series();
}

void TimeChart::setSeries(const QList<ChartSeries> &series, std::optional<TimeInterval> fullRange)
{
    QList<ChartSeries> resolved = series;
    // Series without a colour take the palette's next one that no other series has already,
    // so a forecast never shares the orange of the solar series it is drawn against.
    QList<QColor> taken;
    for (const ChartSeries &s : resolved) {
        if (s.color.isValid())
            taken << s.color;
    }
    const auto near = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 90;
    };
    size_t next = 0;
    for (ChartSeries &s : resolved) {
        if (s.color.isValid())
            continue;
        for (size_t tries = 0; tries < std::size(kPalette); ++tries, ++next) {
            const QColor candidate = kPalette[next % std::size(kPalette)];
            if (std::none_of(taken.cbegin(), taken.cend(), [&](const QColor &c) { return near(c, candidate); }))
                break;
        }
        s.color = kPalette[next++ % std::size(kPalette)];
        taken << s.color;
    }

    m_sides = m_valueAxes.assignSides(resolved);
    m_zero = ChartLegendItem::zeroThroughout(resolved);
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
    m_valueAxes.setQuantity(int(side), quantity);
    redraw();
}

QString TimeChart::valueAxisTitle(AxisSide side) const
{
    return m_valueAxes.axis(int(side))->titleText();
}

void TimeChart::setValueAxisRange(AxisSide side, double min, double max)
{
    m_valueAxes.setFixedRange(int(side), min, max);
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

QString TimeChart::legendNote() const
{
    return m_legend->note();
}

bool TimeChart::isSeriesShown(int index) const
{
    return isSeriesVisible(index) && !m_zero.value(index, false);
}

QList<bool> TimeChart::shownSeries() const
{
    QList<bool> shown;
    for (int i = 0; i < series().size(); ++i)
        shown.append(isSeriesShown(i));
    return shown;
}

void TimeChart::updateLegend()
{
    QList<ChartLegendItem::Entry> entries;
    for (int i = 0; i < series().size(); ++i) {
        const ChartSeries &s = series().at(i);
        entries.append({s.name, s.color, s.kind, !isSeriesVisible(i), m_zero.value(i, false)});
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

        // Bars stand side by side in their window; all stacked bars share one place.
        int barSlots = 0;
        int stackSlot = -1;
        QList<int> slotOf(series().size(), 0);
        for (int i = 0; i < series().size(); ++i) {
            const ChartSeries &s = series().at(i);
            if (!isSeriesShown(i) || s.kind != ChartSeries::Kind::Bar)
                continue;
            if (s.stacked && stackSlot < 0)
                stackSlot = barSlots++;
            slotOf[i] = s.stacked ? stackSlot : barSlots++;
        }
        QList<SeriesShapes::Prepared> prepared;
        SeriesShapes::StackEnds stack;
        bool anyPoint = false;
        for (int i = 0; i < series().size(); ++i) {
            if (!isSeriesShown(i) || !visible.isValid())
                continue;
            const ChartSeries &s = series().at(i);
            SeriesShapes::Prepared p =
                SeriesShapes::prepare(s, visible, columns, m_format.zone(), slotOf.at(i), barSlots, &stack);
            p.series = i;
            p.side = sideOf(i);
            anyPoint = anyPoint || p.extent.has_value();
            prepared.append(std::move(p));
        }
        m_mapping.area = area;
        m_mapping.time = visible;
        m_valueAxes.update(prepared, area.height(), m_mapping);
        m_timeAxis.update(m_format, visible, area.width(), labelledBarWindows());
        QList<SeriesPlotItem::Shape> shapes;
        for (const SeriesShapes::Prepared &p : std::as_const(prepared))
            shapes.append(SeriesShapes::shape(p, m_mapping));
        m_plot->setPlotArea(area);
        m_plot->setShapes(std::move(shapes));
        m_markers->setMapping(m_mapping);
        m_notice->setPlotArea(area);
        m_anyPoint = anyPoint;
        updateNotice(anyPoint);
        if (m_hoverPos)
            showReadoutAt(*m_hoverPos);
        if (!m_redrawAgain)
            break;
    }
    m_redrawing = false;
}

QList<TimeTicks::Window> TimeChart::labelledBarWindows() const
{
    // Bars get their windows labelled only when nothing else is drawn across them.
    int bars = -1;
    for (int i = 0; i < series().size(); ++i) {
        if (!isSeriesShown(i))
            continue;
        if (series().at(i).kind != ChartSeries::Kind::Bar)
            return {};
        if (bars < 0)
            bars = i;
    }
    QList<TimeTicks::Window> windows;
    if (bars >= 0) {
        for (const auto &[from, to] : SeriesShapes::windowsWithin(series().at(bars), m_zoom.visible(), m_format.zone()))
            windows.append({from, to});
    }
    return windows;
}

void TimeChart::updateNotice(bool anyPoint)
{
    QString message = m_message;
    const bool anyShown =
        std::any_of(series().cbegin(), series().cend(), [this](const ChartSeries &s) { return !m_hidden.contains(s.name); });
    if (message.isEmpty() && !anyPoint && (anyShown || series().isEmpty()))
        message = tr("No data for this time range");
    m_notice->setMessage(message);
    m_notice->setBanner(!m_stale                      ? QString()
                            : m_staleDetail.isEmpty() ? tr("Stale data")
                                                      : tr("Stale data: %1").arg(m_staleDetail));
    updateAccessibleText();
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
    return m_notice->text();
}

void TimeChart::setMarkers(const QList<ChartMarker> &markers)
{
    m_markers->setMarkers(markers);
}

const QList<ChartMarker> &TimeChart::markers() const
{
    return m_markers->markers();
}

QString TimeChart::timeAxisTitle() const
{
    return m_timeAxis.title();
}

QStringList TimeChart::timeAxisLabels() const
{
    return m_timeAxis.labels();
}

QList<qint64> TimeChart::timeAxisTicks() const
{
    return m_timeAxis.tickTimes();
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

void TimeChart::renderTo(QPainter *painter, const QRectF &target)
{
    clearHover();
    updateNow();
    const QSizeF viewSize = size();
    if (viewSize.isEmpty() || target.isEmpty())
        return;
    const qreal scale = std::min(target.width() / viewSize.width(), target.height() / viewSize.height());
    painter->save();
    // Centred across, at the top: a report page puts its chart right under the heading.
    painter->translate(target.left() + (target.width() - viewSize.width() * scale) / 2, target.top());
    painter->scale(scale, scale);
    m_plot->setExportQuality(true);
    // QWidget::render, which QGraphicsView::render hides: it lays out a never-shown widget too.
    QWidget::render(painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    m_plot->setExportQuality(false);
    painter->restore();
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
    const QList<SeriesReadout::Line> lines = SeriesReadout::at(series(), shownSeries(), ms, locale());
    // All series read the same instant: show it; otherwise the cursor's time.
    qint64 shown = ms;
    if (!lines.isEmpty() && lines.constFirst().pointMs
        && std::all_of(lines.cbegin(), lines.cend(),
                       [&](const SeriesReadout::Line &l) { return l.pointMs == lines.constFirst().pointMs; }))
        shown = *lines.constFirst().pointMs;
    const bool seconds = shown % 60'000 != 0 && m_zoom.visible().span() <= 6 * kHourMs;
    QString text = SeriesReadout::toText(seconds ? m_format.dateTimeSeconds(shown) : m_format.dateTimeMinutes(shown), lines);
    if (const QString balance = SeriesReadout::balance(series(), lines, locale()); !balance.isEmpty())
        text += QLatin1Char('\n') + balance;
    return text;
}

int TimeChart::legendEntryAt(const QPointF &viewportPos) const
{
    return m_legend->entryAt(m_legend->mapFromParent(toChart(viewportPos)));
}

void TimeChart::showReadoutAt(const QPointF &viewportPos)
{
    m_hoverPos = viewportPos;
    const QPointF c = toChart(viewportPos);
    const QRectF area = m_chart->plotArea();
    if (!area.contains(c) || !m_zoom.visible().isValid() || series().isEmpty()) {
        m_hover->clear();
        m_hoverText.clear();
        return;
    }
    const qint64 t = m_mapping.timeAt(c.x());
    m_hoverText = readoutText(t);
    QList<ChartHoverItem::Row> rows;
    QList<ChartHoverItem::Marker> markers;
    const QList<SeriesReadout::Line> lines = SeriesReadout::at(series(), shownSeries(), t, locale());
    for (const SeriesReadout::Line &line : lines) {
        rows.append({line.color, line.name, line.text});
        if (line.pointMs && std::isfinite(line.value) && series().at(line.series).kind != ChartSeries::Kind::Bar)
            markers.append({QPointF(m_mapping.x(*line.pointMs), m_mapping.y(line.value, sideOf(line.series))), line.color});
    }
    if (const QString balance = SeriesReadout::balance(series(), lines, locale()); !balance.isEmpty())
        rows.append({Qt::transparent, balance, QString()});
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

void TimeChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
        applyPalette();
        updateLegend();
        m_timeAxis.invalidate();
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
