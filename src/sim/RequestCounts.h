#pragma once

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QString>

// How many requests reached each route, for tests ("five concurrent 401s cause one login").
// Written in the server's thread, readable from any thread.
class RequestCounts final
{
public:
    RequestCounts() = default;
    Q_DISABLE_COPY_MOVE(RequestCounts)

    void add(const QString &route)
    {
        QMutexLocker lock(&m_mutex);
        ++m_counts[route];
    }
    int count(const QString &route) const
    {
        QMutexLocker lock(&m_mutex);
        return m_counts.value(route);
    }
    QHash<QString, int> all() const
    {
        QMutexLocker lock(&m_mutex);
        return m_counts;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_counts.clear();
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, int> m_counts;
};
