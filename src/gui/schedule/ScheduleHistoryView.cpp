#include "gui/schedule/ScheduleHistoryView.h"

#include "gui/common/AppPalette.h"
#include "gui/common/Units.h"
#include "gui/schedule/HistoryRecordReading.h"
#include "gui/site/SiteConnection.h"
#include "gui/timechart/TimeChart.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

QTableWidgetItem *item(const QString &text, const QVariant &raw = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (raw.isValid())
        i->setData(Qt::UserRole, raw);
    return i;
}

QTableWidget *makeTable(const QString &objectName, int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(objectName);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    // One line of text per row: more of the week fits without scrolling.
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

} // namespace

ScheduleHistoryView::ScheduleHistoryView(SiteConnection &connection, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_feed(new ScheduleHistoryFeed(connection, clock, zone(), this))
    , m_lastRunBox(new QGroupBox(this))
    , m_devices(makeTable(QStringLiteral("lastRunDevices"), 5, this))
    , m_error(new QLabel(this))
    , m_historyTitle(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_history(makeTable(QStringLiteral("scheduleHistory"), HistoryColumnCount, this))
    , m_chart(new TimeChart(this))
{
    setObjectName(QStringLiteral("scheduleHistoryView"));
    m_lastRunBox->setObjectName(QStringLiteral("lastRun"));
    m_totals->setObjectName(QStringLiteral("historyTotals"));
    m_chart->setObjectName(QStringLiteral("historySocChart"));
    m_error->setObjectName(QStringLiteral("lastRunError"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (int row = 0; row < RowCount; ++row) {
        m_keys[row] = new QLabel(m_lastRunBox);
        m_values[row] = new QLabel(m_lastRunBox);
        m_values[row]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(m_keys[row], m_values[row]);
    }
    m_devices->setSelectionMode(QAbstractItemView::NoSelection);
    // The device column gives way first, keeping both ends of a name: its tail tells units apart.
    m_devices->horizontalHeader()->setStretchLastSection(false);
    m_devices->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_devices->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_devices->setTextElideMode(Qt::ElideMiddle);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    auto *box = new QVBoxLayout(m_lastRunBox);
    box->addLayout(form);
    box->addWidget(m_devices);
    box->addWidget(m_error);
    box->addStretch(1);

    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (int column = 0; column < DetailsColumn; ++column)
        m_history->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_chart->setValueAxisRange(TimeChart::AxisSide::Left, 0, 100);
    m_chart->setTimeZone(zone());
    m_chart->setMinimumSize(360, 240);

    // Run state beside the SOC it caused; the event list below, full width for its messages.
    auto *top = new QSplitter(Qt::Horizontal);
    top->setObjectName(QStringLiteral("historyTopSplitter"));
    top->setChildrenCollapsible(false);
    top->addWidget(m_lastRunBox);
    top->addWidget(m_chart);
    top->setStretchFactor(0, 0);
    top->setStretchFactor(1, 1);
    top->setSizes({430, 850});

    auto *bottom = new QWidget;
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_historyTitle);
    titleRow->addWidget(m_totals, 1);
    auto *list = new QVBoxLayout(bottom);
    list->setContentsMargins(0, 0, 0, 0);
    list->addLayout(titleRow);
    list->addWidget(m_history, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("historySplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 420});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_feed, &ScheduleHistoryFeed::historyFetched, this, [this] {
        showHistory();
        showMarkers();
    });
    connect(m_feed, &ScheduleHistoryFeed::historyFailed, this, &ScheduleHistoryView::failed);
    connect(m_feed, &ScheduleHistoryFeed::socFetched, this, &ScheduleHistoryView::showSoc);
    connect(m_feed, &ScheduleHistoryFeed::socFailed, this, &ScheduleHistoryView::showSocFailure);
    retranslate();
}

QString ScheduleHistoryView::eventName(const QString &type)
{
    if (type == u"create")
        return tr("Schedule created");
    if (type == u"update")
        return tr("Schedule changed");
    if (type == u"start")
        return tr("Run started");
    if (type == u"start_stable")
        return tr("Running (4 min after start)");
    if (type == u"stop")
        return tr("Run stopped");
    if (type == u"stop_stable")
        return tr("Stopped (4 min after stop)");
    return type;
}

QTimeZone ScheduleHistoryView::zone() const
{
    return m_state ? m_state->zone() : m_connection.siteZone(); // the site's, until the state says
}

QString ScheduleHistoryView::zoneName() const
{
    return QString::fromLatin1(zone().id()); // of the zone in use: the site's fallback for an id the machine does not know
}

QString ScheduleHistoryView::formatTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return Units::unknown();
    return utc.toTimeZone(zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void ScheduleHistoryView::setState(const SchedulerState &state)
{
    // Compared with what the feed and the chart use, not with zone(): the site's zone may
    // already have followed this state.
    const bool zoneChanged = m_chart->timeZone() != state.zone();
    m_state = state;
    if (zoneChanged) {
        m_feed->setZone(zone());
        m_chart->setTimeZone(zone());
        retranslate(); // headers name the zone, and every time is shown anew
        return;
    }
    showLastRun();
}

QString ScheduleHistoryView::totalsText() const
{
    return m_totals->text();
}

QString ScheduleHistoryView::lastRunText() const
{
    QStringList lines{m_lastRunBox->title()};
    for (int row = 0; row < RowCount; ++row)
        lines.append(m_keys[row]->text() + QLatin1Char(' ') + m_values[row]->text());
    for (int row = 0; row < m_devices->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_devices->columnCount(); ++column)
            cells.append(m_devices->item(row, column)->text());
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    if (!m_error->text().isEmpty())
        lines.append(m_error->text());
    return lines.join(QLatin1Char('\n'));
}

void ScheduleHistoryView::refresh()
{
    if (!m_feed->soc())
        m_chart->setMessage(tr("Loading…"));
    m_feed->refresh();
}

// --- showing ---------------------------------------------------------------------------------

void ScheduleHistoryView::showLastRun()
{
    QString values[RowCount];
    for (QString &v : values)
        v = Units::unknown();
    m_devices->clearSpans();
    m_devices->setRowCount(0);
    QStringList errors;
    if (m_state) {
        const SchedulerState &s = *m_state;
        const bool running = s.running();
        values[StateRow] = !s.enabled ? tr("Disabled on the server")
            : running                 ? tr("Dispatching since %1").arg(formatTime(s.startTime))
                                      : tr("Idle: no window is running");
        const std::optional<SchedulerRunInfo> &run = s.lastRun;
        const QDateTime started = s.startTime.isValid() ? s.startTime : run && run->start ? run->start->time : QDateTime();
        const QDateTime stopped = s.stopTime.isValid() ? s.stopTime : run && run->stop ? run->stop->time : QDateTime();
        values[StartedRow] = formatTime(started);
        values[StoppedRow] = running ? tr("still running") : formatTime(stopped);
        // The server sets the energy at the stop: during a run there is none yet.
        const QString pending = running ? tr("counted when the run stops") : Units::unknown();
        values[BoughtRow] = run && run->purchaseKWh ? Units::energy(*run->purchaseKWh, locale()) : pending;
        values[SoldRow] = run && run->sellKWh ? Units::energy(*run->sellKWh, locale()) : pending;

        if (run) {
            // One row per device and snapshot; the device's name spans its rows.
            QStringList names;
            for (const std::optional<SchedulerRunPoint> &point : {run->start, run->stop}) {
                for (const SchedulerUnitSnapshot &unit : point ? point->devices : QList<SchedulerUnitSnapshot>{}) {
                    if (!names.contains(unit.deviceName))
                        names.append(unit.deviceName);
                }
            }
            for (const QString &name : std::as_const(names)) {
                const int first = m_devices->rowCount();
                for (const bool atStart : {true, false}) {
                    const std::optional<SchedulerRunPoint> &point = atStart ? run->start : run->stop;
                    if (!point)
                        continue;
                    const auto unit = std::find_if(point->devices.cbegin(), point->devices.cend(),
                                                   [&](const SchedulerUnitSnapshot &u) { return u.deviceName == name; });
                    if (unit == point->devices.cend())
                        continue;
                    const int row = m_devices->rowCount();
                    const QString at = point->time.toTimeZone(zone()).toString(QStringLiteral("HH:mm"));
                    m_devices->insertRow(row);
                    QTableWidgetItem *device = item(name);
                    device->setToolTip(name);
                    m_devices->setItem(row, 0, device);
                    m_devices->setItem(row, 1,
                                       item(atStart ? tr("Start %1").arg(at) : tr("Stop %1").arg(at),
                                            atStart ? QStringLiteral("start") : QStringLiteral("stop")));
                    m_devices->setItem(row, 2, item(Units::percent(unit->socPercent, locale()), unit->socPercent));
                    m_devices->setItem(row, 3, item(Units::power(unit->solarPowerW, locale()), unit->solarPowerW));
                    m_devices->setItem(row, 4, item(Units::power(unit->gridPowerW, locale()), unit->gridPowerW));
                }
                if (m_devices->rowCount() - first > 1)
                    m_devices->setSpan(first, 0, m_devices->rowCount() - first, 1);
            }
            if (run->start && !run->start->error.isEmpty())
                errors.append(tr("At the start: %1").arg(run->start->error));
            if (run->stop && !run->stop->error.isEmpty())
                errors.append(tr("At the stop: %1").arg(run->stop->error));
        } else if (!s.infoText.trimmed().isEmpty()) {
            errors.append(tr("The server's report of the last run could not be read."));
        }
    }
    for (int row = 0; row < RowCount; ++row)
        m_values[row]->setText(values[row]);
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
    m_devices->setVisible(m_devices->rowCount() > 0);
    // As tall as its rows: a few units need no scroll bar, and the box keeps no empty table.
    m_devices->setFixedHeight(m_devices->horizontalHeader()->sizeHint().height() + m_devices->verticalHeader()->length()
                              + 2 * m_devices->frameWidth());
}

void ScheduleHistoryView::showHistory()
{
    if (!m_feed->history()) {
        m_totals->clear();
        return;
    }
    const SchedulerHistory &history = *m_feed->history();
    QString totals = tr("Last 7 days: %n complete run(s), bought %1, sold %2.", nullptr, history.completeCount)
                         .arg(Units::energy(history.purchaseKWh, locale()), Units::energy(history.sellKWh, locale()));
    if (history.running)
        totals += QLatin1Char(' ') + tr("A run is in progress.");
    m_totals->setText(totals);

    // Newest first: what the operator looks for; records of one instant keep the server's order reversed.
    QList<SchedulerRecord> records(history.records.crbegin(), history.records.crend());
    std::stable_sort(records.begin(), records.end(),
                     [](const SchedulerRecord &a, const SchedulerRecord &b) { return a.time > b.time; });
    const QColor startColor = AppPalette::color(AppPalette::Role::Good, palette());
    const QColor stopColor = AppPalette::color(AppPalette::Role::Warning, palette());
    m_history->setRowCount(int(records.size()));
    const QLocale here = locale();
    const auto power = [&here](const std::optional<double> &w) { return w ? Units::power(*w, here) : QString(); };
    const auto raw = [](const std::optional<double> &v) { return v.value_or(qQNaN()); };
    for (int row = 0; row < records.size(); ++row) {
        const SchedulerRecord &r = records.at(row);
        const HistoryRecordReading reading = HistoryRecordReading::read(r);
        QTableWidgetItem *event = item(eventName(r.type), r.type);
        if (r.type == u"start" || r.type == u"stop") // the chart's marker colour, to match them up
            event->setData(Qt::DecorationRole, r.type == u"start" ? startColor : stopColor);
        QString battery;
        if (reading.batteryW)
            battery = *reading.batteryW >= 0 ? tr("charge %1").arg(Units::power(*reading.batteryW, here))
                                             : tr("discharge %1").arg(Units::power(-*reading.batteryW, here));
        QString soc;
        if (const auto low = reading.socLowPercent(), high = reading.socHighPercent(); low && high)
            soc = *low == *high ? Units::percent(*low, here)
                                : tr("%1–%2", "a range of SOC").arg(Units::percent(*low, here), Units::percent(*high, here));
        QTableWidgetItem *cells[HistoryColumnCount] = {
            item(formatTime(r.time), r.time),
            event,
            item(battery, raw(reading.batteryW)),
            item(soc, raw(reading.socLowPercent())),
            item(power(reading.solarW()), raw(reading.solarW())),
            item(power(reading.gridW()), raw(reading.gridW())),
            item(r.purchaseKWh ? Units::energy(*r.purchaseKWh, here) : QString(), raw(r.purchaseKWh)),
            item(r.sellKWh ? Units::energy(*r.sellKWh, here) : QString(), raw(r.sellKWh)),
            item(reading.details(r.message)),
        };
        // The server's own words stay one hover away, on every cell of the row.
        const QString sent = QString(r.message).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed();
        const QString tip = sent.isEmpty() ? QString() : tr("The server's message:\n%1").arg(sent);
        for (int column = 0; column < HistoryColumnCount; ++column) {
            cells[column]->setToolTip(tip);
            if (column >= BatteryColumn && column <= SoldColumn)
                cells[column]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_history->setItem(row, column, cells[column]);
        }
    }
}

void ScheduleHistoryView::showSoc()
{
    ChartSeries soc;
    soc.name = tr("Site state of charge");
    soc.unit = QStringLiteral("%");
    soc.data = m_feed->soc().value_or(TimeSeries());
    m_chart->setMessage({});
    std::optional<TimeInterval> full;
    if (m_feed->from().isValid())
        full = TimeInterval{m_feed->from().toMSecsSinceEpoch(), m_feed->to().toMSecsSinceEpoch()};
    m_chart->setSeries({soc}, full);
}

void ScheduleHistoryView::showSocFailure(const ApiError &error)
{
    if (!m_feed->soc())
        m_chart->setMessage(error.message());
    emit failed(error);
}

void ScheduleHistoryView::showMarkers()
{
    m_markers.clear();
    QList<ChartMarker> drawn;
    if (m_feed->history()) {
        const QColor startColor = AppPalette::color(AppPalette::Role::Good, palette());
        const QColor stopColor = AppPalette::color(AppPalette::Role::Warning, palette());
        for (const SchedulerRecord &r : m_feed->history()->records) {
            if (r.type != u"start" && r.type != u"stop")
                continue;
            const bool start = r.type == u"start";
            m_markers.append({r.time.toUTC(), r.type});
            drawn.append({r.time.toMSecsSinceEpoch(), start ? tr("Start") : tr("Stop"), start ? startColor : stopColor});
        }
    }
    std::stable_sort(m_markers.begin(), m_markers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_chart->setMarkers(drawn);
}

void ScheduleHistoryView::retranslate()
{
    const QString z = zoneName();
    m_lastRunBox->setTitle(tr("Last run (%1)").arg(z));
    m_keys[StateRow]->setText(tr("Scheduler:"));
    m_keys[StartedRow]->setText(tr("Started:"));
    m_keys[StoppedRow]->setText(tr("Stopped:"));
    m_keys[BoughtRow]->setText(tr("Bought from the grid:"));
    m_keys[SoldRow]->setText(tr("Sold to the grid:"));
    m_devices->setHorizontalHeaderLabels({tr("Device"), tr("Snapshot"), tr("SOC"), tr("Solar"), tr("Grid")});
    m_devices->horizontalHeaderItem(4)->setToolTip(tr("Grid power: positive when the site imports"));
    m_historyTitle->setText(tr("History"));
    m_history->setHorizontalHeaderLabels({tr("Time (%1)").arg(z), tr("Event"), tr("Battery"), tr("SOC"), tr("Solar"), tr("Grid"),
                                          tr("Bought"), tr("Sold"), tr("Details")});
    m_history->horizontalHeaderItem(BatteryColumn)->setToolTip(tr("The power a run was started with"));
    m_history->horizontalHeaderItem(SocColumn)->setToolTip(tr("State of charge of the scheduled units: lowest–highest"));
    m_history->horizontalHeaderItem(SolarColumn)->setToolTip(tr("Solar power of the scheduled units together"));
    m_history->horizontalHeaderItem(GridColumn)
        ->setToolTip(tr("Grid power of the scheduled units together: positive when they import"));
    m_chart->setTitle(tr("Site state of charge, last 7 days"));
    m_chart->setValueAxisTitle(TimeChart::AxisSide::Left, tr("State of charge"));
    showLastRun();
    showHistory();
    if (m_feed->soc())
        showSoc();
    showMarkers();
}

void ScheduleHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}
