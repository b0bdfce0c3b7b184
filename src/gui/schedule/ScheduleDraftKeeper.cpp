#include "gui/schedule/ScheduleDraftKeeper.h"

#include "core/DailyWindow.h"
#include "gui/common/DateText.h"
#include "gui/common/MessageSink.h"
#include "gui/schedule/ScheduleModel.h"

#include <QFile>
#include <QLocale>

ScheduleDraftKeeper::ScheduleDraftKeeper(ScheduleModel &model, QString directory, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_directory(std::move(directory))
    , m_dialogParent(dialogParent)
{
    connect(&m_model, &ScheduleModel::draftChanged, this, &ScheduleDraftKeeper::save);
}

ScheduleDraftKeeper::~ScheduleDraftKeeper() = default;

void ScheduleDraftKeeper::setSite(const QString &serverUrl, int schedulerId)
{
    m_serverUrl = serverUrl;
    m_schedulerId = schedulerId;
    m_file = std::make_unique<ScheduleDraftFile>(m_directory, serverUrl, schedulerId);
}

QString ScheduleDraftKeeper::path() const
{
    return m_file ? m_file->path() : QString();
}

bool ScheduleDraftKeeper::offerSavedDraft(const Schedule &server, const QDateTime &serverUpdateTime)
{
    QString error;
    const std::optional<ScheduleDraft> saved = m_file ? m_file->load(&error) : std::nullopt;
    m_loading = true;
    bool restored = false;
    if (!error.isEmpty()) {
        // A damaged draft is kept aside, never overwritten by the next save, and the operator
        // hears why it cannot be offered and where it is.
        const QString aside = m_file->path() + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const bool moved = QFile::rename(m_file->path(), aside);
        MessageSink::show(m_dialogParent, MessageSink::Level::Warning, tr("Saved draft"),
                          moved ? tr("A saved draft could not be read:\n%1\n\nIt was kept as %2.").arg(error, aside)
                                : tr("A saved draft could not be read:\n%1\n\nIt stays at %2 and will not be saved over.")
                                      .arg(error, m_file->path()));
        if (!moved)
            m_file.reset(); // nothing is saved this session rather than losing the damaged file
    }
    if (saved && !saved->draft.sameWindowsAs(server)) {
        const QString when = DateText::minutes(saved->savedAt, QTimeZone::systemTimeZone());
        QStringList windows;
        for (const DailyWindow &w : DailyWindows::fromSchedule(saved->draft))
            windows << w.describe();
        const QString list = windows.isEmpty() ? tr("no windows") : windows.join(QStringLiteral("\n"));
        const auto answer = MessageSink::show(
            m_dialogParent, MessageSink::Level::Question, tr("Unsent draft"),
            tr("A draft of the schedule that was not sent was found (saved %1):\n\n%2\n\nKeep it to go on editing, or "
               "discard it and start from the server's windows?")
                .arg(when, list),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            m_model.restoreDraft(saved->draft, saved->base, saved->baseUpdateTime);
            restored = true;
        }
    }
    if (!restored) {
        m_model.loadFromServer(server, serverUpdateTime);
        if (m_file)
            m_file->discard();
    }
    m_loading = false;
    return restored;
}

void ScheduleDraftKeeper::save()
{
    if (m_loading || !m_file || !m_model.hasBase())
        return;
    if (!m_model.isModified()) {
        m_file->discard();
        return;
    }
    ScheduleDraft draft;
    draft.schedulerId = m_schedulerId;
    draft.serverUrl = m_serverUrl;
    draft.draft = m_model.draft();
    draft.base = m_model.base();
    draft.baseUpdateTime = m_model.baseUpdateTime();
    draft.savedAt = QDateTime::currentDateTimeUtc();
    const Result<bool> saved = m_file->save(draft);
    const QString error = saved.ok() ? QString() : saved.error();
    if (error != m_lastError && !error.isEmpty())
        emit saveFailed(error);
    m_lastError = error;
}
