#include "gui/site/ViewCache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr quint32 kMagic = 0xAE615CAC;
constexpr quint16 kVersion = 1;

} // namespace

ViewCache::ViewCache(QString directory)
    : m_directory(std::move(directory))
{
}

QString ViewCache::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("views"));
}

QString ViewCache::pathFor(const QString &key) const
{
    // Keys hold URLs and query strings; a digest makes a safe, fixed-length file name.
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(m_directory).filePath(QString::fromLatin1(digest) + QStringLiteral(".view"));
}

void ViewCache::store(const QString &key, const QByteArray &body, const QDateTime &fetchedAt)
{
    if (!QDir().mkpath(m_directory))
        return;
    QSaveFile file(pathFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out << kMagic << kVersion << key << fetchedAt.toUTC() << qCompress(body);
    file.commit();
}

std::optional<ViewCache::Entry> ViewCache::load(const QString &key) const
{
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    quint32 magic = 0;
    quint16 version = 0;
    QString storedKey;
    QDateTime fetchedAt;
    QByteArray compressed;
    in >> magic >> version >> storedKey >> fetchedAt >> compressed;
    // A damaged or foreign file is ignored, never shown.
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || storedKey != key || !fetchedAt.isValid())
        return std::nullopt;
    const QByteArray body = qUncompress(compressed);
    if (body.isEmpty())
        return std::nullopt;
    return Entry{body, fetchedAt};
}

void ViewCache::clear()
{
    QDir(m_directory).removeRecursively();
}
