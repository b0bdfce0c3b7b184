#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/Schedule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// Named schedules the operator keeps on this computer, in one file `templates.json`:
//   {"format": 1, "templates": {"Weekday": [{"start_time": 3600, "stop_time": 10800, "power": 10000}]}}
// Every change rewrites the file before it returns (QSaveFile). A file that cannot be read is
// never overwritten: the first write after it was found damaged moves it aside.
class ScheduleTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplates)

public:
    static constexpr int kFormat = 1;

    // `directory` is made when the first template is saved. The clock stamps a damaged file's new name.
    explicit ScheduleTemplates(QString directory, const Clock &clock = SystemClock::instance());
    Q_DISABLE_COPY_MOVE(ScheduleTemplates)

    QString path() const;

    // Reads the file; none yet is an empty set. A damaged file is an error that says what is
    // wrong and where the file will be kept; the templates then start empty.
    Result<bool> load();

    QStringList names() const; // case-insensitive order
    bool contains(const QString &name) const;
    std::optional<Schedule> schedule(const QString &name) const;

    // Each writes the file (loading it first if load() was not called). On failure nothing
    // changed, in memory or on disk. Names are trimmed and must not be empty.
    Result<bool> save(const QString &name, const Schedule &schedule); // replaces one of that name
    Result<bool> remove(const QString &name);
    Result<bool> rename(const QString &oldName, const QString &newName);

    // Where the last write moved a damaged file, so the caller can say so; empty if it moved none.
    const QString &movedAsidePath() const { return m_movedAsidePath; }

    // The file's text, and back: the templates by name, or what is wrong (without the path).
    static QByteArray toJson(const QMap<QString, Schedule> &templates);
    static Result<QMap<QString, Schedule>> fromJson(const QByteArray &json);

private:
    Result<bool> ensureLoaded();
    Result<bool> damaged(const QString &reason);
    Result<bool> write(const QMap<QString, Schedule> &templates);

    QString m_directory;
    const Clock &m_clock;
    QMap<QString, Schedule> m_templates;
    bool m_loaded = false;
    QString m_asidePath; // while the file on disk is damaged: where it goes before the next write
    QString m_movedAsidePath;
};
