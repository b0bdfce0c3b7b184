#include "gui/schedule/ScheduleMessageLine.h"

#include "gui/common/AppPalette.h"

ScheduleMessageLine::ScheduleMessageLine(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("scheduleMessage"));
    setWordWrap(true);
    hide();
}

void ScheduleMessageLine::showMessage(const QString &text, bool problem)
{
    setText(text);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, AppPalette::color(problem ? AppPalette::Role::Critical : AppPalette::Role::Good, pal));
    setPalette(pal);
    setVisible(!text.isEmpty());
}
