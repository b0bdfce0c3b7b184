#include "gui/QueryRunner.h"

#include "client/QueryReplyDecoder.h"
#include "gui/ViewCache.h"

#include <QFutureWatcher>
#include <QPointer>

QueryRunner::QueryRunner(AegisClient &client, ViewCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

void QueryRunner::run(const QString &cacheKey, const QString &path, const QUrlQuery &query, QObject *context, Done done)
{
    m_client.get(path, query, context, [this, cacheKey, context, done = std::move(done)](const ApiResult &r) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!r.ok()) {
            done(Reply{r.error, {}, now, false});
            return;
        }
        decode(r.body, now, false, context, [this, cacheKey, body = r.body, done](const Reply &reply) {
            // Only data that decoded is worth showing again after a restart.
            if (!reply.error.isError() && m_cache && !cacheKey.isEmpty())
                m_cache->store(cacheKey, body, reply.fetchedAt);
            done(reply);
        });
    });
}

void QueryRunner::runCached(const QString &cacheKey, QObject *context, Done done)
{
    if (!m_cache)
        return;
    const std::optional<ViewCache::Entry> entry = m_cache->load(cacheKey);
    if (!entry)
        return;
    decode(entry->body, entry->fetchedAt, true, context, [done = std::move(done)](const Reply &reply) {
        if (!reply.error.isError())
            done(reply);
    });
}

void QueryRunner::decode(QByteArray body, const QDateTime &fetchedAt, bool fromCache, QObject *context, Done done)
{
    // Large replies take a while to decode: never on the GUI thread. The watcher belongs to
    // this runner; a view that is gone by then simply gets no callback.
    auto *watcher = new QFutureWatcher<Result<QueryResult>>(this);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, guard, hasContext, fetchedAt, fromCache, done = std::move(done)] {
        watcher->deleteLater();
        if (hasContext && !guard)
            return;
        const Result<QueryResult> decoded = watcher->result();
        if (!decoded)
            done(Reply{ApiError(ApiError::Kind::MalformedReply, 200, {}, decoded.error()), {}, fetchedAt, fromCache});
        else
            done(Reply{{}, *decoded, fetchedAt, fromCache});
    });
    watcher->setFuture(QueryReplyDecoder::decodeAsync(std::move(body)));
}
