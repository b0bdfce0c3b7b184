#include "core/ScheduleDraftFile.h"

#include "core/ScheduleFile.h"
#include "core/UtcTime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {

const QString kFormatKey = QStringLiteral("format");
const QString kServerUrl = QStringLiteral("server_url");
const QString kSchedulerId = QStringLiteral("scheduler_id");
const QString kSavedAt = QStringLiteral("saved_at");
const QString kBaseUpdateTime = QStringLiteral("base_update_time");
const QString kDraft = QStringLiteral("draft");
const QString kBase = QStringLiteral("base");

// "https://ems.example/api/" and "https://EMS.example/api" are one server; credentials never
// reach the file name.
QString normalizedUrl(const QString &url)
{
    return QUrl(url.trimmed())
        .adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

QJsonValue timeToJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(UtcTime::format(t.toMSecsSinceEpoch())) : QJsonValue(QJsonValue::Null);
}

} // namespace

ScheduleDraftFile::ScheduleDraftFile(QString directory, QString serverUrl, int schedulerId)
    : m_directory(std::move(directory))
    , m_serverUrl(std::move(serverUrl))
    , m_schedulerId(schedulerId)
{
}

QString ScheduleDraftFile::fileName(const QString &serverUrl, int schedulerId)
{
    const QByteArray key = normalizedUrl(serverUrl).toUtf8() + '\n' + QByteArray::number(schedulerId);
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("draft-") + QString::fromLatin1(hash) + QStringLiteral(".json");
}

QString ScheduleDraftFile::path() const
{
    return QDir(m_directory).filePath(fileName(m_serverUrl, m_schedulerId));
}

QByteArray ScheduleDraftFile::toJson(const ScheduleDraft &draft)
{
    const QJsonObject root{{kFormatKey, kFormat},
                           {kServerUrl, draft.serverUrl},
                           {kSchedulerId, draft.schedulerId},
                           {kSavedAt, timeToJson(draft.savedAt)},
                           {kBaseUpdateTime, timeToJson(draft.baseUpdateTime)},
                           {kDraft, ScheduleFile::windowsToJson(draft.draft)},
                           {kBase, ScheduleFile::windowsToJson(draft.base)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ScheduleDraft> ScheduleDraftFile::fromJson(const QByteArray &json)
{
    using R = Result<ScheduleDraft>;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("it is not valid JSON (%1 at character %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return R::failure(tr("it holds no JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(kFormatKey).toDouble() != kFormat)
        return R::failure(tr("it is not in format %1").arg(kFormat));

    ScheduleDraft draft;
    const QJsonValue serverUrl = root.value(kServerUrl);
    const QJsonValue schedulerId = root.value(kSchedulerId);
    if (!serverUrl.isString() || !schedulerId.isDouble())
        return R::failure(tr("it does not say which scheduler it belongs to"));
    draft.serverUrl = serverUrl.toString();
    draft.schedulerId = schedulerId.toInt();

    for (const auto &[key, target] : {std::pair{kSavedAt, &draft.savedAt}, std::pair{kBaseUpdateTime, &draft.baseUpdateTime}}) {
        const QJsonValue v = root.value(key);
        if (v.isNull() || v.isUndefined())
            continue;
        const std::optional<qint64> ms = v.isString() ? UtcTime::parse(v.toString()) : std::nullopt;
        if (!ms)
            return R::failure(tr("\"%1\" is not a time").arg(key));
        *target = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    }

    for (const auto &[key, target] : {std::pair{kDraft, &draft.draft}, std::pair{kBase, &draft.base}}) {
        const QJsonValue v = root.value(key);
        if (!v.isArray())
            return R::failure(tr("\"%1\" is not an array of windows").arg(key));
        Result<Schedule> schedule = ScheduleFile::windowsFromJson(v.toArray());
        if (!schedule)
            return R::failure(QStringLiteral("\"%1\": %2").arg(key, schedule.error()));
        *target = std::move(schedule).value();
    }
    return draft;
}

Result<bool> ScheduleDraftFile::save(const ScheduleDraft &draft) const
{
    if (draft.schedulerId != m_schedulerId || normalizedUrl(draft.serverUrl) != normalizedUrl(m_serverUrl))
        return Result<bool>::failure(
            tr("The draft of scheduler %1 on %2 cannot be saved as the draft of scheduler %3 on %4.")
                .arg(QString::number(draft.schedulerId), draft.serverUrl, QString::number(m_schedulerId), m_serverUrl));
    if (!QDir().mkpath(m_directory))
        return Result<bool>::failure(tr("Cannot create the folder %1.").arg(m_directory));
    return ScheduleFile::writeFile(path(), toJson(draft));
}

std::optional<ScheduleDraft> ScheduleDraftFile::load(QString *error) const
{
    QString ignored;
    QString &why = error ? *error : ignored;
    why.clear();

    QFile file(path());
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        why = tr("Cannot read the saved draft %1: %2.").arg(path(), file.errorString());
        return std::nullopt;
    }
    const auto damaged = [&](const QString &reason) {
        const QString because = reason.endsWith(u'.') ? reason.chopped(1) : reason; // CronsCodec's end in one
        why = tr("The saved draft %1 cannot be used: %2.").arg(path(), because);
        return std::nullopt;
    };

    Result<ScheduleDraft> draft = fromJson(file.readAll());
    if (!draft)
        return damaged(draft.error());
    // Two keys with the same short hash: the file is another scheduler's draft, not this one's.
    if (draft->schedulerId != m_schedulerId || normalizedUrl(draft->serverUrl) != normalizedUrl(m_serverUrl))
        return damaged(tr("it is the draft of scheduler %1 on %2").arg(QString::number(draft->schedulerId), draft->serverUrl));
    return std::move(draft).value();
}

Result<bool> ScheduleDraftFile::discard() const
{
    QFile file(path());
    if (file.exists() && !file.remove())
        return Result<bool>::failure(tr("Cannot remove the saved draft %1: %2.").arg(path(), file.errorString()));
    return true;
}
