#include "gui/charts/TimeRangeBar.h"

#include "core/Clock.h"
#include "gui/common/AppPalette.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace {

const TimeRange::Preset kPresets[] = {
    TimeRange::Preset::Today,      TimeRange::Preset::Yesterday, TimeRange::Preset::Last24Hours,  TimeRange::Preset::Last7Days,
    TimeRange::Preset::Last30Days, TimeRange::Preset::ThisMonth, TimeRange::Preset::Last12Months, TimeRange::Preset::Custom};

} // namespace

TimeRangeBar::TimeRangeBar(const Clock &clock, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_zone(zone)
    , m_range(TimeRange::make(TimeRange::Preset::Today, clock.now(), zone))
    , m_presets(new QButtonGroup(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_apply(new QPushButton(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_zoneLabel(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_back->setObjectName(QStringLiteral("stepBack"));
    m_forward->setObjectName(QStringLiteral("stepForward"));
    m_back->setArrowType(Qt::LeftArrow);
    m_forward->setArrowType(Qt::RightArrow);
    layout->addWidget(m_back);
    layout->addWidget(m_forward);
    layout->addSpacing(8);
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
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // Enter in a field takes the typed day; the calendar's pick is taken at once.
        connect(edit, &QDateTimeEdit::editingFinished, this, [this, edit] {
            if (edit->hasFocus() || edit->date() != (edit == m_from ? m_range.firstDay() : m_range.lastDay()))
                applyCustom();
        });
        if (QCalendarWidget *calendar = edit->calendarWidget())
            connect(calendar, &QCalendarWidget::clicked, this, &TimeRangeBar::applyCustom, Qt::QueuedConnection);
    }
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_apply->setObjectName(QStringLiteral("rangeApply"));
    layout->addWidget(m_from);
    layout->addSpacing(4);
    layout->addWidget(m_to);
    layout->addSpacing(4);
    layout->addWidget(m_apply);
    layout->addStretch(1);
    layout->addWidget(m_zoneLabel);

    connect(m_presets, &QButtonGroup::idClicked, this, [this](int id) { setPreset(TimeRange::Preset(id)); });
    connect(m_apply, &QPushButton::clicked, this, &TimeRangeBar::applyCustom);
    connect(m_back, &QToolButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(m_forward, &QToolButton::clicked, this, [this] { emit stepRequested(+1); });
    m_presets->button(int(m_range.preset))->setChecked(true);
    showDays();
    retranslate();
}

TimeRangeBar::~TimeRangeBar()
{
    // A day field that loses focus as the bar is torn down says editingFinished; by then this
    // is no longer a TimeRangeBar, so the fields stop talking to it first.
    m_from->disconnect(this);
    m_to->disconnect(this);
}

void TimeRangeBar::setPreset(TimeRange::Preset preset)
{
    m_presets->button(int(preset))->setChecked(true);
    if (preset == TimeRange::Preset::Custom) {
        // The fields already hold the range's days: the operator edits them and confirms.
        m_from->setFocus();
        return;
    }
    setRange(TimeRange::make(preset, m_clock.now(), m_zone));
}

void TimeRangeBar::setRange(const TimeRange &range)
{
    m_range = range;
    m_presets->button(int(range.preset))->setChecked(true);
    m_to->setStyleSheet({});
    m_to->setToolTip(tr("Last day (in %1)").arg(QString::fromUtf8(m_zone.id())));
    showDays();
    emit rangeChanged(m_range);
}

void TimeRangeBar::showDays()
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(m_range.firstDay());
    m_to->setDate(m_range.lastDay());
}

void TimeRangeBar::applyCustom()
{
    const QDate first = m_from->date();
    const QDate last = m_to->date();
    if (first > last) {
        // The palette's own red, with text that keeps its contrast on it in light and dark themes.
        const QColor red = AppPalette::color(AppPalette::Role::Critical, palette());
        m_to->setStyleSheet(QStringLiteral("color: %1; background: %2;").arg(AppPalette::textOn(red).name(), red.name()));
        m_to->setToolTip(tr("The last day must not come before the first."));
        return;
    }
    const TimeRange wanted = TimeRange::customDays(first, last, m_zone);
    if (wanted == m_range)
        return;
    setRange(wanted);
}

void TimeRangeBar::setCustomDays(const QDate &first, const QDate &last)
{
    if (first.isValid() && last.isValid() && first <= last)
        setRange(TimeRange::customDays(first, last, m_zone));
}

void TimeRangeBar::stepRange(int direction)
{
    const qint64 shift = m_range.lengthMs() * (direction < 0 ? -1 : 1);
    TimeRange moved = TimeRange::custom(m_range.start.addMSecs(shift), m_range.stop.addMSecs(shift), m_zone);
    setCustomDays(moved.firstDay(), moved.lastDay());
}

void TimeRangeBar::refresh()
{
    if (m_range.preset == TimeRange::Preset::Custom)
        return;
    const TimeRange moved = TimeRange::make(m_range.preset, m_clock.now(), m_zone);
    if (moved == m_range)
        return;
    setRange(moved);
}

void TimeRangeBar::setZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    retranslate();
    setRange(m_range.preset == TimeRange::Preset::Custom ? TimeRange::custom(m_range.start, m_range.stop, zone)
                                                         : TimeRange::make(m_range.preset, m_clock.now(), zone));
}

void TimeRangeBar::retranslate()
{
    for (TimeRange::Preset preset : kPresets)
        m_presets->button(int(preset))->setText(TimeRange::presetName(preset));
    m_apply->setText(tr("Show"));
    m_back->setToolTip(tr("Earlier: step back by the span on show"));
    m_forward->setToolTip(tr("Later: step forward by the span on show"));
    m_from->setToolTip(tr("First day (in %1)").arg(QString::fromUtf8(m_zone.id())));
    m_to->setToolTip(tr("Last day (in %1)").arg(QString::fromUtf8(m_zone.id())));
    m_zoneLabel->setText(tr("Times in %1").arg(QString::fromUtf8(m_zone.id())));
}

void TimeRangeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
