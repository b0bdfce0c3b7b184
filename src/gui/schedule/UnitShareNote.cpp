#include "gui/schedule/UnitShareNote.h"

#include "gui/common/AppPalette.h"
#include "gui/common/Units.h"
#include "gui/schedule/ScheduleModel.h"

#include <QEvent>

UnitShareNote::UnitShareNote(const ScheduleModel &model, QWidget *parent)
    : QLabel(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("unitShare"));
    setWordWrap(true);
    connect(&m_model, &ScheduleModel::draftChanged, this, &UnitShareNote::showShare);
    showShare();
}

void UnitShareNote::setUnitsKnown(bool known)
{
    m_unitsKnown = known;
    showShare();
}

void UnitShareNote::showShare()
{
    const QString limit = Units::power(m_model.unitLimitW());
    QString share = m_unitsKnown
        ? tr("%n Pomcube unit(s) online share the site power; each may carry %1.", nullptr, m_model.unitsOnline()).arg(limit)
        : tr("Each Pomcube unit may carry %1.").arg(limit);
    const QStringList warnings = m_model.unitWarningTexts();
    for (const QString &line : warnings)
        share += QStringLiteral("\n⚠ ") + line;
    setText(share);
    if (warnings.isEmpty()) {
        setPalette(QPalette()); // the page's colours
    } else {
        QPalette pal = palette();
        pal.setColor(QPalette::WindowText, AppPalette::color(AppPalette::Role::Critical, pal));
        setPalette(pal);
    }
}

void UnitShareNote::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showShare();
    QLabel::changeEvent(event);
}
