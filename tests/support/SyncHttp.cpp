#include "support/SyncHttp.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonDocument HttpResult::json(QJsonParseError *error) const
{
    return QJsonDocument::fromJson(body, error);
}

SyncHttp::SyncHttp(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

HttpResult SyncHttp::get(const QUrl &url, const QByteArray &token, int timeoutMs)
{
    return send("GET", url, {}, token, timeoutMs);
}

HttpResult SyncHttp::sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body, const QByteArray &token,
                              int timeoutMs)
{
    return send(method, url, QJsonDocument(body).toJson(QJsonDocument::Compact), token, timeoutMs);
}

HttpResult SyncHttp::send(const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &token,
                          int timeoutMs, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &h : extraHeaders)
        request.setRawHeader(h.first, h.second);

    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs < 0 ? m_timeoutMs : timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    HttpResult r;
    r.timedOut = !reply->isFinished();
    r.body = reply->readAll();
    if (r.timedOut)
        reply->abort();
    r.elapsedMs = clock.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.errorString = reply->errorString();
    r.headers = reply->rawHeaderPairs();
    delete reply;
    return r;
}
