#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

// The last reply each view fetched, kept on disk (QStandardPaths::CacheLocation) so that the
// next start shows it at once, marked with its age, until fresh data arrives.
class ViewCache final
{
public:
    explicit ViewCache(QString directory = defaultDirectory());
    Q_DISABLE_COPY_MOVE(ViewCache)

    static QString defaultDirectory();

    struct Entry
    {
        QByteArray body;
        QDateTime fetchedAt; // UTC
    };

    // Failures to write are not worth an operator's attention: the cache only saves a wait.
    void store(const QString &key, const QByteArray &body, const QDateTime &fetchedAt);
    std::optional<Entry> load(const QString &key) const;
    void clear();

private:
    QString pathFor(const QString &key) const;
    QString m_directory;
};
