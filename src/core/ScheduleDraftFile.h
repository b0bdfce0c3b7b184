#pragma once

#include "core/Result.h"
#include "core/Schedule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

// What the schedule editor holds for one scheduler, saved so it survives a crash.
struct ScheduleDraft
{
    int schedulerId = 0;
    QString serverUrl;
    Schedule draft; // what the operator is editing
    Schedule base; // the server's schedule the draft started from
    QDateTime baseUpdateTime; // the server's `update_time` of `base` (UTC); invalid if unknown
    QDateTime savedAt; // UTC, as the caller stamped it

    friend bool operator==(const ScheduleDraft &, const ScheduleDraft &) = default;
};

// The autosaved draft of one scheduler on one server (docs/product.md "The schedule editor"), one
// file per server and scheduler so two sites never share a draft. Windows are stored with
// CronsCodec's keys, extra keys included. Saving is atomic (QSaveFile): a crash during a
// write leaves the previous draft whole.
class ScheduleDraftFile final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleDraftFile)

public:
    static constexpr int kFormat = 1;

    // `directory` is made on the first save.
    ScheduleDraftFile(QString directory, QString serverUrl, int schedulerId);
    Q_DISABLE_COPY_MOVE(ScheduleDraftFile)

    // <directory>/draft-<16 hex digits>.json, the digits from a hash of server URL and scheduler id.
    QString path() const;
    static QString fileName(const QString &serverUrl, int schedulerId);

    // The draft must be of this file's server and scheduler.
    Result<bool> save(const ScheduleDraft &draft) const;
    // No draft saved: nullopt and an empty error. A draft that cannot be read: nullopt and why.
    std::optional<ScheduleDraft> load(QString *error = nullptr) const;
    // Removes the draft; none is not an error.
    Result<bool> discard() const;

    // The file's text, and back: a draft, or why it cannot be used (without the path). load()
    // also checks that the draft is this file's scheduler's.
    static QByteArray toJson(const ScheduleDraft &draft);
    static Result<ScheduleDraft> fromJson(const QByteArray &json);

private:
    QString m_directory;
    QString m_serverUrl;
    int m_schedulerId = 0;
};
