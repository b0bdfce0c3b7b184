#include "gui/schedule/ScheduleMessageLine.h"

#include "gui/common/AppPalette.h"

#include <QEvent>

ScheduleMessageLine::ScheduleMessageLine(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("scheduleMessage"));
    setWordWrap(true);
    hide();
}

void ScheduleMessageLine::showMessage(std::function<QString()> say, bool problem)
{
    const QString text = say();
    showMessage(text, problem);
    m_say = std::move(say);
}

void ScheduleMessageLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !isHidden()) {
        if (m_say)
            setText(m_say());
        else
            hide(); // a moment's reason, in the language of that moment
    }
    QLabel::changeEvent(event);
}

void ScheduleMessageLine::showMessage(const QString &text, bool problem)
{
    m_say = nullptr;
    setText(text);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, AppPalette::color(problem ? AppPalette::Role::Critical : AppPalette::Role::Good, pal));
    setPalette(pal);
    setVisible(!text.isEmpty());
}
