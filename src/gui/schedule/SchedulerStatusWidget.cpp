#include "gui/schedule/SchedulerStatusWidget.h"

#include "core/Clock.h"
#include "gui/common/AppPalette.h"
#include "gui/common/DateText.h"
#include "gui/common/TimeSpanText.h"
#include "gui/common/Units.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace {

// No word wrap: a wrapped label's height is not seen by the layouts around it, so rows would
// overlap in a tight window; the widget asks for the width its text needs instead.
QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

double kWhOr(const std::optional<double> &v)
{
    return v ? *v : std::nan("");
}

// "20.0 kW" kept on one line when the label wraps.
QString unbroken(QString valueWithUnit)
{
    return valueWithUnit.replace(QLatin1Char(' '), QChar::Nbsp);
}

} // namespace

SchedulerStatusWidget::SchedulerStatusWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_tick(new QTimer(this))
{
    m_tick->setObjectName(QStringLiteral("countdownTimer"));
    m_tick->setSingleShot(true);
    connect(m_tick, &QTimer::timeout, this, &SchedulerStatusWidget::tick);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::RichText);
    m_windowKey = new QLabel(this);
    m_window = valueLabel(this, QStringLiteral("window"));
    m_countdown = valueLabel(this, QStringLiteral("countdown"));
    QFont bold = m_countdown->font();
    bold.setBold(true);
    m_countdown->setFont(bold);
    m_lastRunKey = new QLabel(this);
    m_lastRun = valueLabel(this, QStringLiteral("lastRun"));
    m_energyKey = new QLabel(this);
    m_energy = valueLabel(this, QStringLiteral("energy"));
    m_note = valueLabel(this, QStringLiteral("note"));

    m_rows = new QFormLayout;
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rows->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_rows->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_rows->addRow(m_windowKey, m_window);
    // The countdown on a line of its own: it changes every second, and the row stays short.
    m_rows->addRow(QString(), m_countdown);
    m_rows->addRow(m_lastRunKey, m_lastRun);
    m_rows->addRow(m_energyKey, m_energy);

    auto *column = new QVBoxLayout(this);
    column->addWidget(m_status);
    column->addLayout(m_rows);
    column->addWidget(m_note);
    column->addStretch();

    setAccessibleName(tr("Battery schedule"));
    showState();
}

SchedulerStatusWidget::~SchedulerStatusWidget() = default;

void SchedulerStatusWidget::setState(const SchedulerState &state)
{
    m_state = state;
    m_timeline.emplace(state.schedule, state.zone());
    showState();
}

void SchedulerStatusWidget::clearState()
{
    m_state.reset();
    m_timeline.reset();
    showState();
}

void SchedulerStatusWidget::setStale(bool stale, qint64 ageSeconds)
{
    m_stale = stale;
    m_ageSeconds = ageSeconds;
    showState();
}

QString SchedulerStatusWidget::statusText() const
{
    if (!m_state)
        return tr("No data");
    if (m_state->running())
        return tr("Dispatching");
    return m_state->enabled ? tr("Idle") : tr("Idle, schedule disabled");
}

QString SchedulerStatusWidget::windowCaption() const
{
    return m_windowKey->text();
}

QString SchedulerStatusWidget::windowText() const
{
    return m_window->text();
}

QString SchedulerStatusWidget::countdownText() const
{
    return m_countdown->text();
}

QString SchedulerStatusWidget::lastRunText() const
{
    return m_lastRun->text();
}

QString SchedulerStatusWidget::energyText() const
{
    return m_energy->text();
}

QString SchedulerStatusWidget::describe() const
{
    QStringList parts{tr("%1.").arg(statusText())};
    parts.append(countdownText().isEmpty() ? tr("%1: %2.").arg(windowCaption(), windowText())
                                           : tr("%1: %2, %3.").arg(windowCaption(), windowText(), countdownText()));
    parts.append(tr("%1: %2.").arg(m_lastRunKey->text(), lastRunText()));
    parts.append(tr("%1: %2.").arg(m_energyKey->text(), energyText()));
    parts.append(m_note->text());
    return parts.join(QLatin1Char(' '));
}

QString SchedulerStatusWidget::formatInstant(const QDateTime &utc) const
{
    return DateText::minutes(utc, m_state ? m_state->zone() : QTimeZone::utc());
}

QString SchedulerStatusWidget::formatRun(const WindowRun &run) const
{
    const QString times =
        tr("%1–%2").arg(ScheduleWindow::formatSecondOfDay(run.startSecond), ScheduleWindow::formatSecondOfDay(run.stopSecond));
    const QString power = run.powerW >= 0 ? tr("charge %1").arg(unbroken(Units::power(run.powerW, locale())))
                                          : tr("discharge %1").arg(unbroken(Units::power(-run.powerW, locale())));
    return tr("%1, %2").arg(times, power);
}

void SchedulerStatusWidget::showState()
{
    using Role = AppPalette::Role;
    const bool running = m_state && m_state->running();
    const QColor dot = running && !m_stale ? AppPalette::color(Role::Good, palette()) : AppPalette::muted(palette());
    m_status->setText(
        QStringLiteral("<span style=\"color:%1\">&#x25CF;</span>&nbsp;<b>%2</b>").arg(dot.name(), statusText().toHtmlEscaped()));

    m_lastRunKey->setText(tr("Last run"));
    m_energyKey->setText(tr("Grid energy"));
    QString lastRun = Units::unknown();
    QString energy = Units::unknown();
    if (m_state && m_state->lastRun) {
        const SchedulerRunInfo &run = *m_state->lastRun;
        const QDateTime start = run.start ? run.start->time : QDateTime();
        const QDateTime stop = run.stop ? run.stop->time : QDateTime();
        if (start.isValid() && (!stop.isValid() || stop < start)) {
            lastRun = tr("since %1").arg(formatInstant(start));
        } else if (start.isValid()) {
            const QTimeZone zone = m_state->zone();
            // One date for a run that starts and stops on the same local day.
            lastRun = start.toTimeZone(zone).date() == stop.toTimeZone(zone).date()
                ? tr("%1–%2").arg(formatInstant(start), stop.toTimeZone(zone).time().toString(QStringLiteral("HH:mm")))
                : tr("%1 – %2").arg(formatInstant(start), formatInstant(stop));
        } else if (stop.isValid()) {
            lastRun = tr("ended %1").arg(formatInstant(stop));
        }
        if (run.purchaseKWh || run.sellKWh)
            energy = tr("bought %1, sold %2")
                         .arg(unbroken(Units::energy(kWhOr(run.purchaseKWh), locale())),
                              unbroken(Units::energy(kWhOr(run.sellKWh), locale())));
    }
    m_lastRun->setText(lastRun);
    m_energy->setText(energy);

    QPalette notePalette = palette();
    if (m_stale) {
        m_note->setText(tr("Last update %1").arg(TimeSpanText::ago(m_ageSeconds)));
        notePalette.setColor(QPalette::WindowText, AppPalette::color(Role::Warning, palette()));
    } else {
        m_note->setText(m_state ? tr("Times in %1").arg(QString::fromUtf8(m_state->zone().id())) : QString());
        notePalette.setColor(QPalette::WindowText, AppPalette::secondaryText(palette()));
    }
    m_note->setPalette(notePalette);
    m_note->setVisible(!m_note->text().isEmpty());
    tick();
}

void SchedulerStatusWidget::tick()
{
    const QDateTime now = m_clock.now();
    QString caption = tr("Next");
    QString text = Units::unknown();
    QString countdown;
    if (m_state && m_state->schedule.isEmpty()) {
        text = tr("No windows in the schedule");
    } else if (m_timeline) {
        const std::optional<WindowRun> run = m_timeline->next(now);
        if (!run) {
            text = tr("None in the next three days");
        } else if (run->isRunningAt(now)) {
            caption = tr("Now");
            text = formatRun(*run);
            countdown = tr("ends in %1").arg(TimeSpanText::span(now.secsTo(run->stop), locale()));
        } else {
            text = formatRun(*run);
            countdown = tr("in %1").arg(TimeSpanText::span(now.secsTo(run->start), locale()));
        }
    }
    // Set only what changed: a label that is set every second repaints and re-lays out.
    if (m_windowKey->text() != caption)
        m_windowKey->setText(caption);
    if (m_window->text() != text)
        m_window->setText(text);
    if (m_countdown->text() != countdown)
        m_countdown->setText(countdown);
    m_rows->setRowVisible(m_countdown, !countdown.isEmpty());
    setAccessibleDescription(describe());
    scheduleNextTick();
}

void SchedulerStatusWidget::scheduleNextTick()
{
    if (!isVisible() || !m_timeline) {
        m_tick->stop();
        return;
    }
    // Just after the clock's next whole second, so the countdown turns with it.
    const qint64 ms = m_clock.nowMs();
    m_tick->start(int(1000 - ((ms % 1000) + 1000) % 1000) + 5);
}

void SchedulerStatusWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    tick();
}

void SchedulerStatusWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick->stop();
}

void SchedulerStatusWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange
        || event->type() == QEvent::LocaleChange)
        showState();
}
