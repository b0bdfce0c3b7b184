// Fuzz target for the schedule files an operator may open or the console reads back: schedule
// files (EVerest JSON with `aegis_schedule`, or EVerest's time series alone), the templates file,
// the autosaved draft and aegis-cli's FILE. Any bytes give a result or a reason; what reads is
// written again and reads back the same (FuzzTarget.h says how it is built;
// corpus/schedule_files/ its inputs).

#include "FuzzTarget.h"

#include "cli/CliScheduleFile.h"
#include "core/CronsCodec.h"
#include "core/ScheduleDraftFile.h"
#include "core/ScheduleFile.h"
#include "core/ScheduleTemplates.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

using Fuzz::require;

// A window read from EVerest's time series lies within one day, and is not empty.
bool withinTheDay(const Schedule &schedule)
{
    for (const ScheduleWindow &w : schedule.windows()) {
        if (w.startSecond < 0 || w.stopSecond > ScheduleWindow::kSecondsPerDay || w.startSecond >= w.stopSecond)
            return false;
    }
    return true;
}

void checkScheduleFile(const QByteArray &json, const QTimeZone &zone)
{
    const Result<ImportedSchedule> imported = ScheduleFile::importJson(json, zone);
    require(imported.ok() == imported.error().isEmpty());
    if (!imported)
        return;
    require(imported->schedule.size() <= Schedule::kMaxWindows);
    const bool fromEverest = !QJsonDocument::fromJson(json).object().contains(QStringLiteral("aegis_schedule"));
    if (fromEverest)
        require(withinTheDay(imported->schedule));
    // Exported again (whatever the windows, as the console would), the file reads back exactly.
    const QDateTime start = QDateTime(QDate(2024, 3, 30), QTime(16, 0), Qt::UTC);
    const QByteArray exported = ScheduleFile::exportJson(imported->schedule, imported->name, zone, start);
    const Result<ImportedSchedule> again = ScheduleFile::importJson(exported, zone);
    require(again.ok());
    require(again->schedule == imported->schedule && again->name == imported->name);
}

void checkDraft(const QByteArray &json)
{
    const Result<ScheduleDraft> draft = ScheduleDraftFile::fromJson(json);
    require(draft.ok() == draft.error().isEmpty());
    if (!draft)
        return;
    const Result<ScheduleDraft> again = ScheduleDraftFile::fromJson(ScheduleDraftFile::toJson(*draft));
    require(again.ok() && *again == *draft);
}

void checkTemplates(const QByteArray &json)
{
    const Result<QMap<QString, Schedule>> templates = ScheduleTemplates::fromJson(json);
    require(templates.ok() == templates.error().isEmpty());
    if (!templates)
        return;
    const Result<QMap<QString, Schedule>> again = ScheduleTemplates::fromJson(ScheduleTemplates::toJson(*templates));
    require(again.ok() && *again == *templates);
}

void checkCliFile(const QByteArray &json)
{
    const Result<Schedule> schedule = CliScheduleFile::parse(json);
    require(schedule.ok() == schedule.error().isEmpty());
    if (!schedule)
        return;
    require(schedule->size() <= Schedule::kMaxWindows);
    // The crons array of these windows is a FILE too, and reads as the same windows.
    const Result<Schedule> again = CliScheduleFile::parse(CronsCodec::encode(*schedule).toUtf8());
    require(again.ok() && *again == *schedule);
}

} // namespace

AEGIS_FUZZ_TARGET(schedule_files)
{
    Fuzz::ensureApplication();
    static const QTimeZone taipei("Asia/Taipei");
    static const QTimeZone berlin("Europe/Berlin"); // daylight saving
    const QByteArray json = Fuzz::bytes(data, size);
    checkScheduleFile(json, taipei);
    checkScheduleFile(json, berlin);
    checkDraft(json);
    checkTemplates(json);
    checkCliFile(json);
    return 0;
}
