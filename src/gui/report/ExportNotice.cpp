#include "gui/report/ExportNotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

namespace {

constexpr int kShownMs = 30'000;
constexpr int kLabelWidth = 460; // a long path must not widen the window

} // namespace

ExportNotice::ExportNotice(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_open(new QToolButton(this))
    , m_hide(new QTimer(this))
{
    setObjectName(QStringLiteral("exportNotice"));
    m_open->setObjectName(QStringLiteral("openExportFolder"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse); // the path can be copied
    m_hide->setSingleShot(true);
    m_hide->setInterval(kShownMs);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_open);
    connect(m_open, &QToolButton::clicked, this, &ExportNotice::openFolder);
    connect(m_hide, &QTimer::timeout, this, &QWidget::hide);
    retranslate();
    hide();
}

void ExportNotice::showSaved(const QString &path)
{
    m_path = path;
    m_folder = QFileInfo(path).absolutePath();
    retranslate();
    show();
    m_hide->start();
}

QString ExportNotice::text() const
{
    return m_text;
}

void ExportNotice::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
}

void ExportNotice::retranslate()
{
    m_text = tr("Saved %1").arg(QDir::toNativeSeparators(m_path));
    m_label->setText(m_label->fontMetrics().elidedText(m_text, Qt::ElideMiddle, kLabelWidth));
    m_label->setToolTip(m_text);
    m_open->setText(tr("Open folder"));
    m_open->setToolTip(tr("Show the folder of the saved file"));
}

void ExportNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
