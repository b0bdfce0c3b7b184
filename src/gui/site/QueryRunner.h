#pragma once

#include "client/AegisClient.h"
#include "client/QueryResult.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrlQuery>
#include <functional>

class ViewCache;

// Runs one query for a view: GET through the client, decode off the GUI thread, remember the
// reply in the view cache. The callback gets the data with the time it was fetched.
class QueryRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryRunner)

public:
    struct Reply
    {
        ApiError error;
        QueryResult result;
        QDateTime fetchedAt; // UTC; for cached data, when it was fetched then
        bool fromCache = false;
    };
    using Done = std::function<void(const Reply &)>;

    QueryRunner(AegisClient &client, ViewCache *cache, QObject *parent = nullptr);

    // `cacheKey` names the view's query (e.g. "overview/power"); empty = do not cache. Saved
    // replies are kept per server, so one site's views never show for another.
    void run(const QString &cacheKey, const QString &path, const QUrlQuery &query, QObject *context, Done done);
    // The cached reply of a view, decoded, if any (shown at start until fresh data arrives).
    void runCached(const QString &cacheKey, QObject *context, Done done);

private:
    QString siteKey(const QString &cacheKey) const;
    void decode(QByteArray body, const QDateTime &fetchedAt, bool fromCache, QObject *context, Done done);

    AegisClient &m_client;
    ViewCache *m_cache;
};
