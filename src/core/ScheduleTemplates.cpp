#include "core/ScheduleTemplates.h"

#include "core/ScheduleFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

const QString kFileName = QStringLiteral("templates.json");
const QString kFormatKey = QStringLiteral("format");
const QString kTemplatesKey = QStringLiteral("templates");

} // namespace

ScheduleTemplates::ScheduleTemplates(QString directory, const Clock &clock)
    : m_directory(std::move(directory))
    , m_clock(clock)
{
}

QString ScheduleTemplates::path() const
{
    return QDir(m_directory).filePath(kFileName);
}

Result<bool> ScheduleTemplates::load()
{
    m_templates.clear();
    m_asidePath.clear();
    m_loaded = false;

    QFile file(path());
    if (!file.exists()) {
        m_loaded = true;
        return true;
    }
    if (!file.open(QIODevice::ReadOnly))
        return Result<bool>::failure(tr("Cannot read the templates file %1: %2.").arg(path(), file.errorString()));
    const QByteArray json = file.readAll();

    Result<QMap<QString, Schedule>> read = fromJson(json);
    if (!read)
        return damaged(read.error());
    m_templates = std::move(read).value();
    m_loaded = true;
    return true;
}

Result<QMap<QString, Schedule>> ScheduleTemplates::fromJson(const QByteArray &json)
{
    using R = Result<QMap<QString, Schedule>>;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("it is not valid JSON (%1 at character %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return R::failure(tr("it holds no JSON object"));
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(kFormatKey);
    if (!format.isDouble())
        return R::failure(tr("it has no \"format\" number"));
    if (format.toDouble() != kFormat)
        return R::failure(tr("it is in format %1, and this version reads format %2").arg(format.toDouble()).arg(kFormat));
    const QJsonValue templates = root.value(kTemplatesKey);
    if (!templates.isObject())
        return R::failure(tr("it has no \"templates\" object"));

    QMap<QString, Schedule> read;
    const QJsonObject object = templates.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isArray())
            return R::failure(tr("the template \"%1\" is not an array of windows").arg(it.key()));
        Result<Schedule> schedule = ScheduleFile::windowsFromJson(it.value().toArray());
        if (!schedule)
            return R::failure(tr("the template \"%1\": %2").arg(it.key(), schedule.error()));
        read.insert(it.key(), std::move(schedule).value());
    }
    return read;
}

QByteArray ScheduleTemplates::toJson(const QMap<QString, Schedule> &templates)
{
    QJsonObject object;
    for (auto it = templates.constBegin(); it != templates.constEnd(); ++it)
        object.insert(it.key(), ScheduleFile::windowsToJson(it.value()));
    const QJsonObject root{{kFormatKey, kFormat}, {kTemplatesKey, object}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<bool> ScheduleTemplates::damaged(const QString &reason)
{
    // Named now, so the message can say exactly where the file will be kept.
    const QString stamp = m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = path() + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path() + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    m_asidePath = aside;
    m_templates.clear();
    m_loaded = true;
    const QString because = reason.endsWith(u'.') ? reason.chopped(1) : reason; // CronsCodec's end in one
    return Result<bool>::failure(tr("The templates file %1 is damaged: %2. It has been left as it is; before a "
                                    "template is next saved it will be moved to %3.")
                                     .arg(path(), because, aside));
}

Result<bool> ScheduleTemplates::ensureLoaded()
{
    if (m_loaded)
        return true;
    const Result<bool> loaded = load();
    // A damaged file is moved aside by the write; only a file that cannot be read stops it.
    return m_loaded ? Result<bool>(true) : loaded;
}

QStringList ScheduleTemplates::names() const
{
    QStringList names = m_templates.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return names;
}

bool ScheduleTemplates::contains(const QString &name) const
{
    return m_templates.contains(name.trimmed());
}

std::optional<Schedule> ScheduleTemplates::schedule(const QString &name) const
{
    const auto it = m_templates.constFind(name.trimmed());
    if (it == m_templates.constEnd())
        return std::nullopt;
    return *it;
}

Result<bool> ScheduleTemplates::save(const QString &name, const Schedule &schedule)
{
    const QString key = name.trimmed();
    if (key.isEmpty())
        return Result<bool>::failure(tr("A template needs a name."));
    const Result<bool> loaded = ensureLoaded();
    if (!loaded)
        return loaded;
    QMap<QString, Schedule> changed = m_templates;
    changed.insert(key, schedule);
    return write(changed);
}

Result<bool> ScheduleTemplates::remove(const QString &name)
{
    const Result<bool> loaded = ensureLoaded();
    if (!loaded)
        return loaded;
    const QString key = name.trimmed();
    if (!m_templates.contains(key))
        return Result<bool>::failure(tr("There is no template named \"%1\".").arg(key));
    QMap<QString, Schedule> changed = m_templates;
    changed.remove(key);
    return write(changed);
}

Result<bool> ScheduleTemplates::rename(const QString &oldName, const QString &newName)
{
    const QString from = oldName.trimmed();
    const QString to = newName.trimmed();
    if (to.isEmpty())
        return Result<bool>::failure(tr("A template needs a name."));
    const Result<bool> loaded = ensureLoaded();
    if (!loaded)
        return loaded;
    if (!m_templates.contains(from))
        return Result<bool>::failure(tr("There is no template named \"%1\".").arg(from));
    if (from == to)
        return true;
    if (m_templates.contains(to))
        return Result<bool>::failure(tr("A template named \"%1\" already exists.").arg(to));
    QMap<QString, Schedule> changed = m_templates;
    changed.insert(to, changed.take(from));
    return write(changed);
}

Result<bool> ScheduleTemplates::write(const QMap<QString, Schedule> &templates)
{
    m_movedAsidePath.clear();
    if (!QDir().mkpath(m_directory))
        return Result<bool>::failure(tr("Cannot create the folder %1.").arg(m_directory));
    if (!m_asidePath.isEmpty() && QFileInfo::exists(path())) {
        QFile damagedFile(path());
        if (!damagedFile.rename(m_asidePath))
            return Result<bool>::failure(tr("The damaged templates file %1 could not be moved to %2, so nothing was "
                                            "saved: %3.")
                                             .arg(path(), m_asidePath, damagedFile.errorString()));
        m_movedAsidePath = m_asidePath;
    }
    m_asidePath.clear();

    const Result<bool> written = ScheduleFile::writeFile(path(), toJson(templates));
    if (!written)
        return written;
    m_templates = templates;
    return true;
}
