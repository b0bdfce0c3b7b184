#include "gui/site/QueryRunner.h"

#include "client/QueryReplyDecoder.h"
#include "gui/common/GuiLogging.h"
#include "gui/site/ViewCache.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>

QueryRunner::QueryRunner(AegisClient &client, ViewCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

QString QueryRunner::siteKey(const QString &cacheKey) const
{
    // One site's saved views never show for another. The port is left out so that the demo
    // site, on a new loopback port at every start, finds its views again.
    return m_client.baseUrl().toString(QUrl::RemovePort | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) + u'|' + cacheKey;
}

void QueryRunner::run(const QString &cacheKey, const QString &path, const QUrlQuery &query, QObject *context, Done done)
{
    const QString key = cacheKey.isEmpty() ? QString() : siteKey(cacheKey);
    m_client.get(path, query, context, [this, cacheKey, key, context, done = std::move(done)](const ApiResult &r) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!r.ok()) {
            qCInfo(lcQuery) << cacheKey << "failed:" << ApiError::kindName(r.error.kind()) << r.httpStatus;
            done(Reply{r.error, {}, now, false});
            return;
        }
        QElapsedTimer decoding;
        decoding.start();
        decode(r.body, now, false, context, [this, cacheKey, key, decoding, body = r.body, done](const Reply &reply) {
            qCDebug(lcQuery) << cacheKey << body.size() << "bytes," << reply.result.tables.size() << "tables, decoded in"
                             << decoding.elapsed() << "ms" << (reply.error.isError() ? qPrintable(reply.error.detail()) : "");
            // Only data that decoded is worth showing again after a restart.
            if (!reply.error.isError() && m_cache && !key.isEmpty())
                m_cache->store(key, body, reply.fetchedAt);
            done(reply);
        });
    });
}

void QueryRunner::runCached(const QString &cacheKey, QObject *context, Done done)
{
    if (!m_cache)
        return;
    const std::optional<ViewCache::Entry> entry = m_cache->load(siteKey(cacheKey));
    if (!entry)
        return;
    qCDebug(lcQuery) << cacheKey << "from the view cache, fetched" << entry->fetchedAt;
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
    connect(watcher, &QFutureWatcherBase::finished, this,
            [watcher, guard, hasContext, fetchedAt, fromCache, done = std::move(done)] {
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
