#include "client/AegisClient.h"

#include "client/ClientLogging.h"
#include "client/NetworkFailure.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>
#include <cmath>

// One request through its attempts: the reply in flight, its timers (inactivity per attempt, one
// deadline for all attempts and waits), the body read so far, and what the session machinery
// needs to know (whether it was replayed after a re-login).
class AegisClient::Request final : public QObject
{
public:
    enum class Method { Get, Patch, Login };

    Request(AegisClient *client, Method method, QString path, QUrlQuery query, QByteArray body, QObject *context, Callback done)
        : QObject(client)
        , method(method)
        , path(std::move(path))
        , query(std::move(query))
        , body(std::move(body))
        , context(context)
        , hasContext(context != nullptr)
        , done(std::move(done))
    {
        inactivity.setSingleShot(true);
        deadline.setSingleShot(true);
        deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
        retryTimer.setSingleShot(true);
    }

    bool needsToken() const { return method != Method::Login; }
    const char *methodName() const { return method == Method::Get ? "GET" : method == Method::Patch ? "PATCH" : "POST"; }

    Method method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QPointer<QObject> context;
    bool hasContext;
    Callback done;
    int attempts = 0;
    bool replayed = false;
    bool timedOut = false; // this attempt saw no bytes for too long
    bool pastDeadline = false; // the whole request ran out of time
    bool tooLarge = false; // the reply grew past the size limit
    bool cancelled = false;
    quint64 tokenGeneration = 0;
    QPointer<QNetworkReply> reply;
    QTimer inactivity;
    QTimer deadline;
    QDeadlineTimer due;
    QTimer retryTimer;
    QByteArray received; // the body of the reply in flight, read as it arrives
    QList<QSslError> sslErrors;
    QSslCertificate peer;
    QElapsedTimer sinceStart; // from the first attempt, for the log
};

namespace {

quint64 nextRandom(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The message of a §3 error body ("message" may be a string or, from NestJS, a list).
QString serverMessageOf(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonValue message = doc.object().value(QStringLiteral("message"));
    if (message.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : message.toArray())
            parts.append(v.toString());
        return parts.join(QStringLiteral("; "));
    }
    return message.toString();
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    return contentType.contains("html") || body.trimmed().startsWith('<');
}

ApiError errorForStatus(int status, const QByteArray &body, const QByteArray &contentType)
{
    const QString message = serverMessageOf(body);
    if (status >= 500) {
        const QString detail = looksLikeHtml(body, contentType) ? ApiError::tr("an HTML error page instead of JSON") : message;
        return ApiError(ApiError::Kind::ServerError, status, message, detail);
    }
    if (status == 404)
        return ApiError(ApiError::Kind::NotFound, status, message);
    return ApiError(ApiError::Kind::BadRequest, status,
                    message.isEmpty() ? QString::fromUtf8(body.left(300)).trimmed() : message);
}

// A size limit in MB as the operator set it: "256", "0.5", "0.001".
QString megabytes(qint64 bytes)
{
    const double mb = double(bytes) / double(1 << 20);
    return mb >= 1 ? QString::number(mb, 'f', mb == std::floor(mb) ? 0 : 1) : QString::number(mb, 'g', 3);
}

// An HTTP date: HTTP's own form ("Wed, 15 Apr 2026 04:00:04 GMT", RFC 9110 §5.6.7), which
// Qt's RFC 2822 reader does not take with "GMT", else RFC 2822 with an offset. Invalid if neither.
QDateTime httpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(QLatin1String(" GMT"))) {
        QDateTime at = QLocale::c().toDateTime(text.chopped(4), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
        if (at.isValid()) {
            at.setTimeZone(QTimeZone::utc());
            return at;
        }
    }
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

} // namespace

AegisClient::AegisClient(QNetworkAccessManager *network, Settings settings, CertificateTrust *trust, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
    , m_trust(trust)
    , m_jitterState(m_settings.jitterSeed != 0 ? m_settings.jitterSeed : QRandomGenerator::system()->generate64())
{
}

AegisClient::~AegisClient()
{
    cancelAll();
}

QUrl AegisClient::vendorBaseUrl()
{
    return QUrl(QStringLiteral("https://drtech.com.tw:20080/api"));
}

void AegisClient::setBaseUrl(const QUrl &baseUrl)
{
    if (baseUrl == m_settings.baseUrl)
        return;
    // Another server: the token and the remembered account belong to the old one.
    logout();
    m_settings.baseUrl = baseUrl;
}

void AegisClient::login(const QString &account, const QString &password, QObject *context, Callback done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("user_account"), account}, {QStringLiteral("user_password"), password}})
            .toJson(QJsonDocument::Compact);
    auto *request = new Request(this, Request::Method::Login, QStringLiteral("auth/login"), {}, body, context,
                                [this, account, password, done = std::move(done)](const ApiResult &result) {
                                    if (result.ok()) {
                                        m_account = account;
                                        m_password = password;
                                    }
                                    if (done)
                                        done(result);
                                });
    start(request);
}

void AegisClient::logout()
{
    m_token.clear();
    m_session = {};
    m_account.clear();
    m_password.clear();
}

void AegisClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback done)
{
    start(new Request(this, Request::Method::Get, path, query, {}, context, std::move(done)));
}

void AegisClient::patch(const QString &path, const QByteArray &jsonBody, QObject *context, Callback done)
{
    start(new Request(this, Request::Method::Patch, path, {}, jsonBody, context, std::move(done)));
}

void AegisClient::cancelAll()
{
    const QList<Request *> waiting = std::exchange(m_waitingForLogin, {});
    for (Request *r : waiting)
        finish(r, ApiResult{ApiError(ApiError::Kind::Cancelled), 0, {}, {}, r->attempts});
    const QList<Request *> active = m_active;
    for (Request *r : active) {
        r->cancelled = true;
        r->retryTimer.stop();
        if (r->reply)
            r->reply->abort();
        else
            finish(r, ApiResult{ApiError(ApiError::Kind::Cancelled), 0, {}, {}, r->attempts});
    }
}

bool AegisClient::approveCertificate(const CertificateInfo &certificate, QString *error)
{
    if (!m_trust || !m_trust->approve(certificate, error))
        return false;
    m_network->clearConnectionCache();
    return true;
}

bool AegisClient::forgetCertificate(const QString &host, int port, QString *error)
{
    if (!m_trust || !m_trust->forget(host, port, error))
        return false;
    m_network->clearConnectionCache();
    return true;
}

void AegisClient::start(Request *request)
{
    request->sinceStart.start();
    request->due = QDeadlineTimer(m_settings.deadline, Qt::PreciseTimer);
    // One deadline for the whole request: every attempt, backoff, Retry-After wait and re-login.
    connect(&request->deadline, &QTimer::timeout, request, [this, request] {
        request->pastDeadline = true;
        request->retryTimer.stop();
        if (request->reply)
            request->reply->abort(); // onReplyFinished reports the timeout
        else
            finish(request, ApiResult{deadlineError(), 0, {}, {}, request->attempts});
    });
    request->deadline.start(m_settings.deadline);
    m_active.append(request);
    // Requests that arrive while a re-login runs wait for its token.
    if (request->needsToken() && m_reloginInFlight) {
        m_waitingForLogin.append(request);
        return;
    }
    send(request);
}

void AegisClient::send(Request *request)
{
    ++request->attempts;
    request->timedOut = false;
    request->tooLarge = false;
    request->received.clear();
    request->sslErrors.clear();

    QUrl url = m_settings.baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + request->path);
    if (!request->query.isEmpty())
        url.setQuery(request->query);
    QNetworkRequest r(url);
    r.setRawHeader("Accept", "application/json");
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (request->needsToken() && !m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token);
    request->tokenGeneration = m_tokenGeneration;
    if (m_trust && url.scheme() == u"https")
        m_trust->prepare(r);

    QNetworkReply *reply = nullptr;
    switch (request->method) {
    case Request::Method::Get:
        reply = m_network->get(r);
        break;
    case Request::Method::Patch:
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->sendCustomRequest(r, "PATCH", request->body);
        break;
    case Request::Method::Login:
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->post(r, request->body);
        break;
    }
    request->reply = reply;
    // Without a bound, Qt's network thread reads the socket as fast as the server writes and
    // queues it for this thread: a server faster than the reader below filled gigabytes before
    // the limit was seen. With one, it reads on only as this thread takes what arrived.
    reply->setReadBufferSize(kReadBufferBytes);

    const auto progressed = [request] { request->inactivity.start(); };
    connect(reply, &QNetworkReply::downloadProgress, request, progressed);
    connect(reply, &QNetworkReply::uploadProgress, request, progressed);
    // The body is read as it arrives, so a reply that never ends stops at the limit instead of
    // filling the memory; a Content-Length above the limit stops it before the body.
    const qint64 limit = m_maxReplyBytes;
    const auto tooLarge = [request, reply] {
        request->tooLarge = true;
        reply->abort();
    };
    connect(reply, &QNetworkReply::readyRead, request, [request, reply, limit, tooLarge] {
        if (request->tooLarge || request->reply != reply)
            return;
        if (reply->bytesAvailable() > limit - request->received.size())
            return tooLarge();
        request->received += reply->readAll();
    });
    connect(reply, &QNetworkReply::downloadProgress, request, [request, reply, limit, tooLarge](qint64, qint64 total) {
        if (total > limit && !request->tooLarge && request->reply == reply)
            tooLarge();
    });
    connect(reply, &QNetworkReply::sslErrors, request, [request, reply](const QList<QSslError> &errors) {
        request->sslErrors = errors;
        request->peer = reply->sslConfiguration().peerCertificate();
    });
    connect(reply, &QNetworkReply::finished, this, [this, request, reply] {
        reply->deleteLater();
        if (request->reply == reply)
            onReplyFinished(request, reply);
    });
    request->inactivity.disconnect();
    connect(&request->inactivity, &QTimer::timeout, request, [request] {
        request->timedOut = true;
        if (request->reply)
            request->reply->abort();
    });
    request->inactivity.start(m_settings.inactivityTimeout);
}

ApiError AegisClient::deadlineError() const
{
    return ApiError(ApiError::Kind::Timeout, 0, {}, tr("no reply within %1 s").arg(double(m_settings.deadline.count()) / 1000.0));
}

void AegisClient::onReplyFinished(Request *request, QNetworkReply *reply)
{
    request->inactivity.stop();
    request->reply = nullptr;

    ApiResult result;
    result.attempts = request->attempts;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = std::exchange(request->received, {});
    // An aborted reply is closed: reading it would only complain on stderr. What is left to
    // read is held to the same limit as what arrived before.
    if (reply->isOpen() && !request->tooLarge) {
        if (reply->bytesAvailable() > m_maxReplyBytes - result.body.size())
            request->tooLarge = true;
        else
            result.body += reply->readAll();
    }
    for (const auto &header : reply->rawHeaderPairs())
        result.headers.append({header.first, header.second});
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();

    if (request->cancelled) {
        result.error = ApiError(ApiError::Kind::Cancelled);
    } else if (request->pastDeadline) {
        const ApiError e = deadlineError();
        result.error = ApiError(e.kind(), result.httpStatus, {}, e.detail());
    } else if (request->timedOut) {
        result.error = ApiError(ApiError::Kind::Timeout, result.httpStatus, {},
                                tr("nothing arrived for %1 s").arg(double(m_settings.inactivityTimeout.count()) / 1000.0));
    } else if (request->tooLarge) {
        result.body.clear();
        result.error = ApiError(ApiError::Kind::MalformedReply, result.httpStatus, {},
                                tr("the reply is larger than the limit of %1 MB; ask for a narrower time range or a coarser "
                                   "resolution")
                                    .arg(megabytes(m_maxReplyBytes)));
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        result.error = certificateError(request, reply);
    } else if (result.httpStatus == 401) {
        if (request->method == Request::Method::Login) {
            result.error = ApiError(ApiError::Kind::BadCredentials, 401, serverMessageOf(result.body));
        } else {
            onUnauthorized(request, std::move(result));
            return;
        }
    } else if (result.httpStatus >= 400) {
        result.error = errorForStatus(result.httpStatus, result.body, contentType);
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = NetworkFailure::error(reply->error(), reply->errorString());
    } else if (result.httpStatus >= 300) {
        result.error = ApiError(ApiError::Kind::MalformedReply, result.httpStatus, {},
                                tr("an unexpected redirect (HTTP %1)").arg(result.httpStatus));
    } else if (result.body.isEmpty()) {
        result.error = ApiError(ApiError::Kind::MalformedReply, result.httpStatus, {}, tr("the reply is empty"));
    } else if (looksLikeHtml(result.body, contentType)) {
        result.error = ApiError(ApiError::Kind::MalformedReply, result.httpStatus, {}, tr("an HTML page instead of JSON"));
    }

    if (request->method == Request::Method::Login && result.ok())
        adoptSession(result);

    // GETs try again on transient trouble; a PATCH never does (its outcome is unknown).
    if (result.error.isTransient() && request->method == Request::Method::Get && request->attempts < m_settings.maxAttempts
        && !request->pastDeadline) {
        const qint64 left = request->due.remainingTime();
        const std::optional<qint64> asked = retryAfter(result);
        if (asked && *asked > left) {
            // Waiting as asked would end past the deadline: say so now rather than wait for nothing.
            result.error = ApiError(result.error.kind(), result.error.httpStatus(), result.error.serverMessage(),
                                    tr("the server asked to wait %1 s before trying again, longer than the timeout of %2 s")
                                        .arg((*asked + 999) / 1000)
                                        .arg(double(m_settings.deadline.count()) / 1000.0));
            finish(request, std::move(result));
            return;
        }
        const std::chrono::milliseconds delay = backoff(request->attempts, result);
        if (delay.count() >= left) {
            finish(request, std::move(result)); // a retry could not start before the deadline
            return;
        }
        request->retryTimer.disconnect();
        connect(&request->retryTimer, &QTimer::timeout, this, [this, request] {
            if (request->needsToken() && m_reloginInFlight)
                m_waitingForLogin.append(request);
            else
                send(request);
        });
        qCInfo(lcHttp).nospace() << request->methodName() << " " << request->path << " -> " << result.httpStatus << " "
                                 << ApiError::kindName(result.error.kind()) << ", attempt " << request->attempts << ", retry in "
                                 << delay.count() << " ms";
        request->retryTimer.start(delay);
        return;
    }
    finish(request, std::move(result));
}

ApiError AegisClient::certificateError(Request *request, QNetworkReply *reply)
{
    if (!m_trust)
        return ApiError(ApiError::Kind::CertificateInvalid, 0, {}, reply->errorString());
    const CertificateTrust::Verdict verdict = m_trust->judge(reply->url(), request->sslErrors, request->peer);
    if (verdict.kind == ApiError::Kind::CertificateUntrusted)
        emit certificateNeedsApproval(verdict.certificate);
    return ApiError(verdict.kind, 0, {}, verdict.detail);
}

void AegisClient::adoptSession(ApiResult &result)
{
    const QJsonDocument doc = QJsonDocument::fromJson(result.body);
    const QJsonObject o = doc.object();
    const QString token = o.value(QStringLiteral("access_token")).toString();
    if (!doc.isObject() || token.isEmpty()) {
        result.error = ApiError(ApiError::Kind::MalformedReply, result.httpStatus, {}, tr("the login reply has no access_token"));
        return;
    }
    if (token.size() > maxAccessTokenBytes) {
        // A token this long would go into the header of every request; no real server issues one.
        result.error = ApiError(ApiError::Kind::MalformedReply, result.httpStatus, {},
                                tr("the access token in the login reply is too long (%1 characters, at most %2)")
                                    .arg(token.size())
                                    .arg(maxAccessTokenBytes));
        return;
    }
    m_token = token.toUtf8();
    ++m_tokenGeneration;
    m_session.userId = o.value(QStringLiteral("user_id")).toInt();
    m_session.userName = o.value(QStringLiteral("user_name")).toString();
    m_session.roleId = o.value(QStringLiteral("role_id")).toInt();
    m_session.domainId = o.value(QStringLiteral("domain_id")).toInt();
    m_session.domainName = o.value(QStringLiteral("domain_name")).toString();
    m_session.organizationId = o.value(QStringLiteral("organization_id")).toInt();
}

void AegisClient::onUnauthorized(Request *request, ApiResult result)
{
    if (request->replayed) {
        // It was sent again with a token from a login that worked: the server refuses its own token.
        result.error = ApiError(ApiError::Kind::TokenRefused, 401, serverMessageOf(result.body));
        finish(request, std::move(result));
        return;
    }
    request->replayed = true;
    // A newer token arrived while this request was on its way: replay with it, no new login.
    if (request->tokenGeneration < m_tokenGeneration && !m_token.isEmpty()) {
        send(request);
        return;
    }
    qCInfo(lcHttp) << "401 on" << request->path << "- logging in again, then replaying it";
    m_waitingForLogin.append(request);
    if (!m_reloginInFlight)
        relogin();
}

void AegisClient::relogin()
{
    m_token.clear();
    if (m_account.isEmpty()) {
        failWaiting(ApiError(ApiError::Kind::SessionExpired, 401, {}, tr("not logged in")));
        return;
    }
    m_reloginInFlight = true;
    const QString account = m_account;
    const QString password = m_password;
    login(account, password, this, [this](const ApiResult &result) {
        m_reloginInFlight = false;
        if (!result.ok()) {
            failWaiting(ApiError(ApiError::Kind::SessionExpired, result.httpStatus, result.error.serverMessage(),
                                 result.error.message()));
            return;
        }
        const QList<Request *> waiting = std::exchange(m_waitingForLogin, {});
        for (Request *r : waiting)
            send(r);
    });
}

void AegisClient::failWaiting(const ApiError &error)
{
    const QList<Request *> waiting = std::exchange(m_waitingForLogin, {});
    for (Request *r : waiting)
        finish(r, ApiResult{error, error.httpStatus(), {}, {}, r->attempts});
    emit reloginFailed(error);
}

std::optional<qint64> AegisClient::serverTime(const ApiResult &result)
{
    for (const auto &[name, value] : result.headers) {
        if (name.compare("Date", Qt::CaseInsensitive) != 0)
            continue;
        if (const QDateTime at = httpDate(value); at.isValid())
            return at.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

std::optional<qint64> AegisClient::retryAfter(const ApiResult &result)
{
    for (const auto &[name, value] : result.headers) {
        if (name.compare("Retry-After", Qt::CaseInsensitive) != 0)
            continue;
        bool isNumber = false;
        const qint64 seconds = value.trimmed().toLongLong(&isNumber);
        qint64 ms = isNumber ? seconds * 1000 : 0;
        if (!isNumber) {
            if (const QDateTime at = httpDate(value); at.isValid())
                ms = QDateTime::currentDateTimeUtc().msecsTo(at);
        }
        if (ms >= 0)
            return ms;
    }
    return std::nullopt;
}

std::chrono::milliseconds AegisClient::backoff(int attempt, const ApiResult &result)
{
    if (const std::optional<qint64> ms = retryAfter(result))
        return std::chrono::milliseconds(std::min<qint64>(*ms, m_settings.retryAfterCap.count()));
    // Full jitter: uniform in [0, min(cap, base × 2^(attempt−1))].
    const qint64 ceiling =
        std::min<qint64>(m_settings.backoffCap.count(), m_settings.backoffBase.count() << std::min(attempt - 1, 20));
    return std::chrono::milliseconds(ceiling > 0 ? qint64(nextRandom(m_jitterState) % quint64(ceiling + 1)) : 0);
}

void AegisClient::finish(Request *request, ApiResult result)
{
    m_active.removeOne(request);
    m_waitingForLogin.removeOne(request);
    request->inactivity.stop();
    request->deadline.stop();
    request->retryTimer.stop();
    // The path only: the query and the body stay out of the log (the login body holds the password).
    qCDebug(lcHttp).nospace() << request->methodName() << " " << request->path << " -> " << result.httpStatus << " "
                              << (result.ok() ? "ok" : qPrintable(ApiError::kindName(result.error.kind()))) << " in "
                              << request->sinceStart.elapsed() << " ms, " << request->attempts << " attempt(s)"
                              << (request->replayed ? ", replayed after a re-login" : "");
    ApiResult published = result;
    if (request->method == Request::Method::Login)
        published.body.clear(); // it holds the access token
    emit requestFinished(request->path, published);
    Callback done = std::move(request->done);
    // A callback whose context is gone is dropped; without a context it runs in ours.
    QObject *target = request->hasContext ? request->context.data() : static_cast<QObject *>(this);
    request->deleteLater();
    if (!done || !target)
        return;
    // Callbacks run from the event loop in the context's thread, never inside this call.
    QMetaObject::invokeMethod(
        target, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}
