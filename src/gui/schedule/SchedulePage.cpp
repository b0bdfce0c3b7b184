#include "gui/schedule/SchedulePage.h"

#include "client/SchedulerApi.h"
#include "core/Clock.h"
#include "gui/common/MessageSink.h"
#include "gui/common/Shortcuts.h"
#include "gui/schedule/DraftCostLine.h"
#include "gui/schedule/ProjectionFeed.h"
#include "gui/schedule/ProjectionStrip.h"
#include "gui/schedule/ProjectionWarnings.h"
#include "gui/schedule/ScheduleDraftKeeper.h"
#include "gui/schedule/ScheduleHistoryView.h"
#include "gui/schedule/ScheduleLibrary.h"
#include "gui/schedule/ScheduleMessageLine.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/ScheduleProjection.h"
#include "gui/schedule/ScheduleSender.h"
#include "gui/schedule/ScheduleWindowsTable.h"
#include "gui/schedule/SchedulerStatusWidget.h"
#include "gui/schedule/SuggestDialog.h"
#include "gui/schedule/TimelineEditor.h"
#include "gui/schedule/UnitShareNote.h"
#include "gui/schedule/WindowDialogEdits.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/tariff/TariffDayChooser.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

QString SchedulePage::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

namespace {

// A line that comes and goes (a warning, a message) in space kept for it, so the timeline
// never moves while the operator drags on it; longer text scrolls.
QWidget *reserved(QWidget *line, int lines)
{
    auto *area = new QScrollArea;
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setFixedHeight(lines * line->fontMetrics().lineSpacing() + 6);
    area->setWidget(line);
    // On the page's own background, as the lines were before (setWidget fills it).
    area->viewport()->setAutoFillBackground(false);
    line->setAutoFillBackground(false);
    return area;
}

} // namespace

SchedulePage::SchedulePage(SiteConnection &connection, const Clock &clock, QWidget *parent, const QString &draftDirectory)
    : QWidget(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_model(new ScheduleModel(this))
    , m_projection(new ScheduleProjection(*m_model, clock, this))
    , m_status(new SchedulerStatusWidget(clock, this))
    , m_timeline(new TimelineEditor(*m_model, clock, this))
    , m_strip(new ProjectionStrip(this))
    , m_table(new ScheduleWindowsTable(*m_model, this))
    , m_unitShare(new UnitShareNote(*m_model, this))
    , m_draftLine(new QLabel(this))
    , m_tariffDay(new TariffDayChooser(this))
    , m_cost(new DraftCostLine(connection, clock, *m_model, *m_tariffDay, this))
    , m_message(new ScheduleMessageLine(this))
    , m_projectionWarnings(new ProjectionWarnings(*m_projection, this))
    , m_bottom(new QTabWidget(this))
    , m_history(new ScheduleHistoryView(connection, clock, this))
    , m_feed(new ProjectionFeed(connection, clock, this))
    , m_keeper(nullptr)
    , m_sender(new ScheduleSender(*m_model, *m_projection, connection.scheduler(), this, this))
    , m_library(nullptr)
    , m_windowDialogs(new WindowDialogEdits(*m_model, this, this))
{
    setObjectName(QStringLiteral("schedulePage"));
    const QString dataDir = draftDirectory.isEmpty() ? defaultDataDirectory() : draftDirectory;
    m_keeper = new ScheduleDraftKeeper(*m_model, QDir(dataDir).filePath(QStringLiteral("drafts")), this, this);
    m_library = new ScheduleLibrary(*m_model, QDir(dataDir).filePath(QStringLiteral("templates")), clock, this, this);
    m_model->setLimits(connection.settings().scheduleLimits());
    m_model->setUnits(UnitShare::kDefaultUnits, connection.settings().batteryLimits().unitLimitW);
    m_projection->setBatteryLimits(connection.settings().batteryLimits());

    m_draftLine->setObjectName(QStringLiteral("draftLine"));
    m_draftLine->setWordWrap(true);

    auto *windowsPane = new QWidget(this);
    auto *windowsLayout = new QVBoxLayout(windowsPane);
    windowsLayout->setContentsMargins(0, 0, 0, 0);
    windowsLayout->addWidget(m_table, 1);
    windowsLayout->addWidget(m_unitShare);

    auto *timelinePane = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    timelineLayout->addWidget(m_timeline, 3);
    timelineLayout->addWidget(m_strip, 1);
    timelineLayout->addWidget(reserved(m_projectionWarnings, 2));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(timelinePane);
    splitter->addWidget(windowsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    // The editor and the runs each get the page's full height.
    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addWidget(buildToolBar());
    auto *lines = new QWidget(editor);
    auto *linesLayout = new QVBoxLayout(lines);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->setSpacing(2);
    linesLayout->addWidget(m_draftLine);
    linesLayout->addWidget(m_cost);
    linesLayout->addWidget(m_message);
    linesLayout->addStretch(1);
    editorLayout->addWidget(reserved(lines, 5));
    editorLayout->addWidget(splitter, 1);
    m_bottom->setObjectName(QStringLiteral("scheduleTabs"));
    m_bottom->addTab(editor, QString());
    m_bottom->addTab(m_history, QString());

    // Beside the scheduler's state, where the row has room: the kind of day the editor prices
    // and shades.
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_tariffDay, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_bottom, 1);

    // One selection for both views.
    connect(m_timeline, &TimelineEditor::selectedRowChanged, this, [this](int row) {
        if (row < 0)
            m_table->clearSelection();
        else
            m_table->selectRow(row);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_timeline->setSelectedRow(current.isValid() ? current.row() : -1); });
    connect(m_timeline, &TimelineEditor::ruleStopped, this, [this](const QString &reason) {
        if (!reason.isEmpty())
            m_message->showMessage(reason, true);
        else
            m_message->hide();
    });
    connect(m_model, &ScheduleModel::editRefused, this, [this](const QString &reason) { m_message->showMessage(reason, true); });
    connect(m_timeline, &TimelineEditor::editRequested, m_windowDialogs, &WindowDialogEdits::editWindow);
    connect(m_timeline, &TimelineEditor::createRequested, m_windowDialogs, &WindowDialogEdits::createWindow);
    connect(m_windowDialogs, &WindowDialogEdits::refused, this,
            [this](const QString &reason) { m_message->showMessage(reason, true); });
    connect(m_model, &ScheduleModel::draftChanged, this, &SchedulePage::updateDraftLine);
    connect(m_projection, &ScheduleProjection::changed, this, &SchedulePage::showProjection);
    connect(m_cost, &DraftCostLine::changed, this, [this] {
        m_timeline->setTariffPeriods(m_cost->periodsShown());
        showWindowWarnings();
    });
    m_sender->setCostLines([this] { return m_cost->dialogLines(); });
    // The stack counts an edit only after the edit has changed the model.
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this, &SchedulePage::updateDraftLine);
    connect(m_feed, &ProjectionFeed::updated, this, [this] {
        const ProjectionInputs &in = m_feed->inputs();
        m_projection->setInputs(in);
        m_cost->setBattery(in.socPercent, in.capacityKWh);
        if (in.unitsKnown) {
            m_unitShare->setUnitsKnown(true);
            m_model->setUnits(int(in.unitsOnline.size()), m_connection.settings().batteryLimits().unitLimitW);
        }
    });
    connect(m_feed, &ProjectionFeed::failed, this, &SchedulePage::failed);
    connect(m_history, &ScheduleHistoryView::failed, this, &SchedulePage::failed);
    connect(m_keeper, &ScheduleDraftKeeper::saveFailed, this, [this](const QString &reason) {
        m_message->showMessage([reason] { return tr("The draft could not be saved: %1").arg(reason); }, true);
    });
    connect(m_sender, &ScheduleSender::busyChanged, this, &SchedulePage::setBusy);
    connect(m_sender, &ScheduleSender::finished, this, [this](const QString &, bool ok) {
        m_message->showMessage([this] { return m_sender->summary(); }, !ok);
        refresh();
    });
    retranslate();
    updateDraftLine();
}

SchedulePage::~SchedulePage()
{
    // ~QUndoStack clears the stack and signals it while the model is half destroyed.
    m_model->undoStack()->disconnect(this);
    m_model->disconnect(this);
}

QWidget *SchedulePage::buildToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("scheduleToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_undo = m_model->undoStack()->createUndoAction(this);
    m_undo->setObjectName(QStringLiteral("scheduleUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    // The buttons keep their words ("Undo", not "Undo move window"): a button that grows
    // mid-drag moves what is beside it. The step's name goes into the tooltip.
    connect(m_model->undoStack(), &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_undo->setText(tr("Undo"));
        m_undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(text));
    });
    connect(m_model->undoStack(), &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redo->setText(tr("Redo"));
        m_redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(text));
    });
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo = m_model->undoStack()->createRedoAction(this);
    m_redo->setObjectName(QStringLiteral("scheduleRedo"));
    Shortcuts::set(m_redo, QKeySequence::Redo,
                   {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undo);
    addAction(m_redo);
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    m_snapLabel = new QLabel(bar);
    m_snap = new QComboBox(bar);
    m_snap->setObjectName(QStringLiteral("snapStep"));
    for (int minutes : {1, 5, 15, 30, 60})
        m_snap->addItem(QString(), minutes);
    m_snap->setCurrentIndex(2);
    connect(m_snap, &QComboBox::currentIndexChanged, this, [this] { m_timeline->setSnapMinutes(m_snap->currentData().toInt()); });
    bar->addWidget(m_snapLabel);
    bar->addWidget(m_snap);
    bar->addSeparator();
    m_reload = bar->addAction(QString(), this, [this] {
        if (!m_state)
            return;
        if (m_model->isModified()
            && MessageSink::show(this, MessageSink::Level::Question, tr("Reload from the server"),
                                 tr("Discard the draft and load the server's windows?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Discard)
            return;
        m_model->loadFromServer(m_state->schedule, m_state->updateTime);
        refresh();
    });
    m_reload->setObjectName(QStringLiteral("scheduleReload"));
    m_templates = new QToolButton(bar);
    m_templates->setObjectName(QStringLiteral("scheduleTemplates"));
    m_templates->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_templates);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { m_library->fillMenu(menu); });
    m_templates->setMenu(menu);
    bar->addWidget(m_templates);
    m_suggest = bar->addAction(QString(), this, &SchedulePage::openSuggest);
    m_suggest->setObjectName(QStringLiteral("scheduleSuggest"));

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_send = bar->addAction(QString(), m_sender, &ScheduleSender::send);
    m_send->setObjectName(QStringLiteral("scheduleSend"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_send);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_send))) {
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
    }
    return bar;
}

void SchedulePage::refresh()
{
    m_connection.scheduler().fetch(this, [this](const ApiError &error, const SchedulerState &state) {
        if (error.isError()) {
            emit failed(error);
            return;
        }
        showState(state);
        emit dataArrived(QDateTime::currentDateTimeUtc(), false);
    });
    m_history->refresh();
    m_feed->refresh();
    m_cost->refresh();
}

void SchedulePage::setLimits(const ScheduleLimits &limits)
{
    m_model->setLimits(limits);
    m_model->setUnits(m_model->unitsOnline(), m_connection.settings().batteryLimits().unitLimitW);
    m_projection->setBatteryLimits(m_connection.settings().batteryLimits());
    m_timeline->update();
}

void SchedulePage::showState(const SchedulerState &state)
{
    const bool first = !m_state;
    m_state = state;
    const QTimeZone zone = state.zone();
    m_status->setState(state);
    m_history->setState(state);
    m_timeline->setZone(zone);
    m_sender->setZone(zone);
    m_library->setZone(zone);
    m_feed->setZone(zone);
    m_projection->setZone(zone);
    m_model->setZoneName(state.timezone);
    m_cost->setZone(zone);
    m_cost->setServer(state.schedule);
    if (first) {
        m_keeper->setSite(m_connection.baseUrl().toString(), m_connection.scheduler().schedulerId());
        m_keeper->offerSavedDraft(state.schedule, state.updateTime);
        emit editorReady();
    } else if (!m_model->isModified() && !m_sender->isBusy() && !m_timeline->isDragging() && !m_windowDialogs->isOpen()
               && (state.updateTime != m_model->baseUpdateTime() || !state.schedule.sameWindowsAs(m_model->base()))) {
        // Nothing of the operator's to keep: follow the server.
        m_model->loadFromServer(state.schedule, state.updateTime);
    }
    updateDraftLine();
}

void SchedulePage::showProjection()
{
    const SocProjectionResult &projection = m_projection->current();
    if (projection.isValid())
        m_strip->setProjection(projection, m_projection->battery(), m_projection->zone());
    else
        m_strip->setUnavailable(m_projection->inputs().hasSoc() || !m_projection->hasZone()
                                    ? QString()
                                    : tr("No projection: the battery's state of charge is not known."));
    showWindowWarnings();
}

void SchedulePage::showWindowWarnings()
{
    // A window's tooltip and mark carry both: what the battery cannot do and what the grid cuts.
    QHash<int, QString> warnings = m_projection->windowWarnings();
    const QHash<int, QString> cost = m_cost->windowFindings();
    for (auto it = cost.begin(); it != cost.end(); ++it) {
        QString &text = warnings[it.key()];
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + it.value();
    }
    m_timeline->setWindowWarnings(warnings);
}

void SchedulePage::updateDraftLine()
{
    QString text;
    if (!m_model->hasBase()) {
        text = tr("Loading the scheduler's windows…");
    } else if (!m_model->isModified()) {
        text = tr("The editor shows the scheduler's windows. Edits stay a draft until you send them.");
    } else {
        const qsizetype steps = m_model->undoStack()->index();
        // A draft restored from an earlier session has no edits of this one to count.
        text = steps > 0 ? tr("Draft not sent (%n edit(s)); saved on this computer.", nullptr, int(steps))
                         : tr("Draft not sent, restored from an earlier session; saved on this computer.");
        if (m_state && m_state->updateTime != m_model->baseUpdateTime())
            text += QLatin1Char(' ') + tr("The server's windows changed since you loaded them; sending will show both.");
    }
    if (m_busy)
        text = tr("Sending the windows and reading them back…");
    m_draftLine->setText(text);
    m_send->setEnabled(m_model->hasBase() && !m_busy);
}

void SchedulePage::openSuggest()
{
    SuggestDialog dialog(m_connection, m_clock, *m_model, m_feed->inputs(),
                         m_state ? std::optional<Schedule>(m_state->schedule) : std::nullopt,
                         m_state ? m_state->zone() : m_connection.siteZone(), this);
    dialog.exec();
}

QString SchedulePage::statusText() const
{
    return m_message->message();
}

void SchedulePage::setBusy(bool busy)
{
    m_busy = busy;
    m_timeline->setEnabled(!busy);
    m_table->setEnabled(!busy);
    m_undo->setEnabled(!busy && m_model->undoStack()->canUndo());
    m_redo->setEnabled(!busy && m_model->undoStack()->canRedo());
    m_templates->setEnabled(!busy);
    m_reload->setEnabled(!busy);
    m_suggest->setEnabled(!busy);
    updateDraftLine();
}

void SchedulePage::retranslate()
{
    m_bottom->setTabText(0, tr("Daily windows"));
    m_bottom->setTabText(1, tr("Runs and history"));
    m_snapLabel->setText(tr("Snap to:") + QLatin1Char(' '));
    const QList<int> steps{1, 5, 15, 30, 60};
    for (int i = 0; i < steps.size(); ++i)
        m_snap->setItemText(i, steps.at(i) == 60 ? tr("1 hour") : tr("%n min", nullptr, steps.at(i)));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_reload->setText(tr("Reload from server"));
    m_reload->setToolTip(tr("Load the scheduler's windows again, discarding the draft"));
    m_templates->setText(tr("Templates and files"));
    m_suggest->setText(tr("Suggest…"));
    m_suggest->setToolTip(tr("Suggest windows from the tariff, the grid limits and the usual day; the result becomes a draft"));
    m_send->setText(tr("Send to scheduler…"));
    m_send->setToolTip(tr("Review the changes and the projection, then send the draft"));
    updateDraftLine();
    showProjection();
}

void SchedulePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
