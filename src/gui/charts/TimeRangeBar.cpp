#include "gui/charts/TimeRangeBar.h"

#include "core/Clock.h"
#include "gui/common/AppPalette.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace {

const TimeRange::Preset kPresets[] = {
    TimeRange::Preset::Today,     TimeRange::Preset::Last24Hours,  TimeRange::Preset::Last7Days, TimeRange::Preset::Last30Days,
    TimeRange::Preset::ThisMonth, TimeRange::Preset::Last12Months, TimeRange::Preset::Custom};

// Qt 6.4's date-time editor has no zone of its own: it edits the site's wall-clock time as a
// zone-less value, and the zone is applied when the operator confirms.
QDateTime wallClock(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QDateTime inZone(const QDateTime &wall, const QTimeZone &zone)
{
    return QDateTime(wall.date(), wall.time(), zone);
}

} // namespace

TimeRangeBar::TimeRangeBar(const Clock &clock, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_zone(zone)
    , m_range(TimeRange::make(TimeRange::Preset::Today, clock.now(), zone))
    , m_presets(new QButtonGroup(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_apply(new QPushButton(this))
    , m_zoneLabel(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (TimeRange::Preset preset : kPresets) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setObjectName(QStringLiteral("range_%1").arg(int(preset)));
        m_presets->addButton(button, int(preset));
        layout->addWidget(button);
    }
    m_presets->setExclusive(true);
    layout->addSpacing(12);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::UTC); // a plain wall clock: the site's zone is applied on Show
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
        // Shown for a custom range only, so the bar leaves room for the site tree.
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_apply->setObjectName(QStringLiteral("rangeApply"));
    m_apply->setEnabled(false);
    m_apply->setVisible(false);
    layout->addWidget(m_from);
    layout->addSpacing(4);
    layout->addWidget(m_to);
    layout->addSpacing(4);
    layout->addWidget(m_apply);
    layout->addStretch(1);
    layout->addWidget(m_zoneLabel);

    connect(m_presets, &QButtonGroup::idClicked, this, [this](int id) { setPreset(TimeRange::Preset(id)); });
    connect(m_apply, &QPushButton::clicked, this, &TimeRangeBar::applyCustom);
    m_presets->button(int(m_range.preset))->setChecked(true);
    retranslate();
}

void TimeRangeBar::setPreset(TimeRange::Preset preset)
{
    m_presets->button(int(preset))->setChecked(true);
    const bool custom = preset == TimeRange::Preset::Custom;
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_apply}) {
        w->setEnabled(custom);
        w->setVisible(custom);
    }
    if (custom) {
        // Start the editors from the span shown now; the operator confirms with Apply.
        m_from->setDateTime(wallClock(m_range.start, m_zone));
        m_to->setDateTime(wallClock(m_range.stop, m_zone));
        return;
    }
    m_range = TimeRange::make(preset, m_clock.now(), m_zone);
    emit rangeChanged(m_range);
}

void TimeRangeBar::applyCustom()
{
    const QDateTime from = inZone(m_from->dateTime(), m_zone);
    const QDateTime to = inZone(m_to->dateTime(), m_zone);
    if (from >= to) {
        // The palette's own red, with text that keeps its contrast on it in light and dark themes.
        const QColor red = AppPalette::color(AppPalette::Role::Critical, palette());
        m_to->setStyleSheet(QStringLiteral("color: %1; background: %2;").arg(AppPalette::textOn(red).name(), red.name()));
        m_to->setToolTip(tr("The end must come after the start."));
        return;
    }
    m_to->setStyleSheet({});
    m_to->setToolTip({});
    m_range = TimeRange::custom(from, to, m_zone);
    emit rangeChanged(m_range);
}

void TimeRangeBar::refresh()
{
    if (m_range.preset == TimeRange::Preset::Custom)
        return;
    const TimeRange moved = TimeRange::make(m_range.preset, m_clock.now(), m_zone);
    if (moved == m_range)
        return;
    m_range = moved;
    emit rangeChanged(m_range);
}

void TimeRangeBar::setZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    retranslate();
    m_range = m_range.preset == TimeRange::Preset::Custom ? TimeRange::custom(m_range.start, m_range.stop, zone)
                                                          : TimeRange::make(m_range.preset, m_clock.now(), zone);
    emit rangeChanged(m_range);
}

void TimeRangeBar::retranslate()
{
    for (TimeRange::Preset preset : kPresets)
        m_presets->button(int(preset))->setText(TimeRange::presetName(preset));
    m_apply->setText(tr("Show"));
    m_from->setToolTip(tr("From (in %1)").arg(QString::fromUtf8(m_zone.id())));
    m_to->setToolTip(tr("To (in %1)").arg(QString::fromUtf8(m_zone.id())));
    m_zoneLabel->setText(tr("Times in %1").arg(QString::fromUtf8(m_zone.id())));
}

void TimeRangeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimeRangeBar::setCustomDays(const QDate &, const QDate &) { }
void TimeRangeBar::stepRange(int) { }
