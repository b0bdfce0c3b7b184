#include "gui/schedule/ScheduleLibrary.h"

#include "core/DailyWindow.h"
#include "core/ScheduleFile.h"
#include "gui/common/MessageSink.h"
#include "gui/schedule/ScheduleModel.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QStandardPaths>

ScheduleLibrary::ScheduleLibrary(ScheduleModel &model, const QString &directory, const Clock &clock, QWidget *dialogParent,
                                 QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock)
    , m_templates(directory, clock)
    , m_dialogParent(dialogParent)
    , m_zone(QTimeZone::utc())
{
}

void ScheduleLibrary::fail(const QString &text)
{
    MessageSink::show(m_dialogParent, MessageSink::Level::Warning, tr("Schedules"), text);
}

bool ScheduleLibrary::loadIntoDraft(const Schedule &schedule, const QString &undoText)
{
    const QList<ScheduleViolation> violations = ScheduleRules(m_model.limits()).check(schedule);
    if (!violations.isEmpty()) {
        fail(tr("These windows break the scheduler's rules; the draft is unchanged:\n%1")
                 .arg(ScheduleRules::describe(violations)));
        return false;
    }
    m_model.edit(DailyWindows::fromSchedule(schedule), undoText);
    return true;
}

bool ScheduleLibrary::saveTemplate(const QString &name)
{
    const Result<bool> saved = m_templates.save(name, m_model.draft());
    if (!saved.ok()) {
        fail(tr("The template could not be saved:\n%1").arg(saved.error()));
        return false;
    }
    if (!m_templates.movedAsidePath().isEmpty())
        fail(
            tr("The templates file was damaged; it was kept as %1 and a new one was started.").arg(m_templates.movedAsidePath()));
    return true;
}

bool ScheduleLibrary::loadTemplate(const QString &name)
{
    const std::optional<Schedule> schedule = m_templates.schedule(name);
    if (!schedule) {
        fail(tr("There is no template named “%1”.").arg(name));
        return false;
    }
    return loadIntoDraft(*schedule, tr("Load template “%1”").arg(name));
}

bool ScheduleLibrary::deleteTemplate(const QString &name)
{
    const Result<bool> removed = m_templates.remove(name);
    if (!removed.ok())
        fail(tr("The template could not be deleted:\n%1").arg(removed.error()));
    return removed.ok();
}

bool ScheduleLibrary::importFrom(const QString &path)
{
    const Result<ImportedSchedule> imported = ScheduleFile::readFile(path, m_zone);
    if (!imported.ok()) {
        fail(tr("The file could not be imported; the draft is unchanged:\n%1").arg(imported.error()));
        return false;
    }
    const QString zone = QString::fromUtf8(m_zone.id());
    if (!imported->timezone.isEmpty() && imported->timezone != zone) {
        const auto answer =
            MessageSink::show(m_dialogParent, MessageSink::Level::Question, tr("Schedules"),
                              tr("The file's windows are in %1 but the scheduler runs in %2. Take the same clock times in %2?")
                                  .arg(imported->timezone, zone),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    return loadIntoDraft(imported->schedule, tr("Import %1").arg(QFileInfo(path).fileName()));
}

bool ScheduleLibrary::exportTo(const QString &path, const QString &name)
{
    // The EVerest time series start at the next local midnight: the day the windows describe.
    const QDateTime start = m_clock.now().toTimeZone(m_zone).date().addDays(1).startOfDay(m_zone).toUTC();
    const Result<bool> written = ScheduleFile::writeFile(path, ScheduleFile::exportJson(m_model.draft(), name, m_zone, start));
    if (!written.ok())
        fail(tr("The schedule could not be exported:\n%1").arg(written.error()));
    return written.ok();
}

void ScheduleLibrary::askAndSaveTemplate()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_dialogParent, tr("Save as template"), tr("Template name:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_templates.contains(name)
        && MessageSink::show(m_dialogParent, MessageSink::Level::Question, tr("Save as template"),
                             tr("Replace the template “%1”?").arg(name), QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    saveTemplate(name);
}

void ScheduleLibrary::askAndImport()
{
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Import a schedule"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Schedules (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void ScheduleLibrary::askAndExport()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export the schedule"),
                                                QDir(dir).filePath(QStringLiteral("schedule.json")), tr("Schedules (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    exportTo(path, QFileInfo(path).completeBaseName());
}

void ScheduleLibrary::fillMenu(QMenu *menu)
{
    menu->clear();
    const Result<bool> loaded = m_templates.load();
    if (!loaded.ok())
        fail(loaded.error());
    menu->addAction(tr("Save draft as template…"), this, &ScheduleLibrary::askAndSaveTemplate);
    menu->addSeparator();
    const QStringList names = m_templates.names();
    if (names.isEmpty())
        menu->addAction(tr("No templates yet"))->setEnabled(false);
    for (const QString &name : names)
        menu->addAction(tr("Load “%1”").arg(name), this, [this, name] { loadTemplate(name); });
    if (!names.isEmpty()) {
        QMenu *remove = menu->addMenu(tr("Delete template"));
        for (const QString &name : names)
            remove->addAction(name, this, [this, name] { deleteTemplate(name); });
    }
    menu->addSeparator();
    menu->addAction(tr("Import from file…"), this, &ScheduleLibrary::askAndImport);
    menu->addAction(tr("Export to file…"), this, &ScheduleLibrary::askAndExport);
}
