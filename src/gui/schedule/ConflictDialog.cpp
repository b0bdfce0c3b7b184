#include "gui/schedule/ConflictDialog.h"

#include "ui_ConflictDialog.h"

#include "core/DailyWindow.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTimeZone>

namespace {

void fill(QTableWidget *t, const Schedule &schedule, const QString &header)
{
    const QList<DailyWindow> windows = DailyWindows::fromSchedule(schedule);
    t->setColumnCount(1);
    t->setHorizontalHeaderLabels({header});
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setRowCount(int(windows.size()));
    for (int row = 0; row < windows.size(); ++row)
        t->setItem(row, 0, new QTableWidgetItem(windows.at(row).describe()));
}

} // namespace

ConflictDialog::ConflictDialog(const Schedule &server, const QDateTime &serverUpdateTime, const Schedule &draft,
                               const Schedule &base, const QDateTime &baseUpdateTime, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
{
    m_ui->setupUi(this);
    const auto local = [&](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : tr("unknown");
    };
    m_ui->intro->setText(tr("Nothing was sent. The scheduler's windows were changed at %1 (%2), after you loaded them "
                            "at %3. Compare the three and choose: send your draft over the server's windows, take the "
                            "server's windows into the editor, or keep editing.")
                             .arg(local(serverUpdateTime), QString::fromUtf8(zone.id()), local(baseUpdateTime)));
    m_ui->serverGroup->setTitle(tr("On the server now"));
    m_ui->draftGroup->setTitle(tr("Your draft"));
    m_ui->baseGroup->setTitle(tr("When you loaded it"));
    fill(m_ui->server, server, tr("Window"));
    fill(m_ui->draft, draft, tr("Window"));
    fill(m_ui->base, base, tr("Window"));
    QPushButton *overwrite = m_ui->buttons->addButton(tr("&Send my draft anyway…"), QDialogButtonBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    QPushButton *take = m_ui->buttons->addButton(tr("&Take the server's windows"), QDialogButtonBox::ResetRole);
    take->setObjectName(QStringLiteral("takeServerButton"));
    QPushButton *keep = m_ui->buttons->addButton(tr("&Keep editing"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    keep->setDefault(true);
    connect(overwrite, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Overwrite;
        accept();
    });
    connect(take, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeServer;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, &ConflictDialog::reject);
}

ConflictDialog::~ConflictDialog() = default;

QTableWidget *ConflictDialog::serverTable() const
{
    return m_ui->server;
}

QTableWidget *ConflictDialog::draftTable() const
{
    return m_ui->draft;
}

QTableWidget *ConflictDialog::baseTable() const
{
    return m_ui->base;
}
