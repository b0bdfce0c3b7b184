#pragma once

#include "core/ScheduleTemplates.h"

#include <QObject>
#include <QTimeZone>

class Clock;
class QMenu;
class QWidget;
class ScheduleModel;

// Schedules kept apart from the server: named templates saved locally, and schedule files
// (JSON that also validates as EVerest ExternalLimits, see ScheduleFile) to import and export.
// Loading either into the editor is one undo step; a bad file is refused with the reason.
class ScheduleLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleLibrary)

public:
    ScheduleLibrary(ScheduleModel &model, const QString &directory, const Clock &clock, QWidget *dialogParent,
                    QObject *parent = nullptr);

    void setZone(const QTimeZone &zone) { m_zone = zone; }
    ScheduleTemplates &templates() { return m_templates; }

    // Each returns false with the reason shown to the operator (MessageSink).
    bool saveTemplate(const QString &name);
    bool loadTemplate(const QString &name);
    bool deleteTemplate(const QString &name);
    bool importFrom(const QString &path);
    bool exportTo(const QString &path, const QString &name);

    // Rebuilt on every show: the templates as they are on disk.
    void fillMenu(QMenu *menu);

private:
    bool loadIntoDraft(const Schedule &schedule, const QString &undoText);
    void askAndSaveTemplate();
    void askAndImport();
    void askAndExport();
    void fail(const QString &text);

    ScheduleModel &m_model;
    const Clock &m_clock;
    ScheduleTemplates m_templates;
    QWidget *m_dialogParent;
    QTimeZone m_zone;
};
