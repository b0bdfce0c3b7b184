#pragma once

#include "client/ApiError.h"
#include "client/SchedulerState.h"
#include "core/ScheduleRules.h"

#include <QDateTime>
#include <QWidget>
#include <optional>

class Clock;
class DraftCostLine;
class TariffDayChooser;
class ProjectionFeed;
class ProjectionStrip;
class ProjectionWarnings;
class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;
class QToolButton;
class ScheduleDraftKeeper;
class ScheduleHistoryView;
class ScheduleLibrary;
class ScheduleMessageLine;
class ScheduleModel;
class ScheduleProjection;
class ScheduleSender;
class SchedulerStatusWidget;
class SiteConnection;
class TimelineEditor;
class UnitShareNote;
class WindowDialogEdits;

// The schedule page (docs/product.md "The schedule editor"): the scheduler's state, the draft of the
// daily windows on a timeline and in a table over one model, the projected SOC under it,
// sending with a diff and read-back, templates and files, and the history of runs.
class SchedulePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePage)

public:
    // Drafts are kept in `draftDirectory` (default: the app's data location).
    SchedulePage(SiteConnection &connection, const Clock &clock, QWidget *parent = nullptr,
                 const QString &draftDirectory = QString());
    ~SchedulePage() override;

    void refresh();
    // The site's charge and discharge limits (settings): what edits are held to.
    void setLimits(const ScheduleLimits &limits);
    static QString defaultDataDirectory();

    ScheduleModel &model() { return *m_model; }
    TimelineEditor *timeline() const { return m_timeline; }
    QTableView *table() const { return m_table; }
    ProjectionStrip *projectionStrip() const { return m_strip; }
    ScheduleHistoryView *history() const { return m_history; }
    ScheduleSender &sender() { return *m_sender; }
    ScheduleLibrary &library() { return *m_library; }
    ScheduleDraftKeeper &draftKeeper() { return *m_keeper; }
    ProjectionFeed &projectionFeed() { return *m_feed; }
    ScheduleProjection &projection() { return *m_projection; }
    const std::optional<SchedulerState> &serverState() const { return m_state; }
    QString statusText() const;

signals:
    void dataArrived(const QDateTime &fetchedAt, bool fromCache);
    void failed(const ApiError &error);
    // The server's windows arrived for the first time and the editor holds a draft or them.
    void editorReady();

private:
    QWidget *buildToolBar();
    void showState(const SchedulerState &state);
    void showProjection();
    void showWindowWarnings();
    void updateDraftLine();
    void setBusy(bool busy);
    void openSuggest();
    void retranslate();
    void changeEvent(QEvent *event) override;

    SiteConnection &m_connection;
    const Clock &m_clock;
    ScheduleModel *m_model;
    ScheduleProjection *m_projection;
    SchedulerStatusWidget *m_status;
    TimelineEditor *m_timeline;
    ProjectionStrip *m_strip;
    QTableView *m_table;
    UnitShareNote *m_unitShare;
    QLabel *m_draftLine;
    TariffDayChooser *m_tariffDay;
    DraftCostLine *m_cost;
    ScheduleMessageLine *m_message;
    ProjectionWarnings *m_projectionWarnings;
    QTabWidget *m_bottom;
    ScheduleHistoryView *m_history;
    ProjectionFeed *m_feed;
    ScheduleDraftKeeper *m_keeper;
    ScheduleSender *m_sender;
    ScheduleLibrary *m_library;
    WindowDialogEdits *m_windowDialogs;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_send = nullptr;
    QToolButton *m_templates = nullptr;
    QAction *m_suggest = nullptr;
    QLabel *m_snapLabel = nullptr;
    QComboBox *m_snap = nullptr;
    std::optional<SchedulerState> m_state;
    bool m_busy = false;
};
