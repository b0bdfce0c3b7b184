#pragma once

#include "client/ApiResult.h"
#include "client/CertificateTrust.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// Who is logged in (docs/aegis-api.md §2). The token lives in memory only and is never logged.
struct SessionInfo
{
    int userId = 0;
    QString userName;
    int roleId = 0;
    int domainId = 0;
    QString domainName;
    int organizationId = 0;
};

// The app's only way to the AEGIS server: every request goes through here. Results are values
// delivered to a callback in the thread of a context object (dropped if the context is gone).
//  - Session: on a 401 exactly one re-login runs for any number of waiting requests, each
//    replayed at most once; if that login fails, reloginFailed() asks for the operator.
//  - Timeouts: an inactivity timeout per attempt (no bytes) and one deadline per request that
//    covers every attempt, backoff and Retry-After wait; a Retry-After past it ends the request.
//  - Size: a reply body is read as it arrives and may not grow past maxReplyBytes().
//  - Retries: GET only, on connection errors, timeouts and 502/503/504, with capped exponential
//    backoff and full jitter, honouring Retry-After. PATCH is never retried here.
//  - TLS: verified; a self-signed certificate needs the operator's approval (CertificateTrust).
class AegisClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AegisClient)

public:
    struct Settings
    {
        QUrl baseUrl = vendorBaseUrl();
        std::chrono::milliseconds inactivityTimeout{15'000};
        std::chrono::milliseconds deadline{60'000};
        int maxAttempts = 4; // a GET is sent at most this many times
        std::chrono::milliseconds backoffBase{400};
        std::chrono::milliseconds backoffCap{8'000};
        std::chrono::milliseconds retryAfterCap{30'000};
        quint32 jitterSeed = 0; // 0: random; tests fix it
    };
    // The largest reply body read into memory; a longer one ends the request (docs/aegis-api.md).
    static constexpr qint64 defaultMaxReplyBytes = qint64(256) << 20;
    // What Qt's network thread may hold of a reply before this thread has read it.
    static constexpr qint64 kReadBufferBytes = qint64(1) << 20;
    // The longest access token a login reply may carry (it goes into every request's header).
    static constexpr qsizetype maxAccessTokenBytes = 16 * 1024;
    using Callback = std::function<void(const ApiResult &)>;

    // `trust` may be null: then only CA-signed certificates are accepted.
    AegisClient(QNetworkAccessManager *network, Settings settings, CertificateTrust *trust = nullptr, QObject *parent = nullptr);
    ~AegisClient() override;

    static QUrl vendorBaseUrl(); // https://drtech.com.tw:20080/api
    // The server's clock as its reply's Date header gives it, ms since the epoch; none without
    // one. "Now" for what the server's data says (an emulator may run at another date).
    static std::optional<qint64> serverTime(const ApiResult &result);

    const Settings &settings() const { return m_settings; }
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_settings.baseUrl; }
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }
    qint64 maxReplyBytes() const { return m_maxReplyBytes; }

    // Logs in and keeps the account and password in memory for re-logins of this session.
    void login(const QString &account, const QString &password, QObject *context, Callback done);
    void logout();
    bool isLoggedIn() const { return !m_token.isEmpty(); }
    const SessionInfo &session() const { return m_session; }
    QString account() const { return m_account; }

    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback done);
    void patch(const QString &path, const QByteArray &jsonBody, QObject *context, Callback done);

    // Cancels every request in flight; their callbacks get ApiError::Kind::Cancelled.
    void cancelAll();

    // The operator's decision on a certificate from certificateNeedsApproval(). Connections the
    // network manager keeps open carry the old TLS setup, so they are dropped as well.
    bool approveCertificate(const CertificateInfo &certificate, QString *error);
    bool forgetCertificate(const QString &host, int port, QString *error);

signals:
    // A 401 could not be cured by logging in again: ask the operator to log in.
    void reloginFailed(const ApiError &error);
    // The server's certificate is self-signed or unknown; nothing was sent after the handshake.
    void certificateNeedsApproval(const CertificateInfo &certificate);
    // Every finished request, for the status bar (never carries the token).
    void requestFinished(const QString &path, const ApiResult &result);

private:
    class Request;
    friend class Request;

    void start(Request *request);
    void send(Request *request);
    void onReplyFinished(Request *request, QNetworkReply *reply);
    ApiError certificateError(Request *request, QNetworkReply *reply);
    void adoptSession(ApiResult &result);
    void onUnauthorized(Request *request, ApiResult result);
    void relogin();
    void failWaiting(const ApiError &error);
    void finish(Request *request, ApiResult result);
    std::chrono::milliseconds backoff(int attempt, const ApiResult &result);
    static std::optional<qint64> retryAfter(const ApiResult &result); // ms the server asked to wait
    ApiError deadlineError() const;

    QNetworkAccessManager *m_network;
    Settings m_settings;
    CertificateTrust *m_trust;
    QString m_account;
    QString m_password;
    QByteArray m_token;
    quint64 m_tokenGeneration = 0; // grows with each login, so late 401s replay without a new one
    SessionInfo m_session;
    bool m_reloginInFlight = false;
    QList<Request *> m_waitingForLogin;
    QList<Request *> m_active;
    quint64 m_jitterState;
    qint64 m_maxReplyBytes = defaultMaxReplyBytes;
};
