#include "gui/schedule/ApplyDialog.h"

#include "ui_ApplyDialog.h"

#include "core/ScheduleDiff.h"
#include "gui/common/AppPalette.h"

#include <QHeaderView>
#include <QPushButton>

namespace {

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

QString describe(const std::optional<DailyWindow> &w)
{
    return w ? w->describe() : QStringLiteral("—");
}

} // namespace

ApplyDialog::ApplyDialog(const Schedule &server, const Schedule &draft, const QString &zoneName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApplyDialog>())
{
    m_ui->setupUi(this);
    const QList<ScheduleChange> changes = ScheduleDiff::compare(server, draft);
    const qsizetype changed = std::count_if(changes.begin(), changes.end(),
                                            [](const ScheduleChange &c) { return c.kind != ScheduleChange::Kind::Unchanged; });
    m_ui->intro->setText(tr("Sending replaces the scheduler's daily windows (times in %1). %n window(s) change. "
                            "After sending, the schedule is read back to confirm the server holds exactly this draft.",
                            nullptr, int(changed))
                             .arg(zoneName));
    QTableWidget *t = m_ui->changes;
    t->setColumnCount(3);
    t->setHorizontalHeaderLabels({tr("Change"), tr("On the server now"), tr("After sending")});
    t->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const ScheduleChange &c = changes.at(row);
        QString kind;
        QColor color;
        switch (c.kind) {
        case ScheduleChange::Kind::Unchanged:
            kind = tr("Unchanged");
            break;
        case ScheduleChange::Kind::Added:
            kind = tr("Added");
            color = AppPalette::color(AppPalette::Role::Good, palette());
            break;
        case ScheduleChange::Kind::Removed:
            kind = tr("Removed");
            color = AppPalette::color(AppPalette::Role::Critical, palette());
            break;
        case ScheduleChange::Kind::Changed:
            kind = tr("Changed");
            color = AppPalette::color(AppPalette::Role::Warning, palette());
            break;
        }
        t->setItem(row, 0, cell(kind));
        t->setItem(row, 1, cell(describe(c.server)));
        t->setItem(row, 2, cell(describe(c.draft)));
        if (color.isValid()) {
            QFont bold = t->font();
            bold.setBold(true);
            t->item(row, 0)->setForeground(color);
            t->item(row, 0)->setFont(bold);
        }
    }
    if (changes.isEmpty()) {
        t->setRowCount(1);
        t->setItem(0, 0, cell(tr("No windows")));
        t->setItem(0, 1, cell(QStringLiteral("—")));
        t->setItem(0, 2, cell(QStringLiteral("—")));
    }
    t->resizeColumnsToContents();
    // As tall as its rows: the projection below gets the rest.
    t->resizeRowsToContents();
    t->setMaximumHeight(t->horizontalHeader()->sizeHint().height() + t->verticalHeader()->length() + 2 * t->frameWidth() + 4);
    m_ui->intro->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->mainLayout->setStretchFactor(m_ui->projection, 1);
    m_ui->projection->setHourLabels(true);
    QPushButton *send = m_ui->buttons->addButton(tr("&Send to the scheduler"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendButton"));
    // Enter must not send: the operator clicks Send on purpose.
    send->setAutoDefault(false);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ApplyDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ApplyDialog::reject);
    QPalette warn = m_ui->warnings->palette();
    warn.setColor(QPalette::WindowText, AppPalette::color(AppPalette::Role::Critical, palette()));
    m_ui->warnings->setPalette(warn);
    m_ui->cost->hide();
    showWarnings();
}

ApplyDialog::~ApplyDialog() = default;

QTableWidget *ApplyDialog::changes() const
{
    return m_ui->changes;
}

void ApplyDialog::setProjection(const SocProjectionResult &projection, const BatteryModel &battery, const QTimeZone &zone)
{
    m_ui->projection->setProjection(projection, battery, zone);
    m_projectionWarnings.clear();
    const QDateTime now =
        projection.isValid() ? QDateTime::fromMSecsSinceEpoch(projection.socPercent.firstTime(), QTimeZone::utc()) : QDateTime();
    for (const ProjectionWarning &w : projection.warnings)
        m_projectionWarnings << w.describe(zone, now);
    if (!projection.isValid())
        m_ui->projection->setUnavailable(tr("No projection: the battery's state of charge is not known."));
    showWarnings();
}

void ApplyDialog::setWarnings(const QStringList &warnings)
{
    m_warnings = warnings;
    showWarnings();
}

void ApplyDialog::setCost(const QStringList &lines)
{
    m_ui->cost->setText(lines.value(0));
    m_ui->cost->setVisible(!lines.isEmpty());
    m_costWarnings = lines.mid(1);
    showWarnings();
}

QString ApplyDialog::costText() const
{
    return m_ui->cost->text();
}

void ApplyDialog::showWarnings()
{
    const QStringList all = m_projectionWarnings + m_costWarnings + m_warnings;
    m_ui->warnings->setText(all.isEmpty() ? QString() : QStringLiteral("⚠ ") + all.join(QStringLiteral("\n⚠ ")));
    m_ui->warnings->setVisible(!all.isEmpty());
}
