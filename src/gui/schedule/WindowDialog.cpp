#include "gui/schedule/WindowDialog.h"

#include "ui_WindowDialog.h"

#include "gui/common/AppPalette.h"

#include <QPushButton>
#include <QTime>
#include <cmath>

WindowDialog::WindowDialog(const WindowEdits &edits, int index, const DailyWindow &window, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WindowDialog>())
    , m_edits(edits)
    , m_index(index)
    , m_window(window)
{
    m_ui->setupUi(this);
    setWindowTitle(index < 0 ? tr("New battery window") : tr("Battery window %1").arg(window.describe()));
    m_ui->start->setTime(QTime::fromMSecsSinceStartOfDay((window.start % DailyWindow::kDay) * 1000));
    m_ui->stop->setTime(QTime::fromMSecsSinceStartOfDay((window.stop() % DailyWindow::kDay) * 1000));
    const ScheduleLimits &limits = edits.limits();
    m_ui->power->setRange(-limits.maxDischargeW / 1000.0, limits.maxChargeW / 1000.0);
    m_ui->power->setValue(window.powerW / 1000.0);
    QPalette warn = m_ui->problem->palette();
    warn.setColor(QPalette::WindowText, AppPalette::color(AppPalette::Role::Critical, palette()));
    m_ui->problem->setPalette(warn);
    m_ui->problem->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &WindowDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &WindowDialog::reject);
}

WindowDialog::~WindowDialog() = default;

DailyWindow WindowDialog::window() const
{
    DailyWindow w = m_window;
    const int start = m_ui->start->time().msecsSinceStartOfDay() / 1000;
    const int stop = m_ui->stop->time().msecsSinceStartOfDay() / 1000;
    w.start = start;
    // 00:00 as the stop is midnight; a stop before the start runs into the next day.
    w.duration = stop > start ? stop - start : stop + DailyWindow::kDay - start;
    w.powerW = std::round(m_ui->power->value() * 1000.0);
    return w;
}

void WindowDialog::accept()
{
    const QString refusal = m_edits.refusal(m_index, window());
    if (!refusal.isEmpty()) {
        m_ui->problem->setText(refusal);
        m_ui->problem->show();
        return;
    }
    QDialog::accept();
}
