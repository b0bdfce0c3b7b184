#include "core/TariffLibrary.h"

#include "core/TariffFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const char *const kBuiltIns[] = {"taipower-hv-three-period", "taipower-hv-two-period", "taipower-lv-three-period"};

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/tariffs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool validId(const QString &id)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    return form.match(id).hasMatch();
}

} // namespace

TariffLibrary::TariffLibrary(QString userDirectory)
    : m_directory(std::move(userDirectory))
{
}

QStringList TariffLibrary::builtInIds()
{
    QStringList ids;
    for (const char *id : kBuiltIns)
        ids << QLatin1String(id);
    return ids;
}

OffPeakCalendar TariffLibrary::taipowerOffPeakDays()
{
    OffPeakCalendar calendar;
    const QJsonObject years = QJsonDocument::fromJson(resource(QStringLiteral("taipower-off-peak-days.json"))).object();
    for (auto it = years.constBegin(); it != years.constEnd(); ++it) {
        QList<QDate> days;
        for (const QJsonValue &day : it.value().toArray())
            days << QDate::fromString(day.toString(), Qt::ISODate);
        calendar.setDays(it.key().toInt(), days);
    }
    return calendar;
}

Result<Tariff> TariffLibrary::builtIn(const QString &id)
{
    if (!builtInIds().contains(id))
        return Result<Tariff>::failure(tr("There is no built-in plan \"%1\".").arg(id));
    Result<Tariff> tariff = TariffFile::fromJson(resource(id + QStringLiteral(".json")), id);
    if (tariff)
        tariff.value().offPeakDays = taipowerOffPeakDays();
    return tariff;
}

QString TariffLibrary::pathOf(const QString &id) const
{
    return QDir(m_directory).filePath(id + QStringLiteral(".json"));
}

QList<TariffLibrary::Entry> TariffLibrary::plans() const
{
    QList<Entry> out;
    for (const QString &id : builtInIds()) {
        const Result<Tariff> t = builtIn(id);
        out.append({id, t ? t->name : QString(), true, {}, t.error()});
    }
    if (m_directory.isEmpty())
        return out;
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files.mid(0, kMaxUserPlans)) {
        const QString id = file.completeBaseName();
        if (!validId(id) || builtInIds().contains(id))
            continue;
        const Result<Tariff> t = TariffFile::readFile(file.filePath());
        out.append({id, t ? t->name : QString(), false, file.filePath(), t.error()});
    }
    return out;
}

Result<Tariff> TariffLibrary::load(const QString &id) const
{
    if (builtInIds().contains(id))
        return builtIn(id);
    if (!validId(id) || m_directory.isEmpty())
        return Result<Tariff>::failure(tr("There is no plan \"%1\".").arg(id));
    if (!QFileInfo::exists(pathOf(id)))
        return Result<Tariff>::failure(tr("There is no plan \"%1\" in %2.").arg(id, QDir::toNativeSeparators(m_directory)));
    return TariffFile::readFile(pathOf(id));
}

Result<QString> TariffLibrary::save(const QString &id, const Tariff &tariff) const
{
    using R = Result<QString>;
    if (builtInIds().contains(id))
        return R::failure(tr("\"%1\" is a built-in plan; save the copy under another name.").arg(id));
    if (!validId(id))
        return R::failure(tr("\"%1\" cannot name a plan: use letters, digits, '-' and '_'.").arg(id));
    if (!QDir().mkpath(m_directory))
        return R::failure(tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(m_directory)));
    // What is saved must read back: the same checks as a hand-written file.
    const Result<Tariff> check = TariffFile::fromJson(TariffFile::toJson(tariff), id);
    if (!check)
        return R::failure(check.error());
    const Result<bool> written = TariffFile::writeFile(pathOf(id), tariff);
    if (!written)
        return R::failure(written.error());
    return pathOf(id);
}

QString TariffLibrary::freeId(const QString &name) const
{
    QString base = name.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base = base.mid(0, 48);
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("plan");
    QString id = base;
    for (int n = 2; builtInIds().contains(id) || QFileInfo::exists(pathOf(id)); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}
