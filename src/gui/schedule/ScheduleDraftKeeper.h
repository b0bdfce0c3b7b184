#pragma once

#include "core/ScheduleDraftFile.h"

#include <QObject>
#include <memory>

class ScheduleModel;
class QWidget;

// Keeps the editor's draft safe (docs/product.md "The draft survives a crash or a closed window"):
// saved on every change while it differs from the server's windows, removed when it no longer
// does, and offered back on the next start.
class ScheduleDraftKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDraftKeeper)

public:
    // `directory`: where drafts live (the app's data location in use, a temporary one in tests).
    ScheduleDraftKeeper(ScheduleModel &model, QString directory, QWidget *dialogParent, QObject *parent = nullptr);
    ~ScheduleDraftKeeper() override;

    // Which server and scheduler the draft belongs to; call before the first load.
    void setSite(const QString &serverUrl, int schedulerId);
    // The server's windows arrived for the first time: offer a saved draft that differs from
    // them (keep or discard), else load the server's windows. True when a draft was restored.
    bool offerSavedDraft(const Schedule &server, const QDateTime &serverUpdateTime);
    QString path() const;
    // The last save's error, empty when it worked.
    QString lastError() const { return m_lastError; }

signals:
    void saveFailed(const QString &reason);

private:
    void save();

    ScheduleModel &m_model;
    QString m_directory;
    QWidget *m_dialogParent;
    std::unique_ptr<ScheduleDraftFile> m_file;
    QString m_serverUrl;
    int m_schedulerId = 0;
    bool m_loading = false;
    QString m_lastError;
};
