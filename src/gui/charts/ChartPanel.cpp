#include "gui/charts/ChartPanel.h"

#include "gui/charts/SeriesPresentation.h"
#include "gui/common/TimeSpanText.h"
#include "gui/site/MeterRoleText.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SiteConnection.h"
#include "gui/timechart/TimeChart.h"
#include "gui/timechart/TimeSeriesTableModel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <memory>
#include <utility>

namespace {

constexpr int kDetailDelayMs = 40;

QString everyOf(const ChartRequest &request)
{
    return request.query.queryItemValue(QStringLiteral("every"));
}

// The coarse series with the detail's points in place of its own inside the detail's span. Bars
// of another window length cannot share a chart with the range's: the detail replaces them.
QList<ChartSeries> withDetail(const QList<ChartSeries> &coarse, const QList<ChartSeries> &detail, TimeInterval span)
{
    if (detail.size() != coarse.size())
        return coarse;
    QList<ChartSeries> out = coarse;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const ChartSeries &fine = detail.at(i);
        if (fine.name != out.at(i).name)
            continue;
        if (fine.kind == ChartSeries::Kind::Bar) {
            out[i] = fine;
            continue;
        }
        const TimeSeries &c = coarse.at(i).data;
        TimeSeries merged;
        merged.reserve(c.size() + fine.data.size());
        for (qsizetype k = 0, end = c.lowerBound(span.fromMs); k < end; ++k)
            merged.append(c.time(k), c.value(k));
        for (qsizetype k = fine.data.lowerBound(span.fromMs), end = fine.data.upperBound(span.toMs); k < end; ++k)
            merged.append(fine.data.time(k), fine.data.value(k));
        for (qsizetype k = c.upperBound(span.toMs); k < c.size(); ++k)
            merged.append(c.time(k), c.value(k));
        out[i].data = std::move(merged);
    }
    return out;
}

// Whether the series draws anything inside the view: a reading in it, a line crossing it from a
// reading before to one after (a null between breaks the line), or a bar reaching into it.
bool drawsInside(const ChartSeries &series, TimeInterval view)
{
    const TimeSeries &d = series.data;
    const qsizetype first = d.lowerBound(view.fromMs);
    for (qsizetype k = first, end = d.upperBound(view.toMs); k < end; ++k) {
        if (std::isfinite(d.value(k)))
            return true;
    }
    if (first == 0 || !std::isfinite(d.value(first - 1)))
        return false;
    const qsizetype after = d.upperBound(view.toMs);
    if (series.kind != ChartSeries::Kind::Bar)
        return after < d.size() && std::isfinite(d.value(after));
    // A bar stands for its window, which is the step from the bar before.
    const qsizetype last = first - 1;
    return last > 0 && d.time(last) + (d.time(last) - d.time(last - 1)) > view.fromMs;
}

} // namespace

ChartPanel::ChartPanel(ChartDefinition definition, SiteConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_definition(std::move(definition))
    , m_connection(connection)
    , m_tableButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_resetButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_chart(new TimeChart(this))
    , m_table(new QTableView(this))
    , m_model(m_chart->model()) // the chart's own data as a table: one source for both
    , m_detailTimer(new QTimer(this))
{
    setObjectName(m_definition.id);
    m_chart->setObjectName(QStringLiteral("chart"));
    m_table->setObjectName(QStringLiteral("table"));
    m_tableButton->setObjectName(QStringLiteral("showTable"));
    m_exportButton->setObjectName(QStringLiteral("export"));
    m_resetButton->setObjectName(QStringLiteral("resetZoom"));
    m_tableButton->setCheckable(true);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_chart->setMinimumHeight(m_definition.minimumHeight);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);

    m_header = new QHBoxLayout;
    m_header->addStretch(1);
    m_header->addWidget(m_resetButton);
    m_header->addWidget(m_tableButton);
    m_header->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addLayout(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_tableButton, &QToolButton::toggled, this, &ChartPanel::showTable);
    connect(m_resetButton, &QToolButton::clicked, m_chart, &TimeChart::resetZoom);
    connect(m_exportButton, &QToolButton::clicked, this, [this] { emit exportRequested(this); });
    connect(m_chart, &TimeChart::visibleRangeChanged, this, &ChartPanel::onChartViewChanged);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(kDetailDelayMs);
    connect(m_detailTimer, &QTimer::timeout, this, [this] {
        if (std::exchange(m_detailAgain, false))
            loadDetail();
    });
    retranslate();
}

QString ChartPanel::title() const
{
    return m_definition.title();
}

QString ChartPanel::cacheKey(const TimeRange &range, int part) const
{
    return m_definition.id + QStringLiteral("/") + QString::number(int(range.preset))
        + (part > 0 ? QStringLiteral("/") + QString::number(part) : QString());
}

struct ChartPanel::Parts
{
    QList<std::optional<QueryResult>> results;
    QDateTime fetchedAt;

    // All tables of all parts, once every part is in.
    std::optional<QueryResult> joined() const
    {
        QueryResult all;
        for (const std::optional<QueryResult> &r : results) {
            if (!r)
                return std::nullopt;
            all.tables.append(r->tables);
            all.rowCount += r->rowCount;
        }
        return all;
    }
};

void ChartPanel::load(const TimeRange &range)
{
    if (range.preset != m_range.preset || (range.preset == TimeRange::Preset::Custom && !(range == m_range))) {
        // Another range: the detail of the old one is no use.
        m_detail.clear();
        ++m_detailGeneration;
    }
    const ChartContext context = m_connection.scope();
    QList<ChartRequest> requests{m_definition.request(range, context)};
    if (m_definition.extraRequest)
        requests.append(m_definition.extraRequest(range, context));
    const quint64 generation = ++m_generation;
    auto parts = std::make_shared<Parts>();
    parts->results.resize(requests.size());
    for (int part = 0; part < requests.size(); ++part) {
        const ChartRequest &request = requests.at(part);
        emit requestSent(request.path, request.query);
        m_connection.queries().run(cacheKey(range, part), request.path, request.query, this,
                                   [this, range, generation, parts, part](const QueryRunner::Reply &reply) {
                                       if (generation != m_generation)
                                           return;
                                       if (reply.error.isError()) {
                                           // The last data stays; it is marked stale by updateStaleness().
                                           emit failed(reply.error);
                                           return;
                                       }
                                       parts->results[part] = reply.result;
                                       parts->fetchedAt = std::max(parts->fetchedAt, reply.fetchedAt);
                                       if (const std::optional<QueryResult> all = parts->joined())
                                           apply(*all, range, parts->fetchedAt, false);
                                   });
    }
}

void ChartPanel::showCached(const TimeRange &range)
{
    const quint64 generation = m_generation;
    auto parts = std::make_shared<Parts>();
    parts->results.resize(m_definition.extraRequest ? 2 : 1);
    for (int part = 0; part < parts->results.size(); ++part) {
        m_connection.queries().runCached(
            cacheKey(range, part), this, [this, range, generation, parts, part](const QueryRunner::Reply &reply) {
                parts->results[part] = reply.result;
                parts->fetchedAt = parts->fetchedAt.isValid() ? std::min(parts->fetchedAt, reply.fetchedAt) : reply.fetchedAt;
                const std::optional<QueryResult> all = parts->joined();
                if (all && generation == m_generation && !m_fetchedAt.isValid())
                    apply(*all, range, parts->fetchedAt, true);
            });
    }
}

void ChartPanel::apply(const QueryResult &result, const TimeRange &range, const QDateTime &fetchedAt, bool fromCache)
{
    m_coarse = presented(m_definition.series(result, range), range.zone);
    m_range = range;
    m_fetchedAt = fetchedAt;
    m_fromCache = fromCache;
    m_chart->setTimeZone(range.zone);
    const ChartLook look = m_definition.look ? m_definition.look(result) : ChartLook{};
    const auto fix = [this](TimeChart::AxisSide side, const std::optional<std::pair<double, double>> &ends) {
        m_chart->setValueAxisRange(side, ends ? ends->first : qQNaN(), ends ? ends->second : qQNaN());
    };
    fix(TimeChart::AxisSide::Left, look.left);
    fix(TimeChart::AxisSide::Right, look.right);
    m_lookMessage = look.message;
    draw();
    if (m_view.isValid() && !fromCache)
        loadDetail(); // fresh data for the view's detail too
    m_chart->setStale(fromCache,
                      fromCache
                          ? tr("Saved data from %1").arg(TimeSpanText::ago(fetchedAt.secsTo(QDateTime::currentDateTimeUtc())))
                          : QString());
    emit dataArrived(fetchedAt, fromCache);
}

QList<ChartSeries> ChartPanel::presented(QList<ChartSeries> series, const QTimeZone &zone) const
{
    series = SeriesPresentation::forOperator(std::move(series), zone);
    // A series of one meter carries the meter's role: "Ma3 · battery circuit (HERMES_SM000003)".
    for (ChartSeries &s : series) {
        if (!s.device.isEmpty())
            s.name = MeterRoleText::label(m_connection.meterRoles(), s.device);
    }
    return series;
}

void ChartPanel::draw()
{
    m_series = m_detail.isEmpty() ? m_coarse : withDetail(m_coarse, m_detail, m_detailSpan);
    m_drawing = true;
    m_chart->setSeries(m_series, TimeInterval{m_range.start.toMSecsSinceEpoch(), m_range.stop.toMSecsSinceEpoch()});
    // The shared view holds also on a chart whose data arrived after the operator zoomed.
    if (m_view.isValid())
        m_chart->setVisibleRange(m_view);
    else
        m_chart->resetZoom();
    m_drawing = false;
    showMessage();
}

void ChartPanel::showMessage()
{
    if (!m_range.start.isValid())
        return; // nothing asked yet
    bool empty = true;
    bool emptyView = m_view.isValid();
    for (const ChartSeries &s : std::as_const(m_series)) {
        empty = empty && s.data.isEmpty();
        emptyView = emptyView && !drawsInside(s, m_chart->visibleRange());
    }
    const QString message = empty ? tr("No data in this range.")
        : emptyView               ? tr("No data in this part of the range.")
                                  : m_lookMessage;
    // Each message redraws the chart: only a new one is given.
    if (message != m_message || !m_fetchedOnce) {
        m_message = message;
        m_fetchedOnce = true;
        m_chart->setMessage(message);
    }
}

void ChartPanel::addHeaderAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(action->objectName());
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_header->insertWidget(1, button); // after the stretch, before the chart's own buttons
}

void ChartPanel::setView(TimeInterval view)
{
    m_view = view;
    m_drawing = true;
    if (view.isValid())
        m_chart->setVisibleRange(view);
    else
        m_chart->resetZoom();
    m_drawing = false;
    showMessage();
    // The view is kept as asked: data of another range may not hold it yet, the range's will.
    if (view.isValid())
        scheduleDetail();
    else
        dropDetail();
}

void ChartPanel::onChartViewChanged()
{
    if (m_drawing)
        return;
    m_view = m_chart->isZoomed() ? m_chart->visibleRange() : TimeInterval{};
    showMessage();
    if (m_view.isValid())
        scheduleDetail();
    else
        dropDetail();
    emit viewChanged(m_view);
}

void ChartPanel::scheduleDetail()
{
    // The first step asks at once; the steps of a wheel turn that follow it within the delay
    // are asked for once, when the turn comes to rest.
    if (m_detailTimer->isActive()) {
        m_detailAgain = true;
        m_detailTimer->start();
        return;
    }
    m_detailTimer->start();
    loadDetail();
}

void ChartPanel::dropDetail()
{
    // Back to the whole range: its own data is all there is to see, at once.
    m_detailTimer->stop();
    m_detailAgain = false;
    ++m_detailGeneration;
    if (m_detail.isEmpty())
        return;
    m_detail.clear();
    draw();
}

void ChartPanel::loadDetail()
{
    const ChartContext context = m_connection.scope();
    const TimeInterval visible = m_view;
    if (!visible.isValid() || m_coarse.isEmpty())
        return;
    const TimeRange detail = TimeRange::custom(QDateTime::fromMSecsSinceEpoch(visible.fromMs, QTimeZone::utc()),
                                               QDateTime::fromMSecsSinceEpoch(visible.toMs, QTimeZone::utc()), m_range.zone);
    const ChartRequest request = m_definition.request(detail, context);
    if (everyOf(request) == everyOf(m_definition.request(m_range, context)))
        return; // the range's own data is as fine as this span deserves
    // All of the chart's queries, as load() asks them: a chart joined from two (the energy bars
    // with the grid meter's export) refines both, or its series would not match the range's.
    QList<ChartRequest> requests{request};
    if (m_definition.extraRequest)
        requests.append(m_definition.extraRequest(detail, context));
    const quint64 generation = ++m_detailGeneration;
    auto parts = std::make_shared<Parts>();
    parts->results.resize(requests.size());
    for (int part = 0; part < requests.size(); ++part) {
        const ChartRequest &r = requests.at(part);
        emit requestSent(r.path, r.query);
        m_connection.queries().run(QString(), r.path, r.query, this,
                                   [this, detail, generation, parts, part](const QueryRunner::Reply &reply) {
                                       if (generation != m_detailGeneration || reply.error.isError())
                                           return; // the coarse data stays on show
                                       parts->results[part] = reply.result;
                                       if (const std::optional<QueryResult> all = parts->joined())
                                           applyDetail(*all, detail);
                                   });
    }
}

void ChartPanel::applyDetail(const QueryResult &result, const TimeRange &detail)
{
    m_detail = presented(m_definition.series(result, detail), detail.zone);
    m_detailSpan = TimeInterval{detail.start.toMSecsSinceEpoch(), detail.stop.toMSecsSinceEpoch()};
    draw();
    emit dataArrived(m_fetchedAt, m_fromCache);
}

void ChartPanel::updateStaleness(qint64 staleAfterSeconds, const QDateTime &now)
{
    if (!m_fetchedAt.isValid())
        return;
    const bool stale = m_fromCache || m_fetchedAt.secsTo(now) > staleAfterSeconds;
    const QString age = TimeSpanText::ago(m_fetchedAt.secsTo(now));
    // Saved data from an earlier run says so until fresh data replaces it.
    m_chart->setStale(stale, !stale ? QString() : m_fromCache ? tr("Saved data from %1").arg(age) : tr("Data from %1").arg(age));
}

void ChartPanel::showTable(bool table)
{
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_chart);
    m_tableButton->setChecked(table);
}

void ChartPanel::retranslate()
{
    // The chart draws its own title, so exports and reports carry it too.
    m_chart->setTitle(m_definition.title());
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the data of this chart as a table"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save this chart as PNG, SVG or PDF, or its data as CSV"));
    m_resetButton->setText(tr("Reset zoom"));
    m_resetButton->setToolTip(tr("Show the whole range again (or double-click the chart)"));
}

void ChartPanel::changeEvent(QEvent *event)
{
    // Series names follow on the next load, which the main window starts on a language change.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
