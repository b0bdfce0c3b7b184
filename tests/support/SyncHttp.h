#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

// What one HTTP exchange gave a test: whatever arrived, also when it went wrong.
struct HttpResult
{
    int status = 0; // 0 when no HTTP status line arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    QByteArray body; // the bytes that arrived, also of a cut or timed-out reply
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    // The body as JSON; a null document when it does not parse.
    QJsonDocument json(QJsonParseError *error = nullptr) const;
    QJsonObject object() const { return json().object(); }
};

// Blocking HTTP for tests in the main thread: QNetworkAccessManager in a local event loop
// with an overall timeout. Never use it in the emulator's own thread.
class SyncHttp final
{
public:
    explicit SyncHttp(int timeoutMs = 15'000);
    Q_DISABLE_COPY_MOVE(SyncHttp)

    // `token`, when given, goes out as "Authorization: Bearer <token>"; a negative timeout
    // means the default one.
    HttpResult get(const QUrl &url, const QByteArray &token = {}, int timeoutMs = -1);
    // `extraHeaders` go out as given (a control token, an Origin, another Content-Type).
    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &body = {}, const QByteArray &token = {},
                    int timeoutMs = -1, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    HttpResult sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body, const QByteArray &token = {},
                        int timeoutMs = -1);

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkAccessManager m_manager;
    int m_timeoutMs;
};
