#include "gui/schedule/ProjectionWarnings.h"

#include "gui/common/AppPalette.h"
#include "gui/schedule/ScheduleProjection.h"

#include <QEvent>

ProjectionWarnings::ProjectionWarnings(const ScheduleProjection &projection, QWidget *parent)
    : QLabel(parent)
    , m_projection(projection)
{
    setObjectName(QStringLiteral("projectionWarnings"));
    setWordWrap(true);
    setContentsMargins(0, 4, 0, 0);
    connect(&m_projection, &ScheduleProjection::changed, this, &ProjectionWarnings::showWarnings);
    showWarnings();
}

void ProjectionWarnings::showWarnings()
{
    QStringList lines;
    for (const ProjectionWarning &w : m_projection.current().warnings)
        lines << QStringLiteral("⚠ ") + m_projection.describe(w);
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty());
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, AppPalette::color(AppPalette::Role::Critical, pal));
    setPalette(pal);
}

void ProjectionWarnings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showWarnings();
    QLabel::changeEvent(event);
}
